package dev.errdex.triage.outbound.helpdesk;

import dev.errdex.triage.outbound.DeliveryPlanner;
import dev.errdex.triage.outbound.CustomerReplyRule;
import dev.errdex.triage.outbound.NoteTarget;
import dev.errdex.triage.outbound.PlannedDelivery;
import dev.errdex.triage.ticket.TicketAnnotated;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The note on a helpdesk ticket, and where the planner sends it. */
class NoteTextTest {

    private static final TicketAnnotated.Annotation ATTACHED = new TicketAnnotated.Annotation("ERR_NGROK_8012",
            "INFERRED", 0.93, true, "failed to dial <upstream> 127.0.0.1:8080",
            "# Upstream unreachable\n\nThe agent could not reach your service.\n\n1. Start the service.\n"
                    + "2. Check the port.", "Start the service.", "https://ngrok.com/docs/errors/err_ngrok_8012", 12);
    private static final TicketAnnotated.Annotation SUGGESTED = new TicketAnnotated.Annotation("ERR_NGROK_3200",
            "INFERRED", 0.41, false, "tunnel", "Start a tunnel.", "Start a tunnel.", null, 3);

    @Test
    void anAttachedCodesNoteHasItsTitleConfidenceEvidenceFixStepsPageLinkAndCatalogRevision() {
        String md = NoteText.markdown("42", List.of(ATTACHED), HelpdeskSettings.WhenUnsure.CONSIDERED,
                Optional.of(URI.create("https://errdex.example.com/"))).orElseThrow();
        String html = NoteText.html(md);

        assertThat(md).contains("## ERR_NGROK_8012: Upstream unreachable", "Confidence **0.93**",
                "inferred from the ticket's text", "catalog revision 12", "Evidence: `failed to dial",
                "1. Start the service.", "[ERR_NGROK_8012](https://errdex.example.com/errors/ERR_NGROK_8012)");
        assertThat(html).containsPattern("<h[2-6]>ERR_NGROK_8012: Upstream unreachable</h[2-6]>").contains("<ol>",
                "<li>Start the service.</li>", "<a href=\"https://errdex.example.com/errors/ERR_NGROK_8012\"",
                "<strong>0.93</strong>", "&lt;upstream&gt;").doesNotContain("<upstream>");
    }

    @Test
    void theNoteNamesTheCodesOwnerAndTheOwnersTagsAreSlugsARoutingTriggerCanMatch() {
        TicketAnnotated.Annotation owned = new TicketAnnotated.Annotation("ERR_ACME_1001", "EXPLICIT", 1.0, true,
                "ERR_ACME_1001", "Retry the capture.", "Retry the capture.", null, 4, "@acme/payments");

        String md = NoteText.markdown("42", List.of(owned), HelpdeskSettings.WhenUnsure.CONSIDERED, Optional.empty())
                .orElseThrow();

        assertThat(md).contains("Owned by `@acme/payments`");
        assertThat(NoteText.html(md)).contains("Owned by <code>@acme/payments</code>");
        assertThat(NoteText.ownerTags("@acme/payments")).containsExactly("errdex-owner-acme-payments");
        assertThat(NoteText.ownerTags("@Acme/Payments_Team  ops@acme.example @acme/payments"))
                .containsExactly("errdex-owner-acme-payments-team", "errdex-owner-ops-acme-example",
                        "errdex-owner-acme-payments");
        assertThat(NoteText.ownerTags(null)).isEmpty();
        assertThat(NoteText.markdown("42", List.of(ATTACHED), HelpdeskSettings.WhenUnsure.CONSIDERED,
                Optional.empty()).orElseThrow()).doesNotContain("Owned by");
    }

    @Test
    void withoutAPagesUrlTheNoteLinksTheCatalogsDocumentation() {
        String md = NoteText.markdown("42", List.of(ATTACHED), HelpdeskSettings.WhenUnsure.CONSIDERED,
                Optional.empty()).orElseThrow();
        assertThat(md).contains("(https://ngrok.com/docs/errors/err_ngrok_8012)");
    }

    @Test
    void whenNothingIsSureEnoughTheNoteNamesTheCodesConsideredOrIsNotWrittenByConfiguration() {
        assertThat(NoteText.markdown("42", List.of(SUGGESTED), HelpdeskSettings.WhenUnsure.CONSIDERED,
                Optional.empty()).orElseThrow())
                .contains("no error code sure enough", "Codes considered", "`ERR_NGROK_3200` (confidence 0.41");
        assertThat(NoteText.markdown("42", List.of(), HelpdeskSettings.WhenUnsure.CONSIDERED, Optional.empty())
                .orElseThrow()).contains("No code was considered");
        assertThat(NoteText.markdown("42", List.of(SUGGESTED), HelpdeskSettings.WhenUnsure.NOTHING,
                Optional.empty())).isEmpty();
    }

    @Test
    void aTicketTakenInFromAHelpdeskGetsItsNoteOnThatHelpdeskTicketKeyedByHelpdeskTicketAndAnnotations() {
        HelpdeskRef ref = new HelpdeskRef(HelpdeskSystem.ZENDESK, "4711");
        TicketAnnotated event = new TicketAnnotated("42", ref.messageId(), "Tunnel down", "c@example.com",
                "ANNOTATED", List.of(ATTACHED), Instant.now(), Instant.now(), "WEBHOOK");
        DeliveryPlanner planner = new DeliveryPlanner(false, List.of(), CustomerReplyRule.off(),
                Set.of(HelpdeskSystem.ZENDESK), HelpdeskSettings.WhenUnsure.CONSIDERED, Optional.empty());

        List<PlannedDelivery> plan = planner.plan(event, Instant.now());

        assertThat(plan).hasSize(1);
        assertThat(plan.get(0).target()).isEqualTo(NoteTarget.ZENDESK);
        HelpdeskNote note = HelpdeskNote.read(plan.get(0).payload());
        assertThat(note.externalId()).isEqualTo("4711");
        assertThat(note.tags()).containsExactly("errdex_err_ngrok_8012");
        assertThat(plan.get(0).idempotencyKey()).isEqualTo(planner.plan(event, Instant.now()).get(0).idempotencyKey());
        TicketAnnotated otherTicket = new TicketAnnotated("42", new HelpdeskRef(HelpdeskSystem.ZENDESK, "4712")
                .messageId(), "Tunnel down", "c@example.com", "ANNOTATED", List.of(ATTACHED), Instant.now());
        assertThat(planner.plan(otherTicket, Instant.now()).get(0).idempotencyKey())
                .isNotEqualTo(plan.get(0).idempotencyKey());
        DeliveryPlanner zammadOnly = new DeliveryPlanner(false, List.of(), CustomerReplyRule.off(),
                Set.of(HelpdeskSystem.ZAMMAD), HelpdeskSettings.WhenUnsure.CONSIDERED, Optional.empty());
        assertThat(zammadOnly.plan(event, Instant.now())).as("Zendesk is off").isEmpty();
    }

    @Test
    void aHelpdeskTicketsMessageIdNamesItAndNoOtherMessageIdDoes() {
        HelpdeskRef ref = new HelpdeskRef(HelpdeskSystem.HELPSCOUT, "a b/c");
        assertThat(HelpdeskRef.of(ref.messageId())).contains(ref);
        assertThat(HelpdeskRef.of("<CAF3x@mail.example.com>")).isEmpty();
        assertThat(HelpdeskRef.of(null)).isEmpty();
    }
}
