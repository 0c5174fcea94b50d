package dev.errdex.api.error;

import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.Sha256;
import dev.errdex.catalog.io.CatalogFile;
import dev.errdex.catalog.io.CatalogFormat;
import dev.errdex.catalog.service.CatalogSeeder;
import dev.errdex.catalog.service.CatalogConfig;
import dev.errdex.catalog.service.ImportReport;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Loads errdex's own codes (namespace ERR_ERRDEX, bundled file) into the catalog at start-up, after the seeding.
 * errdex owns their texts (an edit is replaced at the next start), but a start whose bundled file and stored codes
 * are as the last start left them reads nothing ({@link CatalogSeeder#seedOwned}).
 */
@ApplicationScoped
public class ErrdexCatalogSeeder {

    private static final Logger LOG = Logger.getLogger(ErrdexCatalogSeeder.class);

    private final CatalogSeeder seeder;
    private final CatalogConfig config;

    ErrdexCatalogSeeder(CatalogSeeder seeder, CatalogConfig config) {
        this.seeder = seeder;
        this.config = config;
    }

    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (config.seedOnStart()) {
            seed();
        }
    }

    /**
     * Adds or updates errdex's codes; returns what changed (empty when nothing had to be read). Runs under the
     * seeding lock ({@link CatalogSeeder#SEED_LOCK}), so that processes starting together do not insert the same
     * codes twice.
     */
    public Optional<ImportReport> seed() {
        byte[] file;
        try (InputStream in = ErrdexCatalogSeeder.class.getClassLoader()
                .getResourceAsStream(ErrdexCodeRegistry.RESOURCE)) {
            if (in == null) {
                throw new CatalogException(CatalogError.BUNDLE_MISSING, ErrdexCodeRegistry.RESOURCE + " is missing");
            }
            file = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String fingerprint = Sha256.hex(file);
        Optional<ImportReport> report = seeder.seedOwned(CatalogError.NAMESPACE, fingerprint,
                () -> CatalogFile.read(new ByteArrayInputStream(file), CatalogFormat.JSON,
                        ErrdexCodeRegistry.RESOURCE));
        report.ifPresentOrElse(r -> LOG.infof("errdex's own codes: %d added, %d changed, %d unchanged",
                        r.added().size(), r.changed().size(), r.unchanged().size()),
                () -> LOG.infof("errdex's own codes %s already loaded and unchanged; nothing read",
                        fingerprint.substring(0, 12)));
        return report;
    }
}
