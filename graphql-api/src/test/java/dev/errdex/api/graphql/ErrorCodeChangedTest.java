package dev.errdex.api.graphql;

import dev.errdex.api.GraphQLSubscription;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The subscription: its stream on the bean, and end to end over WebSocket (graphql-transport-ws). */
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
        assertThat(change.reason()).isEqualTo(ChangeReasonView.UPSERT);
        assertThat(change.reasonText()).as("the deprecated String alias").isEqualTo("UPSERT");
        assertThat(change.by()).isEqualTo("tester");
        subscriber.cancel();
    }

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void subscribersOverGraphqlWsReceiveCommittedEdits() throws Exception {
        try (GraphQLSubscription socket = new GraphQLSubscription(graphql, null,
                "subscription { errorCodeChanged { code reason by } }")) {
            // the subscription starts asynchronously: edit until the first event arrives
            JsonNode next = null;
            for (int i = 0; i < 50 && next == null; i++) {
                catalog.upsert(CatalogEntry.builder("ERR_WSTEST_" + (i + 1)).message("The gizmo stalled.").build(),
                        "ws-tester");
                next = socket.received.poll(200, TimeUnit.MILLISECONDS);
            }
            assertThat(next).as("an event over the WebSocket").isNotNull();
            assertThat(next.path("type").asText()).isEqualTo("next");
            JsonNode change = next.path("payload").path("data").path("errorCodeChanged");
            assertThat(change.path("code").asText()).startsWith("ERR_WSTEST_");
            assertThat(change.path("by").asText()).isEqualTo("ws-tester");
        }
    }
}
