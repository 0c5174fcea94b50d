package dev.errdex.catalog.testing;

import dev.errdex.catalog.service.CatalogService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the {@code @QuarkusTest}s that need the catalog database: every test starts with empty tables and no
 * recorded change events; on {@code -Pdb-postgresql} the test database is created when missing.
 */
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
public abstract class EmptyCatalogTest {

    @Inject
    protected CatalogService catalog;

    @Inject
    protected CatalogTables tables;

    @Inject
    protected ChangeRecorder changes;

    @BeforeEach
    void emptyCatalog() {
        tables.clear();
        changes.clear();
    }
}
