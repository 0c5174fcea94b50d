package dev.errdex.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTemplateTest {

    @Test
    void findsUpperCasePlaceholdersInBackticksInOrderWithoutDuplicates() {
        assertThat(MessageTemplate.placeholders(
                "Failed `TYPE` for `PHASE` `TYPE`: ``TYP`` at `IP`/`BITS`; run `ngrok update` or `--all`."))
                .containsExactly("TYPE", "PHASE", "TYP", "IP", "BITS");
    }

    @Test
    void separatesPlaceholdersWrittenBackToBack() {
        assertThat(MessageTemplate.placeholders("You are about to visit `HOSTPORT``SERVEDBYSTR`."))
                .containsExactly("HOSTPORT", "SERVEDBYSTR");
    }

    @Test
    void titleIsTheFirstSentenceWithoutTrailingPunctuation() {
        assertThat(MessageTemplate.title("The endpoint `URL` is already online. Either\n1. stop it"))
                .isEqualTo("The endpoint `URL` is already online");
        assertThat(MessageTemplate.title("Error while parsing the `CMD` command:")).isEqualTo(
                "Error while parsing the `CMD` command");
    }

    @Test
    void titleDoesNotEndASentenceInsideBackticksOrAtADotWithoutSpace() {
        assertThat(MessageTemplate.title("Use `example.ngrok.app` from https://ngrok.com/docs now. Then go."))
                .isEqualTo("Use `example.ngrok.app` from https://ngrok.com/docs now");
    }

    @Test
    void titleStartsWithACapital() {
        assertThat(MessageTemplate.title("internal server error")).isEqualTo("Internal server error");
    }

    @Test
    void longTitlesAreCutAtAWordWithAnEllipsis() {
        String title = MessageTemplate.title("word ".repeat(40).strip() + ".");

        assertThat(title).hasSizeLessThanOrEqualTo(MessageTemplate.MAX_TITLE_LENGTH).endsWith("word…");
    }

    @Test
    void noTitleWhenTheSentenceIsOnlyPlaceholders() {
        assertThat(MessageTemplate.title("`DETAIL`")).isNull();
        assertThat(MessageTemplate.title("`ERROR_NAME` `DETAILS`")).isNull();
        assertThat(MessageTemplate.title(null)).isNull();
    }
}
