package dev.errdex.api.health;

import dev.errdex.catalog.service.CatalogService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the catalog can be read; reports how many codes it holds. */
@Readiness
@ApplicationScoped
public class CatalogHealthCheck implements HealthCheck {

    @Inject
    CatalogService catalog;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("catalog").up().withData("codes", catalog.count()).build();
    }
}
