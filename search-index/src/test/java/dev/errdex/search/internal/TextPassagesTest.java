package dev.errdex.search.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TextPassagesTest {

    private static List<String> texts(String email) {
        return TextPassages.of(email).stream().map(TextPassages.Piece::text).toList();
    }

    @Test
    void rejoinsAWrappedSentence() {
        String email = "The agent failed to establish a connection\nto the upstream web service at localhost:3000.\n";
        assertThat(texts(email)).contains(
                "The agent failed to establish a connection to the upstream web service at localhost:3000.");
    }

    @Test
    void keepsEachLineOfALog() {
        assertThat(texts("ERROR first thing failed\nERROR second thing failed\n"))
                .contains("ERROR first thing failed", "ERROR second thing failed");
    }

    @Test
    void marksSentencesButNotWrappedLines() {
        List<TextPassages.Piece> pieces = TextPassages.of("one two three\nfour five.\n");
        assertThat(pieces).contains(new TextPassages.Piece("one two three", TextPassages.Kind.LINE),
                new TextPassages.Piece("one two three four five.", TextPassages.Kind.SENTENCE));
    }

    @Test
    void addsOneWindowOverAllSentencesOfTheTextLast() {
        List<TextPassages.Piece> pieces = TextPassages.of("""
                My link stopped working.
                The laptop went to sleep.

                Now it shows another address.
                """);
        assertThat(pieces.get(pieces.size() - 1)).isEqualTo(new TextPassages.Piece(
                "My link stopped working. The laptop went to sleep. Now it shows another address.",
                TextPassages.Kind.WINDOW));
        assertThat(pieces).filteredOn(p -> p.kind() == TextPassages.Kind.WINDOW).hasSize(1);
    }

    @Test
    void aSingleSentenceHasNoWindow() {
        assertThat(TextPassages.of("The endpoint is offline.\n"))
                .containsExactly(new TextPassages.Piece("The endpoint is offline.", TextPassages.Kind.SENTENCE));
    }

    @Test
    void removesReplyQuoteMarks() {
        assertThat(texts("> > Tunnel session failed: quota reached\n")).containsExactly(
                "Tunnel session failed: quota reached");
    }

    @Test
    void dropsTheSignature() {
        assertThat(texts("The endpoint is offline.\n-- \nJane Doe\nACME Corp, 1 Main Street\n"))
                .containsExactly("The endpoint is offline.");
    }

    @Test
    void aDashLineFollowedByALongTextIsNoSignature() {
        String text = "first part here\n--\n" + "log line number\n".repeat(TextPassages.MAX_SIGNATURE_LINES + 1);
        assertThat(texts(text)).contains("log line number");
    }

    @Test
    void skipsPassagesWithoutLetters() {
        assertThat(texts("----\n12345\n\nreal words here\n")).containsExactly("real words here");
    }

    @Test
    void staysBoundedOnHugeInput() {
        String huge = "word and more words in a line\n".repeat(100_000);
        List<TextPassages.Piece> pieces = TextPassages.of(huge);
        assertThat(pieces).hasSizeLessThanOrEqualTo(TextPassages.MAX_PASSAGES);
        assertThat(pieces).filteredOn(p -> p.kind() != TextPassages.Kind.WINDOW)
                .allSatisfy(p -> assertThat(p.text().length()).isLessThanOrEqualTo(TextPassages.MAX_PASSAGE));

        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            many.append("Sentence number ").append(i).append(" says something.\n");
        }
        List<TextPassages.Piece> sentences = TextPassages.of(many.toString());
        assertThat(sentences).hasSize(TextPassages.MAX_PASSAGES);
        TextPassages.Piece last = sentences.get(sentences.size() - 1);
        assertThat(last.kind()).isEqualTo(TextPassages.Kind.WINDOW);
        assertThat(last.text().length()).isLessThanOrEqualTo(TextPassages.MAX_WINDOW);
    }

    @Test
    void emptyTextHasNoPassages() {
        assertThat(TextPassages.of("")).isEmpty();
        assertThat(TextPassages.of(null)).isEmpty();
    }
}
