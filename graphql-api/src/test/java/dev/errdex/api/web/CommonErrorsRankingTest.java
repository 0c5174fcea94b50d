package dev.errdex.api.web;

import dev.errdex.catalog.testing.PostgresTestDatabase;
import dev.errdex.triage.ticket.Channel;
import dev.errdex.triage.ticket.TicketService;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The common errors of {@code /errors}: the seed's order while there are fewer tickets than
 * {@code errdex.pages.common-errors-min-tickets}, then the codes found in most tickets. Runs on a database of its own (its profile starts the application afresh, which empties the database).
 */
@QuarkusTest
@TestProfile(CommonErrorsRankingTest.FreshDatabase.class)
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CommonErrorsRankingTest {

    /** A profile of its own, so that the application starts on an empty database (no tickets yet). */
    public static class FreshDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("errdex.pages.common-errors-refresh-seconds", "600",
                    "errdex.pages.common-errors-min-tickets", Integer.toString(MIN_TICKETS));
        }
    }

    static final int MIN_TICKETS = 5;

    @Inject
    TicketService tickets;

    private static List<String> commonErrors() {
        return ErrorPagesTest.page("/errors", 200).getElementById("common").parent().select("li > a > code").eachText();
    }

    private void store(String code, int times) {
        for (int i = 0; i < times; i++) {
            String raw = "Message-ID: <" + UUID.randomUUID() + "@mail.customer.test>\r\n"
                    + "From: Ana Lima <ana@customer.test>\r\nSubject: It fails\r\n\r\nWe get " + code + ".\r\n";
            tickets.ingest(raw.getBytes(StandardCharsets.UTF_8), Channel.FILE, "ranking-test");
        }
    }

    @Test
    @Order(1)
    void withoutTicketsErrorsListsTheSeedsCommonErrorsInOrder() {
        assertThat(commonErrors()).containsExactlyElementsOf(ErrorPagesTest.SEED_COMMON);
    }

    @Test
    @Order(2)
    void withFewerTicketsThanTheThresholdTheSeedsOrderStays() throws Exception {
        store("ERR_NGROK_8012", 3);

        // a new ticket makes the next request count again once the last count is a second old
        Thread.sleep(1100);

        assertThat(commonErrors()).as("3 tickets, fewer than %d", MIN_TICKETS)
                .containsExactlyElementsOf(ErrorPagesTest.SEED_COMMON);
    }

    @Test
    @Order(3)
    void onceEnoughTicketsExistTheCodesInMostTicketsComeFirst() throws Exception {
        store("ERR_NGROK_6024", 2);
        store("ERR_NGROK_334", 1);

        List<String> expected = new ArrayList<>(List.of("ERR_NGROK_8012", "ERR_NGROK_6024", "ERR_NGROK_334"));
        ErrorPagesTest.SEED_COMMON.stream().filter(c -> !expected.contains(c)).limit(13).forEach(expected::add);
        // the ranking counted for the first test is counted again at most once a second after new tickets
        List<String> shown = commonErrors();
        for (int i = 0; i < 30 && !shown.equals(expected); i++) {
            Thread.sleep(100);
            shown = commonErrors();
        }
        assertThat(shown).containsExactlyElementsOf(expected);
    }
}
