package dev.errdex.search.internal;

/** Turns a sentence into a unit-length vector; similar meanings give vectors with a high dot product. */
public interface SentenceEncoder {

    /** Vector length. */
    int dimension();

    /** The unit-length vector of {@code text}. */
    float[] encode(String text);
}
