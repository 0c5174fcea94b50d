package dev.errdex.catalog.cluster;

import dev.errdex.catalog.service.CatalogChanged;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

/**
 * Plays another errdex process on the same database: changes an entry on a connection (so a session) of its own and
 * stamps the change the way every errdex process does ({@link CatalogRevisions#stamp}), then commits.
 */
final class AnotherProcess {

    private AnotherProcess() {
    }

    static long retitle(DataSource db, boolean postgres, String code, String title, String by) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE error_code SET title = ?, revision = revision + 1, updated_by = ? WHERE code = ?")) {
                s.setString(1, title);
                s.setString(2, by);
                s.setString(3, code);
                if (s.executeUpdate() != 1) {
                    throw new IllegalStateException("no entry " + code);
                }
            }
            long revision = CatalogRevisions.stamp(c, new CatalogChanged(Set.of(code), by,
                    CatalogChanged.Reason.UPSERT), postgres);
            c.commit();
            return revision;
        }
    }
}
