package dev.errdex.api.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Before errdex named keys in history, a configured key was recorded as {@code key:<first 12 hex digits of its
 * SHA-256>}. At every start, before anything else writes history, each such actor is rewritten to the key's name
 * where the key is still known (configured or created), otherwise to {@value #FORMER_KEY}, so that no part of a hash
 * stays in public history. Idempotent: once rewritten, nothing matches.
 */
@ApplicationScoped
public class KeyNamesInHistory {

    /** What history shows for a key recorded by its hash that errdex no longer knows. */
    public static final String FORMER_KEY = "key:former-key";

    private static final Logger LOG = Logger.getLogger(KeyNamesInHistory.class);

    /** Every table and column that records who acted (catalog-core's and triage-bot's history). */
    private static final List<String[]> ACTORS = List.of(
            new String[] {"error_code", "updated_by"},
            new String[] {"error_code_history", "changed_by"},
            new String[] {"catalog_change", "changed_by"},
            new String[] {"ticket_annotation", "reviewed_by"},
            new String[] {"ticket_feedback", "actor"},
            new String[] {"learned_evidence", "learned_by"});

    private static final Pattern HASH_ACTOR = Pattern.compile("key:[0-9a-f]{12}");

    private final AgroalDataSource db;
    private final ApiKeys keys;

    KeyNamesInHistory(AgroalDataSource db, ApiKeys keys) {
        this.db = db;
        this.keys = keys;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 100) StartupEvent event) {
        int rows = rewrite();
        if (rows > 0) {
            LOG.infof("history: %d rows that named a key by part of its hash now name the key", rows);
        }
    }

    /** Rewrites every actor of the form {@code key:<12 hex digits>}; returns the rows changed. */
    public int rewrite() {
        try (Connection c = db.getConnection()) {
            Map<String, String> names = names(c);
            int rows = 0;
            for (String[] actor : ACTORS) {
                for (String old : hashActors(c, actor[0], actor[1], names)) {
                    try (PreparedStatement s = c.prepareStatement(
                            "update " + actor[0] + " set " + actor[1] + " = ? where " + actor[1] + " = ?")) {
                        s.setString(1, names.getOrDefault(old, FORMER_KEY));
                        s.setString(2, old);
                        rows += s.executeUpdate();
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot rewrite key names in history", e);
        }
    }

    /**
     * The history name of each known key under its old hash form; created keys' own names are mapped to themselves
     * so that a created key named like 12 hex digits keeps its name.
     */
    private Map<String, String> names(Connection c) throws SQLException {
        Map<String, String> names = new HashMap<>();
        keys.configuredNames().forEach((hash, principal) -> names.put("key:" + hash.substring(0, 12), principal));
        try (PreparedStatement s = c.prepareStatement("select key_sha256, name from api_key");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                names.putIfAbsent("key:" + r.getString(1).substring(0, 12), KeyName.principal(r.getString(2)));
                names.put(KeyName.principal(r.getString(2)), KeyName.principal(r.getString(2)));
            }
        }
        return names;
    }

    private static List<String> hashActors(Connection c, String table, String column, Map<String, String> names)
            throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select distinct " + column + " from " + table + " where "
                + column + " like 'key:____________'"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                String actor = r.getString(1);
                if (HASH_ACTOR.matcher(actor).matches() && !actor.equals(names.get(actor))) {
                    found.add(actor);
                }
            }
        }
        return found;
    }
}
