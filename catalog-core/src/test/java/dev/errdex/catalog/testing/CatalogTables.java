package dev.errdex.catalog.testing;

import dev.errdex.catalog.service.internal.CatalogMetaEntity;
import dev.errdex.catalog.service.internal.EntryCache;
import dev.errdex.catalog.service.internal.ErrorCodeEntity;
import dev.errdex.catalog.service.internal.ErrorCodeHistoryEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Empties the catalog tables (and the entry cache) so that each test starts from an empty database. */
@ApplicationScoped
public class CatalogTables {

    @Inject
    EntryCache cache;

    @Transactional
    public void clear() {
        ErrorCodeHistoryEntity.deleteAll();
        ErrorCodeEntity.deleteAll();
        CatalogMetaEntity.deleteAll();
        cache.clear();
    }
}
