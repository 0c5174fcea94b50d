package dev.errdex.api.ops;

import dev.errdex.api.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Tracing is off by default: requests and their database work export no span, and JDBC is not wrapped. */
@QuarkusTest
class TracingOffTest {

    @Test
    void byDefaultNoSpanIsExportedAndTheDatabaseIsNotWrapped() throws Exception {
        InMemorySpans.EXPORTER.reset();
        GraphQLClient.post("errorCode.graphql", Map.of("code", "ERR_NGROK_8012"));
        Thread.sleep(500);

        assertThat(InMemorySpans.EXPORTER.getFinishedSpanItems()).isEmpty();
        assertThat(Tracing.enabled()).isFalse();
        assertThat(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue(Tracing.JDBC_TRACING, Boolean.class)).isFalse();
    }
}
