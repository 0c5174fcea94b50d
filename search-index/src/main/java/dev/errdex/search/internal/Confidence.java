package dev.errdex.search.internal;

import dev.errdex.search.internal.MatchEngine.Candidate;

import java.util.List;

/**
 * Ranking score, confidence and the attach decision of a match. PROVISIONAL weights (being calibrated).
 */
public final class Confidence {

    /** Template weight (sum of pair idfs) from which a template counts as fully informative. */
    static final double INFORMATIVE_TEMPLATE = 8.0;

    /** The score that orders candidates. */
    static double rankScore(Candidate c) {
        double informative = Math.min(1.0, c.templateWeight / INFORMATIVE_TEMPLATE);
        return 1.0 * c.cover * informative
                + 0.4 * c.coverWords
                + 0.5 * c.lexRel
                + 0.8 * Math.max(0, c.sem - 0.25)
                + 0.7 * c.symptom;
    }

    /** The verdict for the candidate at {@code index} of {@code ranked}. */
    Verdict judge(List<Candidate> ranked, int index) {
        Candidate c = ranked.get(index);
        Candidate rival = rival(ranked, index);
        double margin = rival == null ? c.score : c.score - rival.score;
        double z = -3.0 + 4.0 * c.cover * Math.min(1.0, c.templateWeight / INFORMATIVE_TEMPLATE)
                + 3.0 * margin + 1.5 * c.symptom;
        double p = 1 / (1 + Math.exp(-z));
        boolean attach = index == 0 && p >= 0.9;
        return new Verdict(Math.round(p * 1000) / 1000.0, attach);
    }

    /** The best other candidate whose message differs from the one at {@code index}. */
    static Candidate rival(List<Candidate> ranked, int index) {
        String key = ranked.get(index).entry.messageKey();
        for (int i = 0; i < ranked.size(); i++) {
            if (i != index && !ranked.get(i).entry.messageKey().equals(key)) {
                return ranked.get(i);
            }
        }
        return null;
    }

    /** A confidence in [0,1] and whether to attach. */
    public record Verdict(double confidence, boolean attach) {
    }
}
