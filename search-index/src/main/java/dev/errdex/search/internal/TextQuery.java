package dev.errdex.search.internal;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds Lucene queries from analysed terms, never from query syntax: any input is safe. Each prose term becomes a
 * best-field disjunction over the prose fields (a word counts once, in the field where it weighs most); each word
 * pair becomes a should-clause on the pair fields, so a passage that repeats the template's wording gathers the
 * pair scores on top of the word scores.
 *
 * @param wordFields field name to boost, for prose terms
 * @param pairFields field name to boost, for word pairs
 * @param tieBreaker share of the non-best fields' scores kept in a term's disjunction
 */
public record TextQuery(Map<String, Float> wordFields, Map<String, Float> pairFields, float tieBreaker) {

    /** Most clauses one query gets (each kind); extra terms are dropped, the earliest kept. */
    public static final int MAX_TERMS = 64;

    /**
     * A sentence of a support text: every prose field weighs about the same, the long guide less. No category
     * clause: a category word ("agent", "api", "account") is in every code of its category, so it tells codes apart
     * little and its long postings cost every sentence query time (the dev figures are the same without it).
     */
    public static final TextQuery MATCH = new TextQuery(
            boosts(CatalogFields.TITLE, 1.0f, CatalogFields.MESSAGE, 1.0f, CatalogFields.SYMPTOM, 1.2f,
                    CatalogFields.GUIDE, 0.35f, CatalogFields.LEARNED, 0.8f),
            boosts(CatalogFields.MESSAGE_PAIRS, 1.0f, CatalogFields.SYMPTOM_PAIRS, 0.8f),
            0.1f);

    /** A search-box query: the title, short and precise, weighs most. */
    public static final TextQuery SEARCH = new TextQuery(
            boosts(CatalogFields.TITLE, 2.0f, CatalogFields.MESSAGE, 1.5f, CatalogFields.SYMPTOM, 1.5f,
                    CatalogFields.GUIDE, 0.6f, CatalogFields.LEARNED, 0.8f, CatalogFields.CATEGORY, 0.5f),
            boosts(CatalogFields.MESSAGE_PAIRS, 1.2f, CatalogFields.SYMPTOM_PAIRS, 1.0f),
            0.2f);

    /**
     * A should-clause per word (over the word fields) and per pair (over the pair fields), plus {@code extra}.
     * A term gets clauses only in the fields that {@code presence} says some document has it in (most words of an
     * email are not in the catalog: leaving them out keeps queries small).
     */
    public Query build(List<WeightedTerm> words, List<String> pairs, List<Query> extra, Presence presence) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        List<String> wordNames = List.copyOf(wordFields.keySet());
        List<String> pairNames = List.copyOf(pairFields.keySet());
        forEachClause(words, pairs, presence, new Clauses() {
            @Override
            public void word(WeightedTerm w, long fields) {
                List<Query> perField = new ArrayList<>(wordNames.size());
                for (int f = 0; f < wordNames.size(); f++) {
                    if ((fields & (1L << f)) != 0) {
                        perField.add(new BoostQuery(presence.term(wordNames.get(f), w.term()),
                                wordFields.get(wordNames.get(f))));
                    }
                }
                Query q = perField.size() == 1 ? perField.get(0) : new DisjunctionMaxQuery(perField, tieBreaker);
                b.add(w.weight() == 1f ? q : new BoostQuery(q, w.weight()), BooleanClause.Occur.SHOULD);
            }

            @Override
            public void pair(String pair, long fields) {
                for (int f = 0; f < pairNames.size(); f++) {
                    if ((fields & (1L << f)) != 0) {
                        b.add(new BoostQuery(presence.term(pairNames.get(f), pair),
                                pairFields.get(pairNames.get(f))), BooleanClause.Occur.SHOULD);
                    }
                }
            }
        });
        extra.forEach(q -> b.add(q, BooleanClause.Occur.SHOULD));
        return b.build();
    }

    /**
     * The clauses of the query for {@code words} and {@code pairs}, in order: each word that some document has in a
     * word field (at most {@value #MAX_TERMS}), then each pair that some document has in a pair field (until
     * {@value #MAX_TERMS} pair clauses). {@link #build} turns them into a Lucene query; {@link PassageScores} scores
     * them from cached postings. The bits of {@code fields} follow the order of {@link #wordFields} or
     * {@link #pairFields}.
     */
    public void forEachClause(List<WeightedTerm> words, List<String> pairs, Presence presence, Clauses out) {
        List<String> wordNames = List.copyOf(wordFields.keySet());
        List<String> pairNames = List.copyOf(pairFields.keySet());
        int n = 0;
        for (WeightedTerm w : words) {
            long in = presence.fieldsWith(wordNames, w.term());
            if (in == 0) {
                continue;
            }
            out.word(w, in);
            if (++n == MAX_TERMS) {
                break;
            }
        }
        n = 0;
        for (String pair : pairs) {
            long in = presence.fieldsWith(pairNames, pair);
            if (in != 0) {
                out.pair(pair, in);
                n += Long.bitCount(in);
            }
            if (n >= MAX_TERMS) {
                break;
            }
        }
    }

    /** Receives the clauses of a query ({@link #forEachClause}). */
    public interface Clauses {
        /** A word and the word fields that have it. */
        void word(WeightedTerm w, long fields);

        /** A word pair and the pair fields that have it. */
        void pair(String pair, long fields);
    }

    /** Field boosts in the order given: {@code boosts("title", 2f, "message", 1f)}. */
    public static Map<String, Float> boosts(Object... fieldsAndBoosts) {
        Map<String, Float> m = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndBoosts.length; i += 2) {
            m.put((String) fieldsAndBoosts[i], (Float) fieldsAndBoosts[i + 1]);
        }
        return m;
    }

    /** Which of some fields have a term, and the query for a term. */
    @FunctionalInterface
    public interface Presence {
        /** Bit i is set when some document has {@code term} in {@code fields.get(i)}. */
        long fieldsWith(List<String> fields, String term);

        /** The query for one term of one field (an implementation may reuse what it looked up before). */
        default Query term(String field, String term) {
            return new TermQuery(new Term(field, term));
        }
    }

    /** A prose term and its weight in the query (1 for a word as written, less for a spelling correction). */
    public record WeightedTerm(String term, float weight) {
        public static WeightedTerm of(String term) {
            return new WeightedTerm(term, 1f);
        }
    }
}
