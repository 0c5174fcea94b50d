package dev.errdex.catalog.io;

import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;

import java.nio.file.Files;
import java.nio.file.Path;

/** What can be read as a catalog: a docs folder of {@code .mdx} pages or a {@code .json}/{@code .yaml} file. */
public final class CatalogSource {

    private CatalogSource() {
    }

    /**
     * Reads a docs folder ({@link DocsFolderReader}) or a catalog file ({@link CatalogFile}).
     *
     * @param maxBytes the largest page or file read
     * @throws CatalogException {@link CatalogError#IMPORT_SOURCE} for a path of another kind
     */
    public static ReadResult read(Path source, long maxBytes) {
        if (Files.isDirectory(source)) {
            return DocsFolderReader.read(source, maxBytes);
        }
        if (Files.isRegularFile(source) && CatalogFormat.ofFileName(source.toString()).isPresent()) {
            return CatalogFile.read(source, maxBytes);
        }
        throw new CatalogException(CatalogError.IMPORT_SOURCE, "'" + source + "' cannot be imported");
    }
}
