package dev.errdex.api.ops;

import dev.errdex.api.GraphQLClient;
import dev.errdex.api.outbound.OutboundReceivers;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With tracing on ({@code quarkus.otel.sdk.disabled=false}, what {@code OTEL_SDK_DISABLED=false} gives): a GraphQL
 * request, a webhook email, its database work and the helpdesk note it causes end up as spans of the right shape.
 */
@QuarkusTest
@TestProfile(TracingTest.TracingOn.class)
@WithTestResource(value = OutboundReceivers.class, scope = TestResourceScope.RESTRICTED_TO_CLASS)
class TracingTest {

    /** Tracing on, as the standard variable would switch it. */
    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("otel.sdk.disabled", "false");
        }
    }

    private static final String SECRET = "Bearer test-webhook-secret-0123456789abcdef";

    @Inject
    Vertx vertx;

    @BeforeEach
    void forgetEarlierSpans() {
        InMemorySpans.EXPORTER.reset();
    }

    @Test
    void aGraphQLRequestHasAServerSpanAndAnOperationSpanNamedAfterTheOperation() throws Exception {
        GraphQLClient.post("errorCode.graphql", Map.of("code", "ERR_NGROK_8012"));

        SpanData operation = InMemorySpans.await(s -> s.getName().equals("query ErrorCode"));
        assertThat(operation.getAttributes().get(AttributeKey.stringKey("graphql.operation.name")))
                .isEqualTo("ErrorCode");
        assertThat(operation.getAttributes().asMap().values()).noneSatisfy(
                v -> assertThat(v.toString()).contains("errorCode(code"));
        SpanData server = InMemorySpans.await(s -> s.getKind() == SpanKind.SERVER
                && s.getTraceId().equals(operation.getTraceId()));
        assertThat(server.getName()).contains("/graphql");
        assertThat(((VertxInternal) vertx).tracer()).isNotNull();
        assertThat(ConfigProvider.getConfig().getValue(Tracing.JDBC_TRACING, Boolean.class)).isTrue();
    }

    @Test
    void aWebhookEmailHasATriageSpanWithItsStepsDatabaseSpansAndADeliverySpan() throws Exception {
        byte[] email;
        try (var in = getClass().getClassLoader().getResourceAsStream("tickets/explicit-code.eml")) {
            email = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("{id}", "traced-1").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        given().header("Authorization", SECRET).contentType("message/rfc822").body(email)
                .when().post("/triage/inbound").then().statusCode(201);

        SpanData triage = InMemorySpans.await(s -> s.getName().equals("triage email"));
        assertThat(triage.getAttributes().get(AttributeKey.stringKey("errdex.channel"))).isEqualTo("WEBHOOK");
        List<String> steps = InMemorySpans.EXPORTER.getFinishedSpanItems().stream()
                .filter(s -> s.getParentSpanId().equals(triage.getSpanId()))
                .map(SpanData::getName).toList();
        assertThat(steps).contains("triage read", "triage extract");
        SpanData insert = InMemorySpans.await(s -> s.getTraceId().equals(triage.getTraceId())
                && s.getKind() == SpanKind.CLIENT && s.getName().startsWith("INSERT"));
        assertThat(insert.getAttributes().get(AttributeKey.stringKey("db.system"))).isNotBlank();

        SpanData delivery = InMemorySpans.await(s -> s.getName().equals("deliver note")
                && "HELPDESK".equals(s.getAttributes().get(AttributeKey.stringKey("errdex.delivery.connector"))));
        assertThat(delivery.getAttributes().get(AttributeKey.stringKey("errdex.delivery.outcome")))
                .isEqualTo("delivered");
    }
}
