package dev.errdex.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.catalog.FixGuide;
import dev.errdex.catalog.testing.Fixtures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The small catalog of behaviour tests: bundled entries, optionally with the test overlay of symptoms and guides. */
final class SmallCatalog {

    /** Codes of the small catalog used by behaviour tests. */
    static final Set<String> SMALL = Set.of("ERR_NGROK_100", "ERR_NGROK_102", "ERR_NGROK_103", "ERR_NGROK_105",
            "ERR_NGROK_107", "ERR_NGROK_108", "ERR_NGROK_120", "ERR_NGROK_121", "ERR_NGROK_302", "ERR_NGROK_702",
            "ERR_NGROK_703", "ERR_NGROK_3200", "ERR_NGROK_3004", "ERR_NGROK_4101", "ERR_NGROK_4451",
            "ERR_NGROK_6024", "ERR_NGROK_8012", "ERR_NGROK_9040", "ERR_NGROK_1230", "ERR_NGROK_3214");

    private SmallCatalog() {
    }

    /** The bundled entries of {@link #SMALL}, without overlay. */
    static List<CatalogEntry> small() {
        return DefaultCatalog.load().stream().filter(e -> SMALL.contains(e.code())).toList();
    }

    /** The bundled entries of {@link #SMALL} with the test overlay (symptoms, guides, categories) applied. */
    static List<CatalogEntry> smallWithOverlay() {
        Map<String, JsonNode> overlay = overlay();
        List<CatalogEntry> out = new ArrayList<>();
        for (CatalogEntry e : small()) {
            JsonNode o = overlay.get(e.code());
            out.add(o == null ? e : apply(e, o));
        }
        return out;
    }

    /** A bundled entry by code. */
    static CatalogEntry entry(String code) {
        return DefaultCatalog.load().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }

    /** A copy of {@code e} with another title and message. */
    static CatalogEntry withText(CatalogEntry e, String title, String message) {
        return new CatalogEntry(e.code(), e.namespace(), e.number(), title, message, List.of(), e.fixGuide(),
                e.category(), e.severity(), e.docsUrl(), e.symptoms(), e.related(), e.ownerComponent(),
                e.sourceLocation(), e.status(), e.replacedBy());
    }

    /** A new entry in the ERR_TEST namespace. */
    static CatalogEntry invented(int number, String title, String message) {
        return new CatalogEntry("ERR_TEST_" + number, "ERR_TEST", number, title, message, List.of(), null, null,
                null, null, List.of(), List.of(), null, null, null, null);
    }

    private static CatalogEntry apply(CatalogEntry e, JsonNode o) {
        ObjectMapper mapper = new ObjectMapper();
        List<String> symptoms = new ArrayList<>();
        o.path("symptoms").forEach(s -> symptoms.add(s.asText()));
        FixGuide guide = mapper.convertValue(o.get("fixGuide"), FixGuide.class);
        return new CatalogEntry(e.code(), e.namespace(), e.number(), e.title(), e.message(), e.placeholders(), guide,
                o.path("category").asText(null), e.severity(), e.docsUrl(), symptoms, e.related(), e.ownerComponent(),
                e.sourceLocation(), e.status(), e.replacedBy());
    }

    private static Map<String, JsonNode> overlay() {
        try {
            JsonNode root = new ObjectMapper().readTree(Fixtures.text("fixtures/overlay.json"));
            List<JsonNode> nodes = new ArrayList<>();
            root.forEach(nodes::add);
            return nodes.stream().collect(Collectors.toMap(n -> n.get("code").asText(), Function.identity()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
