package dev.errdex.catalog.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the PostgreSQL test database when the tests run with {@code -Pdb-postgresql} and it does not exist yet
 * (system properties {@code errdex.db-kind=postgresql}, {@code errdex-test.jdbc-url}, {@code errdex-test.username}).
 * Does nothing on H2. A missing server fails the tests: the profile exists to test against PostgreSQL.
 */
public class PostgresTestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?$");

    @Override
    public Map<String, String> start() {
        if (!"postgresql".equals(System.getProperty("errdex.db-kind"))) {
            return Map.of();
        }
        String url = System.getProperty("errdex-test.jdbc-url");
        Matcher m = URL.matcher(url == null ? "" : url);
        if (!m.matches()) {
            throw new IllegalStateException("errdex-test.jdbc-url '" + url
                    + "' is not jdbc:postgresql://host:port/database");
        }
        String database = m.group(2);
        String user = System.getProperty("errdex-test.username", "postgres");
        String password = System.getProperty("errdex-test.password", "");
        try (Connection c = DriverManager.getConnection(m.group(1) + "postgres", user, password);
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement create = c.createStatement()) {
                        create.execute("CREATE DATABASE \"" + database + "\"");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach or create the PostgreSQL test database " + database
                    + " at " + m.group(1) + " (is the server running?): " + e.getMessage(), e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
        // the database is kept for the next run; Flyway cleans it at start-up
    }
}
