package dev.errdex.triage.ticket;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;

import java.util.Set;

/**
 * Base of the ticket {@code @QuarkusTest}s: empty ticket tables before each test, and a small slice of the bundled
 * catalog (loaded once) so that the index builds fast. On {@code -Pdb-postgresql} the test database is created when
 * missing.
 */
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
public abstract class TicketTest {

    /** The codes of the test catalog: the bundled entries numbered below 130, and these. */
    static final Set<String> EXTRA_CODES = Set.of("ERR_NGROK_3200", "ERR_NGROK_4018", "ERR_NGROK_8012",
            "ERR_NGROK_3004", "ERR_NGROK_6022", "ERR_NGROK_727");

    @Inject
    protected TicketService tickets;

    @Inject
    protected CatalogService catalog;

    @Inject
    protected TicketTables tables;

    @BeforeEach
    void emptyTicketsAndSmallCatalog() {
        tables.clear();
        if (catalog.count() == 0) {
            loadSmallCatalog();
        }
    }

    /** Loads the test catalog into an empty database, one entry (and catalog revision) at a time. */
    protected void loadSmallCatalog() {
        for (CatalogEntry e : DefaultCatalog.load()) {
            if (e.number() < 130 || EXTRA_CODES.contains(e.code())) {
                catalog.upsert(e, "test");
            }
        }
    }
}
