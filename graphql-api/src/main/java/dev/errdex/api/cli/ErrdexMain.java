package dev.errdex.api.cli;

import dev.errdex.catalog.cluster.ClusterError;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Entry point of {@code quarkus-run.jar}: without arguments the service runs until stopped; with arguments it runs
 * one command of {@link ErrdexCommands} against the configured database and exits with its status. Help and usage
 * errors are answered before Quarkus starts (no datasource, Flyway, seeding or index). With {@code ERRDEX_MIGRATE_ONLY=true} (or {@code -Derrdex.migrate-only=true}) it runs the Flyway migrations
 * and exits: 0 when they ran, non-zero when they (or the start-up) failed.
 */
@QuarkusMain
public class ErrdexMain implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(ErrdexMain.class);

    @Inject
    CommandRunner commands;

    public static void main(String... args) {
        if (migrateOnly()) {
            // Flyway runs while Quarkus starts; everything else that would start is switched off
            System.setProperty("quarkus.flyway.migrate-at-start", "true");
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("errdex.role", "api");
            System.setProperty("errdex.catalog.seed-on-start", "false");
            System.setProperty("errdex.catalog.refresh-interval", "0");
            System.setProperty("errdex.catalog.listen", "false");
            System.setProperty("quarkus.scheduler.enabled", "false");
            Quarkus.run(ErrdexMain.class, (status, failure) -> {
                if (failure != null) {
                    LOG.error(ClusterError.MIGRATION_FAILED.format(rootMessage(failure)));
                }
                System.exit(failure != null && status == 0 ? 1 : status);
            });
            return;
        }
        if (args.length > 0) {
            OptionalInt answered = ErrdexCommands.answerWithoutStarting(args, System.out, System.err);
            if (answered.isPresent()) {
                System.exit(answered.getAsInt());
            }
            // a command needs no HTTP listener (and must not collide with a running service's port)
            System.setProperty("quarkus.http.host-enabled", "false");
            // nor background workers (the IMAP poller): a command runs as role api
            System.setProperty("errdex.role", "api");
        }
        Quarkus.run(ErrdexMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (migrateOnly()) {
            LOG.info(ClusterError.MIGRATED.format());
            return 0;
        }
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        return commands.execute(args, System.out, System.err);
    }

    /** ERRDEX_MIGRATE_ONLY or -Derrdex.migrate-only, read before Quarkus starts. */
    static boolean migrateOnly() {
        String value = System.getProperty("errdex.migrate-only", System.getenv("ERRDEX_MIGRATE_ONLY"));
        return value != null && value.strip().toLowerCase(Locale.ROOT).equals("true");
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
