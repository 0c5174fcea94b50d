package dev.errdex.api.web.internal;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.CodeSpelling;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.SearchHit;
import dev.errdex.search.Suggestion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * INTERIM, TO BE REPLACED by the Lucene index: a plain term index over code, title, message, guide and symptoms,
 * scored by the summed inverse document frequency of the query's words found in an entry (title and message count
 * double); a code named in the query ranks first. Thread-safe; upserts replace whole entries.
 */
final class TermIndex implements CatalogIndex {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");
    private static final Pattern CODE = Pattern.compile("\\bERR[_\\-\\s]?[A-Z]+[_\\-\\s]?\\d{1,7}\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> STOP = Set.of("the", "to", "a", "an", "of", "in", "on", "at", "is", "it", "and",
            "or", "for", "with", "my", "i", "be", "was", "by", "this", "that", "not", "are", "from", "but", "you");

    private record Doc(CatalogEntry entry, Set<String> strong, Set<String> weak) {
    }

    private final Map<String, Doc> docs = new ConcurrentHashMap<>();
    private volatile Map<String, Integer> documentFrequency = Map.of();

    TermIndex(Collection<CatalogEntry> entries) {
        upsertAll(entries);
    }

    @Override
    public List<Suggestion> match(String text, int limit) {
        return search(text, limit).stream()
                .map(h -> new Suggestion(h.code(), Math.min(1.0, h.score() / 20.0), false, List.of()))
                .toList();
    }

    @Override
    public List<SearchHit> search(String query, int limit) {
        if (query == null || query.isBlank() || limit <= 0) {
            return List.of();
        }
        Set<String> named = new LinkedHashSet<>();
        Matcher m = CODE.matcher(query);
        while (m.find()) {
            CodeSpelling.canonical(m.group()).ifPresent(named::add);
        }
        Set<String> words = words(query);
        Map<String, Integer> df = documentFrequency;
        int n = Math.max(1, docs.size());
        List<SearchHit> hits = new ArrayList<>();
        for (Doc doc : docs.values()) {
            double score = named.contains(doc.entry().code()) ? 100 : 0;
            for (String w : words) {
                double idf = Math.log(1.0 + n / (1.0 + df.getOrDefault(w, 0)));
                if (doc.strong().contains(w)) {
                    score += 2 * idf;
                } else if (doc.weak().contains(w)) {
                    score += idf;
                }
            }
            if (score > 0) {
                CatalogEntry e = doc.entry();
                hits.add(new SearchHit(e.code(), e.title(), e.category(), score, snippet(e.message(), words)));
            }
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed().thenComparing(SearchHit::code));
        return List.copyOf(hits.subList(0, Math.min(limit, hits.size())));
    }

    @Override
    public void upsert(CatalogEntry entry) {
        upsertAll(List.of(entry));
    }

    @Override
    public synchronized void upsertAll(Collection<CatalogEntry> entries) {
        for (CatalogEntry e : entries) {
            Set<String> strong = words(e.code() + " " + e.title() + " " + e.message());
            Set<String> weak = words((e.fixGuide() == null ? "" : e.fixGuide().toPlainText()) + " "
                    + String.join(" ", e.symptoms()));
            weak.removeAll(strong);
            docs.put(e.code(), new Doc(e, strong, weak));
        }
        recount();
    }

    @Override
    public synchronized void remove(String code) {
        docs.remove(code);
        recount();
    }

    @Override
    public void addEvidence(String code, String text) {
        // the interim index does not learn
    }

    @Override
    public int size() {
        return docs.size();
    }

    @Override
    public void close() {
        docs.clear();
    }

    private void recount() {
        Map<String, Integer> df = new HashMap<>();
        for (Doc d : docs.values()) {
            d.strong().forEach(w -> df.merge(w, 1, Integer::sum));
            d.weak().forEach(w -> df.merge(w, 1, Integer::sum));
        }
        documentFrequency = Map.copyOf(df);
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    /** The message with the query's words wrapped in {@code <mark>}, the rest HTML-escaped. */
    private static String snippet(String message, Set<String> words) {
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(message);
        int last = 0;
        while (m.find()) {
            if (words.contains(m.group().toLowerCase(Locale.ROOT))) {
                out.append(SafeMarkdown.escape(message.substring(last, m.start())))
                        .append("<mark>").append(SafeMarkdown.escape(m.group())).append("</mark>");
                last = m.end();
            }
        }
        return out.append(SafeMarkdown.escape(message.substring(last))).toString();
    }
}
