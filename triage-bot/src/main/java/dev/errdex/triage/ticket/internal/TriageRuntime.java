package dev.errdex.triage.ticket.internal;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.LuceneCatalogIndex;
import dev.errdex.triage.TriageEngine;
import dev.errdex.triage.ticket.TicketService;
import io.quarkus.arc.DefaultBean;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * The process's search index and triage engine, built from the catalog in the database on first use, with the
 * learned evidence replayed, and kept current when the catalog changes. The index is a {@link DefaultBean}: an
 * application that produces its own {@link CatalogIndex} replaces it (and then calls
 * {@link TicketService#replayLearnedEvidence}).
 */
@ApplicationScoped
public class TriageRuntime {

    @Produces
    @Singleton
    @DefaultBean
    CatalogIndex catalogIndex(CatalogService catalog) {
        CatalogIndex index = LuceneCatalogIndex.inMemory(
                QuarkusTransaction.requiringNew().call(catalog::entries));
        TicketService.replayLearnedEvidence(index);
        return index;
    }

    void close(@Disposes CatalogIndex index) {
        index.close();
    }

    /** Set once the engine (and so the index) exists; before that a catalog change needs no work. */
    private volatile boolean built;

    @Produces
    @Singleton
    TriageEngine triageEngine(CatalogService catalog, CatalogIndex index) {
        TriageEngine engine = new TriageEngine(QuarkusTransaction.requiringNew().call(catalog::entries), index);
        built = true;
        return engine;
    }

    /**
     * Keeps the engine's known codes and the index in step with the catalog once a change has committed. Nothing to
     * do while neither exists yet (seeding at start-up): they are built from the database on first use.
     */
    void catalogChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change,
                        CatalogService catalog, Instance<TriageEngine> engine, Instance<CatalogIndex> index) {
        if (!built) {
            return;
        }
        List<CatalogEntry> entries = QuarkusTransaction.requiringNew().call(catalog::entries);
        engine.get().catalogChanged(entries);
        index.get().upsertAll(entries.stream().filter(e -> change.codes().contains(e.code())).toList());
    }
}
