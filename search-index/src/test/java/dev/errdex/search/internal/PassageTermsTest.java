package dev.errdex.search.internal;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.catalog.testing.SharedData;
import dev.errdex.search.EmailText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-pass reading of a passage ({@link CatalogAnalyzers#passageTerms}) gives exactly the words and pairs of the
 * two analyzers it stands in for, and the window's terms are its sentences' terms one after the other: the fast path
 * held to the plain path on every catalog text and every sentence of the dev emails.
 */
class PassageTermsTest {

    private static final CatalogAnalyzers ANALYZERS = new CatalogAnalyzers();

    @AfterAll
    static void close() {
        ANALYZERS.close();
    }

    @Test
    void stopWordsAreLeftOutOfTheWordsButKeptInThePairs() {
        PassageTerms terms = ANALYZERS.passageTerms("The agent's connections were refused");
        assertThat(terms.words()).containsExactly("agent", "connect", "refus");
        assertThat(terms.pairs()).containsExactly("the agent", "agent connect", "connect were", "were refus");
    }

    @Test
    void repeatedWordsAndPairsCountOnce() {
        PassageTerms terms = ANALYZERS.passageTerms("tunnel offline, tunnel offline");
        assertThat(terms.words()).containsExactly("tunnel", "offlin");
        assertThat(terms.pairs()).containsExactly("tunnel offlin", "offlin tunnel");
    }

    @Test
    void everyCatalogTextReadsAsTheTwoAnalyzersReadIt() {
        int texts = 0;
        for (CatalogEntry e : DefaultCatalog.load()) {
            List<String> all = new ArrayList<>(e.symptoms());
            all.add(e.title());
            all.add(e.message());
            if (e.fixGuide() != null) {
                all.add(e.fixGuide().toPlainText());
            }
            for (String text : all) {
                if (text != null) {
                    assertSameAsTheAnalyzers(text);
                    texts++;
                }
            }
        }
        assertThat(texts).isGreaterThan(3000);
    }

    @Test
    void everyDevEmailPassageReadsAsTheTwoAnalyzersReadItAndTheWindowIsItsSentences() throws IOException {
        int windows = 0;
        for (String set : List.of("datasets/support-emails-dev", "datasets/support-emails-dev-2")) {
            try (Stream<Path> files = Files.list(SharedData.require(set))) {
                for (Path eml : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                    List<PassageTerms> sentences = new ArrayList<>();
                    List<String> sentenceTexts = new ArrayList<>();
                    for (TextPassages.Piece p : TextPassages.of(EmailText.of(eml))) {
                        assertSameAsTheAnalyzers(p.text());
                        if (p.sentence()) {
                            sentences.add(ANALYZERS.passageTerms(p.text()));
                            sentenceTexts.add(p.text());
                        }
                    }
                    String joined = String.join(" ", sentenceTexts);
                    if (sentences.size() > 1) {
                        assertThat(PassageTerms.concat(sentences)).as(eml.toString())
                                .isEqualTo(ANALYZERS.passageTerms(joined));
                        windows++;
                    }
                }
            }
        }
        assertThat(windows).isGreaterThan(60);
    }

    private static void assertSameAsTheAnalyzers(String text) {
        PassageTerms terms = ANALYZERS.passageTerms(text);
        assertThat(terms).as(text).isNotNull();
        assertThat(terms.words()).as(text)
                .isEqualTo(List.copyOf(new LinkedHashSet<>(ANALYZERS.terms(CatalogFields.MESSAGE, text))));
        assertThat(terms.pairs()).as(text)
                .isEqualTo(List.copyOf(new LinkedHashSet<>(ANALYZERS.terms(CatalogFields.MESSAGE_PAIRS, text))));
    }
}
