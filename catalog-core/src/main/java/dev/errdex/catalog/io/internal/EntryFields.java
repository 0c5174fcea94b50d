package dev.errdex.catalog.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.Category;
import dev.errdex.catalog.CodeSpelling;
import dev.errdex.catalog.FixGuide;
import dev.errdex.catalog.SourceSite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The schema of one catalog entry in a catalog file ({@code errdex-catalog/1}) and of the errdex fields a docs page
 * may carry in its front matter: reading with validation, and writing in a fixed field order.
 */
public final class EntryFields {

    /** Fields an entry of a catalog file may have, in the order they are written. */
    public static final List<String> ENTRY_FIELDS = List.of("code", "namespace", "number", "title", "message",
            "placeholders", "fixGuide", "category", "severity", "docsUrl", "symptoms", "related", "ownerComponent",
            "sourceLocation", "sources", "owner", "sourcesPinned", "status", "replacedBy");

    private static final Set<String> SOURCE_FIELDS = Set.of("path", "line", "symbol", "url");

    private static final Set<String> GUIDE_FIELDS = Set.of("summary", "causes", "steps");

    private EntryFields() {
    }

    /** Reads a whole entry; unknown fields are an error. */
    public static CatalogEntry.Builder readEntry(JsonNode node) throws InvalidEntryException {
        if (!node.isObject()) {
            throw new InvalidEntryException("an entry must be an object, not " + node.getNodeType());
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!ENTRY_FIELDS.contains(field)) {
                throw new InvalidEntryException("unknown field '" + field + "' (known: " + ENTRY_FIELDS + ")");
            }
        }
        String rawCode = text(node, "code");
        if (rawCode == null) {
            throw new InvalidEntryException("the entry has no 'code'");
        }
        CodeSpelling.CanonicalCode code = CodeSpelling.parse(rawCode)
                .orElseThrow(() -> new InvalidEntryException("'" + rawCode + "' is not an error code"));
        String namespace = text(node, "namespace");
        if (namespace != null && !namespace.equals(code.namespace())) {
            throw new InvalidEntryException("namespace '" + namespace + "' does not match code " + code);
        }
        if (node.has("number") && (!node.get("number").canConvertToInt() || node.get("number").intValue() != code.number())) {
            throw new InvalidEntryException("number " + node.get("number") + " does not match code " + code);
        }
        String message = text(node, "message");
        if (message == null || message.isBlank()) {
            throw new InvalidEntryException("entry " + code + " has no 'message'");
        }
        CatalogEntry.Builder b = CatalogEntry.builder(code.value()).message(message).title(text(node, "title"));
        readMetadata(node, b);
        return b;
    }

    /**
     * Reads the optional metadata fields (placeholders, fixGuide, category, severity, docsUrl, symptoms, related,
     * ownerComponent, sourceLocation, status, replacedBy) present in {@code node}; other fields are ignored.
     */
    public static void readMetadata(JsonNode node, CatalogEntry.Builder b) throws InvalidEntryException {
        if (node.has("placeholders")) {
            b.placeholders(strings(node, "placeholders"));
        }
        if (node.has("fixGuide") && !node.get("fixGuide").isNull()) {
            b.fixGuide(fixGuide(node.get("fixGuide")));
        }
        String category = text(node, "category");
        if (category != null) {
            b.category(Category.fromId(category).map(Category::id).orElseThrow(() -> new InvalidEntryException(
                    "category", "category '" + category + "' is not one of " + Arrays.stream(Category.values())
                            .map(Category::id).collect(Collectors.joining(", ")))));
        }
        String severity = text(node, "severity");
        if (severity != null) {
            b.severity(constant(CatalogEntry.Severity.class, "severity", severity));
        }
        b.docsUrl(orElse(text(node, "docsUrl"), b.docsUrl()));
        if (node.has("symptoms")) {
            b.symptoms(strings(node, "symptoms"));
        }
        if (node.has("related")) {
            b.related(codes(strings(node, "related"), "related"));
        }
        b.ownerComponent(orElse(text(node, "ownerComponent"), b.ownerComponent()));
        String sourceLocation = text(node, "sourceLocation");
        if (sourceLocation != null) {
            b.sourceLocation(sourceLocation);
        }
        if (node.has("sources")) {
            b.sources(sources(node.get("sources")));
        }
        b.owner(orElse(text(node, "owner"), b.owner()));
        if (node.has("sourcesPinned")) {
            JsonNode pinned = node.get("sourcesPinned");
            if (!pinned.isBoolean()) {
                throw new InvalidEntryException("sourcesPinned", "'sourcesPinned' must be true or false");
            }
            b.sourcesPinned(pinned.booleanValue());
        }
        String status = text(node, "status");
        if (status != null) {
            b.status(constant(CatalogEntry.Status.class, "status", status));
        }
        String replacedBy = text(node, "replacedBy");
        if (replacedBy != null) {
            b.replacedBy(codes(List.of(replacedBy), "replacedBy").get(0));
        }
    }

    /** Reads {@code {summary, causes, steps}}; unknown fields are an error. */
    public static FixGuide fixGuide(JsonNode node) throws InvalidEntryException {
        if (!node.isObject()) {
            throw new InvalidEntryException("fixGuide must be an object with summary, causes and steps");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!GUIDE_FIELDS.contains(field)) {
                throw new InvalidEntryException("unknown fixGuide field '" + field + "' (known: " + GUIDE_FIELDS + ")");
            }
        }
        return new FixGuide(text(node, "summary"), strings(node, "causes"), strings(node, "steps"));
    }

    /** Writes an entry in {@link #ENTRY_FIELDS} order, leaving out nulls and empty lists. */
    public static ObjectNode write(CatalogEntry e) {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("code", e.code());
        n.put("namespace", e.namespace());
        n.put("number", e.number());
        putText(n, "title", e.title());
        putText(n, "message", e.message());
        putList(n, "placeholders", e.placeholders());
        FixGuide g = e.fixGuide();
        if (g != null) {
            ObjectNode guide = n.putObject("fixGuide");
            guide.put("summary", g.summary());
            putList(guide, "causes", g.causes());
            putList(guide, "steps", g.steps());
        }
        putText(n, "category", e.category());
        n.put("severity", e.severity().name());
        putText(n, "docsUrl", e.docsUrl());
        putList(n, "symptoms", e.symptoms());
        putList(n, "related", e.related());
        putText(n, "ownerComponent", e.ownerComponent());
        putText(n, "sourceLocation", e.sourceLocation());
        if (!e.sources().isEmpty()) {
            ArrayNode sources = n.putArray("sources");
            for (SourceSite site : e.sources()) {
                ObjectNode o = sources.addObject().put("path", site.path()).put("line", site.line());
                if (!site.symbol().isEmpty()) {
                    o.put("symbol", site.symbol());
                }
                putText(o, "url", site.url());
            }
        }
        putText(n, "owner", e.owner());
        if (e.sourcesPinned()) {
            n.put("sourcesPinned", true);
        }
        n.put("status", e.status().name());
        putText(n, "replacedBy", e.replacedBy());
        return n;
    }

    /** Reads {@code [{path, line, symbol, url}]}; unknown fields, a missing path or a line below 1 are errors. */
    private static List<SourceSite> sources(JsonNode node) throws InvalidEntryException {
        if (node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw new InvalidEntryException("sources", "'sources' must be a list of {path, line, symbol, url}");
        }
        List<SourceSite> out = new ArrayList<>();
        for (JsonNode item : node) {
            if (!item.isObject()) {
                throw new InvalidEntryException("sources", "each of 'sources' must be {path, line, symbol, url}");
            }
            for (Iterator<String> it = item.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!SOURCE_FIELDS.contains(field)) {
                    throw new InvalidEntryException("sources", "unknown sources field '" + field + "' (known: "
                            + SOURCE_FIELDS + ")");
                }
            }
            String path = text(item, "path");
            JsonNode line = item.get("line");
            if (path == null || path.isBlank() || line == null || !line.canConvertToInt() || line.intValue() < 1) {
                throw new InvalidEntryException("sources", "each of 'sources' needs a path and a line from 1");
            }
            out.add(new SourceSite(path, line.intValue(), text(item, "symbol"), text(item, "url")));
        }
        return out;
    }

    /** Text of a field, or null when absent or null; an error when it is not a scalar. */
    public static String text(JsonNode node, String field) throws InvalidEntryException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new InvalidEntryException(field, "'" + field + "' must be text");
        }
        return v.asText();
    }

    /** A list of strings (a single string counts as a list of one); empty when absent. */
    public static List<String> strings(JsonNode node, String field) throws InvalidEntryException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return List.of();
        }
        if (v.isValueNode()) {
            return List.of(v.asText());
        }
        if (!v.isArray()) {
            throw new InvalidEntryException(field, "'" + field + "' must be a list of text");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : v) {
            if (!item.isValueNode() || item.isNull()) {
                throw new InvalidEntryException(field, "'" + field + "' must be a list of text");
            }
            out.add(item.asText());
        }
        return out;
    }

    private static List<String> codes(List<String> raw, String field) throws InvalidEntryException {
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            out.add(CodeSpelling.canonical(r).orElseThrow(() -> new InvalidEntryException(field,
                    "'" + r + "' in '" + field + "' is not an error code")));
        }
        return out;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String field, String value)
            throws InvalidEntryException {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidEntryException(field, field + " '" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    private static void putText(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static void putList(ObjectNode n, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = n.putArray(field);
            values.forEach(a::add);
        }
    }

    /** The entry (or guide) breaks the schema; the message says how. */
    public static final class InvalidEntryException extends Exception {
        private final String field;

        public InvalidEntryException(String message) {
            this(null, message);
        }

        public InvalidEntryException(String field, String message) {
            super(message);
            this.field = field;
        }

        /** The field at fault, or null when the entry as a whole is. */
        public String field() {
            return field;
        }
    }
}
