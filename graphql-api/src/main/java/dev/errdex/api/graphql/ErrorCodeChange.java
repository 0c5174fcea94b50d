package dev.errdex.api.graphql;

import dev.errdex.catalog.service.CatalogChanged;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** GraphQL view of one changed code. */
@Name("ErrorCodeChange")
@Description("An error code was added or changed; query errorCode(code) for its new content.")
public record ErrorCodeChange(
        @NonNull @Description("Canonical code that changed.") String code,
        @NonNull @Description("What kind of change: UPSERT, FIX_GUIDE, DEPRECATE, IMPORT or SEED.") String reason,
        @NonNull @Description("Who made the change.") String by,
        @NonNull @Description("When errdex published the change (after it was committed).") Instant at) {

    static java.util.stream.Stream<ErrorCodeChange> of(CatalogChanged change, Instant at) {
        return change.codes().stream().sorted()
                .map(code -> new ErrorCodeChange(code, change.reason().name(), change.by(), at));
    }
}
