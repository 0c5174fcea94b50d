package dev.errdex.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Token-level assertions for analyzers (in the manner of Lucene's assertAnalyzesTo). */
final class TokenAssert {

    private TokenAssert() {
    }

    /** {@code analyzer} turns {@code text} into exactly {@code expected}, in order. */
    static void assertAnalyzesTo(Analyzer analyzer, String text, String... expected) {
        assertThat(tokens(analyzer, text)).as("tokens of \"%s\"", text).containsExactly(expected);
    }

    /** The tokens with their offsets, as {@code term@start-end}. */
    static List<String> tokensWithOffsets(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term + "@" + offset.startOffset() + "-" + offset.endOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    private static List<String> tokens(Analyzer analyzer, String text) {
        return CatalogAnalyzers.tokens(analyzer, "f", text);
    }
}
