package dev.errdex.triage.ticket;

import dev.errdex.catalog.service.CatalogService;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.LuceneCatalogIndex;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** People's corrections teach the index: the next similar email is matched. */
@QuarkusTest
class LearningTest extends TicketTest {

    private static final String FIRST = "Since the office move our kiosk tablets show a grey wobbling walrus"
            + " picture and the checkout screen freezes.";
    private static final String SECOND = "Again the kiosk tablets show the grey wobbling walrus picture and the"
            + " checkout screen freezes after the office move.";

    @Test
    void anEmailThatMatchedNothingIsMatchedAfterASimilarOneWasCorrected() {
        Ticket before = tickets.ingest(Mails.fixture("vague.eml", "id", "walrus-0", "subject", "Kiosk walrus",
                "body", SECOND), Channel.WEBHOOK, null).ticket();
        assertThat(before.annotations()).extracting(TicketAnnotation::code).doesNotContain("ERR_NGROK_3004");

        Ticket first = tickets.ingest(Mails.fixture("vague.eml", "id", "walrus-1", "subject", "Kiosk walrus",
                "body", FIRST), Channel.WEBHOOK, null).ticket();
        tickets.correct(first.id(), null, "ERR_NGROK_3004", "key:agent", "it is the upstream");

        Ticket after = tickets.ingest(Mails.fixture("vague.eml", "id", "walrus-2", "subject", "Kiosk walrus",
                "body", SECOND), Channel.WEBHOOK, null).ticket();
        assertThat(after.annotations()).isNotEmpty();
        assertThat(after.annotations().get(0).code()).isEqualTo("ERR_NGROK_3004");
        assertThat(after.annotations().get(0).source()).isEqualTo(TicketAnnotation.Source.INFERRED);
        assertThat(tables.learned("ERR_NGROK_3004")).isEqualTo(1);
    }

    @Test
    void learnedEvidenceIsReplayedIntoAnIndexBuiltAfresh() {
        Ticket first = tickets.ingest(Mails.fixture("vague.eml", "id", "walrus-r", "subject", "Kiosk walrus",
                "body", FIRST), Channel.WEBHOOK, null).ticket();
        tickets.correct(first.id(), null, "ERR_NGROK_6022", "key:agent", null);

        try (CatalogIndex fresh = LuceneCatalogIndex.inMemory(
                QuarkusTransaction.requiringNew().call(() -> catalog.entries()))) {
            assertThat(fresh.match("Kiosk walrus\n\n" + SECOND, 3)).extracting(s -> s.code())
                    .doesNotContain("ERR_NGROK_6022");
            TicketService.replayLearnedEvidence(fresh);
            assertThat(fresh.match("Kiosk walrus\n\n" + SECOND, 3)).first()
                    .satisfies(s -> assertThat(s.code()).isEqualTo("ERR_NGROK_6022"));
        }
    }
}
