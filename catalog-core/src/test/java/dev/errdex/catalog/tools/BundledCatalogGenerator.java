package dev.errdex.catalog.tools;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.io.CatalogFile;
import dev.errdex.catalog.io.CatalogFormat;
import dev.errdex.catalog.io.DocsFolderReader;
import dev.errdex.catalog.io.ReadResult;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Generates the bundled catalog ({@code src/main/resources/errdex/catalog/ngrok-catalog.json}) from ngrok's docs
 * folder with errdex's own importer. Only facts are shipped: code, title, message template, placeholders and the
 * derived category, severity, owner component and docs URL; the pages' explanatory guide prose is dropped (errdex's
 * own guides come from the overlays in {@code guides/}).
 *
 * <p>Run from the repository root (see docs/catalog.md):
 * {@code ./mvnw -B -q -pl catalog-core test -Dtest=BundledCatalogTest -Derrdex-tools.regenerate=true}
 */
public final class BundledCatalogGenerator {

    /** The bundled file, relative to the catalog-core module directory. */
    public static final Path BUNDLED = Path.of("src/main/resources/errdex/catalog/ngrok-catalog.json");

    private BundledCatalogGenerator() {
    }

    /** Reads the docs folder; the result's entries are sorted and stripped of guide prose. */
    public static Generated generate(Path docsFolder) {
        ReadResult read = DocsFolderReader.read(docsFolder);
        List<CatalogEntry> entries = read.catalogEntries().stream()
                .map(e -> e.toBuilder().fixGuide(null).symptoms(null).related(null).build())
                .sorted(Comparator.comparing(CatalogEntry::namespace).thenComparingInt(CatalogEntry::number))
                .toList();
        return new Generated(entries, read);
    }

    /** What the generator produced and what the reader reported. */
    public record Generated(List<CatalogEntry> entries, ReadResult read) {
        /** The catalog file text. */
        public String json() {
            return CatalogFile.write(entries, CatalogFormat.JSON);
        }
    }

    /** Writes the bundled file. Arguments: docs folder, output file. */
    public static void main(String[] args) throws IOException {
        Path docs = Path.of(args.length > 0 ? args[0] : "../../shared/datasets/ngrok-docs-errors");
        Path out = args.length > 1 ? Path.of(args[1]) : BUNDLED;
        Generated generated = generate(docs);
        if (!generated.read().rejected().isEmpty()) {
            throw new IllegalStateException("pages rejected: " + generated.read().rejected());
        }
        try (OutputStream o = Files.newOutputStream(out)) {
            CatalogFile.write(generated.entries(), CatalogFormat.JSON, o);
        }
        System.out.println("wrote " + generated.entries().size() + " entries to " + out);
    }
}
