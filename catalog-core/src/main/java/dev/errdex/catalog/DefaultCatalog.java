package dev.errdex.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalog that ships inside errdex (ngrok's codes), read from the classpath. Needs no database.
 * (Interim: entries only; the fix-guide overlay is merged by the catalog work.)
 */
public final class DefaultCatalog {

    /** Classpath location of the bundled catalog. */
    public static final String RESOURCE = "/errdex/catalog/ngrok-catalog.json";

    private DefaultCatalog() {
    }

    /** All bundled entries, ordered by code number. */
    public static List<CatalogEntry> load() {
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        try (InputStream in = DefaultCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled catalog " + RESOURCE + " is missing from the classpath");
            }
            JsonNode root = mapper.readTree(in);
            List<CatalogEntry> entries = new ArrayList<>();
            for (JsonNode n : root.get("entries")) {
                entries.add(mapper.treeToValue(n, CatalogEntry.class));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled catalog " + RESOURCE, e);
        }
    }
}
