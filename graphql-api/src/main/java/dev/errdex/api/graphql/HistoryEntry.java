package dev.errdex.api.graphql;

import dev.errdex.catalog.service.HistoryRecord;
import dev.errdex.api.relay.GlobalId.NodeType;
import dev.errdex.api.relay.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Instant;

/** GraphQL view of a revision. */
@Name("HistoryEntry")
@Description("One revision of an error code: what changed, when and by whom.")
public record HistoryEntry(
        @NonNull @Id @Description("Opaque global id (Relay) of this revision of this code; pass it to node(id).")
        String id,
        @NonNull @Description("Canonical code the revision belongs to.") String code,
        @Description("The revision this change produced (1 = created).") long revision,
        @NonNull @Description("When the change was made.") Instant at,
        @NonNull @Description("Who made it: the principal of the API key, cli:<user>, or errdex-bundle.") String by,
        @NonNull @Description("What changed, e.g. 'created' or 'changed title, message'.") String change) implements Node {

    @Override
    @NonNull
    @Id
    @Description("Opaque global id (Relay), unique over all types; pass it to node(id). Never parse it.")
    public String getId() {
        return id;
    }

    /** The key of a revision in its global id: {@code ERR_NGROK_8012:3}. */
    public static String key(String code, long revision) {
        return code + ":" + revision;
    }

    public static HistoryEntry of(HistoryRecord r) {
        return new HistoryEntry(NodeType.HISTORY_ENTRY.id(key(r.code(), r.revision())), r.code(), r.revision(),
                r.at(), r.by(), r.change());
    }
}
