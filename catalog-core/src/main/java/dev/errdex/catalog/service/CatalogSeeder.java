package dev.errdex.catalog.service;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.catalog.cluster.AdvisoryLocks;
import dev.errdex.catalog.progress.Progress;
import dev.errdex.catalog.service.internal.CatalogMetaEntity;
import dev.errdex.catalog.service.internal.CatalogStore;
import dev.errdex.catalog.service.internal.CatalogStore.Origin;
import dev.errdex.catalog.service.internal.ErrorCodeEntity;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Loads the bundled catalog ({@link DefaultCatalog}) into the database at start-up:
 * <ul>
 *   <li>an empty database receives every bundled code;</li>
 *   <li>a database that already holds this bundle (same fingerprint, kept in {@code catalog_meta}) is left alone
 *       without reading the bundle's entries;</li>
 *   <li>a newer bundle adds its new codes and updates the codes nobody edited; edited codes are never
 *       overwritten.</li>
 * </ul>
 * Entries are written in batches of {@value #BATCH}, with a {@link Progress} line every few seconds (or a bar on a
 * terminal).
 * Processes starting together on one PostgreSQL database seed one after the other: the check and the load run under
 * the transaction-level advisory lock {@link #SEED_LOCK}, so the second finds the fingerprint the first wrote.
 */
@ApplicationScoped
public class CatalogSeeder {

    /** The advisory lock every seeding of the catalog (the bundle, errdex's own codes) holds for its transaction. */
    public static final String SEED_LOCK = "catalog-seed";

    /** Entries written to the database at a time while seeding. */
    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(CatalogSeeder.class);

    @Inject
    AdvisoryLocks locks;

    @Inject
    CatalogStore store;

    @Inject
    CatalogConfig config;

    @Inject
    Event<CatalogChanged> changed;

    void onStart(@Observes StartupEvent event) {
        if (config.seedOnStart()) {
            seed(DefaultCatalog.fingerprint(), DefaultCatalog::bundle);
        }
    }

    /**
     * Seeds from a bundle.
     *
     * @param fingerprint the bundle's fingerprint, compared with the one last seeded
     * @param bundle      supplies the bundle; called only when the fingerprint differs
     */
    @Transactional
    public SeedReport seed(String fingerprint, Supplier<DefaultCatalog.Bundle> bundle) {
        long started = System.nanoTime();
        locks.lockForTransaction(SEED_LOCK);
        CatalogMetaEntity meta = CatalogMetaEntity.findById(CatalogMetaEntity.BUNDLE_SHA256);
        if (meta != null && meta.value.equals(fingerprint)) {
            LOG.infof("%s: bundled catalog %s already seeded; nothing to do", CatalogError.BUNDLE_ALREADY_SEEDED.code(),
                    shortHash(fingerprint));
            return new SeedReport(true, 0, 0, 0, 0);
        }
        DefaultCatalog.Bundle b = bundle.get();
        Map<String, ErrorCodeEntity> existing = store.byCodes(b.entries().stream().map(CatalogEntry::code).toList());
        int added = 0;
        int updated = 0;
        int kept = 0;
        int unchanged = 0;
        Set<String> touched = new LinkedHashSet<>();
        Progress progress = Progress.start("seeding the bundled catalog", b.entries().size(), LOG::info);
        for (CatalogEntry entry : b.entries()) {
            switch (store.apply(entry, existing.get(entry.code()), CatalogService.BUNDLE_AUTHOR, Origin.BUNDLE, false)) {
                case ADDED -> {
                    added++;
                    touched.add(entry.code());
                }
                case CHANGED -> {
                    updated++;
                    touched.add(entry.code());
                }
                case KEPT_EDITED -> kept++;
                case UNCHANGED -> unchanged++;
            }
            progress.step();
            if (progress.done() % BATCH == 0) {
                ErrorCodeEntity.flush(); // written in batches: the database works while the rest is prepared
            }
        }
        progress.close();
        if (meta == null) {
            meta = new CatalogMetaEntity();
            meta.key = CatalogMetaEntity.BUNDLE_SHA256;
        }
        meta.value = fingerprint;
        meta.updatedAt = CatalogStore.now();
        meta.persist();
        if (!touched.isEmpty()) {
            changed.fire(new CatalogChanged(touched, CatalogService.BUNDLE_AUTHOR, CatalogChanged.Reason.SEED));
        }
        LOG.infof("%s: seeded bundled catalog %s in %d ms: %d added, %d updated, %d kept (edited),"
                        + " %d unchanged", CatalogError.BUNDLE_SEEDED.code(), shortHash(fingerprint), (System.nanoTime() - started) / 1_000_000, added,
                updated, kept, unchanged);
        return new SeedReport(false, added, updated, kept, unchanged);
    }

    private static String shortHash(String sha256) {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }
}
