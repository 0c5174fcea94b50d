package dev.errdex.search.internal;

import java.util.Map;

/**
 * The fields of a catalog document and the analyzer of each. One document per code.
 *
 * <table>
 *   <caption>Fields</caption>
 *   <tr><th>field</th><th>analyzer</th><th>what</th></tr>
 *   <tr><td>{@value #CODE}</td><td>none (exact)</td><td>canonical code, the document's id</td></tr>
 *   <tr><td>{@value #CODE_SPELLING}</td><td>code</td><td>the code and its number, any spelling</td></tr>
 *   <tr><td>{@value #TITLE}</td><td>english</td><td>the title</td></tr>
 *   <tr><td>{@value #MESSAGE}</td><td>english</td><td>the message template without its placeholders</td></tr>
 *   <tr><td>{@value #MESSAGE_PAIRS}</td><td>phrase</td><td>word pairs of each constant segment of the template</td></tr>
 *   <tr><td>{@value #SYMPTOM}</td><td>english</td><td>customer symptom phrases, one value each</td></tr>
 *   <tr><td>{@value #SYMPTOM_PAIRS}</td><td>phrase</td><td>word pairs of the symptom phrases</td></tr>
 *   <tr><td>{@value #GUIDE}</td><td>english</td><td>the fix guide as plain text</td></tr>
 *   <tr><td>{@value #LEARNED}</td><td>english</td><td>support texts confirmed for this code (stored, kept on rebuild)</td></tr>
 *   <tr><td>{@value #CATEGORY}</td><td>english</td><td>the category (also stored as written)</td></tr>
 *   <tr><td>{@value #SURFACE}</td><td>surface</td><td>every word as written: the spelling vocabulary</td></tr>
 *   <tr><td>{@value #WORDS}</td><td>english</td><td>every word, stemmed: word weights shared by all fields</td></tr>
 *   <tr><td>{@value #VECTOR}</td><td>none</td><td>sentence embedding of title, message and symptoms (semantic mode)</td></tr>
 * </table>
 */
public final class CatalogFields {

    public static final String CODE = "code";
    public static final String CODE_SPELLING = "code_spelling";
    public static final String TITLE = "title";
    public static final String MESSAGE = "message";
    public static final String MESSAGE_PAIRS = "message_pairs";
    public static final String SYMPTOM = "symptom";
    public static final String SYMPTOM_PAIRS = "symptom_pairs";
    public static final String GUIDE = "guide";
    public static final String LEARNED = "learned";
    public static final String CATEGORY = "category";
    public static final String SURFACE = "surface";
    public static final String WORDS = "words";
    public static final String VECTOR = "vector";

    /** Stored only: the message template as written. */
    public static final String STORED_MESSAGE = "message_text";
    /** Stored only: the fix guide as plain text. */
    public static final String STORED_GUIDE = "guide_text";
    /** Stored only: hash of the text the vector was computed from, so a rebuild can reuse it. */
    public static final String VECTOR_SOURCE = "vector_source";
    /** Stored only: the vector as bytes. */
    public static final String STORED_VECTOR = "vector_bytes";

    private static final Map<String, String> ANALYZER = Map.ofEntries(
            Map.entry(CODE_SPELLING, CatalogAnalyzers.CODE),
            Map.entry(TITLE, CatalogAnalyzers.ENGLISH),
            Map.entry(MESSAGE, CatalogAnalyzers.ENGLISH),
            Map.entry(MESSAGE_PAIRS, CatalogAnalyzers.PHRASE),
            Map.entry(SYMPTOM, CatalogAnalyzers.ENGLISH),
            Map.entry(SYMPTOM_PAIRS, CatalogAnalyzers.PHRASE),
            Map.entry(GUIDE, CatalogAnalyzers.ENGLISH),
            Map.entry(LEARNED, CatalogAnalyzers.ENGLISH),
            Map.entry(CATEGORY, CatalogAnalyzers.ENGLISH),
            Map.entry(SURFACE, CatalogAnalyzers.SURFACE),
            Map.entry(WORDS, CatalogAnalyzers.ENGLISH));

    private CatalogFields() {
    }

    /** Name of the analyzer of a text field; prose for any field not listed. */
    public static String analyzerOf(String field) {
        return ANALYZER.getOrDefault(field, CatalogAnalyzers.ENGLISH);
    }
}
