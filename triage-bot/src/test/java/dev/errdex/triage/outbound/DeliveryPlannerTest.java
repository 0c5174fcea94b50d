package dev.errdex.triage.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errdex.triage.ticket.TicketAnnotated;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.errdex.triage.outbound.OutboundFixtures.NOW;
import static dev.errdex.triage.outbound.OutboundFixtures.attached;
import static dev.errdex.triage.outbound.OutboundFixtures.event;
import static dev.errdex.triage.outbound.OutboundFixtures.suggested;
import static org.assertj.core.api.Assertions.assertThat;

class DeliveryPlannerTest {

    private static final CustomerReplyRule REPLIES_ON =
            new CustomerReplyRule(true, Duration.ofHours(1), CustomerReplyRule.LIVE_CHANNELS);
    private final TicketAnnotated fresh = event("IMAP", NOW.minusSeconds(30), "Customer@Example.com",
            attached("ERR_NGROK_3200", 3), suggested("ERR_NGROK_108"));

    @Test
    void plansNothingWhenNoTargetIsConfigured() {
        assertThat(new DeliveryPlanner(false, List.of(), CustomerReplyRule.off()).plan(fresh, NOW)).isEmpty();
    }

    @Test
    void plansOneNotePerConfiguredTargetWithDistinctKeys() throws Exception {
        List<PlannedDelivery> plan = new DeliveryPlanner(true, List.of("agents@example.net"), REPLIES_ON)
                .plan(fresh, NOW);

        assertThat(plan).extracting(PlannedDelivery::target)
                .containsExactly(NoteTarget.HELPDESK, NoteTarget.EMAIL, NoteTarget.CUSTOMER_REPLY);
        assertThat(plan).extracting(PlannedDelivery::idempotencyKey).doesNotHaveDuplicates()
                .allSatisfy(k -> assertThat(k).matches("errdex-[0-9a-f]{64}"));
        JsonNode helpdesk = new ObjectMapper().readTree(plan.get(0).payload());
        assertThat(helpdesk.get("idempotencyKey").asText()).isEqualTo(plan.get(0).idempotencyKey());
        assertThat(helpdesk.get("codes").get(1).get("confidence").asDouble()).isEqualTo(0.412);
        assertThat(DeliveryPlanner.mailOf(plan.get(1).payload()).to()).containsExactly("agents@example.net");
        NoteMail reply = DeliveryPlanner.mailOf(plan.get(2).payload());
        assertThat(reply.to()).containsExactly("Customer@Example.com");
        assertThat(reply.text()).contains("ERR_NGROK_3200").doesNotContain("ERR_NGROK_108");
    }

    @Test
    void plansTheSameKeysForTheSameEventWhateverTheOrderOfItsAnnotations() {
        DeliveryPlanner planner = new DeliveryPlanner(true, List.of("agents@example.net"), CustomerReplyRule.off());
        TicketAnnotated reordered = event("IMAP", NOW, "c@example.com", suggested("ERR_NGROK_108"),
                attached("ERR_NGROK_3200", 3));

        assertThat(planner.plan(reordered, NOW)).extracting(PlannedDelivery::idempotencyKey)
                .isEqualTo(planner.plan(fresh, NOW).stream().map(PlannedDelivery::idempotencyKey).toList());
    }

    @Test
    void aNewerGuideRevisionMakesANewNote() {
        TicketAnnotated revised = event("IMAP", NOW, "c@example.com", attached("ERR_NGROK_3200", 4),
                suggested("ERR_NGROK_108"));

        assertThat(IdempotencyKey.of("t-1", revised.annotations(), NoteTarget.HELPDESK))
                .isNotEqualTo(IdempotencyKey.of("t-1", fresh.annotations(), NoteTarget.HELPDESK));
    }

    @Test
    void plansNothingForATicketWithoutAnnotations() {
        TicketAnnotated none = event("IMAP", NOW, "c@example.com");
        assertThat(new DeliveryPlanner(true, List.of("a@example.net"), REPLIES_ON).plan(none, NOW)).isEmpty();
    }
}
