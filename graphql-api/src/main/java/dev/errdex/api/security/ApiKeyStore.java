package dev.errdex.api.security;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * API keys created by command, in table {@code api_key}: only their SHA-256 is stored. A created key is returned
 * once and cannot be shown again; a revoked key stops working (within {@link ApiKeys#CACHE_SECONDS} on a running
 * service).
 */
@ApplicationScoped
public class ApiKeyStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AgroalDataSource db;

    ApiKeyStore(AgroalDataSource db) {
        this.db = db;
    }

    /** A stored key (never the key itself). */
    public record StoredKey(String id, String name, ApiKeys.Role role, Instant createdAt, Instant revokedAt) {
    }

    /** A key just created: the key itself (shown once) and its record. */
    public record CreatedKey(String key, StoredKey stored) {
    }

    /**
     * Creates a key with a role and a name (its id when none is given); the returned key is the only copy.
     *
     * @throws IllegalArgumentException with {@code ERR_ERRDEX_1305} for a name that breaks {@link KeyName#RULE},
     *                                  {@code ERR_ERRDEX_1306} for a name another key has
     */
    public CreatedKey create(ApiKeys.Role role, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = "errdex_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byte[] idBytes = new byte[6];
        RANDOM.nextBytes(idBytes);
        String id = "k" + HexFormat.of().formatHex(idBytes);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String keyName = name == null || name.isBlank() ? id : name.strip();
        if (!KeyName.valid(keyName) || keyName.startsWith(ApiKeys.CONFIGURED_PREFIX)) {
            throw new IllegalArgumentException(SecurityError.KEY_NAME_INVALID.message(keyName));
        }
        if (named(keyName)) {
            throw new IllegalArgumentException(SecurityError.KEY_NAME_TAKEN.message(keyName));
        }
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "insert into api_key (id, name, role, key_sha256, created_at) values (?, ?, ?, ?, ?)")) {
            s.setString(1, id);
            s.setString(2, keyName);
            s.setString(3, role.id());
            s.setString(4, ApiKeys.sha256Hex(key));
            s.setTimestamp(5, Timestamp.from(now));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the key", e);
        }
        return new CreatedKey(key, new StoredKey(id, keyName, role, now, null));
    }

    /** Whether a key (active or revoked) has this name. */
    public boolean named(String name) {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select 1 from api_key where name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the keys", e);
        }
    }

    /** Revokes a key by id; false when there is no such key or it was already revoked. */
    public boolean revoke(String id) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "update api_key set revoked_at = ? where id = ? and revoked_at is null")) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setString(2, id);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot revoke the key", e);
        }
    }

    /** The active key with this SHA-256, if any. */
    public Optional<StoredKey> active(String sha256Hex) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id, name, role, created_at from api_key where key_sha256 = ? and revoked_at is null")) {
            s.setString(1, sha256Hex);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return ApiKeys.Role.parse(r.getString(3)).map(role -> {
                    try {
                        return new StoredKey(r.getString(1), r.getString(2), role, r.getTimestamp(4).toInstant(),
                                null);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the keys", e);
        }
    }

    /** Every key, newest first. */
    public List<StoredKey> list() {
        List<StoredKey> keys = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id, name, role, created_at, revoked_at from api_key order by created_at desc");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Timestamp revoked = r.getTimestamp(5);
                keys.add(new StoredKey(r.getString(1), r.getString(2), ApiKeys.Role.parse(r.getString(3))
                        .orElseThrow(), r.getTimestamp(4).toInstant(), revoked == null ? null : revoked.toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the keys", e);
        }
        return keys;
    }
}
