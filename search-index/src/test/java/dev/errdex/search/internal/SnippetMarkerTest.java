package dev.errdex.search.internal;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetMarkerTest {

    private static final CatalogAnalyzers ANALYZERS = new CatalogAnalyzers();
    private static final SnippetMarker MARKER = new SnippetMarker(ANALYZERS.get(CatalogAnalyzers.ENGLISH));

    @AfterAll
    static void close() {
        ANALYZERS.close();
    }

    @Test
    void marksWordsWhoseStemMatches() {
        assertThat(MARKER.mark("Too many connections from this session", Set.of("connect", "session")))
                .isEqualTo("Too many <mark>connections</mark> from this <mark>session</mark>");
    }

    @Test
    void escapesEverythingElse() {
        assertThat(MARKER.mark("<b>tunnel</b> & \"quotes\"", Set.of("tunnel")))
                .isEqualTo("&lt;b&gt;<mark>tunnel</mark>&lt;/b&gt; &amp; &quot;quotes&quot;");
    }

    @Test
    void cutsLongTextAroundTheMatches() {
        String text = "filler words ".repeat(40) + "the tunnel failed " + "more filler ".repeat(40);
        String snippet = MARKER.mark(text, Set.of("tunnel"));
        assertThat(snippet).contains("<mark>tunnel</mark>").startsWith("\u2026").endsWith("\u2026");
        assertThat(snippet.length()).isLessThan(SnippetMarker.MAX_LENGTH + 40);
    }

    @Test
    void countsDistinctMatchedTerms() {
        assertThat(MARKER.matches("tunnel tunnels session", Set.of("tunnel", "session", "agent"))).isEqualTo(2);
    }
}
