package dev.errdex.api.graphql;

import dev.errdex.api.security.ReadAccess;
import dev.errdex.catalog.service.CatalogChanged;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;

import java.time.Instant;

import io.smallrye.graphql.api.Subscription;

/** Subscription to catalog changes, fed by {@link CatalogChanged} once a change committed. */
@GraphQLApi
@ApplicationScoped
public class CatalogChangesApi {

    private final BroadcastProcessor<ErrorCodeChange> changes = BroadcastProcessor.create();
    private final ReadAccess access;
    private final CurrentIdentityAssociation identities;

    CatalogChangesApi(ReadAccess access, CurrentIdentityAssociation identities) {
        this.access = access;
        this.identities = identities;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
        Instant now = Instant.now();
        ErrorCodeChange.of(change, now).forEach(changes::onNext);
    }

    @Subscription("errorCodeChanged")
    @Description("Every error code added or changed from now on, one event per code (over graphql-ws).")
    public Multi<ErrorCodeChange> errorCodeChanged() {
        // the identity is resolved without blocking (this runs on the event loop, authentication is lazy); a refusal
        // travels as the stream's failure: one answer, errorCodeChanged null with the access error's code (the items
        // are nullable for that answer: a non-null item type would turn it into ERR_ERRDEX_1399)
        return identities.getDeferredIdentity().onItem().transformToMulti(identity -> {
            access.require(identity);
            return changes;
        });
    }
}
