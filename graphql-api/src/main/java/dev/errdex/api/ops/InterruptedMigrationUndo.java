package dev.errdex.api.ops;

import dev.errdex.api.error.ApiError;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes a Flyway migration on the embedded H2 database all-or-nothing across a crash. H2 commits each DDL statement
 * on its own, so a process killed between two statements of one migration leaves that migration's first tables,
 * indexes or columns in place without a row in Flyway's history; the next start runs the migration again, its first
 * {@code CREATE} fails ("already exists"), Flyway records the migration as failed, and no start succeeds after that.
 * (PostgreSQL runs each migration in one transaction, which a crash rolls back whole.)
 * <p>
 * So before each migration the schema objects that exist (tables and views, columns, constraints, indexes,
 * sequences) are written to a marker file beside the database, and the marker is deleted when migrating has ended.
 * A start that finds the marker while the migration it names has no successful history row drops every object
 * added since the marker was written, newest kinds first, and Flyway then runs the migration from its start.
 * <p>
 * Rows a migration changes in tables that existed before it are not restored: such statements must be safe to run
 * twice (e.g. {@code INSERT ... WHERE NOT EXISTS}); docs/operations.md "Migrations" says so.
 */
public final class InterruptedMigrationUndo implements Callback {

    private static final Logger LOG = Logger.getLogger(InterruptedMigrationUndo.class);
    private static final String HISTORY = "flyway_schema_history";

    private final Path marker;

    /** @param marker the marker file, beside the database's files */
    public InterruptedMigrationUndo(Path marker) {
        this.marker = marker;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            switch (event) {
                case BEFORE_MIGRATE -> undoInterrupted(context.getConnection());
                case BEFORE_EACH_MIGRATE -> {
                    if (context.getMigrationInfo().getVersion() != null) {
                        begin(context.getConnection(), context.getMigrationInfo().getVersion().getVersion());
                    }
                }
                default -> Files.deleteIfExists(marker);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(ApiError.MIGRATION_UNDO_FAILED.message(e.getMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String getCallbackName() {
        return "errdex-interrupted-migration-undo";
    }

    /** Writes the marker for the migration to {@code version}: its version, then the objects that exist now. */
    void begin(Connection c, String version) throws SQLException, IOException {
        List<String> lines = new ArrayList<>();
        lines.add(version);
        lines.addAll(objects(c));
        Path written = marker.resolveSibling(marker.getFileName() + ".tmp");
        Files.write(written, lines, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
        Files.move(written, marker, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** Drops what the migration the marker names added, if it has no successful history row; deletes the marker. */
    void undoInterrupted(Connection c) throws SQLException, IOException {
        if (!Files.exists(marker)) {
            return;
        }
        List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && !applied(c, lines.get(0))) {
            Set<String> before = new LinkedHashSet<>(lines.subList(1, lines.size()));
            List<String> added = added(objects(c), before);
            if (!added.isEmpty()) {
                LOG.warn(ApiError.MIGRATION_INTERRUPTED.message(lines.get(0), String.join(", ", added)
                        .replace('\t', '.')));
                try (Statement s = c.createStatement()) {
                    for (String kind : List.of("constraint", "index", "column", "view", "table", "sequence")) {
                        for (String object : added) {
                            String[] f = object.split("\t");
                            if (f[0].equals(kind)) {
                                s.execute(drop(f));
                            }
                        }
                    }
                }
                if (!c.getAutoCommit()) {
                    c.commit();
                }
            }
        }
        Files.delete(marker);
    }

    private static boolean applied(Connection c, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM \"" + HISTORY
                + "\" WHERE \"version\" = ? AND \"success\"")) {
            ps.setString(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) > 0;
            }
        } catch (SQLException e) {
            return false; // no history table yet: nothing was applied
        }
    }

    private static String drop(String[] f) {
        return switch (f[0]) {
            case "constraint" -> "ALTER TABLE " + name(f[1], f[2]) + " DROP CONSTRAINT IF EXISTS " + name(f[1], f[3]);
            case "index" -> "DROP INDEX IF EXISTS " + name(f[1], f[3]);
            case "column" -> "ALTER TABLE IF EXISTS " + name(f[1], f[2]) + " DROP COLUMN IF EXISTS " + quote(f[3]);
            case "view" -> "DROP VIEW IF EXISTS " + name(f[1], f[2]) + " CASCADE";
            case "table" -> "DROP TABLE IF EXISTS " + name(f[1], f[2]) + " CASCADE";
            default -> "DROP SEQUENCE IF EXISTS " + name(f[1], f[2]);
        };
    }

    /**
     * The schema objects outside H2's own schemas and Flyway's history, one line each:
     * {@code kind TAB schema TAB table-or-name [TAB name]}.
     */
    static List<String> objects(Connection c) throws SQLException {
        String user = "TABLE_SCHEMA NOT IN ('INFORMATION_SCHEMA') AND TABLE_NAME <> '" + HISTORY + "'";
        List<String> objects = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            read(s, "SELECT CASE WHEN TABLE_TYPE = 'VIEW' THEN 'view' ELSE 'table' END, TABLE_SCHEMA, TABLE_NAME"
                    + " FROM INFORMATION_SCHEMA.TABLES WHERE " + user, objects);
            read(s, "SELECT 'column', TABLE_SCHEMA, TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE "
                    + user, objects);
            read(s, "SELECT 'constraint', TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME"
                    + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE " + user, objects);
            // indexes H2 made for a constraint go with the constraint, and their generated names change on reopen
            read(s, "SELECT 'index', INDEX_SCHEMA, TABLE_NAME, INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE"
                    + " INDEX_SCHEMA NOT IN ('INFORMATION_SCHEMA') AND TABLE_NAME <> '" + HISTORY + "'"
                    + " AND INDEX_NAME NOT IN (SELECT INDEX_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS"
                    + " WHERE INDEX_NAME IS NOT NULL) AND NOT REGEXP_LIKE(INDEX_NAME, '(PRIMARY_KEY|_INDEX)_[0-9A-F]+$')",
                    objects);
            read(s, "SELECT 'sequence', SEQUENCE_SCHEMA, SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES"
                    + " WHERE SEQUENCE_SCHEMA NOT IN ('INFORMATION_SCHEMA')", objects);
        }
        return objects;
    }

    /** The objects in {@code now} that are not in {@code before}, without the parts of tables that are new. */
    private static List<String> added(List<String> now, Set<String> before) {
        List<String> added = new ArrayList<>(now);
        added.removeAll(before);
        Set<String> newTables = new LinkedHashSet<>();
        for (String o : added) {
            String[] f = o.split("\t");
            if (f[0].equals("table") || f[0].equals("view")) {
                newTables.add(f[1] + "\t" + f[2]);
            }
        }
        added.removeIf(o -> {
            String[] f = o.split("\t");
            return f.length == 4 && newTables.contains(f[1] + "\t" + f[2]);
        });
        return added;
    }

    private static void read(Statement s, String sql, List<String> into) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder line = new StringBuilder(rs.getString(1));
                for (int i = 2; i <= n; i++) {
                    line.append('\t').append(rs.getString(i));
                }
                into.add(line.toString());
            }
        }
    }

    private static String name(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
