package dev.errdex.api.ops;

import dev.errdex.api.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tracing is off by default and then costs requests nothing: no Vert.x tracer (no server span, no {@code traceparent}
 * read), no JDBC wrapper, and nothing exported.
 */
@QuarkusTest
class TracingOffTest {

    @Inject
    Vertx vertx;

    @Test
    void byDefaultNoSpanIsExportedAndNeitherHttpNorTheDatabaseIsInstrumented() throws Exception {
        InMemorySpans.EXPORTER.reset();
        GraphQLClient.post("errorCode.graphql", Map.of("code", "ERR_NGROK_8012"));
        Thread.sleep(500);

        assertThat(InMemorySpans.EXPORTER.getFinishedSpanItems()).isEmpty();
        assertThat(Tracing.enabled()).isFalse();
        assertThat(((VertxInternal) vertx).tracer()).isNull();
        assertThat(ConfigProvider.getConfig().getValue(Tracing.JDBC_TRACING, Boolean.class)).isFalse();
    }
}
