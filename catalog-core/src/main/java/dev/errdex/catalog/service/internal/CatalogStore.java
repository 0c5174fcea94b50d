package dev.errdex.catalog.service.internal;

import dev.errdex.catalog.CatalogEntry;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The write rules shared by edits, imports and seeding: insert or update an entry, bump its revision, write its
 * history, honour the edit marker. Callers own the transaction.
 */
@ApplicationScoped
public class CatalogStore {

    /** Rows fetched per query when loading many codes at once. */
    private static final int CHUNK = 500;

    /** Who applies a change: a person or tool ({@link #EDIT}), or the bundled catalog ({@link #BUNDLE}). */
    public enum Origin { EDIT, BUNDLE }

    /** What {@link #apply} did. */
    public enum Outcome { ADDED, CHANGED, UNCHANGED, KEPT_EDITED }

    public Optional<ErrorCodeEntity> byCode(String code) {
        return ErrorCodeEntity.findByIdOptional(code);
    }

    /** The stored entities of these codes (absent codes are missing from the map). */
    public Map<String, ErrorCodeEntity> byCodes(Collection<String> codes) {
        Map<String, ErrorCodeEntity> found = new HashMap<>();
        List<String> all = new ArrayList<>(codes);
        for (int i = 0; i < all.size(); i += CHUNK) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + CHUNK));
            ErrorCodeEntity.<ErrorCodeEntity>list("code in :codes", Parameters.with("codes", chunk))
                    .forEach(e -> found.put(e.code, e));
        }
        return found;
    }

    /**
     * Applies {@code entry}.
     *
     * @param existing the stored entity of the same code, or null when there is none
     * @param dryRun   decide only; write nothing
     */
    public Outcome apply(CatalogEntry entry, ErrorCodeEntity existing, String by, Origin origin, boolean dryRun) {
        Instant now = now();
        if (existing == null) {
            if (!dryRun) {
                ErrorCodeEntity e = new ErrorCodeEntity();
                EntryMapper.copy(entry, e);
                e.revision = 1;
                e.createdAt = now;
                e.updatedAt = now;
                e.updatedBy = by;
                e.edited = origin == Origin.EDIT;
                e.persist();
                history(e, entry, by, now, "created");
            }
            return Outcome.ADDED;
        }
        CatalogEntry before = EntryMapper.toEntry(existing);
        List<String> changed = EntryMapper.changedFields(before, entry);
        if (changed.isEmpty()) {
            return Outcome.UNCHANGED;
        }
        if (origin == Origin.BUNDLE && existing.edited) {
            return Outcome.KEPT_EDITED;
        }
        if (!dryRun) {
            EntryMapper.copy(entry, existing);
            existing.revision++;
            existing.updatedAt = now;
            existing.updatedBy = by;
            existing.edited = existing.edited || origin == Origin.EDIT;
            history(existing, entry, by, now, "changed " + String.join(", ", changed));
        }
        return Outcome.CHANGED;
    }

    private static void history(ErrorCodeEntity e, CatalogEntry entry, String by, Instant at, String change) {
        ErrorCodeHistoryEntity h = new ErrorCodeHistoryEntity();
        h.code = e.code;
        h.revision = e.revision;
        h.changedAt = at;
        h.changedBy = by;
        h.changeSummary = change;
        h.snapshot = EntryMapper.snapshot(entry);
        h.persist();
    }

    /** Now, at the precision every supported database keeps (microseconds). */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
