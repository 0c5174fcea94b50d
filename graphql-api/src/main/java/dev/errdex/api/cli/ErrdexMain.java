package dev.errdex.api.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;

/**
 * Entry point of {@code quarkus-run.jar}: without arguments the service runs until stopped; with arguments it runs
 * one command ({@link CatalogCommand}, {@link TriageStoreCommand}) against the configured database and exits with its status.
 */
@QuarkusMain
public class ErrdexMain implements QuarkusApplication {

    @Inject
    CatalogCommand command;

    @Inject
    TriageStoreCommand triageStore;

    public static void main(String... args) {
        if (args.length > 0) {
            // a command needs no HTTP listener (and must not collide with a running service's port)
            System.setProperty("quarkus.http.host-enabled", "false");
            // nor background workers (the IMAP poller): a command runs as role api
            System.setProperty("errdex.role", "api");
        }
        Quarkus.run(ErrdexMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (args[0].equals("triage")) {
            return triageStore.execute(java.util.List.of(args).subList(1, args.length), System.out, System.err);
        }
        return command.execute(args, System.out, System.err);
    }
}
