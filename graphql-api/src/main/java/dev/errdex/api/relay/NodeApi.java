package dev.errdex.api.relay;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

/** Relay's refetch queries: any object with a global id, by that id. */
@GraphQLApi
public class NodeApi {

    private final NodeLookup lookup;

    NodeApi(NodeLookup lookup) {
        this.lookup = lookup;
    }

    @Query("node")
    @Description("The object with this global id; null when it no longer exists. Needs the role its type needs"
            + " (a Ticket needs role agent). Errors: ERR_ERRDEX_1376 for an id errdex did not give out.")
    public Node node(@NonNull @Id @Name("id") @Description("A global id (the id field of a Node).") String id) {
        return lookup.find(id);
    }

    @Query("nodes")
    @Description("The objects with these global ids, in the same order; null for each that no longer exists. Needs"
            + " the roles their types need. Errors: ERR_ERRDEX_1376 for an id errdex did not give out,"
            + " ERR_ERRDEX_1377 for more than 100 ids.")
    public @NonNull List<Node> nodes(
            @NonNull @Name("ids") @Description("Global ids, at most 100 (typed String: SmallRye cannot type the"
                    + " elements of a list argument as ID; the values are the same).") List<@NonNull String> ids) {
        return lookup.findAll(ids);
    }
}
