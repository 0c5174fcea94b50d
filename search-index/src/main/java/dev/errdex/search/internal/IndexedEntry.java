package dev.errdex.search.internal;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.FixGuide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A catalog entry as the index sees it: the entry, the support texts learned for it, and its analysed template
 * (constant segments and their word pairs) kept in memory for template coverage and snippets.
 *
 * @param entry         the catalog entry
 * @param learned       confirmed support texts for the code, oldest first
 * @param template      the message template cut at its placeholders
 * @param templatePairs distinct word pairs of the template's constant segments (analysed as in the index)
 * @param templateWords distinct prose terms of the template's constant segments
 * @param symptomWords  per symptom phrase, its distinct prose terms
 * @param messageKey    the template's words, lower case, for telling apart codes that share one message
 * @param fieldWords    per prose field (title, message, symptom, guide, learned, in this order), its distinct terms
 */
public record IndexedEntry(
        CatalogEntry entry,
        List<String> learned,
        MessageTemplate template,
        Set<String> templatePairs,
        List<String> templateWords,
        List<List<String>> symptomWords,
        String messageKey,
        Map<String, Set<String>> fieldWords) {

    public IndexedEntry {
        Objects.requireNonNull(entry, "entry");
        learned = List.copyOf(learned);
        templatePairs = Set.copyOf(templatePairs);
        templateWords = List.copyOf(templateWords);
        symptomWords = symptomWords.stream().map(List::copyOf).toList();
        fieldWords = Collections.unmodifiableMap(new LinkedHashMap<>(fieldWords));
    }

    /** Analyses {@code entry} with {@code analyzers}. */
    public static IndexedEntry of(CatalogEntry entry, List<String> learned, CatalogAnalyzers analyzers) {
        MessageTemplate template = MessageTemplate.of(entry.message(), entry.placeholders());
        LinkedHashSet<String> pairs = new LinkedHashSet<>();
        for (String segment : template.segments()) {
            pairs.addAll(analyzers.terms(CatalogFields.MESSAGE_PAIRS, segment));
        }
        List<String> words = distinct(analyzers.terms(CatalogFields.MESSAGE, template.constantText()));
        List<List<String>> symptoms = new ArrayList<>();
        for (String symptom : entry.symptoms()) {
            symptoms.add(distinct(analyzers.terms(CatalogFields.SYMPTOM, symptom)));
        }
        String key = String.join(" ", analyzers.terms(CatalogFields.SURFACE, template.constantText()));
        Map<String, Set<String>> fieldWords = new LinkedHashMap<>();
        String title = entry.title() == null ? "" : MessageTemplate.of(entry.title(), entry.placeholders())
                .constantText();
        fieldWords.put(CatalogFields.TITLE, Set.copyOf(analyzers.terms(CatalogFields.TITLE, title)));
        fieldWords.put(CatalogFields.MESSAGE, Set.copyOf(words));
        fieldWords.put(CatalogFields.SYMPTOM, Set.copyOf(analyzers.terms(CatalogFields.SYMPTOM,
                String.join("\n", entry.symptoms()))));
        fieldWords.put(CatalogFields.GUIDE, Set.copyOf(analyzers.terms(CatalogFields.GUIDE,
                entry.fixGuide() == null ? "" : entry.fixGuide().toPlainText())));
        fieldWords.put(CatalogFields.LEARNED, Set.copyOf(analyzers.terms(CatalogFields.LEARNED,
                String.join("\n", learned))));
        return new IndexedEntry(entry, learned, template, pairs, words, symptoms, key, fieldWords);
    }

    /** Same entry with one more learned text, keeping the {@code keep} most recent. */
    public IndexedEntry withLearned(String text, int keep, CatalogAnalyzers analyzers) {
        List<String> more = new ArrayList<>(learned);
        more.add(text);
        return of(entry, more.subList(Math.max(0, more.size() - keep), more.size()), analyzers);
    }

    public String code() {
        return entry.code();
    }

    /** The title with its placeholders left out. */
    public String constantTitle() {
        return entry.title() == null ? "" : MessageTemplate.of(entry.title(), entry.placeholders()).constantText();
    }

    /** The fix guide as plain text, empty when there is none. */
    public String guideText() {
        FixGuide guide = entry.fixGuide();
        return guide == null ? "" : guide.toPlainText();
    }

    private static List<String> distinct(List<String> terms) {
        return List.copyOf(new LinkedHashSet<>(terms));
    }
}
