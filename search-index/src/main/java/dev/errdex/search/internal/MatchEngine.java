package dev.errdex.search.internal;

import dev.errdex.search.Suggestion;
import org.apache.lucene.search.IndexSearcher;

import java.io.IOException;
import java.util.ArrayList;
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
        List<Set<String>> pairs = new ArrayList<>(ranking.passages().size());
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
        for (TextPassages.Piece p : pieces) {
            Lexicon.Language language = foreign ? Lexicon.language(p.text(), whole) : Lexicon.Language.ENGLISH;
            String analysed = language.glossed() ? lexicon.gloss(p.text(), language) : p.text();
            passages.add(ranker.passage(p.text(), analysed, p.kind()));
        }
        return ranker.rank(searcher, passages, TextQuery.MATCH, RankWeights.MATCH, Ranker.PER_PASSAGE);
    }

    /**
     * @param pairs each passage's word pairs as a set, filled on first use by the first candidate that needs them
     */
    private List<Suggestion.Evidence> evidence(Ranker.Ranking ranking, Ranker.Candidate c, List<Set<String>> pairs) {
        List<Suggestion.Evidence> out = new ArrayList<>();
        List<Ranker.Passage> passages = ranking.passages();
        if (c.cover > 0) {
            if (pairs.isEmpty()) {
                passages.forEach(p -> pairs.add(Set.copyOf(p.pairs())));
            }
            Ranker.Passage best = null;
            int bestCount = 0;
            for (int i = 0; i < passages.size(); i++) {
                Ranker.Passage p = passages.get(i);
                if (p.window()) {
                    continue;
                }
                int n = 0;
                for (String pair : c.entry.templatePairs()) {
                    if (pairs.get(i).contains(pair)) {
                        n++;
                    }
                }
                if (n > bestCount) {
                    bestCount = n;
                    best = p;
                }
            }
            if (best != null) {
                out.add(new Suggestion.Evidence(CatalogFields.MESSAGE, best.text(), round(c.cover)));
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
