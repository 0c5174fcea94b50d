package dev.errdex.api.error;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.service.ImportReport;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class ErrdexCatalogSeederTest {

    @Inject
    ErrdexCatalogSeeder seeder;

    @Inject
    CatalogService catalog;

    @Test
    void aRestartReadsNothingButAnEditedOwnCodeGetsErrdexsTextBackAtTheNextSeeding() {
        String code = "ERR_ERRDEX_1050";
        seeder.seed(); // whatever tests before this one did to the catalog, the codes are errdex's again
        String title = catalog.find(code).orElseThrow().entry().title();

        Optional<ImportReport> unchanged = seeder.seed();
        CatalogEntry edited = catalog.find(code).orElseThrow().entry().toBuilder().title("Someone's own title").build();
        catalog.upsert(edited, "alice");
        Optional<ImportReport> afterEdit = seeder.seed();

        assertThat(unchanged).isEmpty();
        assertThat(afterEdit.orElseThrow().changed()).containsExactly(code);
        assertThat(catalog.find(code).orElseThrow().entry().title()).isEqualTo(title);
        assertThat(seeder.seed()).isEmpty();
    }
}
