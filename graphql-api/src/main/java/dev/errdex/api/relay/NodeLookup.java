package dev.errdex.api.relay;

import dev.errdex.api.catalog.ErrorCode;
import dev.errdex.api.error.ApiError;
import dev.errdex.api.error.ErrdexException;
import dev.errdex.api.graphql.HistoryEntry;
import dev.errdex.api.security.ReadAccess;
import dev.errdex.api.ticket.TicketNode;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.triage.ticket.TicketService;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Finds the object of a global id, with the access rule of its type's own query: error codes and their revisions
 * need catalog reads ({@link ReadAccess#require()}), tickets role {@code agent}.
 */
@ApplicationScoped
public class NodeLookup {

    /** Most ids {@link #findAll} takes at once. */
    static final int MAX_IDS = 100;

    private final CatalogService catalog;
    private final TicketService tickets;
    private final ReadAccess access;

    NodeLookup(CatalogService catalog, TicketService tickets, ReadAccess access) {
        this.catalog = catalog;
        this.tickets = tickets;
        this.access = access;
    }

    /**
     * The object of {@code id}; null when it no longer exists.
     *
     * @throws ErrdexException {@link ApiError#NOT_A_GLOBAL_ID}; access errors when the caller may not read the type
     */
    public Node find(String id) {
        GlobalId global = GlobalId.parse(id).orElseThrow(() -> new ErrdexException(ApiError.NOT_A_GLOBAL_ID, id));
        return switch (global.type()) {
            case ERROR_CODE -> {
                access.require();
                yield catalog.find(global.key()).map(ErrorCode::of).orElse(null);
            }
            case HISTORY_ENTRY -> {
                access.require();
                yield revision(global.key());
            }
            case TICKET -> {
                access.requireRole("agent");
                yield tickets.find(global.key()).map(TicketNode::of).orElse(null);
            }
        };
    }

    /** The objects of {@code ids}, in order, null for those that no longer exist. */
    public List<Node> findAll(List<String> ids) {
        if (ids.size() > MAX_IDS) {
            throw new ErrdexException(ApiError.TOO_MANY_IDS, MAX_IDS, ids.size());
        }
        return ids.stream().map(this::find).toList();
    }

    private HistoryEntry revision(String key) {
        int colon = key.lastIndexOf(':');
        if (colon < 0) {
            return null;
        }
        String code = key.substring(0, colon);
        String revision = key.substring(colon + 1);
        return catalog.history(code).stream().filter(r -> Long.toString(r.revision()).equals(revision))
                .map(HistoryEntry::of).findFirst().orElse(null);
    }
}
