package dev.errdex.api.error;

import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.io.CatalogFile;
import dev.errdex.catalog.io.CatalogFormat;
import dev.errdex.catalog.cluster.AdvisoryLocks;
import dev.errdex.catalog.service.CatalogSeeder;
import dev.errdex.catalog.service.CatalogConfig;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.service.ImportReport;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Loads errdex's own codes (namespace ERR_ERRDEX, bundled file) into the catalog at start-up, after the seeding. */
@ApplicationScoped
public class ErrdexCatalogSeeder {

    private static final Logger LOG = Logger.getLogger(ErrdexCatalogSeeder.class);

    private final CatalogService catalog;
    private final CatalogConfig config;
    private final AdvisoryLocks locks;

    ErrdexCatalogSeeder(CatalogService catalog, CatalogConfig config, AdvisoryLocks locks) {
        this.catalog = catalog;
        this.config = config;
        this.locks = locks;
    }

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (config.seedOnStart()) {
            seed();
        }
    }

    /**
     * Adds or updates errdex's codes; returns what changed. Runs under the seeding lock
     * ({@link CatalogSeeder#SEED_LOCK}), so that processes starting together do not insert the same codes twice.
     */
    public ImportReport seed() {
        try (InputStream in = ErrdexCatalogSeeder.class.getClassLoader()
                .getResourceAsStream(ErrdexCodeRegistry.RESOURCE)) {
            if (in == null) {
                throw new CatalogException(CatalogError.BUNDLE_MISSING, ErrdexCodeRegistry.RESOURCE + " is missing");
            }
            var entries = CatalogFile.read(in, CatalogFormat.JSON, ErrdexCodeRegistry.RESOURCE);
            ImportReport report = QuarkusTransaction.requiringNew().call(() -> {
                locks.lockForTransaction(CatalogSeeder.SEED_LOCK);
                return catalog.importEntries(entries, false, true, "errdex-bundle"); // errdex owns its codes' texts
            });
            LOG.infof("errdex's own codes: %d added, %d changed, %d unchanged", report.added().size(),
                    report.changed().size(), report.unchanged().size());
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
