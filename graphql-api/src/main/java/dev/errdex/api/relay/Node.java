package dev.errdex.api.relay;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/** An object with a global id (Relay's Node): ErrorCode, HistoryEntry and Ticket. */
@Interface
@Name("Node")
@Description("An object with a global id: refetch it with node(id) or nodes(ids).")
public interface Node {

    /** The global id ({@link GlobalId}). */
    @NonNull
    @Id
    @Description("Opaque global id, unique over all types; pass it to node(id). Never parse it.")
    String getId();
}
