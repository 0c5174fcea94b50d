package dev.errdex.api.reliability;

import dev.errdex.api.process.ServiceProcess;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The packaged service ({@link ServiceProcess}) on H2, killed with SIGKILL between two statements of a real
 * migration: a database at version 100 with {@link #MESSAGES} ticket messages, so that V101's copy of them into the
 * new {@code ticket_thread} table takes long enough for the kill to land after V101's {@code CREATE TABLE} and
 * {@code CREATE INDEX} were committed (H2 commits each DDL statement) and before the migration ended. The test sees
 * that state (the table there, no history row), then the next start must become ready with V101 applied once and
 * every message's thread copied. H2 only: PostgreSQL runs each migration in one transaction, which the kill rolls
 * back.
 */
class KilledMigrationIT {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(300);
    private static final int MESSAGES = 1_000_000;

    @TempDir
    Path work;

    @Test
    void aMigrationKilledBetweenTwoStatementsRunsAgainWholeAtTheNextStart() throws Exception {
        assumeFalse("postgresql".equals(System.getProperty("errdex.db-kind")), "H2 only (see the class comment)");
        try (ServiceProcess service = ServiceProcess.create(Files.createDirectories(work.resolve("service")),
                Map.of("ERRDEX_CATALOG_SEED_ON_START", "false"))) {
            Files.createDirectories(service.dataDirectory());
            String url = "jdbc:h2:file:" + service.dataDirectory().resolve("errdex");
            Flyway.configure().dataSource(url, "sa", "").locations("db/migration", "db/triage-bot", "db/graphql-api")
                    .target("100").load().migrate();
            try (Connection c = service.database(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO ticket (id, subject, state, created_at, updated_at, version)"
                        + " VALUES (1, 'many messages', 'NEW', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0)");
                s.execute("INSERT INTO ticket_message (id, ticket_id, dedup_key, thread_refs, recipients_to,"
                        + " recipients_cc, subject, received_at, channel, content_hash, body_text, matcher_text)"
                        + " SELECT X, 1, 'key-' || X, '', '', '', 'many messages', CURRENT_TIMESTAMP, 'WEBHOOK',"
                        + " 'hash', 'text', 'text' FROM SYSTEM_RANGE(1, " + MESSAGES + ")");
            }

            service.launch();
            service.awaitLine("to version \"101 - ticket threads and raw\"", START_TIMEOUT);
            Thread.sleep(1_500); // CREATE TABLE and CREATE INDEX are committed; the copy of the rows runs
            service.kill();
            try (Connection c = service.database(); Statement s = c.createStatement()) {
                assertThat(tables(s)).as("the kill fell between V101's statements").contains("TICKET_THREAD");
                assertThat(history(s, "101")).as("history rows of V101 after the kill").isZero();
            }

            service.start(START_TIMEOUT);
            service.stop();
            assertThat(service.lines()).anyMatch(l -> l.contains("ERR_ERRDEX_1390"));
            try (Connection c = service.database(); Statement s = c.createStatement()) {
                assertThat(history(s, "101")).as("successful history rows of V101").isEqualTo(1);
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM ticket_thread")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(MESSAGES);
                }
            }
        }
    }

    private static List<String> tables(Statement s) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    private static long history(Statement s, String version) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"flyway_schema_history\""
                + " WHERE \"version\" = '" + version + "' AND \"success\"")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
