package dev.errdex.catalog.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.CodeSpelling;
import dev.errdex.catalog.FixGuide;
import dev.errdex.catalog.io.internal.CatalogMappers;
import dev.errdex.catalog.io.internal.YamlAnchors;
import dev.errdex.catalog.io.internal.EntryFields;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A fix-guide overlay ({@value #FORMAT}): the team's own guides, better titles, severities and symptom phrases for
 * codes of the bundled catalog, kept apart from the generated catalog file.
 *
 * <pre>
 * format: errdex-guides/1
 * guides:
 *   ERR_NGROK_8012:
 *     title: Agent cannot reach your local service   # optional, at most 70 characters, no placeholders
 *     severity: ERROR                                # optional
 *     ownerComponent: agent                          # optional
 *     summary: ...                                   # required
 *     causes: [...]                                  # optional
 *     steps: [...]                                   # required
 *     symptoms: [...]                                # required
 *     related: [ERR_NGROK_3004]                      # optional
 * </pre>
 *
 * <p>Merging ({@link #apply}): fields present in the overlay replace the entry's; absent fields keep the entry's.
 */
public final class GuideOverlay {

    /** The format identifier every overlay declares. */
    public static final String FORMAT = "errdex-guides/1";

    /** Longest title an overlay may set. */
    public static final int MAX_TITLE_LENGTH = 70;

    private static final Set<String> FIELDS = Set.of("title", "severity", "ownerComponent", "summary", "causes",
            "steps", "symptoms", "related");
    private static final List<String> REQUIRED = List.of("summary", "steps", "symptoms");

    private final String name;
    private final Map<String, Guide> guides;

    private GuideOverlay(String name, Map<String, Guide> guides) {
        this.name = name;
        this.guides = guides;
    }

    /**
     * One code's overlay. Null fields (and empty lists for causes/related) were absent and keep the entry's value.
     */
    public record Guide(String code, String title, CatalogEntry.Severity severity, String ownerComponent,
                        String summary, List<String> causes, List<String> steps, List<String> symptoms,
                        List<String> related) {
    }

    /** The overlay's file name. */
    public String name() {
        return name;
    }

    /** Guides by canonical code, in file order. */
    public Map<String, Guide> guides() {
        return guides;
    }

    /**
     * Reads and validates an overlay.
     *
     * @throws CatalogException {@link CatalogError#OVERLAY_INVALID} naming the file, code and field at fault
     */
    public static GuideOverlay read(String name, InputStream in) {
        JsonNode root;
        try {
            byte[] bytes = in.readAllBytes();
            int anchor = YamlAnchors.firstLine(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            if (anchor > 0) {
                throw invalid(name, "line " + anchor + ": " + CatalogError.YAML_ANCHOR.format());
            }
            root = CatalogMappers.YAML.readTree(bytes);
        } catch (IOException e) {
            throw invalid(name, "not valid YAML: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw invalid(name, "the first key must be 'format: " + FORMAT + "'");
        }
        JsonNode guidesNode = root.get("guides");
        if (guidesNode == null || !guidesNode.isObject()) {
            throw invalid(name, "'guides' must map codes to guides");
        }
        Map<String, Guide> guides = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = guidesNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String code = CodeSpelling.canonical(field.getKey())
                    .orElseThrow(() -> invalid(name, "'" + field.getKey() + "' is not an error code"));
            if (guides.put(code, guide(name, code, field.getValue())) != null) {
                throw invalid(name, code + " appears twice");
            }
        }
        return new GuideOverlay(name, Map.copyOf(guides));
    }

    private static Guide guide(String file, String code, JsonNode node) {
        String where = code + ": ";
        if (!node.isObject()) {
            throw invalid(file, where + "the guide must be a map of fields");
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!FIELDS.contains(field)) {
                throw invalid(file, where + "unknown field '" + field + "' (known: " + FIELDS + ")");
            }
        }
        for (String field : REQUIRED) {
            if (!node.hasNonNull(field)) {
                throw invalid(file, where + "'" + field + "' is required");
            }
        }
        try {
            String title = EntryFields.text(node, "title");
            if (title != null && (title.length() > MAX_TITLE_LENGTH || title.contains("`") || title.isBlank())) {
                throw invalid(file, where + "the title must be 1-" + MAX_TITLE_LENGTH
                        + " characters without placeholders");
            }
            String severity = EntryFields.text(node, "severity");
            CatalogEntry.Severity level = null;
            if (severity != null) {
                try {
                    level = CatalogEntry.Severity.valueOf(severity.strip().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw invalid(file, where + "severity '" + severity + "' is not one of "
                            + Arrays.toString(CatalogEntry.Severity.values()));
                }
            }
            List<String> steps = EntryFields.strings(node, "steps");
            List<String> symptoms = EntryFields.strings(node, "symptoms");
            if (steps.isEmpty() || symptoms.isEmpty()) {
                throw invalid(file, where + "'steps' and 'symptoms' need at least one item each");
            }
            List<String> related = new ArrayList<>();
            for (String r : EntryFields.strings(node, "related")) {
                related.add(CodeSpelling.canonical(r).orElseThrow(() ->
                        invalid(file, where + "related '" + r + "' is not an error code")));
            }
            return new Guide(code, title, level, EntryFields.text(node, "ownerComponent"),
                    EntryFields.text(node, "summary"), EntryFields.strings(node, "causes"), steps, symptoms,
                    List.copyOf(related));
        } catch (EntryFields.InvalidEntryException e) {
            throw invalid(file, where + e.getMessage());
        }
    }

    /**
     * Merges overlays into entries.
     *
     * @return the entries in the same order, with overlay fields applied
     * @throws CatalogException {@link CatalogError#OVERLAY_UNKNOWN_CODE} when an overlay (or a related code in it)
     *                          names a code that is not among {@code entries}; {@link CatalogError#OVERLAY_DUPLICATE}
     *                          when two overlays define the same code
     */
    public static List<CatalogEntry> apply(List<CatalogEntry> entries, Collection<GuideOverlay> overlays) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            index.put(entries.get(i).code(), i);
        }
        List<CatalogEntry> merged = new ArrayList<>(entries);
        Map<String, String> definedIn = new HashMap<>();
        for (GuideOverlay overlay : overlays) {
            for (Guide g : overlay.guides().values()) {
                Integer at = index.get(g.code());
                if (at == null) {
                    throw new CatalogException(CatalogError.OVERLAY_UNKNOWN_CODE,
                            "guide overlay " + overlay.name() + " names " + g.code() + ", which is not in the catalog");
                }
                for (String r : g.related()) {
                    if (!index.containsKey(r)) {
                        throw new CatalogException(CatalogError.OVERLAY_UNKNOWN_CODE, "guide overlay "
                                + overlay.name() + " relates " + g.code() + " to " + r + ", which is not in the catalog");
                    }
                }
                String other = definedIn.putIfAbsent(g.code(), overlay.name());
                if (other != null) {
                    throw new CatalogException(CatalogError.OVERLAY_DUPLICATE,
                            g.code() + " has a guide in both " + other + " and " + overlay.name());
                }
                merged.set(at, merge(merged.get(at), g));
            }
        }
        return List.copyOf(merged);
    }

    private static CatalogEntry merge(CatalogEntry e, Guide g) {
        CatalogEntry.Builder b = e.toBuilder();
        FixGuide base = e.fixGuide() != null ? e.fixGuide() : new FixGuide(null, null, null);
        b.fixGuide(new FixGuide(g.summary() != null ? g.summary() : base.summary(),
                g.causes().isEmpty() ? base.causes() : g.causes(),
                g.steps().isEmpty() ? base.steps() : g.steps()));
        if (g.title() != null) {
            b.title(g.title());
        }
        if (g.severity() != null) {
            b.severity(g.severity());
        }
        if (g.ownerComponent() != null) {
            b.ownerComponent(g.ownerComponent());
        }
        if (!g.symptoms().isEmpty()) {
            b.symptoms(g.symptoms());
        }
        if (!g.related().isEmpty()) {
            b.related(g.related());
        }
        return b.build();
    }

    private static CatalogException invalid(String file, String detail) {
        return new CatalogException(CatalogError.OVERLAY_INVALID, "guide overlay " + file + ": " + detail);
    }
}
