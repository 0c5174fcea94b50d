package dev.errdex.search.internal;

import dev.errdex.search.SearchIndexException;
import dev.errdex.search.SearchErrorCode;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Lucene plumbing, kept apart from the search API: one {@link IndexWriter} for the life of the index, readers
 * handed out by a {@link SearcherManager} that is refreshed (blocking) after every change, so a change is visible
 * to searches when the changing call returns. Documents are keyed by {@link CatalogFields#CODE}; every write is an
 * idempotent {@code updateDocument}. Thread-safe; writes are serialised by the caller's lock where a
 * read-modify-write needs it.
 */
public final class IndexStore implements Closeable {

    private static final CatalogSimilarity SIMILARITY = new CatalogSimilarity();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean durable;
    private final String where;

    private IndexStore(Directory directory, Analyzer analyzer, boolean durable, String where,
                       IndexWriterConfig.OpenMode mode) throws IOException {
        this.directory = directory;
        this.durable = durable;
        this.where = where;
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(mode)
                .setRAMBufferSizeMB(64)
                .setSimilarity(SIMILARITY);
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(SIMILARITY);
                return searcher;
            }
        });
    }

    /** A store held in memory (lost on close). */
    public static IndexStore inMemory(Analyzer analyzer) {
        try {
            return new IndexStore(new ByteBuffersDirectory(), analyzer, false, "memory",
                    IndexWriterConfig.OpenMode.CREATE);
        } catch (IOException e) {
            throw new SearchIndexException(SearchErrorCode.INDEX_UNAVAILABLE, "memory", e);
        }
    }

    /** A store in {@code path} (memory-mapped where the platform allows), created when missing. */
    public static IndexStore onDisk(Path path, Analyzer analyzer) {
        try {
            Files.createDirectories(path);
            return opened(FSDirectory.open(path), analyzer, path, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        } catch (IOException e) {
            throw new SearchIndexException(SearchErrorCode.INDEX_UNAVAILABLE, path.toString(), e);
        }
    }

    /** An empty store in {@code path}: whatever the directory held (a damaged index too) is deleted first. */
    public static IndexStore emptyOnDisk(Path path, Analyzer analyzer) {
        try {
            if (Files.isDirectory(path)) {
                try (var files = Files.list(path)) {
                    for (Path f : (Iterable<Path>) files::iterator) {
                        Files.deleteIfExists(f);
                    }
                }
            }
            Files.createDirectories(path);
            return opened(FSDirectory.open(path), analyzer, path, IndexWriterConfig.OpenMode.CREATE);
        } catch (IOException e) {
            throw new SearchIndexException(SearchErrorCode.INDEX_UNAVAILABLE, path.toString(), e);
        }
    }

    /**
     * The index already in {@code path}, opened as it is; every file of its last commit is verified against its
     * checksum first, so a truncated or damaged file fails here ({@code ERR_ERRDEX_1100}), not in a later search.
     */
    public static IndexStore existingOnDisk(Path path, Analyzer analyzer) {
        Directory dir = null;
        try {
            dir = FSDirectory.open(path);
            if (!DirectoryReader.indexExists(dir)) {
                throw new IOException("no index in " + path);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    leaf.reader().checkIntegrity();
                }
            }
            return opened(dir, analyzer, path, IndexWriterConfig.OpenMode.APPEND);
        } catch (IOException | RuntimeException e) {
            closeQuietly(dir, e);
            throw new SearchIndexException(SearchErrorCode.INDEX_UNAVAILABLE, path.toString(), e);
        }
    }

    private static IndexStore opened(Directory dir, Analyzer analyzer, Path path, IndexWriterConfig.OpenMode mode)
            throws IOException {
        try {
            return new IndexStore(dir, analyzer, true, path.toString(), mode);
        } catch (IOException | RuntimeException e) {
            closeQuietly(dir, e);
            throw e;
        }
    }

    private static void closeQuietly(Directory dir, Exception cause) {
        if (dir != null) {
            try {
                dir.close();
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /** Adds or replaces the documents of {@code code} (all at once), then makes the change visible. */
    public void put(String code, List<Document> docs) {
        write(w -> w.updateDocuments(new Term(CatalogFields.CODE, code), docs));
    }

    /** Adds or replaces the documents of many codes in one commit, then makes them visible. */
    public void putAll(Map<String, List<Document>> docsByCode) {
        write(w -> {
            for (Map.Entry<String, List<Document>> e : docsByCode.entrySet()) {
                w.updateDocuments(new Term(CatalogFields.CODE, e.getKey()), e.getValue());
            }
        });
    }

    /** Replaces the whole content with {@code docsByCode}. */
    public void replaceAll(Map<String, List<Document>> docsByCode) {
        write(w -> {
            w.deleteAll();
            for (List<Document> docs : docsByCode.values()) {
                w.addDocuments(docs);
            }
        });
    }

    /** Removes the document of {@code code} (no-op when absent). */
    public void delete(String code) {
        write(w -> w.deleteDocuments(new Term(CatalogFields.CODE, code)));
    }

    /** Visits the stored fields of every live document. */
    public void forEachStored(Consumer<Document> visitor) {
        read(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            StoredFields stored = reader.storedFields();
            var live = MultiBits.getLiveDocs(reader);
            for (int doc = 0; doc < reader.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    visitor.accept(stored.document(doc));
                }
            }
            return null;
        });
    }

    /** Number of live documents that have {@code field} = {@code value}. */
    public int count(String field, String value) {
        return read(searcher -> searcher.count(new TermQuery(new Term(field, value))));
    }

    /** Runs {@code work} on a current searcher (acquired and released around it). */
    public <T> T read(SearcherWork<T> work) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException | AlreadyClosedException e) {
            throw new SearchIndexException(SearchErrorCode.INDEX_CLOSED, where, e);
        }
        try {
            return work.run(searcher);
        } catch (IOException e) {
            throw new SearchIndexException(SearchErrorCode.INDEX_UNAVAILABLE, where, e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                throw new SearchIndexException(SearchErrorCode.INDEX_UNAVAILABLE, where, e);
            }
        }
    }

    private void write(WriterWork work) {
        try {
            work.run(writer);
            if (durable) {
                writer.commit();
            }
            searchers.maybeRefreshBlocking();
        } catch (AlreadyClosedException e) {
            throw new SearchIndexException(SearchErrorCode.INDEX_CLOSED, where, e);
        } catch (IOException e) {
            throw new SearchIndexException(SearchErrorCode.INDEX_UNAVAILABLE, where, e);
        }
    }

    @Override
    public void close() {
        try (directory; writer; searchers) {
            if (durable && writer.isOpen()) {
                writer.commit();
            }
        } catch (IOException e) {
            throw new SearchIndexException(SearchErrorCode.INDEX_UNAVAILABLE, where, e);
        }
    }

    /** Work done with a searcher. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    @FunctionalInterface
    private interface WriterWork {
        void run(IndexWriter writer) throws IOException;
    }
}
