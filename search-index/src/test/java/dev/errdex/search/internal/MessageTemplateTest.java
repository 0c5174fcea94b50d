package dev.errdex.search.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTemplateTest {

    @Test
    void cutsTheMessageAtItsPlaceholders() {
        MessageTemplate t = MessageTemplate.of(
                "Your account is limited to `MAX` simultaneous ngrok agent sessions.", List.of("MAX"));
        assertThat(t.segments()).containsExactly("Your account is limited to", "simultaneous ngrok agent sessions.");
    }

    @Test
    void keepsQuotedTextThatIsNotAPlaceholder() {
        MessageTemplate t = MessageTemplate.of("Run `ngrok start --all` on `HOST`.", List.of("HOST"));
        assertThat(t.segments()).containsExactly("Run ngrok start --all on", ".");
    }

    @Test
    void adjacentPlaceholdersLeaveNoEmptySegment() {
        MessageTemplate t = MessageTemplate.of("You are about to visit `HOSTPORT``SERVEDBYSTR`. Take care.",
                List.of("HOSTPORT", "SERVEDBYSTR"));
        assertThat(t.segments()).containsExactly("You are about to visit", ". Take care.");
    }

    @Test
    void withoutAListUpperCaseQuotedNamesArePlaceholders() {
        MessageTemplate t = MessageTemplate.of("Invalid CIDR: `CIDR` in `rules`", List.of());
        assertThat(t.segments()).containsExactly("Invalid CIDR:", "in rules");
    }

    @Test
    void blankMessageHasNoSegments() {
        assertThat(MessageTemplate.of("  ", List.of()).segments()).isEmpty();
        assertThat(MessageTemplate.of(null, List.of()).constantText()).isEmpty();
    }
}
