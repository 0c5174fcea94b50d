package dev.errdex.search.internal;

import dev.errdex.search.Suggestion;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks codes for a whole support text: cuts it into passages ({@link TextPassages}), ranks the codes the passages
 * find ({@link Ranker}), judges the first ones ({@link Confidence}) and says which sentence matched which field.
 */
public final class MatchEngine {

    private final Ranker ranker;
    private final Confidence confidence;
    private final Lexicon lexicon = Lexicon.defaults();

    /** Evidence field of the first evidence of an attached suggestion: why it was attached. */
    public static final String ATTACH = "attach";

    public MatchEngine(Ranker ranker, Confidence confidence) {
        this.ranker = ranker;
        this.confidence = confidence;
    }

    /** Suggestions for {@code text}, best first. */
    public List<Suggestion> match(IndexSearcher searcher, String text, int limit) throws IOException {
        Ranker.Ranking ranking = rank(searcher, text);
        List<Ranker.Candidate> ranked = ranking.candidates();
        List<Suggestion> out = new ArrayList<>();
        Map<String, int[]> pairs = new HashMap<>();
        for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
            Ranker.Candidate c = ranked.get(i);
            Confidence.Verdict v = confidence.judge(ranked, i);
            List<Suggestion.Evidence> evidence = evidence(ranking, c, pairs);
            if (v.attach()) {
                evidence.add(0, new Suggestion.Evidence(ATTACH, v.reason(), v.confidence()));
            }
            out.add(new Suggestion(c.code, v.confidence(), v.attach(), evidence));
        }
        return out;
    }

    /** The ranked candidates with their features (for evaluation and calibration). */
    public Ranker.Ranking rank(IndexSearcher searcher, String text) throws IOException {
        List<Ranker.Passage> passages = new ArrayList<>();
        List<TextPassages.Piece> pieces = TextPassages.of(text);
        boolean foreign = !pieces.isEmpty() && Lexicon.mayBeForeign(text);
        Lexicon.Language whole = !foreign ? Lexicon.Language.ENGLISH
                : Lexicon.language(pieces.get(pieces.size() - 1).text(), Lexicon.Language.ENGLISH);
        // The window is the sentences joined with a space (unless cut): their terms one after the other.
        List<PassageTerms> sentences = new ArrayList<>();
        List<String> sentenceTexts = new ArrayList<>();
        boolean sentencesRead = !foreign;
        for (TextPassages.Piece p : pieces) {
            if (sentencesRead && p.kind() == TextPassages.Kind.WINDOW
                    && p.text().equals(String.join(" ", sentenceTexts))) {
                passages.add(ranker.passage(p.text(), PassageTerms.concat(sentences), p.kind()));
                continue;
            }
            Lexicon.Language language = foreign ? Lexicon.language(p.text(), whole) : Lexicon.Language.ENGLISH;
            String analysed = language.glossed() ? lexicon.gloss(p.text(), language) : p.text();
            PassageTerms terms = ranker.terms(analysed);
            if (terms == null) {
                passages.add(ranker.passage(p.text(), analysed, p.kind()));
                sentencesRead = false;
                continue;
            }
            passages.add(ranker.passage(p.text(), terms, p.kind()));
            if (p.sentence()) {
                sentences.add(terms);
                sentenceTexts.add(p.text());
            }
        }
        return ranker.rank(searcher, passages, TextQuery.MATCH, RankWeights.MATCH, Ranker.PER_PASSAGE);
    }

    /**
     * @param pairs which passages (not the window) have a word pair, filled on first use by the first candidate that
     *              needs it
     */
    private List<Suggestion.Evidence> evidence(Ranker.Ranking ranking, Ranker.Candidate c, Map<String, int[]> pairs) {
        List<Suggestion.Evidence> out = new ArrayList<>();
        List<Ranker.Passage> passages = ranking.passages();
        if (c.cover > 0) {
            if (pairs.isEmpty()) {
                passagesWith(passages, pairs);
            }
            int[] count = new int[passages.size()];
            for (String pair : c.entry.templatePairs()) {
                for (int i : pairs.getOrDefault(pair, NONE)) {
                    count[i]++;
                }
            }
            int best = -1;
            for (int i = 0; i < count.length; i++) {
                if (count[i] > (best < 0 ? 0 : count[best])) {
                    best = i;
                }
            }
            if (best >= 0) {
                out.add(new Suggestion.Evidence(CatalogFields.MESSAGE, passages.get(best).text(), round(c.cover)));
            }
        }
        if (c.symptom > 0 && c.symptomPassage >= 0) {
            out.add(new Suggestion.Evidence(CatalogFields.SYMPTOM, passages.get(c.symptomPassage).text(),
                    round(c.symptom)));
        }
        if (c.lexPassage >= 0) {
            Ranker.Passage p = passages.get(c.lexPassage);
            String field = bestField(c, p);
            boolean dup = out.stream().anyMatch(ev -> ev.sentence().equals(p.text()) && ev.field().equals(field));
            if (!dup) {
                out.add(new Suggestion.Evidence(field, p.text(), round(c.lexRel)));
            }
        }
        if (c.lexPassage < 0 && c.windowPassage >= 0) {
            Ranker.Passage p = passages.get(c.windowPassage);
            out.add(new Suggestion.Evidence(bestField(c, p), p.text(), round(c.windowRel)));
        }
        if (c.sem > 0 && c.semPassage >= 0) {
            out.add(new Suggestion.Evidence("semantic", passages.get(c.semPassage).text(), round(c.sem)));
        }
        return out;
    }

    private static final int[] NONE = new int[0];

    /** Each word pair of the passages (not the window) with the passages that have it, in order. */
    private static void passagesWith(List<Ranker.Passage> passages, Map<String, int[]> out) {
        Map<String, List<Integer>> with = new HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            if (!passages.get(i).window()) {
                for (String pair : passages.get(i).pairs()) {
                    with.computeIfAbsent(pair, k -> new ArrayList<>(2)).add(i);
                }
            }
        }
        with.forEach((pair, at) -> out.put(pair, at.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The prose field of the entry that has the most of the passage's words. */
    private static String bestField(Ranker.Candidate c, Ranker.Passage p) {
        String best = CatalogFields.MESSAGE;
        int bestCount = 0;
        for (Map.Entry<String, Set<String>> field : c.entry.fieldWords().entrySet()) {
            int n = 0;
            for (TextQuery.WeightedTerm w : p.words()) {
                if (field.getValue().contains(w.term())) {
                    n++;
                }
            }
            if (n > bestCount) {
                bestCount = n;
                best = field.getKey();
            }
        }
        return best;
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
