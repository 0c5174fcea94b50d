package dev.errdex.api.ops;

import dev.errdex.catalog.io.DataDirectory;
import io.quarkus.flyway.FlywayConfigurationCustomizer;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Opens the embedded H2 database (a {@code jdbc:h2:file:} URL) once before the connection pool and Flyway use it, so
 * that the recovery after a crash runs to its end, however long it takes. Through the pool it would not: the pool
 * gives up on a new connection after {@code quarkus.datasource.jdbc.acquisition-timeout} and interrupts the thread
 * that opens it, which aborts H2's recovery, and every start failed the same way (issue 16).
 * <p>
 * Before that, the database's directory (the data directory by default) is created owner-only, or checked
 * ({@code ERR_ERRDEX_1090}); after the open and again when the service has started, its files are made 0600
 * ({@link DataDirectory}).
 * <p>
 * Flyway is the pool's first user at start-up; its configuration customizers run before it takes a connection,
 * which is why this is one. It also gives Flyway the {@link InterruptedMigrationUndo} of this database, so that a
 * migration a crash interrupted between two statements runs again from its start.
 */
@Singleton
public class EmbeddedDatabaseOpening implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseOpening.class);

    private final Optional<String> url;
    private final Optional<String> username;
    private final Optional<String> password;

    EmbeddedDatabaseOpening(@ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url,
                            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
                            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        Optional<Path> directory = url.flatMap(EmbeddedDatabaseOpening::fileDirectory);
        if (directory.isEmpty()) {
            return;
        }
        DataDirectory.prepare(directory.get());
        long start = System.nanoTime();
        Properties props = new Properties();
        username.ifPresent(u -> props.setProperty("user", u));
        password.ifPresent(p -> props.setProperty("password", p));
        try (Connection ignored = new org.h2.Driver().connect(url.get(), props)) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (ms >= 1000) {
                LOG.infof("the embedded database took %d ms to open (recovery after a crash)", ms);
            }
        } catch (SQLException e) {
            // the pool's own attempt reports the failure as the start-up error
            LOG.warnf("the embedded database could not be opened ahead of the pool: %s", e.getMessage());
        }
        DataDirectory.restrict(directory.get());
        Path database = url.flatMap(EmbeddedDatabaseOpening::filePath).orElseThrow();
        List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
        callbacks.add(new InterruptedMigrationUndo(database.resolveSibling(database.getFileName() + ".migrating")));
        configuration.callbacks(callbacks.toArray(Callback[]::new));
    }

    void restrictAfterStart(@Observes StartupEvent event) {
        url.flatMap(EmbeddedDatabaseOpening::fileDirectory).ifPresent(DataDirectory::restrict);
    }

    /** The directory of an embedded file database's URL ({@code jdbc:h2:file:<path>} or {@code jdbc:h2:<path>}). */
    static Optional<Path> fileDirectory(String jdbcUrl) {
        return filePath(jdbcUrl).map(Path::getParent);
    }

    /** The path of an embedded file database without H2's file suffix ({@code <path>} of its URL). */
    static Optional<Path> filePath(String jdbcUrl) {
        if (!jdbcUrl.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            return Optional.empty();
        }
        String rest = jdbcUrl.substring("jdbc:h2:".length()).split(";", 2)[0];
        if (rest.toLowerCase(Locale.ROOT).startsWith("file:")) {
            rest = rest.substring("file:".length());
        } else if (rest.matches("(?i)[a-z][a-z0-9]+:.*")) {
            return Optional.empty(); // mem:, tcp:, ssl:, zip:, nio...: not a plain file of this process
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        Path path = Path.of(rest).toAbsolutePath().normalize();
        return path.getParent() == null ? Optional.empty() : Optional.of(path);
    }
}
