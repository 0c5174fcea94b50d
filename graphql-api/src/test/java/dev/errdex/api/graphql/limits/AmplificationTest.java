package dev.errdex.api.graphql.limits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.api.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The amplification attacks of issue 15 (documents under graphql/attacks) are refused with a code before they run,
 * within 100 ms; liveness stays quick while eight run at once; the heap comes back after a GC.
 *
 * <p>Times on a shared machine: each refusal is timed three times and the fastest counts (the first also warms the
 * path up); liveness is probed twenty times while the attacks run and the median counts. The bound is 100 ms, as issue
 * 15 asks, or three times the same measure of a trivial request ({@code {__typename}}, or liveness alone) taken just
 * before, whichever is larger: on a build machine loaded by other builds (load averages of 14 on 2 cores were seen)
 * a trivial request alone takes hundreds of milliseconds, while an attack that ran would take seconds to minutes
 * (the nested {@code related} one ran for more than 30 s before the cost limit), and a stalled event loop fails every
 * probe.
 */
@QuarkusTest
class AmplificationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MILLION = "{ errorCode(code: \"353\") { code } }" + " ".repeat(1_000_000);

    @Test
    void relatedNestedTenLevelsIsRefusedByCost() throws Exception {
        assertRefusedQuickly(GraphQLClient.request("attacks/nestedRelated.graphql", Map.of()), 200,
                "ERR_ERRDEX_1360");
    }

    @Test
    void sixtyEightAliasesAreRefusedByCost() throws Exception {
        assertRefusedQuickly(GraphQLClient.request("attacks/aliases.graphql", Map.of()), 200, "ERR_ERRDEX_1360");
    }

    @Test
    void wideHistoryIsRefusedByCost() throws Exception {
        assertRefusedQuickly(GraphQLClient.request("attacks/wideHistory.graphql", Map.of()), 200, "ERR_ERRDEX_1360");
    }

    @Test
    void aMillionCharacterQueryIsRefusedByLength() throws Exception {
        assertRefusedQuickly(JSON.writeValueAsString(Map.of("query", MILLION)), 413, "ERR_ERRDEX_1330");
    }

    @Test
    void livenessAnswersQuicklyWhileEightAttacksRunAndTheHeapComesBack() throws Exception {
        List<String> attacks = List.of(GraphQLClient.request("attacks/nestedRelated.graphql", Map.of()),
                GraphQLClient.request("attacks/aliases.graphql", Map.of()),
                GraphQLClient.request("attacks/wideHistory.graphql", Map.of()),
                JSON.writeValueAsString(Map.of("query", MILLION)));
        long quiet = median(livenessProbes());
        long baseline = usedHeapAfterGc();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> attackers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String body = attacks.get(i % attacks.size());
            attackers.add(pool.submit(() -> {
                int sent = 0;
                while (running.get()) {
                    given().contentType(ContentType.JSON).body(body).post("/graphql").then().statusCode(
                            org.hamcrest.Matchers.either(org.hamcrest.Matchers.is(200))
                                    .or(org.hamcrest.Matchers.is(413)));
                    sent++;
                }
                return sent;
            }));
        }
        List<Long> probes;
        try {
            Thread.sleep(300);
            probes = livenessProbes();
        } finally {
            running.set(false);
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
        int sent = 0;
        for (Future<Integer> f : attackers) {
            sent += f.get();
        }
        assertThat(sent).as("attacks sent").isGreaterThan(8);
        assertThat(median(probes)).as("median liveness ms of %s (without attacks: %d ms)", probes, quiet)
                .isLessThan(Math.max(100, 3 * quiet));
        long after = usedHeapAfterGc();
        assertThat(after - baseline).as("heap growth after %d attacks (bytes)", sent).isLessThan(64L << 20);
    }

    private static List<Long> livenessProbes() throws InterruptedException {
        List<Long> probes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t0 = System.nanoTime();
            given().get("/q/health/live").then().statusCode(200);
            probes.add((System.nanoTime() - t0) / 1_000_000);
            Thread.sleep(50);
        }
        return probes;
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static long fastest(String body) {
        long fastest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            given().contentType(ContentType.JSON).body(body).post("/graphql").then().statusCode(200);
            fastest = Math.min(fastest, (System.nanoTime() - t0) / 1_000_000);
        }
        return fastest;
    }

    private static void assertRefusedQuickly(String body, int status, String code) throws Exception {
        long trivial = fastest(JSON.writeValueAsString(Map.of("query", "{ __typename }")));
        long fastest = Long.MAX_VALUE;
        Response last = null;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            last = given().contentType(ContentType.JSON).body(body).post("/graphql");
            fastest = Math.min(fastest, (System.nanoTime() - t0) / 1_000_000);
            assertThat(last.statusCode()).as(last.asString()).isEqualTo(status);
        }
        assertThat(last.jsonPath().getString("errors[0].extensions.code")).isEqualTo(code);
        assertThat(last.jsonPath().getString("errors[0].message")).startsWith(code);
        assertThat(fastest).as("fastest refusal in ms (a trivial request: %d ms)", trivial)
                .isLessThan(Math.max(100, 3 * trivial));
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
