package dev.errdex.api.ops;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * errdex's real migrations on H2, each interrupted after each of its statements the way a killed process leaves it
 * (H2 commits every DDL statement; Flyway's history has no row for the migration; the marker written before it is
 * on disk): the next migrate runs to the end and leaves the same schema as an uninterrupted one. Without the undo,
 * the same state makes every later start fail, which is what issue 16's "a crash during migration leaves a database
 * the next start opens" found on H2. {@code KilledMigrationIT} does the same with a kill -9 of the packaged service.
 */
class InterruptedMigrationTest {

    private static final String[] LOCATIONS = {"db/migration", "db/triage-bot", "db/graphql-api"};

    @TempDir
    Path dir;

    @Test
    void aMigrationInterruptedAfterAnyOfItsStatementsRunsAgainToTheSameSchema() throws Exception {
        List<String> complete = schemaAfter(migrate(newDatabase(), null));
        int interruptions = 0;
        for (MigrationInfo migration : flyway(newDatabase(), null).load().info().all()) {
            List<String> statements = statements(migration.getScript());
            for (int done = 1; done < statements.size(); done++) {
                String url = newDatabase();
                Path marker = dir.resolve(UUID.randomUUID() + ".migrating");
                interruptAfter(url, marker, migration, statements, done);
                migrate(url, marker);
                assertThat(schemaAfter(url)).as("%s interrupted after statement %d", migration.getScript(), done)
                        .isEqualTo(complete);
                assertThat(marker).doesNotExist();
                interruptions++;
            }
        }
        assertThat(interruptions).as("interruptions tried").isGreaterThan(30);
    }

    @Test
    void withoutTheUndoAnInterruptedMigrationFailsEveryLaterStart() throws Exception {
        MigrationInfo helpdesk = flyway(newDatabase(), null).load().info().all()[7];
        assertThat(helpdesk.getVersion().getVersion()).isEqualTo("510");
        String url = newDatabase();
        interruptAfter(url, dir.resolve("unused.migrating"), helpdesk, statements(helpdesk.getScript()), 1);
        assertThatThrownBy(() -> migrate(url, null)).isInstanceOf(FlywayException.class);
        assertThatThrownBy(() -> migrate(url, null)).isInstanceOf(FlywayException.class)
                .hasMessageContaining("failed migration");
    }

    /** Migrations before {@code migration}, its marker, then its first {@code done} statements, each committed. */
    private void interruptAfter(String url, Path marker, MigrationInfo migration, List<String> statements, int done)
            throws Exception {
        String previous = previous(url, migration);
        if (previous != null) {
            flyway(url, marker).target(previous).load().migrate();
        } else { // only the history table, which Flyway creates (and H2 commits) before the first migration
            Flyway.configure().dataSource(url, "sa", "").locations("db/no-migrations-here").load().migrate();
        }
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            new InterruptedMigrationUndo(marker).begin(c, migration.getVersion().getVersion());
            for (String statement : statements.subList(0, done)) {
                s.execute(statement);
            }
        }
    }

    private static String previous(String url, MigrationInfo migration) {
        String previous = null;
        for (MigrationInfo m : Flyway.configure().dataSource(url, "sa", "").locations(LOCATIONS).load().info().all()) {
            if (m.getVersion().compareTo(migration.getVersion()) < 0) {
                previous = m.getVersion().getVersion();
            }
        }
        return previous;
    }

    private String newDatabase() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, Path marker) {
        var config = Flyway.configure().dataSource(url, "sa", "").locations(LOCATIONS);
        return marker == null ? config : config.callbacks(new InterruptedMigrationUndo(marker));
    }

    private static String migrate(String url, Path marker) {
        flyway(url, marker).load().migrate();
        return url;
    }

    /** The schema's objects, names H2 generates (which end in an object id) without their id. */
    private static List<String> schemaAfter(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            return InterruptedMigrationUndo.objects(c).stream()
                    .map(o -> o.replaceAll("(CONSTRAINT|PRIMARY_KEY|_INDEX)_[0-9A-F]+$", "$1_generated")).sorted()
                    .toList();
        }
    }

    /** The statements of a migration script on the classpath, comments left out. */
    private static List<String> statements(String script) throws IOException {
        for (String location : LOCATIONS) {
            try (InputStream in = InterruptedMigrationTest.class.getClassLoader()
                    .getResourceAsStream(location + "/" + script)) {
                if (in != null) {
                    List<String> statements = new ArrayList<>();
                    StringBuilder sql = new StringBuilder();
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                        if (!line.strip().startsWith("--")) {
                            sql.append(line).append('\n');
                        }
                    }
                    for (String statement : sql.toString().split(";\\s*\n")) {
                        if (!statement.isBlank()) {
                            statements.add(statement.strip().replaceAll(";$", ""));
                        }
                    }
                    return statements;
                }
            }
        }
        throw new IllegalStateException(script + " is not on the classpath");
    }
}
