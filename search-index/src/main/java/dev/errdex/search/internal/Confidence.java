package dev.errdex.search.internal;

import dev.errdex.search.internal.Ranker.Candidate;

import java.util.List;

/**
 * Turns the features of a ranked candidate into a calibrated confidence (the probability that it is the right code)
 * and an attach decision.
 *
 * <p>The confidence is a logistic function of {@link #features}: how much of the text is the candidate's template
 * (coverage and pasted line), its lead in template score ({@link RankWeights#templateScore}) over the best
 * candidate with a different message, symptom coverage and semantic lift. Every coefficient is non-negative, so the confidence never falls when a feature rises. The
 * coefficients were fitted (logistic regression, {@code Calibrate} in the tests) on 2,000 synthetic support texts
 * made from the catalog alone (pasted messages with made-up values, cut short or with typos, in generic emails;
 * and emails about no error), see docs/search.md; the dev emails only checked them. The synthetic texts carry no
 * symptom or semantic signal, so those two coefficients are zero: a code found only through symptoms or meaning
 * is not attached on this (pasted-message) evidence.
 *
 * <p>A customer's description in their own words is judged on two more kinds of evidence, fitted on the tuning
 * emails of the dev sets: the candidate's lead in ranking score ({@link #DESCRIPTION_COEFFICIENTS}), and that lead
 * with its lead in sentence support ({@link #CONSENSUS_COEFFICIENTS}); both need the support of about two sentences
 * ({@link #DESCRIPTION_SUPPORT}).
 *
 * <p>A candidate is attached only when it is first and one kind of evidence reaches its threshold:
 * {@link #ATTACH_AT} (the lowest at which the calibration texts were attached with at least 99% precision),
 * {@link #DESCRIPTION_ATTACH_AT} or {@link #CONSENSUS_ATTACH_AT}.
 */
public final class Confidence {

    /** Names of {@link #features}, in order (the first is the constant). */
    public static final List<String> FEATURE_NAMES =
            List.of("bias", "template", "line", "margin", "symptom", "semantic");

    /** Logistic coefficients, one per feature. */
    static final double[] COEFFICIENTS = {-5.41, 2.10, 4.44, 5.36, 0.0, 0.0};

    /** Lowest confidence that attaches. */
    static final double ATTACH_AT = 0.74;

    /**
     * Logistic coefficients of the description evidence: bias, and the lead in ranking score
     * ({@link RankWeights#score}) over the best candidate with a different message. Fitted on the emails with no
     * pasted message of the tuning two thirds of support-emails-dev-2 and of support-emails-dev (46 emails:
     * paraphrases, noise, traps), see docs/search.md.
     */
    static final double[] DESCRIPTION_COEFFICIENTS = {-0.75, 2.53};

    /**
     * Lowest description confidence that attaches (a lead of about 1.0): above every noise and trap email of the
     * fitting set (highest lead 0.87) with room to spare.
     */
    static final double DESCRIPTION_ATTACH_AT = 0.85;

    /**
     * Least sentence support ({@link Candidate#support()}) for description evidence: the equivalent of two sentences
     * that rank the code first. One sentence that happens to match a code's symptom phrase ("change the billing
     * email on our account") is not a description of an error: on the synthetic texts about no error, 60 of 500
     * lead by 1.0 or more, all with support under 2; with support of 2 or more the highest lead is 0.81.
     */
    static final double DESCRIPTION_SUPPORT = 2.0;

    /**
     * Logistic coefficients of the sentence-consensus evidence: bias, the lead in ranking score and the lead in
     * sentence support ({@link #supportLead}), weighted 1 : 0.75. A customer who describes one error over several
     * sentences has most of them point to it, more than to any rival, even when the rival's best sentence scores
     * about as well (the ranking lead is small). Fitted, like {@link #DESCRIPTION_COEFFICIENTS}, on the emails with no
     * pasted message of the tuning two thirds of support-emails-dev-2 and of support-emails-dev (docs/search.md).
     */
    static final double[] CONSENSUS_COEFFICIENTS = {0.43, 1.22, 0.915};

    /**
     * Lowest sentence-consensus confidence that attaches (lead + 0.75 × support lead of about 1.45): above every
     * noise and trap email of the fitting set (highest 1.36, a Docker "port is already allocated" trap) and every
     * synthetic text about no error with sentence support of 2 or more (highest 1.11 over three seeds).
     */
    static final double CONSENSUS_ATTACH_AT = 0.90;

    /** Lead in ranking score under which a longer message that contains the candidate's is a near-sibling. */
    static final double SIBLING_LEAD = 1.0;

    /** The features of the candidate at {@code index} of {@code ranked}. */
    public static double[] features(List<Candidate> ranked, int index) {
        Candidate c = ranked.get(index);
        Candidate rival = rival(ranked, index);
        double margin = rival == null ? c.templateScore : Math.max(0, c.templateScore - rival.templateScore);
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

    /**
     * The verdict for the candidate at {@code index} of {@code ranked}: the most confident of three kinds of
     * evidence. A pasted message is judged on its template features ({@link #COEFFICIENTS}); a description in the
     * customer's words on the candidate's lead in ranking score ({@link #DESCRIPTION_COEFFICIENTS}), or on that lead
     * with its lead in sentence support ({@link #CONSENSUS_COEFFICIENTS}). Each kind attaches at its own threshold,
     * and the verdict says which one did and why.
     */
    Verdict judge(List<Candidate> ranked, int index) {
        double[] features = features(ranked, index);
        double p = probability(features, COEFFICIENTS);
        Candidate c = ranked.get(index);
        Candidate rival = scoreRival(ranked, index);
        double lead = lead(ranked, index);
        boolean described = c.support() >= DESCRIPTION_SUPPORT;
        double q = described ? probability(new double[] {1.0, lead}, DESCRIPTION_COEFFICIENTS) : 0;
        Candidate supportRival = supportRival(ranked, index);
        double supportLead = c.support() - (supportRival == null ? 0 : supportRival.support());
        double s = described ? probability(new double[] {1.0, lead, supportLead}, CONSENSUS_COEFFICIENTS) : 0;
        String reason = null;
        if (index == 0 && p >= ATTACH_AT && partOf(ranked, index) != null) {
            p = Math.min(p, ATTACH_AT - 0.01);
        }
        if (index == 0 && p >= ATTACH_AT) {
            reason = String.format(java.util.Locale.ROOT,
                    "pasted message: template coverage %.2f, pasted line %.2f, template lead %.2f%s",
                    features[1], features[2], features[3], rival == null ? "" : " over " + rival.code);
        } else if (index == 0 && q >= DESCRIPTION_ATTACH_AT) {
            reason = String.format(java.util.Locale.ROOT,
                    "description: ranking lead %.2f%s, supported by %.1f sentences (symptom %.2f, whole text %.2f)",
                    lead, rival == null ? "" : " over " + rival.code, c.support(), c.symptom, c.windowRel);
        } else if (index == 0 && s >= CONSENSUS_ATTACH_AT) {
            reason = String.format(java.util.Locale.ROOT,
                    "sentence consensus: supported by %.1f sentences, %.1f more than %s; ranking lead %.2f%s",
                    c.support(), supportLead, supportRival == null ? "any other code" : supportRival.code, lead,
                    rival == null ? "" : " over " + rival.code);
        }
        double confidence = Math.max(p, Math.max(q, s));
        return new Verdict(Math.round(confidence * 1000) / 1000.0, reason != null, reason);
    }

    /**
     * A near-sibling that makes a pasted-message verdict unsure: another candidate, with a different and longer
     * message, whose template has every word pair of this candidate's template ("ngrok gateway error" is the start
     * of "ngrok gateway error: The server returned an invalid or incomplete HTTP response"), and which the
     * ranking puts close: within {@link #SIBLING_LEAD} in ranking score. The text then holds the shorter message
     * whichever of the two it is about, so the shorter one's template evidence cannot tell them apart: such a
     * candidate is not attached on template evidence (it stays first, less sure). Null when there is none.
     */
    static Candidate partOf(List<Candidate> ranked, int index) {
        Candidate c = ranked.get(index);
        java.util.Set<String> mine = c.entry.templatePairs();
        if (mine.isEmpty()) {
            return null;
        }
        for (int i = 0; i < ranked.size(); i++) {
            Candidate r = ranked.get(i);
            if (i != index && !r.entry.messageKey().equals(c.entry.messageKey())
                    && r.entry.templatePairs().size() > mine.size() && r.entry.templatePairs().containsAll(mine)
                    && c.score - r.score < SIBLING_LEAD) {
                return r;
            }
        }
        return null;
    }

    /**
     * The description evidence of the candidate at {@code index}: its lead in ranking score over the best other
     * candidate with a different message (negative when that one ranks higher).
     */
    public static double lead(List<Candidate> ranked, int index) {
        Candidate c = ranked.get(index);
        Candidate rival = scoreRival(ranked, index);
        return rival == null ? c.score : c.score - rival.score;
    }

    /**
     * The other candidate with the most sentence support ({@link Candidate#support()}) whose message differs from the
     * one at {@code index}.
     */
    static Candidate supportRival(List<Candidate> ranked, int index) {
        return bestOther(ranked, index, c -> c.support);
    }

    /** The other candidate with the best ranking score whose message differs from the one at {@code index}. */
    static Candidate scoreRival(List<Candidate> ranked, int index) {
        return bestOther(ranked, index, c -> c.score);
    }

    /** The other candidate with the best template score whose message differs from the one at {@code index}. */
    static Candidate rival(List<Candidate> ranked, int index) {
        return bestOther(ranked, index, c -> c.templateScore);
    }

    /** The other candidate with the highest {@code value} whose message differs from the one at {@code index}. */
    private static Candidate bestOther(List<Candidate> ranked, int index,
                                       java.util.function.ToDoubleFunction<Candidate> value) {
        String key = ranked.get(index).entry.messageKey();
        Candidate best = null;
        for (int i = 0; i < ranked.size(); i++) {
            Candidate c = ranked.get(i);
            if (i != index && !c.entry.messageKey().equals(key)
                    && (best == null || value.applyAsDouble(c) > value.applyAsDouble(best))) {
                best = c;
            }
        }
        return best;
    }

    /**
     * A confidence in [0,1], whether to attach, and why (null when not attached).
     */
    public record Verdict(double confidence, boolean attach, String reason) {
    }
}
