package dev.errdex.api.graphql;

import dev.errdex.api.security.ReadAccess;
import dev.errdex.catalog.service.CatalogChanged;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

import io.smallrye.graphql.api.Subscription;

/** Subscription to catalog changes, fed by {@link CatalogChanged} once a change committed. */
@GraphQLApi
@ApplicationScoped
public class CatalogChangesApi {

    private final BroadcastProcessor<ErrorCodeChange> changes = BroadcastProcessor.create();
    private final ReadAccess access;

    CatalogChangesApi(ReadAccess access) {
        this.access = access;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        Instant now = Instant.now();
        ErrorCodeChange.of(change, now).forEach(changes::onNext);
    }

    @Subscription("errorCodeChanged")
    @Description("Every error code added or changed from now on, one event per code (over graphql-ws).")
    public Multi<@NonNull ErrorCodeChange> errorCodeChanged() {
        try {
            access.require();
        } catch (RuntimeException refused) {
            // the refusal travels as the stream's failure, which SmallRye answers with the exception's code
            // (thrown from here, it surfaced as ERR_ERRDEX_1399)
            return Multi.createFrom().failure(refused);
        }
        return changes;
    }
}
