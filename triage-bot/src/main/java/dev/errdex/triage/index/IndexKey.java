package dev.errdex.triage.index;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What an index on disk was built from, written beside it after every Lucene commit: the index format, the database,
 * the catalog revision and content, and the learned evidence. An index is opened only when its key equals the key of
 * the database it is about to serve; any difference is a reason to rebuild it.
 *
 * @param format        {@code LuceneCatalogIndex.format(options)}: fields, analysis and ranking of the build
 * @param database      the database's id ({@code CatalogRevisions.databaseId})
 * @param revision      the catalog revision
 * @param catalog       the fingerprint of the catalog entries ({@code LuceneCatalogIndex.fingerprint})
 * @param evidenceCount how many learned-evidence rows the index holds
 * @param evidenceMaxId the highest id among them (0 when none)
 */
record IndexKey(String format, String database, long revision, String catalog, long evidenceCount,
                long evidenceMaxId) {

    /** Why an index with this key must not serve {@code wanted}, or empty when it may. */
    Optional<String> staleFor(IndexKey wanted) {
        if (!format.equals(wanted.format)) {
            return Optional.of("stored index has format " + format + ", this build reads " + wanted.format);
        }
        if (!database.equals(wanted.database)) {
            return Optional.of("stored index is of another database (" + database + ", this one is "
                    + wanted.database + ")");
        }
        if (revision != wanted.revision) {
            return Optional.of("stored index is for revision " + revision + ", catalog is at " + wanted.revision);
        }
        if (!catalog.equals(wanted.catalog)) {
            return Optional.of("stored index holds other catalog content than the database at revision "
                    + revision);
        }
        if (evidenceCount != wanted.evidenceCount || evidenceMaxId != wanted.evidenceMaxId) {
            return Optional.of("stored index has " + evidenceCount + " learned texts (up to id " + evidenceMaxId
                    + "), the database " + wanted.evidenceCount + " (up to id " + wanted.evidenceMaxId + ")");
        }
        return Optional.empty();
    }

    /** The key in {@code file}, empty when there is none; an unreadable key is an {@link IOException}. */
    static Optional<IndexKey> read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        Properties p = new Properties();
        p.load(new StringReader(text));
        try {
            return Optional.of(new IndexKey(required(p, "format"), required(p, "database"),
                    Long.parseLong(required(p, "revision")), required(p, "catalog"),
                    Long.parseLong(required(p, "evidence.count")), Long.parseLong(required(p, "evidence.max-id"))));
        } catch (NumberFormatException e) {
            throw new IOException("unreadable index key " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes this key to {@code file} atomically and durably: a temporary file, forced to disk, moved over the old
     * key, then the directory forced, so a crash leaves either the old key or the new one.
     */
    void write(Path file) throws IOException {
        String text = "# errdex search index key: the index beside it is opened only when all of this matches\n"
                + "format=" + format + "\ndatabase=" + database + "\nrevision=" + revision + "\ncatalog=" + catalog
                + "\nevidence.count=" + evidenceCount + "\nevidence.max-id=" + evidenceMaxId + "\n";
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(file.getParent());
    }

    /** Deletes the key in {@code file} (durably), so that the index beside it is rebuilt at the next start. */
    static void delete(Path file) throws IOException {
        if (Files.deleteIfExists(file)) {
            forceDirectory(file.getParent());
        }
    }

    private static void forceDirectory(Path dir) throws IOException {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException e) {
            // some platforms cannot open a directory for syncing; the move itself is atomic there
            if (!System.getProperty("os.name", "").toLowerCase().startsWith("windows")) {
                throw e;
            }
        }
    }

    private static String required(Properties p, String name) throws IOException {
        String v = p.getProperty(name);
        if (v == null || v.isBlank()) {
            throw new IOException("index key lacks " + name);
        }
        return v.strip();
    }
}
