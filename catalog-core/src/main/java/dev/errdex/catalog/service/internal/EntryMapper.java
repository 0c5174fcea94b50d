package dev.errdex.catalog.service.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.FixGuide;
import dev.errdex.catalog.io.internal.CatalogMappers;
import dev.errdex.catalog.io.internal.EntryFields;
import dev.errdex.catalog.service.HistoryRecord;
import dev.errdex.catalog.service.StoredEntry;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Maps between catalog entries and their stored form. */
public final class EntryMapper {

    private EntryMapper() {
    }

    public static CatalogEntry toEntry(ErrorCodeEntity e) {
        FixGuide guide = e.guideSummary == null && e.guideCauses == null && e.guideSteps == null
                ? null : new FixGuide(e.guideSummary, e.guideCauses, e.guideSteps);
        return new CatalogEntry(e.code, e.namespace, e.number, e.title, e.message, e.placeholders, guide, e.category,
                e.severity, e.docsUrl, e.symptoms, e.related, e.ownerComponent, e.sourceLocation, e.sources, e.owner,
                e.sourcesPinned, e.status, e.replacedBy);
    }

    public static StoredEntry toStored(ErrorCodeEntity e) {
        return new StoredEntry(toEntry(e), e.revision, e.createdAt, e.updatedAt, e.updatedBy, e.edited);
    }

    public static HistoryRecord toRecord(ErrorCodeHistoryEntity h) {
        return new HistoryRecord(h.code, h.revision, h.changedAt, h.changedBy, h.changeSummary);
    }

    /** Copies the content of {@code entry} into {@code e} (metadata untouched). */
    public static void copy(CatalogEntry entry, ErrorCodeEntity e) {
        e.code = entry.code();
        e.namespace = entry.namespace();
        e.number = entry.number();
        e.title = entry.title();
        e.message = entry.message();
        e.placeholders = entry.placeholders();
        FixGuide g = entry.fixGuide();
        e.guideSummary = g == null ? null : g.summary();
        e.guideCauses = g == null ? null : g.causes();
        e.guideSteps = g == null ? null : g.steps();
        e.category = entry.category();
        e.severity = entry.severity();
        e.docsUrl = entry.docsUrl();
        e.symptoms = entry.symptoms();
        e.related = entry.related();
        e.ownerComponent = entry.ownerComponent();
        e.sourceLocation = entry.sourceLocation();
        e.sources = entry.sources();
        e.owner = entry.owner();
        e.sourcesPinned = entry.sourcesPinned();
        e.status = entry.status();
        e.replacedBy = entry.replacedBy();
    }

    /** Names of the fields that differ, in record order. */
    public static List<String> changedFields(CatalogEntry before, CatalogEntry after) {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : CatalogEntry.class.getRecordComponents()) {
            try {
                if (!Objects.equals(c.getAccessor().invoke(before), c.getAccessor().invoke(after))) {
                    names.add(c.getName());
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot compare " + c.getName(), e);
            }
        }
        return names;
    }

    /** The entry as JSON, in the catalog file schema. */
    public static String snapshot(CatalogEntry entry) {
        try {
            return CatalogMappers.JSON.writeValueAsString(EntryFields.write(entry));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write snapshot of " + entry.code(), e);
        }
    }
}
