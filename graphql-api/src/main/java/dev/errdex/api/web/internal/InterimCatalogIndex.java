package dev.errdex.api.web.internal;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.service.CatalogChanged;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.LuceneCatalogIndex;
import dev.errdex.search.SearchHit;
import dev.errdex.search.Suggestion;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;

/**
 * INTERIM, TO BE REPLACED: the {@link CatalogIndex} bean of the service until the api work wires the real one (built
 * from the database, updated on {@link CatalogChanged}). It is a {@code @DefaultBean}, so that bean replaces it with
 * no change here; delete this class then.
 *
 * <p>Built on first use with {@link LuceneCatalogIndex#inMemory} from the catalog, and kept in step with committed
 * catalog changes.
 */
@DefaultBean
@ApplicationScoped
public class InterimCatalogIndex implements CatalogIndex {

    @Inject
    CatalogService catalog;

    private volatile CatalogIndex delegate;

    private CatalogIndex delegate() {
        CatalogIndex d = delegate;
        if (d == null) {
            synchronized (this) {
                d = delegate;
                if (d == null) {
                    d = LuceneCatalogIndex.inMemory(catalog.entries());
                    delegate = d;
                }
            }
        }
        return d;
    }

    /** Keeps the index in step with committed catalog changes (only once it has been built). */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        CatalogIndex d = delegate;
        if (d != null) {
            d.upsertAll(change.codes().stream().map(catalog::find).flatMap(java.util.Optional::stream)
                    .map(dev.errdex.catalog.service.StoredEntry::entry).toList());
        }
    }

    @Override
    public List<Suggestion> match(String text, int limit) {
        return delegate().match(text, limit);
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return delegate().search(query, limit);
    }

    @Override
    public void upsert(CatalogEntry entry) {
        delegate().upsert(entry);
    }

    @Override
    public void upsertAll(Collection<CatalogEntry> entries) {
        delegate().upsertAll(entries);
    }

    @Override
    public void remove(String code) {
        delegate().remove(code);
    }

    @Override
    public void addEvidence(String code, String text) {
        delegate().addEvidence(code, text);
    }

    @Override
    public int size() {
        return delegate().size();
    }

    @Override
    public void close() {
        CatalogIndex d = delegate;
        if (d != null) {
            d.close();
        }
    }
}
