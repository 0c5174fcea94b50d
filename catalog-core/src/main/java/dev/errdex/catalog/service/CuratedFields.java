package dev.errdex.catalog.service;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.FixGuide;
import dev.errdex.catalog.MessageTemplate;
import dev.errdex.catalog.SourceSite;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fields of an entry that people write rather than sources: title, fix guide and symptoms. An import keeps them
 * (unless told to overwrite) when the stored value is curated:
 * <ul>
 *   <li>a fix guide or symptoms that are not empty (sources of the bundled catalog carry none; they come from the
 *       team's guide overlays, editors or an earlier import);</li>
 *   <li>a title other than the one derived from the stored message's first sentence (the guide overlay's or an
 *       editor's title).</li>
 * </ul>
 * Sources and owner are source fields (a scan or a catalog file sets them) that a person can pin
 * ({@code sourcesPinned}): an import keeps pinned ones, and {@link #forEdit} pins what an editor changes.
 * Every other field (message template, placeholders, docs URL, ...) follows the source.
 */
public final class CuratedFields {

    private CuratedFields() {
    }

    /**
     * One curated field an import kept.
     *
     * @param field    {@code title}, {@code fixGuide}, {@code symptoms} or {@code sources}
     * @param kept     the stored value, which stays
     * @param incoming the source's value, which was not written
     */
    public record Kept(String field, String kept, String incoming) {
    }

    /** {@code incoming} with the curated fields of {@code stored} put back, and the fields that differed. */
    public record Merge(CatalogEntry entry, List<Kept> kept) {
    }

    /** Merges an incoming entry into the stored one of the same code, keeping its curated fields. */
    public static Merge keep(CatalogEntry stored, CatalogEntry incoming) {
        CatalogEntry.Builder merged = incoming.toBuilder();
        List<Kept> kept = new ArrayList<>();
        if (curatedTitle(stored) && !Objects.equals(stored.title(), incoming.title())) {
            merged.title(stored.title());
            kept.add(new Kept("title", stored.title(), incoming.title()));
        }
        if (stored.fixGuide() != null && !Objects.equals(stored.fixGuide(), incoming.fixGuide())) {
            merged.fixGuide(stored.fixGuide());
            kept.add(new Kept("fixGuide", describe(stored.fixGuide()), describe(incoming.fixGuide())));
        }
        if (!stored.symptoms().isEmpty() && !Objects.equals(stored.symptoms(), incoming.symptoms())) {
            merged.symptoms(stored.symptoms());
            kept.add(new Kept("symptoms", String.join("; ", stored.symptoms()),
                    String.join("; ", incoming.symptoms())));
        }
        if (stored.sourcesPinned() && !sameSources(stored, incoming)) {
            merged.sources(stored.sources()).owner(stored.owner()).sourcesPinned(true);
            kept.add(new Kept("sources", describeSources(stored), describeSources(incoming)));
        }
        return new Merge(kept.isEmpty() ? incoming : merged.build(), kept);
    }

    /**
     * An editor's entry for a stored code: an edit that leaves sources and owner out keeps the stored ones (and
     * their pin); one that changes them pins them, so a later {@code scan --record} does not overwrite them.
     */
    public static CatalogEntry forEdit(CatalogEntry stored, CatalogEntry edited) {
        if (edited.sources().isEmpty() && edited.owner() == null && !edited.sourcesPinned()) {
            return edited.toBuilder().sources(stored.sources()).owner(stored.owner())
                    .sourcesPinned(stored.sourcesPinned()).build();
        }
        boolean changed = !stored.sources().equals(edited.sources()) || !Objects.equals(stored.owner(), edited.owner());
        return changed && !edited.sourcesPinned() ? edited.toBuilder().sourcesPinned(true).build() : edited;
    }

    private static boolean sameSources(CatalogEntry a, CatalogEntry b) {
        return a.sources().equals(b.sources()) && Objects.equals(a.owner(), b.owner())
                && a.sourcesPinned() == b.sourcesPinned();
    }

    private static String describeSources(CatalogEntry e) {
        return e.sources().stream().map(SourceSite::location).toList() + " owner " + e.owner()
                + (e.sourcesPinned() ? " (pinned)" : "");
    }

    private static boolean curatedTitle(CatalogEntry stored) {
        String title = stored.title();
        return title != null && !title.equals(MessageTemplate.title(stored.message()))
                && !title.startsWith("Unspecified error (");
    }

    private static String describe(FixGuide guide) {
        if (guide == null) {
            return "";
        }
        return guide.summary() + " (" + guide.causes().size() + " causes, " + guide.steps().size() + " steps)";
    }
}
