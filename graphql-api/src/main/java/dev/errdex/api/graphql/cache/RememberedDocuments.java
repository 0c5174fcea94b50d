package dev.errdex.api.graphql.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What was decided about GraphQL documents, by document text: at most {@code maxEntries} documents and
 * {@code maxChars} characters of their texts; past either bound the memory starts afresh (a client sending endless
 * distinct documents costs a parse each, never memory). Thread-safe.
 *
 * @param <V> what is remembered per document
 */
public final class RememberedDocuments<V> {

    private final Map<String, V> decided = new ConcurrentHashMap<>();
    private final AtomicLong chars = new AtomicLong();
    private final int maxEntries;
    private final long maxChars;

    public RememberedDocuments(int maxEntries, long maxChars) {
        this.maxEntries = maxEntries;
        this.maxChars = maxChars;
    }

    /** What was remembered for {@code document}, or null. */
    public V get(String document) {
        return decided.get(document);
    }

    /** Remembers {@code value} for {@code document}; a document longer than the whole budget is not kept. */
    public void put(String document, V value) {
        if (document.length() > maxChars || decided.containsKey(document)) {
            return;
        }
        if (decided.size() >= maxEntries || chars.addAndGet(document.length()) > maxChars) {
            decided.clear();
            chars.set(document.length());
        }
        decided.put(document, value);
    }

    /** Documents remembered now. */
    public int size() {
        return decided.size();
    }

    /** Characters of the documents remembered now (at least; an upper bound of what is held). */
    public long chars() {
        return chars.get();
    }
}
