package dev.errdex.api.client;

import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.client.typesafe.api.TypesafeGraphQLClientBuilder;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The SmallRye typesafe client drives the main queries and the payload-style mutations against the running service. */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class TypedClientTest {

    @TestHTTPResource("/graphql")
    URI graphql;

    private ErrdexClient client(String key) {
        var builder = TypesafeGraphQLClientBuilder.newBuilder().endpoint(graphql);
        if (key != null) {
            builder = builder.header("Authorization", "Bearer " + key);
        }
        return builder.build(ErrdexClient.class);
    }

    @Test
    void aJavaToolReadsCodesSearchesMatchesAndRefetchesByGlobalId() {
        ErrdexClient anonymous = client(null);

        ClientTypes.Code code = anonymous.errorCode("err-ngrok-8012");
        assertThat(code.code()).isEqualTo("ERR_NGROK_8012");
        assertThat(code.severity()).isNotNull();
        assertThat(anonymous.search("tunnel connection refused", 3)).isNotEmpty();
        assertThat(anonymous.match("Hi, I get ERR_NGROK_8012 when I open my URL").explicit())
                .containsExactly("ERR_NGROK_8012");

        ClientTypes.NodeRef node = anonymous.node(code.id());
        assertThat(node.typename()).isEqualTo("ErrorCode");
        assertThat(node.id()).isEqualTo(code.id());
    }

    @Test
    void aJavaToolPagesForwardsAndBackwardsThroughTheCodes() {
        ErrdexClient anonymous = client(null);
        ClientTypes.CodePage first = anonymous.errorCodes(5, null, null, null);
        ClientTypes.CodePage second = anonymous.errorCodes(5, first.pageInfo().endCursor(), null, null);
        ClientTypes.CodePage back = anonymous.errorCodes(null, null, 5, second.pageInfo().startCursor());

        assertThat(first.pageInfo().hasPreviousPage()).isFalse();
        assertThat(second.pageInfo().hasPreviousPage()).isTrue();
        assertThat(back.nodes()).isEqualTo(first.nodes());
        assertThat(back.pageInfo().hasPreviousPage()).isFalse();
        assertThat(back.pageInfo().hasNextPage()).isTrue();
    }

    @Test
    void aJavaToolEditsTheCatalogAndCorrectsATicketThroughPayloads() {
        ErrdexClient editor = client("test-editor-key");
        ErrdexClient agent = client("test-agent-key");

        ClientTypes.CodePayload added = editor.errorCodeUpsert(new ClientTypes.NewCode("err-typed-1",
                "The typed client failed.", ClientTypes.Severity.INFO));
        ClientTypes.CodePayload refused = editor.errorCodeUpsert(new ClientTypes.NewCode("typed", "x", null));
        ClientTypes.CodePayload guided = editor.fixGuideUpdate(new ClientTypes.GuideChange("ERR_TYPED_1",
                new ClientTypes.GuideInput("Run it again.", List.of("Retry."))));

        assertThat(added.userErrors()).isEmpty();
        assertThat(added.errorCode().severity()).isEqualTo(ClientTypes.Severity.INFO);
        assertThat(refused.errorCode()).isNull();
        assertThat(refused.userErrors()).extracting(ClientTypes.UserError::code).containsExactly("ERR_ERRDEX_1378");
        assertThat(guided.errorCode().fixGuide().steps()).containsExactly("Retry.");
        assertThat(guided.errorCode().revision()).isEqualTo(added.errorCode().revision() + 1);

        ClientTypes.TriagePayload triaged = agent.emailTriage(new ClientTypes.Email(email()));
        assertThat(triaged.outcome()).isEqualTo("CREATED");
        assertThat(triaged.ticket().annotations().get(0).source()).isEqualTo(ClientTypes.CodeSource.EXPLICIT);
        ClientTypes.TicketPayload corrected = agent.ticketCodeCorrect(new ClientTypes.Correction(
                triaged.ticket().id(), "ERR_NGROK_8012", "ERR_NGROK_3200", "typed client"));

        assertThat(corrected.userErrors()).isEmpty();
        assertThat(corrected.ticket().state()).isEqualTo("CORRECTED");
        List<ClientTypes.Review> reviews = new ArrayList<>();
        corrected.ticket().annotations().forEach(a -> reviews.add(a.review()));
        assertThat(reviews).contains(ClientTypes.Review.CORRECTED, ClientTypes.Review.CONFIRMED);
    }

    private static String email() {
        try (InputStream in = TypedClientTest.class.getClassLoader().getResourceAsStream("tickets/explicit-code.eml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{id}", "typed-" + UUID.randomUUID());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
