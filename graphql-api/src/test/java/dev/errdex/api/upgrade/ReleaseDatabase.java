package dev.errdex.api.upgrade;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.h2.tools.RunScript;
import org.postgresql.PGConnection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A fresh database holding what the current release (commit fd5f73c) wrote, loaded from its dump in
 * {@code release-0/} before Quarkus starts, so that the service under test meets the release's tables and Flyway
 * history exactly as an operator's database would be. H2: a new file database in a temporary directory, loaded
 * with H2's RunScript. PostgreSQL ({@code -Pdb-postgresql}, system property {@code errdex.db-kind}): a database
 * next to the test database ({@code <errdex-test database>_release0}), dropped and created again, loaded from the
 * {@code pg_dump} script (statements and COPY blocks).
 */
public class ReleaseDatabase implements QuarkusTestResourceLifecycleManager {

    private static final Pattern PG_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?$");

    private Path h2Directory;
    private String pgServer;
    private String pgDatabase;

    static boolean postgresql() {
        return "postgresql".equals(System.getProperty("errdex.db-kind"));
    }

    @Override
    public Map<String, String> start() {
        try {
            return postgresql() ? startPostgresql() : startH2();
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot load the release database dump: " + e.getMessage(), e);
        }
    }

    private Map<String, String> startH2() throws IOException, SQLException {
        h2Directory = Files.createTempDirectory("errdex-release0-");
        String url = "jdbc:h2:file:" + h2Directory.resolve("errdex").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Reader dump = dump("h2.sql")) {
            RunScript.execute(c, dump);
        }
        return datasource(url, "sa");
    }

    private Map<String, String> startPostgresql() throws IOException, SQLException {
        String testUrl = System.getProperty("errdex-test.jdbc-url", "");
        Matcher m = PG_URL.matcher(testUrl);
        if (!m.matches()) {
            throw new IllegalStateException("errdex-test.jdbc-url '" + testUrl
                    + "' is not jdbc:postgresql://host:port/database");
        }
        pgServer = m.group(1);
        pgDatabase = m.group(2) + "_release0";
        try (Connection admin = adminConnection(); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS \"" + pgDatabase + "\" WITH (FORCE)");
            s.execute("CREATE DATABASE \"" + pgDatabase + "\"");
        }
        String url = pgServer + pgDatabase;
        try (Connection c = DriverManager.getConnection(url, user(), password());
             BufferedReader dump = dump("postgresql.sql")) {
            loadPgDump(c, dump);
        }
        return datasource(url, user());
    }

    private static Map<String, String> datasource(String url, String user) {
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", user,
                "quarkus.flyway.clean-at-start", "false");
    }

    /**
     * Runs a plain-format {@code pg_dump} script: SQL statements ending with {@code ;} at the end of a line, and
     * {@code COPY ... FROM stdin;} blocks up to the line {@code \.}; comments and psql meta-commands are skipped.
     */
    private static void loadPgDump(Connection c, BufferedReader dump) throws IOException, SQLException {
        StringBuilder statement = new StringBuilder();
        String line;
        try (Statement s = c.createStatement()) {
            while ((line = dump.readLine()) != null) {
                if (statement.isEmpty() && (line.isBlank() || line.startsWith("--") || line.startsWith("\\"))) {
                    continue;
                }
                if (statement.isEmpty() && line.startsWith("COPY ") && line.endsWith("FROM stdin;")) {
                    StringBuilder rows = new StringBuilder();
                    String row;
                    while ((row = dump.readLine()) != null && !row.equals("\\.")) {
                        rows.append(row).append('\n');
                    }
                    c.unwrap(PGConnection.class).getCopyAPI().copyIn(line, new StringReader(rows.toString()));
                    continue;
                }
                statement.append(line).append('\n');
                if (line.endsWith(";")) {
                    s.execute(statement.toString());
                    statement.setLength(0);
                }
            }
        }
    }

    private Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(pgServer + "postgres", user(), password());
    }

    private static String user() {
        return System.getProperty("errdex-test.username", "postgres");
    }

    private static String password() {
        return System.getProperty("errdex-test.password", "");
    }

    private static BufferedReader dump(String name) {
        InputStream in = ReleaseDatabase.class.getClassLoader().getResourceAsStream("release-0/" + name);
        if (in == null) {
            throw new IllegalStateException("no release dump release-0/" + name + " on the test classpath");
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @Override
    public void stop() {
        if (h2Directory != null) {
            try (Stream<Path> files = Files.walk(h2Directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (pgDatabase != null) {
            try (Connection admin = adminConnection(); Statement s = admin.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS \"" + pgDatabase + "\" WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("cannot drop " + pgDatabase + ": " + e.getMessage(), e);
            }
        }
    }
}
