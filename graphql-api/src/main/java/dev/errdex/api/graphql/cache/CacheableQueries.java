package dev.errdex.api.graphql.cache;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.parser.Parser;

import java.util.List;
import java.util.Set;

/**
 * Which GraphQL operations may be answered from the cache: a {@code query} (never a mutation or subscription) whose
 * root fields are all catalog reads that answer the same to every caller with the same roles, and that names no field
 * reading other data ({@code ErrorCode.feedback}, counted from readers' answers). Left out: {@code match}
 * (its suggestions learn from ticket feedback), the ticket queries ({@code tickets}, {@code ticket}, {@code stats}),
 * introspection, and root fragments (not worth following). Decisions are remembered per document and operation name
 * (up to {@value #REMEMBERED} documents and {@value #REMEMBERED_CHARS} characters; the memory starts afresh when
 * full).
 */
final class CacheableQueries {

    /**
     * Root fields whose answers depend only on the catalog (and the search index built from it). Their nested fields
     * (ErrorCode: related, history, fixGuide; SearchHit; ErrorCodeConnection) read the catalog only.
     */
    static final Set<String> CATALOG_READS = Set.of("errorCode", "errorCodes", "categories", "search", "__typename");

    /** Nested fields that read more than the catalog; a document naming one anywhere is not cached. */
    static final Set<String> NOT_CATALOG_FIELDS = Set.of("feedback");

    static final int REMEMBERED = 2000;

    /** Characters of documents remembered at most (about 4 MB of text). */
    static final long REMEMBERED_CHARS = 2_000_000;

    private final RememberedDocuments<Boolean> decided = new RememberedDocuments<>(REMEMBERED, REMEMBERED_CHARS);

    /** Whether the operation {@code operationName} (or the only one) of {@code query} is a cacheable catalog read. */
    boolean cacheable(String query, String operationName) {
        String key = (operationName == null ? "" : operationName) + '\u0000' + query;
        Boolean known = decided.get(key);
        if (known != null) {
            return known;
        }
        boolean answer = decide(query, operationName);
        decided.put(key, answer);
        return answer;
    }

    static boolean decide(String query, String operationName) {
        Document document;
        try {
            document = Parser.parse(query); // GraphQLRequestGate already refused documents over the limits
        } catch (RuntimeException e) {
            return false;
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        OperationDefinition operation = null;
        if (operationName == null || operationName.isEmpty()) {
            operation = operations.size() == 1 ? operations.get(0) : null;
        } else {
            for (OperationDefinition o : operations) {
                if (operationName.equals(o.getName())) {
                    operation = o;
                }
            }
        }
        if (operation == null || operation.getOperation() != OperationDefinition.Operation.QUERY
                || operation.getSelectionSet() == null) {
            return false;
        }
        for (Selection<?> s : operation.getSelectionSet().getSelections()) {
            if (!(s instanceof Field f) || !CATALOG_READS.contains(f.getName())) {
                return false;
            }
        }
        return !asksForOtherData(document);
    }

    /**
     * Whether any field of the document, at any depth and in any fragment, reads something other than the catalog:
     * {@code ErrorCode.feedback} counts readers' answers, which change without a catalog change.
     */
    private static boolean asksForOtherData(Node<?> node) {
        if (node instanceof Field f && NOT_CATALOG_FIELDS.contains(f.getName())) {
            return true;
        }
        for (Node<?> child : node.getChildren()) {
            if (asksForOtherData(child)) {
                return true;
            }
        }
        return false;
    }
}
