package dev.errdex.catalog.service;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.catalog.cluster.AdvisoryLocks;
import dev.errdex.catalog.io.ReadResult;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    @Inject
    CatalogService catalog;

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
     *                    (entries are written a batch at a time and the persistence context is cleared after each:
     *                    call it in a transaction of its own, as the start-up does)
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
        int added = 0;
        int updated = 0;
        int kept = 0;
        int unchanged = 0;
        Set<String> touched = new LinkedHashSet<>();
        Progress progress = Progress.start("seeding the bundled catalog", b.entries().size(), LOG::info);
        List<CatalogEntry> all = b.entries();
        for (int from = 0; from < all.size(); from += BATCH) {
            // a batch at a time: read its stored codes, apply, write, then forget it, so that each flush checks only
            // this batch's entities instead of every entity seeded so far
            List<CatalogEntry> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            Map<String, ErrorCodeEntity> existing = store.byCodes(batch.stream().map(CatalogEntry::code).toList());
            for (CatalogEntry entry : batch) {
                switch (store.apply(entry, existing.get(entry.code()), CatalogService.BUNDLE_AUTHOR, Origin.BUNDLE,
                        false)) {
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
            }
            ErrorCodeEntity.flush();
            ErrorCodeEntity.getEntityManager().clear();
        }
        progress.close();
        meta = CatalogMetaEntity.findById(CatalogMetaEntity.BUNDLE_SHA256); // the batches' clear detached it
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

    /**
     * Imports the entries of a namespace that errdex owns (errdex's own codes: their texts are replaced, edits
     * included), unless this content was imported last and none of the namespace's codes changed since. Then nothing
     * is read: the check is one row of {@code catalog_meta} and one aggregate over the namespace (count, sum of
     * revisions, last update), so an edit, a deletion or a recorded source of any code of the namespace still makes
     * the next start import it again.
     *
     * @param namespace   the namespace the entries belong to, e.g. ERR_ERRDEX
     * @param fingerprint the content's fingerprint (e.g. SHA-256 of the bundled file)
     * @param read        supplies the entries; called only when the import is needed
     * @return the import's report, or empty when nothing had to be read
     */
    @Transactional
    public Optional<ImportReport> seedOwned(String namespace, String fingerprint, Supplier<ReadResult> read) {
        locks.lockForTransaction(SEED_LOCK);
        String key = CatalogMetaEntity.OWNED_PREFIX + namespace;
        CatalogMetaEntity meta = CatalogMetaEntity.findById(key);
        if (meta != null && meta.value.equals(ownedState(namespace, fingerprint))) {
            return Optional.empty();
        }
        ImportReport report = catalog.importEntries(read.get(), false, true, CatalogService.BUNDLE_AUTHOR);
        if (meta == null) {
            meta = new CatalogMetaEntity();
            meta.key = key;
        }
        meta.value = ownedState(namespace, fingerprint); // the query flushes the import first
        meta.updatedAt = CatalogStore.now();
        meta.persist();
        return Optional.of(report);
    }

    /** The fingerprint with what the database holds of the namespace: changes when any of its codes changes. */
    private static String ownedState(String namespace, String fingerprint) {
        Object[] row = ErrorCodeEntity.getEntityManager().createQuery("select count(e), coalesce(sum(e.revision), 0),"
                        + " max(e.updatedAt) from ErrorCodeEntity e where e.namespace = :namespace", Object[].class)
                .setParameter("namespace", namespace).getSingleResult();
        return fingerprint + " " + row[0] + " " + row[1] + " " + row[2];
    }

    private static String shortHash(String sha256) {
        return sha256.substring(0, Math.min(12, sha256.length()));
    }
}
