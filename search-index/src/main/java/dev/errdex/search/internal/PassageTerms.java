package dev.errdex.search.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A passage's prose words and word pairs from one analysis ({@link CatalogAnalyzers#passageTerms}): the stemmed
 * tokens of the {@value CatalogAnalyzers#PHRASE} chain, each marked when the {@value CatalogAnalyzers#ENGLISH} chain
 * drops it as a stop word. The words are the unmarked tokens (what {@code ENGLISH} makes of the text), the pairs are
 * each two neighbouring tokens (what {@code PHRASE} makes of it); a test holds both to the two analyzers. Tokens of
 * texts joined with a space are the texts' tokens one after the other, so the whole-text window is {@link #concat} of
 * its sentences, not a second analysis.
 *
 * @param tokens stemmed tokens in order, stop words included
 * @param stop   {@code stop[i]} when {@code tokens[i]} is a stop word (not a prose word)
 */
record PassageTerms(String[] tokens, boolean[] stop) {

    /** The distinct prose words, in order of first occurrence. */
    List<String> words() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.length; i++) {
            if (!stop[i]) {
                out.add(tokens[i]);
            }
        }
        return new ArrayList<>(out);
    }

    /** The distinct word pairs, in order of first occurrence. */
    List<String> pairs() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 1; i < tokens.length; i++) {
            out.add(tokens[i - 1] + ' ' + tokens[i]);
        }
        return List.copyOf(out);
    }

    /** The terms of the texts of {@code parts} joined with a space. */
    static PassageTerms concat(List<PassageTerms> parts) {
        int n = 0;
        for (PassageTerms p : parts) {
            n += p.tokens.length;
        }
        String[] tokens = new String[n];
        boolean[] stop = new boolean[n];
        int at = 0;
        for (PassageTerms p : parts) {
            System.arraycopy(p.tokens, 0, tokens, at, p.tokens.length);
            System.arraycopy(p.stop, 0, stop, at, p.stop.length);
            at += p.tokens.length;
        }
        return new PassageTerms(tokens, stop);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PassageTerms p && Arrays.equals(tokens, p.tokens) && Arrays.equals(stop, p.stop);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(tokens) + Arrays.hashCode(stop);
    }

    @Override
    public String toString() {
        return Arrays.toString(tokens);
    }
}
