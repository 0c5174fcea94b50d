package dev.errdex.search;

import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.catalog.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quality on the shared dev sets with the bundled catalog (titles and messages; no guides or symptoms yet), default
 * options. Floors sit a little under the figures reached, so a regression fails; the targets of the issues are not
 * asserted until the guides are merged. Prints the figures; writes the files the shared scorers read to
 * target/eval/.
 */
class QualityFloorTest {

    private static CatalogIndex index;

    @BeforeAll
    static void build() {
        index = LuceneCatalogIndex.inMemory(DefaultCatalog.load());
    }

    @AfterAll
    static void close() {
        index.close();
    }

    @Test
    void searchOnTheDevQueriesStaysAboveItsFloor() throws Exception {
        Path queries = SharedData.require("datasets/search-queries-dev.jsonl");
        var figures = SearchEvaluation.run(index, queries, Path.of("target", "eval", "search-answers.jsonl"));
        System.out.println("search-queries-dev: " + figures);
        assertThat(figures.top1()).isGreaterThanOrEqualTo(0.85);
        assertThat(figures.top3()).isGreaterThanOrEqualTo(0.93);
    }

    @Test
    void matchOnTheDevEmailsStaysAboveItsFloor() throws Exception {
        Path emails = SharedData.require("datasets/support-emails-dev");
        var figures = MatchEvaluation.run(index, MatchEvaluation.emails(emails),
                Path.of("target", "eval", "match-out.jsonl"));
        System.out.println("support-emails-dev: " + figures);
        assertThat(figures.top1()).isGreaterThanOrEqualTo(0.89);
        assertThat(figures.top3()).isGreaterThanOrEqualTo(0.96);
        assertThat(figures.attachPrecision()).isGreaterThanOrEqualTo(0.95);
        assertThat(figures.attachCoverage()).isGreaterThanOrEqualTo(0.6);
        assertThat(figures.noiseFalseAttach()).isZero();
    }

    /**
     * support-emails-dev-2 (customers who describe the error in their own words): whatever is attached is right and
     * no noise or trap email is attached; some right codes are attached on sentence consensus alone (most of the
     * email's sentences point to the code, its ranking lead is under the description threshold), issue 13.
     */
    @Test
    void codeLessEmailsAttachOnlyRightCodesAndSomeOnSentenceConsensus() throws Exception {
        Path dir = SharedData.require("datasets/support-emails-dev-2");
        List<MatchEvaluation.Email> emails = MatchEvaluation.emails(dir);
        Map<String, List<Suggestion>> answers = new LinkedHashMap<>();
        for (MatchEvaluation.Email e : emails) {
            answers.put(e.file(), index.match(e.text(), MatchEvaluation.LIMIT));
        }
        var figures = MatchEvaluation.score(emails, answers);
        System.out.println("support-emails-dev-2: " + figures);
        assertThat(figures.attachPrecision()).isGreaterThanOrEqualTo(0.97);
        assertThat(figures.noiseFalseAttach()).isZero();
        assertThat(figures.attachCoverage()).isGreaterThanOrEqualTo(0.55);
        long byConsensus = emails.stream().filter(e -> {
            List<Suggestion> s = answers.get(e.file());
            return !s.isEmpty() && s.get(0).attach() && e.right().contains(s.get(0).code())
                    && s.get(0).evidence().get(0).sentence().startsWith("sentence consensus");
        }).count();
        assertThat(byConsensus).as("right codes attached on sentence consensus").isGreaterThanOrEqualTo(3);
    }
}
