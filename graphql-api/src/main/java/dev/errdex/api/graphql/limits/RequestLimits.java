package dev.errdex.api.graphql.limits;

import dev.errdex.api.error.ApiError;
import dev.errdex.api.ops.ApiConfig;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * errdex's limits on one GraphQL operation, put on SmallRye's GraphQL builder by
 * {@code dev.errdex.api.graphql.ErrdexInstrumentation}:
 * <ul>
 *   <li>before it runs, its depth and number of fields against {@code errdex.api.max-depth} and
 *       {@code errdex.api.max-fields} ({@link OperationShape}, {@code ERR_ERRDEX_1314}), then its cost
 *       ({@link OperationCost}) against {@code errdex.api.max-cost} ({@code ERR_ERRDEX_1360}) and its Int values
 *       against the 32-bit range ({@code ERR_ERRDEX_1363});</li>
 *   <li>while it runs, {@code errdex.api.time-limit}: no field is fetched after it ({@code ERR_ERRDEX_1362});</li>
 *   <li>once it ran, {@code errdex.api.max-response-bytes} on the answer ({@code ERR_ERRDEX_1361}).</li>
 * </ul>
 * Every answer gets {@code extensions.cost {requested actual limit}}: the cost counted before, the objects the
 * answer holds, and the limit.
 */
@ApplicationScoped
@Unremovable // looked up by ErrdexInstrumentation, which SmallRye creates outside CDI
public class RequestLimits {

    private final long maxCost;
    private final int listSize;
    private final int maxDepth;
    private final int maxFields;
    private final long maxBytes;
    private final Duration timeLimit;

    @Inject
    RequestLimits(ApiConfig config) {
        this(config.maxCost(), config.defaultListSize(), config.maxResponseBytes().asLongValue(), config.timeLimit(),
                config.maxDepth(), config.maxFields());
    }

    RequestLimits(long maxCost, int listSize, long maxBytes, Duration timeLimit, int maxDepth, int maxFields) {
        this.maxCost = maxCost;
        this.listSize = listSize;
        this.maxDepth = maxDepth;
        this.maxFields = maxFields;
        this.maxBytes = maxBytes;
        this.timeLimit = timeLimit;
    }

    /** The instrumentation that applies the limits. */
    public Instrumentation instrumentation() {
        return new Limits();
    }

    /** What one operation used. */
    private static final class Usage implements InstrumentationState {
        final long deadline;
        long requested;

        Usage(long deadline) {
            this.deadline = deadline;
        }
    }

    private final class Limits implements Instrumentation {

        @Override
        public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
            return new Usage(System.nanoTime() + timeLimit.toNanos());
        }

        @Override
        public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
            ExecutionContext context = parameters.getExecutionContext();
            OperationShape.check(context.getOperationDefinition(), context.getFragmentsByName(), maxDepth, maxFields);
            long cost = OperationCost.of(context.getGraphQLSchema(), context.getOperationDefinition(),
                    context.getFragmentsByName(), context.getExecutionInput().getRawVariables().toMap(),
                    maxCost, listSize);
            ((Usage) state).requested = cost;
            if (cost > maxCost) {
                throw new LimitExceeded(ApiError.COST_TOO_HIGH, cost >= Long.MAX_VALUE / 4 ? "more" : cost,
                        maxCost, listSize);
            }
            return SimpleInstrumentationContext.noOp();
        }

        @Override
        public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                InstrumentationState state) {
            if (System.nanoTime() > ((Usage) state).deadline) {
                throw new LimitExceeded(ApiError.TIME_LIMIT, timeLimit);
            }
            return null;
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            Usage usage = (Usage) state;
            AnswerSize size = AnswerSize.of(result.getData(), maxBytes);
            Map<String, Object> cost = new LinkedHashMap<>();
            cost.put("requested", usage.requested);
            cost.put("actual", size.objects());
            cost.put("limit", maxCost);
            if (size.bytes() > maxBytes) {
                ExecutionResult refused = new LimitExceeded(ApiError.RESPONSE_TOO_LARGE, maxBytes).toExecutionResult();
                return CompletableFuture.completedFuture(refused.transform(b -> b.addExtension("cost", cost)));
            }
            return CompletableFuture.completedFuture(result.transform(b -> b.addExtension("cost", cost)));
        }
    }

    /** Objects and approximate JSON bytes of an answer's data; the count stops once past {@code maxBytes}. */
    record AnswerSize(long objects, long bytes) {

        static AnswerSize of(Object data, long maxBytes) {
            long[] counts = new long[2];
            count(data, counts, maxBytes);
            return new AnswerSize(Math.max(0, counts[0] - 1), counts[1]); // the data object itself is not counted
        }

        private static void count(Object value, long[] counts, long maxBytes) {
            if (counts[1] > maxBytes) {
                return;
            }
            if (value instanceof Map<?, ?> map) {
                counts[0]++;
                counts[1] += 2;
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    counts[1] += String.valueOf(e.getKey()).length() + 4;
                    count(e.getValue(), counts, maxBytes);
                }
            } else if (value instanceof List<?> list) {
                counts[1] += 2;
                for (Object v : list) {
                    counts[1]++;
                    count(v, counts, maxBytes);
                }
            } else if (value instanceof CharSequence s) {
                counts[1] += s.length() + 2;
            } else {
                counts[1] += value == null ? 4 : String.valueOf(value).length();
            }
        }
    }
}
