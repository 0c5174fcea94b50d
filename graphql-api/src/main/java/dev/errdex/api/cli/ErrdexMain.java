package dev.errdex.api.cli;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;

/**
 * Entry point of {@code quarkus-run.jar}: without arguments the service runs until stopped; with arguments it runs
 * one catalog command ({@link CatalogCommand}) against the configured database and exits with its status.
 */
@QuarkusMain
public class ErrdexMain implements QuarkusApplication {

    @Inject
    CatalogCommand command;

    public static void main(String... args) {
        if (args.length > 0) {
            // a command needs no HTTP listener (and must not collide with a running service's port)
            System.setProperty("quarkus.http.host-enabled", "false");
        }
        Quarkus.run(ErrdexMain.class, args);
    }

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        return command.execute(args, System.out, System.err);
    }
}
