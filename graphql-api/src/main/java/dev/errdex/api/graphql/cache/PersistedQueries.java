package dev.errdex.api.graphql.cache;

import dev.errdex.api.ops.ApiConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Documents registered for automatic persisted queries (Apollo's {@code extensions.persistedQuery}), by the SHA-256 of
 * their text in lower-case hex: at most {@code errdex.api.persisted-queries.max-entries} documents and
 * {@code .max-chars} characters, the least recently used going first. Per replica: a client whose hash another replica
 * learnt gets {@code PersistedQueryNotFound} once and registers it here. Thread-safe.
 */
@ApplicationScoped
public class PersistedQueries {

    private final Map<String, String> documents = new LinkedHashMap<>(256, 0.75f, true);
    private final ApiConfig.PersistedQueries config;
    private long chars;

    PersistedQueries(ApiConfig config) {
        this.config = config.persistedQueries();
    }

    /** The document registered under {@code sha256Hash}. */
    public synchronized Optional<String> find(String sha256Hash) {
        return Optional.ofNullable(documents.get(sha256Hash));
    }

    /** Registers {@code document} under its hash; a document longer than the whole budget is not kept. */
    public synchronized void register(String sha256Hash, String document) {
        if (document.length() > config.maxChars() || documents.containsKey(sha256Hash)) {
            return;
        }
        documents.put(sha256Hash, document);
        chars += document.length();
        var oldest = documents.entrySet().iterator();
        while ((documents.size() > config.maxEntries() || chars > config.maxChars()) && oldest.hasNext()) {
            chars -= oldest.next().getValue().length();
            oldest.remove();
        }
    }

    /** Documents kept now. */
    public synchronized int size() {
        return documents.size();
    }

    /** The SHA-256 of a document's UTF-8 text, lower-case hex: the hash a client sends. */
    public static String sha256Hex(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(document.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
