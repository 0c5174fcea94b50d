package dev.errdex.catalog.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageCursorTest {

    private final PageCursor tickets = new PageCursor("t1:");

    @Test
    void aCursorGivesBackTheKeyItWasMadeFrom() {
        String cursor = tickets.encode("42");
        assertThat(cursor).doesNotContain("42").doesNotContain("=");
        assertThat(tickets.decode(cursor)).contains("42");
    }

    @Test
    void aCursorOfAnotherKindOrNotBase64DecodesToNothing() {
        assertThat(tickets.decode(new PageCursor("c1:").encode("ERR_NGROK_3200"))).isEmpty();
        assertThat(tickets.decode("not a cursor!")).isEmpty();
        assertThat(tickets.decode(null)).isEmpty();
    }

    @Test
    void likePatternsMatchWildcardsAndBackslashesLiterally() {
        assertThat(LikePattern.containing("  50%_Off\\ ")).isEqualTo("%50\\%\\_off\\\\%");
    }
}
