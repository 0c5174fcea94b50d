package dev.errdex.api.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.api.error.ApiError;
import dev.errdex.api.error.ErrdexErrors;
import dev.errdex.api.error.ProblemMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * GraphiQL is built into every package ({@code quarkus.smallrye-graphql.ui.always-include}, a build-time key); this
 * route switches it at run time by {@code errdex.api.explorer}: while off, {@code /graphql-ui} answers 404 with
 * problem+json {@code ERR_ERRDEX_1364}. (Introspection follows the same switch in {@code GraphQLRequestGate}.)
 */
@ApplicationScoped
public class ExplorerSwitch {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiConfig config;

    ExplorerSwitch(ApiConfig config) {
        this.config = config;
    }

    void install(@Observes Router router) {
        router.routeWithRegex("^(/q)?/graphql-ui(/.*)?$").order(-500).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        if (config.explorer()) {
            ctx.next();
            return;
        }
        ApiError off = ApiError.EXPLORER_OFF;
        try {
            ctx.response().setStatusCode(off.status()).putHeader("Content-Type", "application/problem+json")
                    .end(JSON.writeValueAsString(ProblemMapper.body(
                            new ErrdexErrors.Described(off.code(), off.status(), off.message()))));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}
