package dev.errdex.triage.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the catalog for bin/triage: the bundled one, or the file/folder named by {@code --catalog}.
 *
 * <p>Supported now: a JSON file in the bundled format ({@code {"entries": [...]}}) or a JSON array of entries.
 * TODO(catalog-core import, branch catalog): once merged, replace the body of {@link #load} with
 * {@code dev.errdex.catalog.io.CatalogFile.read(Path)} for .json/.yaml/.yml files and
 * {@code dev.errdex.catalog.io.DocsFolderReader.read(Path)} for docs folders (both return a {@code ReadResult}:
 * use {@code catalogEntries()}, and report {@code rejected()} on standard error), and drop the refusals below.
 */
final class CatalogFiles {

    private CatalogFiles() {
    }

    static List<CatalogEntry> load(Path source) throws IOException {
        if (source == null) {
            return DefaultCatalog.load();
        }
        if (Files.isDirectory(source)) {
            throw new IOException(source + " is a folder; reading docs folders needs the catalog importer"
                    + " (catalog-core), not available in this build. Give a JSON export instead");
        }
        String name = source.getFileName().toString().toLowerCase();
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            throw new IOException(source + " is YAML; YAML exports need the catalog importer (catalog-core),"
                    + " not available in this build. Give a JSON export instead");
        }
        ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        JsonNode root = mapper.readTree(source.toFile());
        JsonNode entries = root != null && root.isObject() ? root.get("entries") : root;
        if (entries == null || !entries.isArray()) {
            throw new IOException(source + " is not a catalog export: expected {\"entries\": [...]} or an array");
        }
        List<CatalogEntry> out = new ArrayList<>();
        for (JsonNode n : entries) {
            out.add(mapper.treeToValue(n, CatalogEntry.class));
        }
        if (out.isEmpty()) {
            throw new IOException(source + " has no entries");
        }
        return List.copyOf(out);
    }
}
