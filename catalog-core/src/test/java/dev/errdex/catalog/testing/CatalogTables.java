package dev.errdex.catalog.testing;

import dev.errdex.catalog.service.internal.CatalogMetaEntity;
import dev.errdex.catalog.service.internal.ErrorCodeEntity;
import dev.errdex.catalog.service.internal.ErrorCodeHistoryEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Empties the catalog tables so that each test starts from an empty database. */
@ApplicationScoped
public class CatalogTables {

    @Transactional
    public void clear() {
        ErrorCodeHistoryEntity.deleteAll();
        ErrorCodeEntity.deleteAll();
        CatalogMetaEntity.deleteAll();
    }
}
