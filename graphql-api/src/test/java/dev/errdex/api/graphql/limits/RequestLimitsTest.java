package dev.errdex.api.graphql.limits;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RequestLimits} on a real graphql-java engine over a small schema (limits/library.graphqls): the cost counted
 * before execution, the depth and number of fields before that, the time limit while it runs, the answer-size limit
 * after, and Int values out of range.
 */
class RequestLimitsTest {

    private static final Map<String, Object> BOOK = Map.of("title", "Dune", "related", List.of());

    @Test
    void costCountsObjectsListsByPageSizeAndNestedListsMultiply() {
        GraphQL graphQL = graphQL(limits(10_000, 1_000_000, Duration.ofSeconds(10)), null);
        // books(first: 5): the connection 1 + edges 5 + nodes 5, each node's related 5 x 10
        ExecutionResult r = graphQL.execute("{ books(first: 5) { edges { node { title related { title } } } } }");
        assertThat(r.getErrors()).isEmpty();
        assertThat(cost(r)).containsEntry("requested", 61L).containsEntry("limit", 10_000L);
        // what the answer holds: the connection, 5 edges and 5 nodes (related empty)
        assertThat(cost(r)).containsEntry("actual", 11L);
        // without first: the default page of a paged field
        assertThat(cost(graphQL.execute("{ books { edges { node { title } } } }")))
                .containsEntry("requested", 1L + 2 * OperationCost.DEFAULT_PAGE);
    }

    @Test
    void anOperationOverTheCostIsRefusedBeforeAnyFieldRuns() {
        int[] fetched = {0};
        GraphQL graphQL = graphQL(limits(1_000, 1_000_000, Duration.ofSeconds(10)), fetched);
        ExecutionResult r = graphQL.execute("{ book(id: 1) { related { related { related { title } } } } }");
        assertThat(code(r)).isEqualTo("ERR_ERRDEX_1360");
        assertThat(fetched[0]).as("fields fetched").isZero();
        assertThat(r.getErrors().get(0).getMessage()).contains("1111").contains("1000");
    }

    @Test
    void nestingThatExplodesIsCountedOnlyUpToTheLimit() {
        String nested = "title";
        for (int i = 0; i < 40; i++) {
            nested = "related { " + nested + " }";
        }
        GraphQL graphQL = graphQL(limits(10_000, 1_000_000, Duration.ofSeconds(10)), null);
        ExecutionResult r = graphQL.execute("{ book(id: 1) { " + nested + " } }");
        assertThat(code(r)).isEqualTo("ERR_ERRDEX_1360");
    }

    @Test
    void anOperationDeeperThanTheLimitIsRefusedWithTheSizeCodeBeforeAnyFieldRuns() {
        int[] fetched = {0};
        GraphQL graphQL = graphQL(new RequestLimits(10_000_000, 10, 1_000_000, Duration.ofSeconds(10), 4, 10_000),
                fetched);
        // book 1, related 2, related 3, title 4: at the limit
        assertThat(graphQL.execute("{ book(id: 1) { related { related { title } } } }").getErrors()).isEmpty();
        fetched[0] = 0;
        ExecutionResult r = graphQL.execute("{ book(id: 1) { ...deeper } } "
                + "fragment deeper on Book { related { related { related { title } } } }");
        assertThat(code(r)).isEqualTo("ERR_ERRDEX_1314");
        assertThat(r.getErrors().get(0).getMessage()).contains("depth 5 > 4");
        assertThat(fetched[0]).as("fields fetched").isZero();
    }

    @Test
    void fieldsCountWhereverTheirFragmentIsSpread() {
        GraphQL graphQL = graphQL(new RequestLimits(10_000, 10, 1_000_000, Duration.ofSeconds(10), 100, 7), null);
        // book, then title and related { title } from each of the two spreads: 1 + 2 x 3 = 7
        String twice = "{ book(id: 1) { ...f ... on Book { ...f } } } fragment f on Book { title related { title } }";
        assertThat(graphQL.execute(twice).getErrors()).isEmpty();
        ExecutionResult thrice = graphQL.execute(
                "{ book(id: 1) { ...f ... on Book { ...f } a: related { ...f } } } "
                        + "fragment f on Book { title related { title } }");
        assertThat(code(thrice)).isEqualTo("ERR_ERRDEX_1314");
        assertThat(thrice.getErrors().get(0).getMessage()).contains("more than 7 fields");
    }

    @Test
    void anOperationPastTheTimeLimitFetchesNoMoreFields() {
        GraphQL graphQL = graphQL(limits(10_000, 1_000_000, Duration.ofMillis(50)), null);
        ExecutionResult r = graphQL.execute("{ slow book(id: 1) { title } }");
        assertThat(code(r)).isEqualTo("ERR_ERRDEX_1362");
    }

    @Test
    void anAnswerOverTheSizeLimitIsReplacedByTheError() {
        GraphQL graphQL = graphQL(limits(10_000, 500, Duration.ofSeconds(10)), null);
        ExecutionResult small = graphQL.execute("{ book(id: 1) { title } }");
        assertThat(small.getErrors()).isEmpty();
        ExecutionResult large = graphQL.execute("{ books(first: 100) { edges { node { title } } } }");
        assertThat(code(large)).isEqualTo("ERR_ERRDEX_1361");
        assertThat((Object) large.getData()).isNull();
    }

    @Test
    void intValuesOutsideThe32BitRangeAreRefusedNotWrapped() {
        GraphQL graphQL = graphQL(limits(10_000, 1_000_000, Duration.ofSeconds(10)), null);
        assertThat(code(graphQL.execute("{ books(first: 4294967298) { edges { node { title } } } }")))
                .isIn("ERR_ERRDEX_1363", null);
        ExecutionResult byVariable = graphQL.execute(ExecutionInput.newExecutionInput()
                .query("query($n: Int) { books(first: $n) { edges { node { title } } } }")
                .variables(Map.of("n", 4294967298L)).build());
        assertThat(byVariable.getErrors()).isNotEmpty();
    }

    /** Limits with a list size of 10 and depth and field limits out of the way. */
    private static RequestLimits limits(long maxCost, long maxBytes, Duration timeLimit) {
        return new RequestLimits(maxCost, 10, maxBytes, timeLimit, 100, 10_000);
    }

    private static GraphQL graphQL(RequestLimits limits, int[] fetched) {
        DataFetcher<Object> book = env -> {
            count(fetched);
            return BOOK;
        };
        DataFetcher<Object> books = env -> {
            count(fetched);
            return Map.of("edges", IntStream.range(0, env.<Integer>getArgumentOrDefault("first", 3))
                    .mapToObj(i -> Map.of("node", Map.of("title", "Book " + i, "related", List.of()))).toList());
        };
        DataFetcher<Object> slow = env -> {
            Thread.sleep(120);
            return "late";
        };
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", t -> t.dataFetcher("book", book).dataFetcher("books", books).dataFetcher("slow", slow))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl()), wiring);
        return GraphQL.newGraphQL(schema).instrumentation(limits.instrumentation()).build();
    }

    private static void count(int[] fetched) {
        if (fetched != null) {
            fetched[0]++;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cost(ExecutionResult r) {
        return (Map<String, Object>) r.getExtensions().get("cost");
    }

    private static String code(ExecutionResult r) {
        assertThat(r.getErrors()).as("errors").isNotEmpty();
        GraphQLError e = r.getErrors().get(0);
        return e.getExtensions() == null ? null : (String) e.getExtensions().get("code");
    }

    private static String sdl() {
        try (InputStream in = RequestLimitsTest.class.getResourceAsStream("/graphql/limits/library.graphqls")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
