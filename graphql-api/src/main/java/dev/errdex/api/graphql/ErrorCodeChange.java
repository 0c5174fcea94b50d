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
        @NonNull @Description("What kind of change it was.") ChangeReasonView reason,
        @NonNull @io.smallrye.graphql.api.Deprecated(reason = "Use reason, an enum with the same values.")
        @Description("What kind of change it was, as text (the same value as reason).") String reasonText,
        @NonNull @Description("Who made the change.") String by,
        @NonNull @Description("When errdex published the change (after it was committed).") Instant at) {

    static java.util.stream.Stream<ErrorCodeChange> of(CatalogChanged change, Instant at) {
        return change.codes().stream().sorted()
                .map(code -> new ErrorCodeChange(code, ChangeReasonView.valueOf(change.reason().name()),
                        change.reason().name(), change.by(), at));
    }
}
