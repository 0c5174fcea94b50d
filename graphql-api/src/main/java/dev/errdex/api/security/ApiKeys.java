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
 * ({@code errdex.api-keys} / {@code ERRDEX_API_KEYS}: a comma-separated list of {@code role:sha256-hex}, optionally
 * {@code role:sha256-hex:name}) or created by command ({@link ApiKeyStore}). History names a key by its name
 * ({@code key:<name>}), never by any part of its hash: a configured key without a name is
 * {@code configured-<role>-<position in the list>}.
 */
@ApplicationScoped
public class ApiKeys {

    /** How long a key found in the database is trusted before it is looked up again (revocation delay). */
    public static final int CACHE_SECONDS = 30;

    /** The name prefix of configured keys without a name of their own; created keys cannot take it. */
    public static final String CONFIGURED_PREFIX = "configured-";

    private final Map<String, KeyIdentity> byHash = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Cached> stored = new java.util.concurrent.ConcurrentHashMap<>();
    private final ApiKeyStore store;

    /** Who a presented key is: its role and the principal recorded in history ({@code key:<name>}). */
    public record KeyIdentity(Role role, String principal) {
    }

    private record Cached(KeyIdentity identity, long until) {
    }

    ApiKeys(ErrdexConfig config, ApiKeyStore store) {
        this.store = store;
        int position = 0;
        for (String entry : config.apiKeys().orElse(java.util.List.of())) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            position++;
            int colon = e.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(SecurityError.KEY_CONFIG_INVALID.message(
                        "an entry has no role (write role:sha256-hex, e.g. agent:" + "ab".repeat(32) + ")"));
            }
            Role role = Role.parse(e.substring(0, colon)).orElseThrow(() -> new IllegalArgumentException(
                    SecurityError.KEY_CONFIG_INVALID.message("unknown role '" + e.substring(0, e.indexOf(':'))
                            + "' (roles: reader, agent, editor, admin)")));
            String rest = e.substring(colon + 1).strip();
            int nameColon = rest.indexOf(':');
            String hash = (nameColon < 0 ? rest : rest.substring(0, nameColon)).strip().toLowerCase(Locale.ROOT);
            if (!hash.matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException(SecurityError.KEY_CONFIG_INVALID.message(
                        "the hash of a " + role.id() + " key is not 64 hex digits (a SHA-256 of the key)"));
            }
            String name = nameColon < 0 ? CONFIGURED_PREFIX + role.id() + "-" + position
                    : rest.substring(nameColon + 1).strip();
            if (nameColon >= 0 && !KeyName.valid(name)) {
                throw new IllegalArgumentException(SecurityError.KEY_CONFIG_INVALID.message(
                        "the name of a " + role.id() + " key is not " + KeyName.RULE));
            }
            byHash.put(hash, new KeyIdentity(role, KeyName.principal(name)));
        }
    }

    /** The history names of the configured keys, by their SHA-256. */
    public Map<String, String> configuredNames() {
        Map<String, String> names = new java.util.HashMap<>();
        byHash.forEach((hash, identity) -> names.put(hash, identity.principal()));
        return names;
    }

    /** The role of a presented key, or empty for an unknown key. */
    public Optional<Role> roleOf(String presentedKey) {
        return identify(presentedKey).map(KeyIdentity::role);
    }

    /**
     * Who a presented key is: a configured key or one created by command, named {@code key:<its name>}; empty for
     * an unknown or revoked key. May read the database: call it off the event loop ({@link #known} does not).
     */
    public Optional<KeyIdentity> identify(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            return Optional.empty();
        }
        String hash = sha256Hex(presentedKey.strip());
        Optional<KeyIdentity> known = known(hash, System.nanoTime());
        if (known.isPresent()) {
            return known;
        }
        long now = System.nanoTime();
        Optional<KeyIdentity> found = store.active(hash).map(k -> new KeyIdentity(k.role(),
                KeyName.principal(k.name())));
        found.ifPresentOrElse(k -> stored.put(hash, new Cached(k, now + CACHE_SECONDS * 1_000_000_000L)),
                () -> stored.remove(hash));
        return found;
    }

    /**
     * Who the key with this SHA-256 is, when that is known without reading the database (a configured key, or a
     * created key looked up less than {@link #CACHE_SECONDS} ago); empty otherwise.
     */
    public Optional<KeyIdentity> known(String sha256Hex, long nowNanos) {
        KeyIdentity configured = byHash.get(sha256Hex);
        if (configured != null) {
            return Optional.of(configured);
        }
        Cached cached = stored.get(sha256Hex);
        return cached != null && cached.until() - nowNanos > 0 ? Optional.of(cached.identity()) : Optional.empty();
    }

    /** Routing-context key of a look-up made for the request ({@link #remember}). */
    private static final String LOOKED_UP = "errdex.api-key.looked-up";

    private record LookedUp(String key, Optional<KeyIdentity> identity) {
    }

    /** Keeps the answer of {@link #identify} for this request, so that authentication does not look again. */
    public static void remember(io.vertx.ext.web.RoutingContext ctx, String presentedKey,
                                Optional<KeyIdentity> identity) {
        ctx.put(LOOKED_UP, new LookedUp(presentedKey, identity));
    }

    /** The answer {@link #remember} kept for this request and key, or null when there is none. */
    @SuppressWarnings("java:S2789")
    public static Optional<KeyIdentity> remembered(io.vertx.ext.web.RoutingContext ctx, String presentedKey) {
        LookedUp looked = ctx.get(LOOKED_UP);
        return looked != null && looked.key().equals(presentedKey) ? looked.identity() : null;
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
