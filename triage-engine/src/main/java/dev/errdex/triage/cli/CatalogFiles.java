package dev.errdex.triage.cli;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.catalog.io.CatalogFile;
import dev.errdex.catalog.io.DocsFolderReader;
import dev.errdex.catalog.io.ReadResult;
import dev.errdex.catalog.io.Rejection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads the catalog for bin/triage: the bundled one, or the file/folder named by {@code --catalog} — a JSON or YAML
 * export ({@code errdex-catalog/1}) or a docs-as-code folder, read by catalog-core's importers. Rejected entries
 * are reported on standard error; the rest is used.
 */
final class CatalogFiles {

    private CatalogFiles() {
    }

    static List<CatalogEntry> load(Path source) throws IOException {
        if (source == null) {
            return DefaultCatalog.load();
        }
        if (!Files.exists(source)) {
            throw new IOException(source + " does not exist: give a catalog export (.json, .yaml) or a docs folder");
        }
        ReadResult read = Files.isDirectory(source) ? DocsFolderReader.read(source) : CatalogFile.read(source);
        for (Rejection r : read.rejected()) {
            System.err.println("catalog: " + r);
        }
        List<CatalogEntry> entries = read.catalogEntries();
        if (entries.isEmpty()) {
            throw new IOException(source + " has no usable catalog entries");
        }
        return entries;
    }
}
