package dev.errdex.catalog.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * Database sessions of their own, outside the connection pool, for what lives as long as a session: LISTEN and
 * session-level advisory locks. A pooled connection would carry its lock or subscription back into the pool.
 * PostgreSQL only; on H2 (one process by design) nothing needs them.
 */
@ApplicationScoped
public class DatabaseSessions {

    private static final String PROCESS = processName();

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    /** Whether the configured database is PostgreSQL (otherwise it is the embedded H2 of a single process). */
    public boolean postgres() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** This process as other processes see it: host name and process id. */
    public static String process() {
        return PROCESS;
    }

    /**
     * Opens a PostgreSQL session of its own. Its application name ({@code errdex <purpose> <host>:<pid>}) shows
     * in {@code pg_stat_activity}, and the server drops it about 30 s after the process's machine stops answering
     * (TCP keepalive), which frees whatever the session held.
     *
     * @throws SQLException when the database cannot be reached
     */
    public Connection open(String purpose) throws SQLException {
        if (!postgres()) {
            throw new IllegalStateException("dedicated sessions are for PostgreSQL, not " + url);
        }
        Properties p = new Properties();
        username.ifPresent(u -> p.setProperty("user", u));
        password.ifPresent(pw -> p.setProperty("password", pw));
        p.setProperty("ApplicationName", applicationName(purpose));
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("connectTimeout", "10");
        Connection c = new org.postgresql.Driver().connect(url, p);
        if (c == null) {
            throw new SQLException("not a PostgreSQL URL: " + url);
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET tcp_keepalives_idle = 10");
            s.execute("SET tcp_keepalives_interval = 5");
            s.execute("SET tcp_keepalives_count = 4");
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /**
     * How a session of this process opened for {@code purpose} names itself in {@code pg_stat_activity} (and so how
     * {@link AdvisoryLocks#holder} reports it): {@code errdex <purpose> <host>:<pid>}, cut to PostgreSQL's 63 bytes.
     */
    public static String applicationName(String purpose) {
        String s = "errdex " + purpose + " " + PROCESS;
        return s.length() <= 63 ? s : s.substring(0, 63);
    }

    private static String processName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = Optional.ofNullable(System.getenv("HOSTNAME")).orElse("unknown-host");
        }
        return host + ":" + ProcessHandle.current().pid();
    }
}
