package dev.errdex.search.internal;

import dev.errdex.search.internal.Ranker.Candidate;

import java.util.List;

/**
 * Turns the features of a ranked candidate into a calibrated confidence (the probability that it is the right code)
 * and an attach decision.
 *
 * <p>The confidence is a logistic function of {@link #features}: how much of the text is the candidate's template
 * (coverage and pasted line), its lead over the best candidate with a different message, symptom coverage and
 * semantic lift. Every coefficient is non-negative, so the confidence never falls when a feature rises. The
 * coefficients were fitted (logistic regression, {@code Calibrate} in the tests) on 2,000 synthetic support texts
 * made from the catalog alone (pasted messages with made-up values, cut short or with typos, in generic emails;
 * and emails about no error), see docs/search.md; the dev emails only checked them. The synthetic texts carry no
 * symptom or semantic signal, so those two coefficients are zero: a code found only through symptoms or meaning
 * is ranked by them but not attached.
 *
 * <p>A candidate is attached only when it is first and its confidence reaches {@link #ATTACH_AT}, the lowest
 * threshold at which the calibration texts were attached with at least 99% precision.
 */
public final class Confidence {

    /** Names of {@link #features}, in order (the first is the constant). */
    public static final List<String> FEATURE_NAMES =
            List.of("bias", "template", "line", "margin", "symptom", "semantic");

    /** Logistic coefficients, one per feature. */
    static final double[] COEFFICIENTS = {-6.20, 3.34, 4.29, 4.00, 0.0, 0.0};

    /** Lowest confidence that attaches. */
    static final double ATTACH_AT = 0.79;

    /** The features of the candidate at {@code index} of {@code ranked}. */
    public static double[] features(List<Candidate> ranked, int index) {
        Candidate c = ranked.get(index);
        Candidate rival = rival(ranked, index);
        double margin = rival == null ? c.textScore : Math.max(0, c.textScore - rival.textScore);
        return new double[] {1.0, c.cover * RankWeights.informative(c.templateWeight), c.pastedLine,
            margin, c.symptom, c.semLift};
    }

    /** The confidence for these features. */
    public static double probability(double[] features, double[] coefficients) {
        double z = 0;
        for (int i = 0; i < features.length; i++) {
            z += features[i] * coefficients[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** The verdict for the candidate at {@code index} of {@code ranked}. */
    Verdict judge(List<Candidate> ranked, int index) {
        double p = probability(features(ranked, index), COEFFICIENTS);
        boolean attach = index == 0 && p >= ATTACH_AT;
        return new Verdict(Math.round(p * 1000) / 1000.0, attach);
    }

    /** The other candidate with the best text score whose message differs from the one at {@code index}. */
    static Candidate rival(List<Candidate> ranked, int index) {
        String key = ranked.get(index).entry.messageKey();
        Candidate best = null;
        for (int i = 0; i < ranked.size(); i++) {
            Candidate c = ranked.get(i);
            if (i != index && !c.entry.messageKey().equals(key) && (best == null || c.textScore > best.textScore)) {
                best = c;
            }
        }
        return best;
    }

    /** A confidence in [0,1] and whether to attach. */
    public record Verdict(double confidence, boolean attach) {
    }
}
