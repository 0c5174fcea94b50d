package dev.errdex.api.relay;

import dev.errdex.catalog.query.PageCursor;

import java.util.Optional;

/**
 * The global id of a {@link Node}: its type and its key in that type ({@code ERR_NGROK_8012} for an error code,
 * {@code ERR_NGROK_8012:3} for a revision, {@code 42} for a ticket), encoded as {@link PageCursor}s are, with the type
 * name and a colon as the prefix. One codec for cursors and ids; an id of one type never decodes as another.
 *
 * @param type the node type
 * @param key  the object's key within the type
 */
public record GlobalId(NodeType type, String key) {

    /** The node types and the prefixes of their ids. */
    public enum NodeType {
        ERROR_CODE("ErrorCode"),
        HISTORY_ENTRY("HistoryEntry"),
        TICKET("Ticket");

        private final PageCursor codec;

        NodeType(String typeName) {
            this.codec = new PageCursor(typeName + ":");
        }

        /** The global id of the object with this key. */
        public String id(String key) {
            return codec.encode(key);
        }
    }

    /** The type and key inside {@code id}; empty when it is not an id errdex gave out. */
    public static Optional<GlobalId> parse(String id) {
        for (NodeType type : NodeType.values()) {
            Optional<String> key = type.codec.decode(id);
            if (key.isPresent() && !key.get().isEmpty()) {
                return Optional.of(new GlobalId(type, key.get()));
            }
        }
        return Optional.empty();
    }

    /** The key of {@code id} when it is a global id of {@code type}; otherwise {@code id} itself (a bare key). */
    public static String keyOf(String id, NodeType type) {
        return parse(id).filter(g -> g.type() == type).map(GlobalId::key).orElse(id);
    }
}
