package dev.errdex.search.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The term weights of one indexed entry under one index reader, worked out once and kept with the reader
 * ({@link ReaderStats#weights}): its template's word pairs and words, and each symptom phrase's words, each with its
 * idf and their sum. What the ranking features measure coverage against.
 */
final class EntryWeights {

    final IndexedEntry entry;
    final Terms pairs;
    final Terms words;
    final Terms[] symptoms;
    private final Map<String, Double> credit = new HashMap<>();

    EntryWeights(IndexedEntry entry, ReaderStats stats) {
        this.entry = entry;
        this.pairs = new Terms(entry.templatePairs(), CatalogFields.MESSAGE_PAIRS, stats);
        this.words = new Terms(entry.templateWords(), CatalogFields.WORDS, stats);
        List<List<String>> phrases = entry.symptomWords();
        this.symptoms = new Terms[phrases.size()];
        for (int s = 0; s < symptoms.length; s++) {
            symptoms[s] = new Terms(phrases.get(s), CatalogFields.WORDS, stats);
        }
        entry.fieldWords().forEach((field, words) -> {
            double c = field.equals(CatalogFields.GUIDE) ? 0.5 : 1.0;
            words.forEach(w -> credit.merge(w, c, Math::max));
        });
    }

    /**
     * How much a word of a text says for this entry: 1 when its title, message, symptoms or learned texts have it,
     * 0.5 when only its (longer, less specific) fix guide has it, else 0.
     */
    double credit(String word) {
        return credit.getOrDefault(word, 0.0);
    }

    /** Terms with their weights (idf in one field) and the sum of the weights. */
    static final class Terms {
        final String[] terms;
        final double[] weights;
        final double total;

        Terms(Collection<String> terms, String field, ReaderStats stats) {
            this.terms = terms.toArray(String[]::new);
            this.weights = new double[this.terms.length];
            double sum = 0;
            for (int i = 0; i < this.terms.length; i++) {
                weights[i] = stats.idf(field, this.terms[i]);
                sum += weights[i];
            }
            this.total = sum;
        }

        /** The weighted share of these terms that {@code present} has (0 when they weigh nothing). */
        double share(Set<String> present) {
            if (total == 0) {
                return 0;
            }
            double found = 0;
            for (int i = 0; i < terms.length; i++) {
                if (present.contains(terms[i])) {
                    found += weights[i];
                }
            }
            return found / total;
        }
    }
}
