package dev.errdex.search;

import dev.errdex.catalog.testing.SharedData;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.catalog.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A correction an agent makes fixes the next similar email: two customers of the tuning part of
 * support-emails-dev-2 describe ERR_NGROK_6008 (the visitor page says the account is suspended for lack of payment)
 * in their own words, and both are missed (ERR_NGROK_1006, card declined, or ERR_NGROK_6009, suspended for abuse,
 * comes first). Once an agent corrects the first email to ERR_NGROK_6008 ({@code addEvidence} with its text, as
 * the ticket service does), the second comes out right, and says it was found through learned text.
 */
class LearnedEvidenceTest {

    private static final String CODE = "ERR_NGROK_6008";

    @Test
    void aCorrectedEmailFixesTheNextSimilarOne() throws Exception {
        Path dir = SharedData.require("datasets/support-emails-dev-2");
        String corrected = EmailText.of(dir.resolve("pB_025.eml"));
        String next = EmailText.of(dir.resolve("pC_017.eml"));
        try (CatalogIndex index = LuceneCatalogIndex.inMemory(DefaultCatalog.load())) {
            assertThat(index.match(corrected, 1).get(0).code()).as("the first email is a miss").isNotEqualTo(CODE);
            assertThat(index.match(next, 1).get(0).code()).as("so is the next one").isNotEqualTo(CODE);

            index.addEvidence(CODE, corrected);

            List<Suggestion> s = index.match(next, 3);
            assertThat(s.get(0).code()).isEqualTo(CODE);
            assertThat(s.get(0).evidence()).anySatisfy(e -> assertThat(e.field()).isEqualTo("learned"));
            assertThat(index.match(corrected, 1).get(0).code()).as("and the corrected email itself").isEqualTo(CODE);
        }
    }
}
