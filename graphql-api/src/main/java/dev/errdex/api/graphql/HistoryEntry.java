package dev.errdex.api.graphql;

import dev.errdex.catalog.service.HistoryRecord;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** GraphQL view of a revision. */
@Name("HistoryEntry")
@Description("One revision of an error code: what changed, when and by whom.")
public record HistoryEntry(
        @Description("The revision this change produced (1 = created).") long revision,
        @NonNull @Description("When the change was made.") Instant at,
        @NonNull @Description("Who made it: the principal of the API key, cli:<user>, or errdex-bundle.") String by,
        @NonNull @Description("What changed, e.g. 'created' or 'changed title, message'.") String change) {

    static HistoryEntry of(HistoryRecord r) {
        return new HistoryEntry(r.revision(), r.at(), r.by(), r.change());
    }
}
