package dev.errdex.api.security;

import dev.errdex.catalog.Sha256;
import dev.errdex.api.config.ErrdexConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The API keys errdex accepts, known only by their SHA-256 hashes. Keys are provisioned by configuration
 * ({@code errdex.api-keys} / {@code ERRDEX_API_KEYS}: a comma-separated list of {@code role:sha256-hex}).
 */
@ApplicationScoped
public class ApiKeys {

    /** How long a key found in the database is trusted before it is looked up again (revocation delay). */
    public static final int CACHE_SECONDS = 30;

    private final Map<String, Role> byHash = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Cached> stored = new java.util.concurrent.ConcurrentHashMap<>();
    private final ApiKeyStore store;

    /** Who a presented key is: its role and the principal recorded in history ({@code key:<name>}). */
    public record KeyIdentity(Role role, String principal) {
    }

    private record Cached(KeyIdentity identity, long until) {
    }

    ApiKeys(ErrdexConfig config, ApiKeyStore store) {
        this.store = store;
        for (String entry : config.apiKeys().orElse(java.util.List.of())) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int colon = e.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(SecurityError.KEY_CONFIG_INVALID.message(
                        "an entry has no role (write role:sha256-hex, e.g. agent:" + "ab".repeat(32) + ")"));
            }
            Role role = Role.parse(e.substring(0, colon)).orElseThrow(() -> new IllegalArgumentException(
                    SecurityError.KEY_CONFIG_INVALID.message("unknown role '" + e.substring(0, e.indexOf(':'))
                            + "' (roles: reader, agent, editor, admin)")));
            String hash = e.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
            if (!hash.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException(SecurityError.KEY_CONFIG_INVALID.message(
                        "the hash of a " + role.id() + " key is not 64 hex digits (a SHA-256 of the key)"));
            }
            byHash.put(hash, role);
        }
    }

    /** The role of a presented key, or empty for an unknown key. */
    public Optional<Role> roleOf(String presentedKey) {
        return identify(presentedKey).map(KeyIdentity::role);
    }

    /**
     * Who a presented key is: a configured key ({@code key:<first 12 hex digits of its hash>}) or one created by
     * command ({@code key:<its name>}); empty for an unknown or revoked key. May read the database: call it off the
     * event loop.
     */
    public Optional<KeyIdentity> identify(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        String hash = sha256Hex(presentedKey.strip());
        Role configured = byHash.get(hash);
        if (configured != null) {
            return Optional.of(new KeyIdentity(configured, "key:" + hash.substring(0, 12)));
        }
        long now = System.nanoTime();
        Cached cached = stored.get(hash);
        if (cached != null && cached.until() - now > 0) {
            return Optional.of(cached.identity());
        }
        Optional<KeyIdentity> found = store.active(hash).map(k -> new KeyIdentity(k.role(), "key:" + k.name()));
        found.ifPresentOrElse(k -> stored.put(hash, new Cached(k, now + CACHE_SECONDS * 1_000_000_000L)),
                () -> stored.remove(hash));
        return found;
    }

    /** Adds a key at run time (keys created by command are registered through here). */
    public void register(String sha256Hex, Role role) {
        byHash.put(sha256Hex.toLowerCase(Locale.ROOT), role);
    }

    /** Forgets a key (revocation). */
    public void revoke(String sha256Hex) {
        byHash.remove(sha256Hex.toLowerCase(Locale.ROOT));
        stored.remove(sha256Hex.toLowerCase(Locale.ROOT));
    }

    /** How many keys are known. */
    public int size() {
        return byHash.size();
    }

    /** Lower-case hex SHA-256 of a key, the only form in which errdex stores keys. */
    public static String sha256Hex(String key) {
        return Sha256.hex(key);
    }

    /** Roles of API keys; each grants its own role and those it implies. */
    public enum Role {
        /** Reads the catalog when reads are closed. */
        READER("reader", Set.of("reader")),
        /** Reads tickets and gives feedback; reads the catalog. */
        AGENT("agent", Set.of("agent", "reader")),
        /** Changes the catalog; reads the catalog. */
        EDITOR("editor", Set.of("editor", "reader")),
        /** Everything. */
        ADMIN("admin", Set.of("admin", "editor", "agent", "reader"));

        private final String id;
        private final Set<String> grants;

        Role(String id, Set<String> grants) {
            this.id = id;
            this.grants = grants;
        }

        public String id() {
            return id;
        }

        /** The security roles this key role grants (itself and the ones it implies). */
        public Set<String> grants() {
            return grants;
        }

        public static Optional<Role> parse(String s) {
            for (Role r : values()) {
                if (r.id.equalsIgnoreCase(s.strip())) {
                    return Optional.of(r);
                }
            }
            return Optional.empty();
        }
    }
}
