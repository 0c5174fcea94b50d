package dev.errdex.api.graphql;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The subscription's stream, subscribed directly on the bean (the graphql-ws transport is SmallRye's). */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class ErrorCodeChangedTest {

    @Inject
    CatalogChangesApi changes;

    @Inject
    CatalogService catalog;

    @Test
    void aCommittedEditIsPublishedToSubscribers() {
        AssertSubscriber<ErrorCodeChange> subscriber = changes.errorCodeChanged()
                .subscribe().withSubscriber(AssertSubscriber.create(10));

        catalog.upsert(CatalogEntry.builder("ERR_SUBTEST_1").message("The doohickey failed.").build(), "tester");

        subscriber.awaitItems(1, Duration.ofSeconds(10));
        ErrorCodeChange change = subscriber.getItems().get(0);
        assertThat(change.code()).isEqualTo("ERR_SUBTEST_1");
        assertThat(change.reason()).isEqualTo("UPSERT");
        assertThat(change.by()).isEqualTo("tester");
        subscriber.cancel();
    }
}
