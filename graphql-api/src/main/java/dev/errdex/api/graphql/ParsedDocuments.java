package dev.errdex.api.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Parsed and validated GraphQL documents, by query text, least recently used first out: at most
 * {@value #MAX_ENTRIES} documents and {@value #MAX_CHARS} characters of query text (a parsed document holds some tens
 * of bytes per character of its text). A document longer than {@value #MAX_DOCUMENT_CHARS} characters, or one that
 * did not validate, is parsed for its request and not kept. Replaces SmallRye's own document cache, which is bounded by
 * entries only, on the GraphQL builder ({@link ErrdexInstrumentation}). Thread-safe.
 */
public final class ParsedDocuments implements PreparsedDocumentProvider {

    /** Documents kept at most. */
    public static final int MAX_ENTRIES = 2048;

    /** Characters of query text kept at most, summed over the documents. */
    public static final long MAX_CHARS = 1_000_000;

    /** The longest document kept. */
    public static final int MAX_DOCUMENT_CHARS = 8_192;

    private final Map<String, PreparsedDocumentEntry> documents = new LinkedHashMap<>(256, 0.75f, true);
    private long chars;

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
            Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String query = input.getQuery();
        PreparsedDocumentEntry known;
        synchronized (this) {
            known = documents.get(query);
        }
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        PreparsedDocumentEntry parsed = parseAndValidate.apply(input);
        if (!parsed.hasErrors() && query.length() <= MAX_DOCUMENT_CHARS) {
            keep(query, parsed);
        }
        return CompletableFuture.completedFuture(parsed);
    }

    private synchronized void keep(String query, PreparsedDocumentEntry parsed) {
        if (documents.put(query, parsed) == null) {
            chars += query.length();
        }
        var oldest = documents.entrySet().iterator();
        while ((documents.size() > MAX_ENTRIES || chars > MAX_CHARS) && oldest.hasNext()) {
            chars -= oldest.next().getKey().length();
            oldest.remove();
        }
    }

    /** Documents kept now. */
    public synchronized int size() {
        return documents.size();
    }

    /** Characters of query text kept now. */
    public synchronized long chars() {
        return chars;
    }
}
