package dev.errdex.search.internal;

/**
 * How the features of a candidate ({@link Ranker.Candidate}) add up to the score that orders candidates. Matching an
 * email and searching weigh them differently: an email that pastes a message usually pastes all of it (template
 * coverage), a search box gets a fragment (pasted line).
 *
 * @param cover    template pair coverage, scaled by how informative the template is
 * @param line     pasted line: share of one passage's catalog pairs that the template has
 * @param words    template word coverage
 * @param lexical  best passage score relative to the best code's
 * @param window   whole-text window score relative to the best code's
 * @param explained share of the best passage's words that the entry has in some field
 * @param semantic semantic lift
 * @param symptom  symptom phrase coverage
 * @param prior    added for a code of the Common Errors table ({@link Priors})
 * @param support  how many sentences rank the code, each by its score relative to that sentence's best code,
 *                 relative to the best code's
 */
public record RankWeights(double cover, double line, double words, double lexical, double window,
                          double explained, double semantic, double symptom, double prior, double support) {

    /** Weights for whole support texts. */
    public static final RankWeights MATCH = new RankWeights(1.2, 1.0, 0.1, 1.0, 0.75, 0.0, 1.0, 0.8,
            Double.parseDouble(System.getProperty("errdex.prior", "0.15")),
            Double.parseDouble(System.getProperty("errdex.support", "0.6")));
    /** Weights for search-box queries. */
    public static final RankWeights SEARCH = new RankWeights(0.3, 1.5, 0.1, 1.0, 0.0, 2.0, 0.75, 0.8,
            Double.parseDouble(System.getProperty("errdex.searchPrior", "0.2")), 0.0);

    /** Template weight (sum of pair idfs) from which a template counts as fully informative. */
    static final double INFORMATIVE_TEMPLATE = 8.0;

    /** How informative a template of this weight is, in [0,1]. */
    static double informative(double templateWeight) {
        return Math.min(1.0, templateWeight / INFORMATIVE_TEMPLATE);
    }

    /** The score of {@code c}. */
    double score(Ranker.Candidate c) {
        return textScore(c) + semantic * c.semLift;
    }

    /**
     * The template part of the score: pair coverage, pasted line and word coverage, all measured against the
     * entry's message template only. What the confidence's margin is measured on: titles, symptom phrases and fix
     * guides may repeat a sibling's message (a guide explains its neighbours), which must not make a code look
     * like a clear winner for a pasted message that is not its own.
     */
    double templateScore(Ranker.Candidate c) {
        return cover * c.cover * informative(c.templateWeight)
                + line * c.pastedLine
                + words * c.coverWords;
    }

    /**
     * The score without the semantic term.
     */
    double textScore(Ranker.Candidate c) {
        return templateScore(c)
                + lexical * c.lexRel
                + window * c.windowRel
                + explained * c.explained
                + symptom * c.symptom
                + prior * c.prior
                + support * c.supportRel;
    }
}
