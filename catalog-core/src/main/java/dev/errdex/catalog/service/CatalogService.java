package dev.errdex.catalog.service;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CatalogError;
import dev.errdex.catalog.CatalogException;
import dev.errdex.catalog.CodeSpelling;
import dev.errdex.catalog.EntryDerivation;
import dev.errdex.catalog.FixGuide;
import dev.errdex.catalog.io.CatalogFile;
import dev.errdex.catalog.io.CatalogFormat;
import dev.errdex.catalog.io.CatalogSource;
import dev.errdex.catalog.io.ReadResult;
import dev.errdex.catalog.io.Rejection;
import dev.errdex.catalog.io.SourcedEntry;
import dev.errdex.catalog.progress.Progress;
import dev.errdex.catalog.scan.RecordedSources;
import dev.errdex.catalog.query.LikePattern;
import dev.errdex.catalog.query.PageCursor;
import dev.errdex.catalog.query.PageRequest;
import dev.errdex.catalog.query.PageSlice;
import dev.errdex.catalog.service.internal.CatalogStore;
import dev.errdex.catalog.service.internal.CatalogStore.Origin;
import dev.errdex.catalog.service.internal.CatalogStore.Outcome;
import dev.errdex.catalog.service.internal.EntryCache;
import dev.errdex.catalog.service.internal.EntryMapper;
import dev.errdex.catalog.service.internal.ErrorCodeEntity;
import dev.errdex.catalog.service.internal.ErrorCodeHistoryEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog as stored: look-ups in any spelling, listings with cursors, edits with revisions and history,
 * import and export. Every change bumps the entry's revision, writes a history row and fires {@link CatalogChanged}.
 */
@ApplicationScoped
public class CatalogService {

    private static final Logger LOG = Logger.getLogger(CatalogService.class);

    /** Author recorded for changes made by seeding the bundled catalog. */
    public static final String BUNDLE_AUTHOR = "errdex-bundle";

    private static final PageCursor CURSOR = new PageCursor("c1:");

    @Inject
    CatalogStore store;

    @Inject
    CatalogConfig config;

    @Inject
    EntryCache cache;

    @Inject
    Event<CatalogChanged> changed;

    /**
     * The entry for any spelling of a code; empty when it is not a code or not in the catalog. Outside a transaction
     * the entry comes from memory when it was read recently (see {@link CatalogConfig#cacheSeconds()}); inside one,
     * from the database, so that the transaction sees its own changes.
     */
    public Optional<StoredEntry> find(String anySpelling) {
        Optional<String> code = CodeSpelling.canonical(anySpelling);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        if (QuarkusTransaction.isActive()) {
            return read(code.get());
        }
        return cache.get(code.get(), () -> QuarkusTransaction.requiringNew().call(() -> read(code.get())));
    }

    private Optional<StoredEntry> read(String canonicalCode) {
        return store.byCode(canonicalCode).map(EntryMapper::toStored);
    }

    /**
     * The entries of many codes at once, in one query per 500 codes (for batch loading, e.g. related codes). Like
     * {@link #find}: outside a transaction entries read recently come from memory and only the others from the
     * database; inside one, all come from the database.
     *
     * @param codes codes in any spelling; those that are not codes or not in the catalog are missing from the result
     * @return canonical code to entry
     */
    public Map<String, StoredEntry> findAll(java.util.Collection<String> codes) {
        List<String> canonical = codes.stream().map(CodeSpelling::canonical).flatMap(Optional::stream).distinct()
                .toList();
        if (canonical.isEmpty()) {
            return Map.of();
        }
        if (QuarkusTransaction.isActive()) {
            return readAll(canonical);
        }
        return cache.getAll(canonical, missing -> QuarkusTransaction.requiringNew().call(() -> readAll(missing)));
    }

    private Map<String, StoredEntry> readAll(java.util.Collection<String> canonical) {
        Map<String, StoredEntry> found = new java.util.HashMap<>();
        store.byCodes(List.copyOf(canonical)).forEach((code, e) -> found.put(code, EntryMapper.toStored(e)));
        return found;
    }

    /** How many entries each category holds (category id to count; entries without a category are left out). */
    @Transactional
    public Map<String, Long> countByCategory() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        ErrorCodeEntity.getEntityManager()
                .createQuery("select e.category, count(e) from ErrorCodeEntity e where e.category is not null"
                        + " group by e.category", Object[].class)
                .getResultList().forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /**
     * The codes a team owns now: those whose {@code owner} (the CODEOWNERS owners, space-separated as written) names
     * it, compared case-insensitively, in code order. Read from the database each time, so that a listing by owner
     * follows ownership changes at once.
     *
     * @param team an owner as CODEOWNERS writes it, e.g. {@code @acme/payments}
     */
    @Transactional
    public List<String> codesOwnedBy(String team) {
        if (team == null || team.isBlank()) {
            return List.of();
        }
        return ErrorCodeEntity.getEntityManager()
                .createQuery("select e.code from ErrorCodeEntity e where e.owner is not null and"
                        + " lower(concat(' ', e.owner, ' ')) like :team escape '\\' order by e.code", String.class)
                .setParameter("team", LikePattern.item(team))
                .getResultList();
    }

    /** How many entries the catalog holds. */
    @Transactional
    public long count() {
        return ErrorCodeEntity.count();
    }

    /**
     * A page of entries in code order, going forwards.
     *
     * @param filter which entries; {@link CatalogFilter#ALL} for all
     * @param first  page size; null for the configured default
     * @param after  the {@code endCursor} of the previous page; null for the first page
     * @throws CatalogException {@link CatalogError#INVALID_CURSOR} or {@link CatalogError#INVALID_ARGUMENT}
     */
    public CatalogPage list(CatalogFilter filter, Integer first, String after) {
        return list(filter, PageRequest.forward(first, after));
    }

    /**
     * A page of entries in code order: the entries between the request's cursors, the first or the last ones of
     * them.
     *
     * @throws CatalogException {@link CatalogError#INVALID_CURSOR} or {@link CatalogError#INVALID_ARGUMENT}
     */
    @Transactional
    public CatalogPage list(CatalogFilter filter, PageRequest request) {
        int size = request.size(config.defaultPageSize());
        if (size < 0 || size > config.maxPageSize()) {
            throw new CatalogException(CatalogError.INVALID_ARGUMENT,
                    request.sizeArgument() + " must be between 0 and " + config.maxPageSize() + ", not " + size);
        }
        Map<String, Object> params = new java.util.HashMap<>();
        String filtered = filterClause(filter == null ? CatalogFilter.ALL : filter, params);
        long total = ErrorCodeEntity.count(filtered, params);
        CodeSpelling.CanonicalCode after = request.after() == null ? null : decodeCursor(request.after());
        CodeSpelling.CanonicalCode before = request.before() == null ? null : decodeCursor(request.before());
        String where = filtered;
        Map<String, Object> bounded = new java.util.HashMap<>(params);
        if (after != null) {
            where += " and (namespace > :afterNamespace or (namespace = :afterNamespace and number > :afterNumber))";
            bounded.put("afterNamespace", after.namespace());
            bounded.put("afterNumber", after.number());
        }
        if (before != null) {
            where += " and (namespace < :beforeNamespace or (namespace = :beforeNamespace and number < :beforeNumber))";
            bounded.put("beforeNamespace", before.namespace());
            bounded.put("beforeNumber", before.number());
        }
        Sort order = request.backward() ? Sort.descending("namespace", "number") : Sort.by("namespace").and("number");
        List<ErrorCodeEntity> read = ErrorCodeEntity.<ErrorCodeEntity>find(where, order, bounded)
                .range(0, size).list();
        PageSlice<ErrorCodeEntity> slice = PageSlice.of(read, size, request,
                () -> any(filtered + " and (namespace < :n or (namespace = :n and number <= :k))", params, after),
                () -> any(filtered + " and (namespace > :n or (namespace = :n and number >= :k))", params, before));
        List<CatalogPage.Edge> edges = slice.rows().stream()
                .map(e -> new CatalogPage.Edge(encodeCursor(e.code), EntryMapper.toStored(e)))
                .toList();
        return CatalogPage.of(edges, slice.hasPrevious(), slice.hasNext(), total);
    }

    /** The where clause of a filter; its parameters go into {@code params}. */
    private static String filterClause(CatalogFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        if (f.category() != null) {
            where.append(" and category = :category");
            params.put("category", f.category());
        }
        if (f.status() != null) {
            where.append(" and status = :status");
            params.put("status", f.status());
        }
        if (f.namespace() != null) {
            where.append(" and namespace = :namespace");
            params.put("namespace", f.namespace().toUpperCase(Locale.ROOT));
        }
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (lower(code) like :text escape '\\' or lower(title) like :text escape '\\'"
                    + " or lower(message) like :text escape '\\')");
            params.put("text", LikePattern.containing(f.text()));
        }
        return where.toString();
    }

    /** Whether any entry matches {@code where}, whose {@code :n}/{@code :k} name the namespace and number of a code. */
    private static boolean any(String where, Map<String, Object> params, CodeSpelling.CanonicalCode code) {
        Map<String, Object> all = new java.util.HashMap<>(params);
        all.put("n", code.namespace());
        all.put("k", code.number());
        return !ErrorCodeEntity.find(where, all).range(0, 0).list().isEmpty();
    }

    /**
     * Adds or replaces an entry (fields the entry leaves out are derived, see {@link EntryDerivation}).
     *
     * @param by who makes the change; the entry is marked as edited
     * @return the stored entry; unchanged (same revision) when the content was already the same
     */
    @Transactional
    public StoredEntry upsert(CatalogEntry entry, String by) {
        CatalogEntry complete = EntryDerivation.complete(canonical(entry));
        ErrorCodeEntity existing = store.byCode(complete.code()).orElse(null);
        if (existing != null) {
            complete = CuratedFields.forEdit(EntryMapper.toEntry(existing), complete);
        }
        Outcome outcome = store.apply(complete, existing, by, Origin.EDIT, false);
        fire(outcome, complete.code(), by, CatalogChanged.Reason.UPSERT);
        return find(complete.code()).orElseThrow();
    }

    /**
     * Replaces the fix guide of a code.
     *
     * @param guide the new guide; null removes it
     * @throws CatalogException {@link CatalogError#UNKNOWN_CODE}
     */
    @Transactional
    public StoredEntry updateFixGuide(String code, FixGuide guide, String by) {
        ErrorCodeEntity existing = require(code);
        CatalogEntry entry = EntryMapper.toEntry(existing).toBuilder().fixGuide(guide).build();
        fire(store.apply(entry, existing, by, Origin.EDIT, false), entry.code(), by, CatalogChanged.Reason.FIX_GUIDE);
        return EntryMapper.toStored(existing);
    }

    /**
     * Marks a code deprecated.
     *
     * @param replacedBy the code that replaces it (any spelling), or null
     * @throws CatalogException {@link CatalogError#UNKNOWN_CODE} for an unknown code or replacement
     */
    @Transactional
    public StoredEntry deprecate(String code, String replacedBy, String by) {
        ErrorCodeEntity existing = require(code);
        String replacement = null;
        if (replacedBy != null) {
            replacement = require(replacedBy).code;
            if (replacement.equals(existing.code)) {
                throw new CatalogException(CatalogError.INVALID_ARGUMENT, existing.code + " cannot replace itself");
            }
        }
        CatalogEntry entry = EntryMapper.toEntry(existing).toBuilder()
                .status(CatalogEntry.Status.DEPRECATED).replacedBy(replacement).build();
        fire(store.apply(entry, existing, by, Origin.EDIT, false), entry.code(), by, CatalogChanged.Reason.DEPRECATE);
        return EntryMapper.toStored(existing);
    }

    /** The history of a code, oldest first; empty for an unknown code. */
    @Transactional
    public List<HistoryRecord> history(String code) {
        return CodeSpelling.canonical(code)
                .map(c -> ErrorCodeHistoryEntity.<ErrorCodeHistoryEntity>list("code", Sort.by("revision"), c)
                        .stream().map(EntryMapper::toRecord).toList())
                .orElse(List.of());
    }

    /**
     * The histories of several codes in one query, oldest first each, by canonical code; a code without history (or
     * not a code) maps to an empty list. Batches GraphQL's {@code history} field.
     */
    @Transactional
    public Map<String, List<HistoryRecord>> histories(java.util.Collection<String> codes) {
        Map<String, List<HistoryRecord>> result = new java.util.LinkedHashMap<>();
        for (String code : codes) {
            CodeSpelling.canonical(code).ifPresent(c -> result.put(c, new ArrayList<>()));
        }
        if (!result.isEmpty()) {
            ErrorCodeHistoryEntity.<ErrorCodeHistoryEntity>list("code in ?1", Sort.by("code").and("revision"),
                    result.keySet()).forEach(h -> result.get(h.code).add(EntryMapper.toRecord(h)));
        }
        return result;
    }

    /**
     * Imports a docs-as-code folder (MDX pages) or a catalog file ({@code .json}, {@code .yaml}, {@code .yml}) as an
     * upsert that keeps curated fields ({@link CuratedFields}). Malformed pages and entries are reported and skipped;
     * everything else is written in one transaction, so a failure (e.g. of the database) leaves the catalog as it was.
     *
     * @param dryRun report what would change, write nothing
     * @param by     who imports; imported entries are marked as edited
     * @throws CatalogException {@link CatalogError#IMPORT_SOURCE} for a source of another kind,
     *                          {@link CatalogError#IMPORT_FAILED} when writing failed (nothing was changed)
     */
    @Transactional
    public ImportReport importFrom(Path source, boolean dryRun, String by) {
        return importFrom(source, dryRun, false, by);
    }

    /**
     * {@link #importFrom(Path, boolean, String)}, or with {@code overwrite} an import that replaces curated fields
     * (title, fix guide, symptoms) with the source's too.
     */
    @Transactional
    public ImportReport importFrom(Path source, boolean dryRun, boolean overwrite, String by) {
        return importEntries(CatalogSource.read(source, config.importMaxBytes().asLongValue()), dryRun, overwrite, by);
    }

    /** The largest catalog file or page an import reads ({@link CatalogConfig#importMaxBytes()}). */
    public long importMaxBytes() {
        return config.importMaxBytes().asLongValue();
    }

    /**
     * Imports entries already read (see {@link #importFrom}), keeping curated fields; the read's rejections are
     * carried into the report.
     */
    @Transactional
    public ImportReport importEntries(ReadResult read, boolean dryRun, String by) {
        return importEntries(read, dryRun, false, by);
    }

    /**
     * Imports entries already read (see {@link #importFrom}); with {@code overwrite} curated fields are replaced
     * too. The read's rejections are carried into the report.
     */
    @Transactional
    public ImportReport importEntries(ReadResult read, boolean dryRun, boolean overwrite, String by) {
        List<String> added = new ArrayList<>();
        List<String> changedCodes = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<ImportReport.KeptCurated> kept = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>(read.rejected());
        Map<String, ErrorCodeEntity> existing = store.byCodes(read.entries().stream()
                .map(s -> s.entry().code()).toList());
        try (Progress progress = Progress.start(dryRun ? "import (dry run)" : "import", read.entries().size(),
                LOG::info)) {
            for (SourcedEntry s : read.entries()) {
                CatalogEntry entry = s.entry();
                ErrorCodeEntity stored = existing.get(entry.code());
                if (stored != null && !overwrite) {
                    CuratedFields.Merge merge = CuratedFields.keep(EntryMapper.toEntry(stored), entry);
                    entry = merge.entry();
                    if (!merge.kept().isEmpty()) {
                        kept.add(new ImportReport.KeptCurated(entry.code(), merge.kept()));
                    }
                }
                switch (store.apply(entry, stored, by, Origin.EDIT, dryRun)) {
                    case ADDED -> added.add(entry.code());
                    case CHANGED -> changedCodes.add(entry.code());
                    default -> unchanged.add(entry.code());
                }
                progress.step();
            }
            if (!dryRun) {
                ErrorCodeEntity.flush();
            }
        } catch (RuntimeException e) {
            throw new CatalogException(CatalogError.IMPORT_FAILED, rootMessage(e), e);
        }
        if (!dryRun) {
            Set<String> touched = new LinkedHashSet<>(added);
            touched.addAll(changedCodes);
            if (!touched.isEmpty()) {
                changed.fire(new CatalogChanged(touched, by, CatalogChanged.Reason.IMPORT));
            }
        }
        return new ImportReport(dryRun, added, changedCodes, unchanged, rejected, kept);
    }

    /**
     * Records where the codes of {@code namespace} are raised ({@code errdex scan --record}): each catalog code of
     * the namespace gets the scan's raise sites as its sources (none when it is raised nowhere) and, when the scan
     * found one, the owner. Codes whose sources a person pinned are left alone; codes the catalog does not have are
     * listed, not added. One transaction; each change is a catalog revision with history.
     *
     * @param found per code, from {@code RecordedSources.of(report)}
     */
    @Transactional
    public SourcesReport recordSources(String namespace, Map<String, RecordedSources> found, String by) {
        List<String> recorded = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> pinned = new ArrayList<>();
        List<String> notInCatalog = new ArrayList<>(found.keySet());
        List<ErrorCodeEntity> inNamespace = ErrorCodeEntity.list("namespace", Sort.by("number"), namespace);
        for (ErrorCodeEntity stored : inNamespace) {
            notInCatalog.remove(stored.code);
            CatalogEntry before = EntryMapper.toEntry(stored);
            RecordedSources sources = found.get(stored.code);
            if (before.sourcesPinned()) {
                pinned.add(stored.code);
                continue;
            }
            CatalogEntry after = before.toBuilder()
                    .sources(sources == null ? List.of() : sources.sites())
                    .owner(sources == null ? before.owner() : sources.owner().orElse(before.owner())).build();
            if (store.apply(after, stored, by, Origin.EDIT, false) == Outcome.CHANGED) {
                recorded.add(stored.code);
            } else {
                unchanged.add(stored.code);
            }
        }
        if (!recorded.isEmpty()) {
            ErrorCodeEntity.flush();
            changed.fire(new CatalogChanged(new LinkedHashSet<>(recorded), by, CatalogChanged.Reason.IMPORT));
        }
        return new SourcesReport(recorded, unchanged, pinned, notInCatalog);
    }

    /** Writes the whole catalog (in code order) as a catalog file. */
    @Transactional
    public void export(CatalogFormat format, OutputStream out) {
        CatalogFile.write(entries(), format, out);
    }

    /** {@link #export(CatalogFormat, OutputStream)} as text. */
    @Transactional
    public String export(CatalogFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export(format, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Every entry in code order. */
    @Transactional
    public List<CatalogEntry> entries() {
        return storedEntries().stream().map(StoredEntry::entry).toList();
    }

    /** Every entry as stored (with its revision and update time), in code order. */
    @Transactional
    public List<StoredEntry> storedEntries() {
        return ErrorCodeEntity.<ErrorCodeEntity>listAll(Sort.by("namespace").and("number")).stream()
                .map(EntryMapper::toStored).toList();
    }

    private ErrorCodeEntity require(String code) {
        return CodeSpelling.canonical(code).flatMap(store::byCode).orElseThrow(() ->
                new CatalogException(CatalogError.UNKNOWN_CODE, "'" + code + "' is not in the catalog"));
    }

    private static CatalogEntry canonical(CatalogEntry entry) {
        CodeSpelling.CanonicalCode code = CodeSpelling.parse(entry.code())
                .orElseThrow(() -> new CatalogException(CatalogError.INVALID_ARGUMENT,
                        "'" + entry.code() + "' is not an error code"));
        if (entry.message() == null || entry.message().isBlank()) {
            throw new CatalogException(CatalogError.INVALID_ARGUMENT, code + " needs a message");
        }
        return entry.toBuilder().code(code.value()).namespace(code.namespace()).number(code.number()).build();
    }

    private void fire(Outcome outcome, String code, String by, CatalogChanged.Reason reason) {
        if (outcome == Outcome.ADDED || outcome == Outcome.CHANGED) {
            changed.fire(new CatalogChanged(Set.of(code), by, reason));
        }
    }

    static String encodeCursor(String code) {
        return CURSOR.encode(code);
    }

    static CodeSpelling.CanonicalCode decodeCursor(String cursor) {
        return CURSOR.decode(cursor).flatMap(CodeSpelling::parse).orElseThrow(() -> new CatalogException(
                CatalogError.INVALID_CURSOR, "'" + cursor + "' is not a cursor of this catalog"));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
