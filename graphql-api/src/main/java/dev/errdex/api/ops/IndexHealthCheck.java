package dev.errdex.api.ops;

import dev.errdex.triage.index.IndexRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the search index is built; reports how many codes it holds. */
@Readiness
@ApplicationScoped
public class IndexHealthCheck implements HealthCheck {

    private final IndexRuntime search;

    IndexHealthCheck(IndexRuntime search) {
        this.search = search;
    }

    @Override
    public HealthCheckResponse call() {
        var size = search.size();
        if (size.isPresent()) {
            return HealthCheckResponse.named("search-index").up().withData("codes", size.get()).build();
        }
        String reason = search.unavailableReason().orElse("unknown");
        // A build without an index implementation serves everything but search: not a reason to take it out.
        return HealthCheckResponse.named("search-index").status(search.missingImplementation())
                .withData("unavailable", reason).build();
    }
}
