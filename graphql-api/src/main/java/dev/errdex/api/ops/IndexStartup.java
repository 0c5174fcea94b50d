package dev.errdex.api.ops;

import dev.errdex.api.config.ErrdexConfig;
import dev.errdex.triage.index.IndexRuntime;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Makes the process's index ready at start-up (opens the one on disk, or builds it), once the catalog is seeded (the
 * seeders observe start-up with the default priority), so that readiness reports it and the first request does not
 * pay for it. A migrate-only run makes none.
 */
@ApplicationScoped
public class IndexStartup {

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) StartupEvent event, ErrdexConfig config,
                 IndexRuntime index) {
        if (!config.migrateOnly()) {
            index.start();
        }
    }
}
