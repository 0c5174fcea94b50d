package dev.errdex.api.outbound;

import dev.errdex.triage.outbound.DeliveryStatus;
import dev.errdex.triage.ticket.TicketAnnotated;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.errdex.api.outbound.OutboundDeliveryTest.addresses;
import static dev.errdex.api.outbound.OutboundDeliveryTest.part;
import static org.assertj.core.api.Assertions.assertThat;

/** With customer replies switched on: only attached codes, only fresh mail of live channels. */
@QuarkusTest
@TestProfile(CustomerReplyTest.RepliesOn.class)
class CustomerReplyTest extends OutboundTestBase {

    public static class RepliesOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("errdex.outbound.customer-reply.enabled", "true",
                    "errdex.outbound.customer-reply.max-age", "1h");
        }
    }

    @Test
    void answersAFreshLiveTicketWithTheAttachedCodeOnly() throws Exception {
        TicketAnnotated ticket = TicketEvents.ticket("IMAP", Instant.now().minusSeconds(60));

        events.fireCommitted(ticket);
        events.fireCommitted(ticket);
        drain(ticket.ticketId());

        List<MimeMessage> toCustomer = toCustomer();
        assertThat(toCustomer).singleElement().satisfies(mail -> {
            assertThat(addresses(mail.getRecipients(Message.RecipientType.TO))).containsExactly(TicketEvents.CUSTOMER);
            assertThat(mail.getSubject()).isEqualTo("Re: Tunnel down <script>");
            assertThat(mail.getHeader("In-Reply-To")).containsExactly(ticket.messageId());
            assertThat(part(mail, "text/plain")).contains("ERR_NGROK_3200", "start the agent")
                    .doesNotContain("ERR_NGROK_108").doesNotContain("confidence");
        });
        assertThat(OutboundReceivers.smtp().getReceivedMessages()).as("agents' note and customer reply").hasSize(2);
    }

    @Test
    void doesNotAnswerMailOlderThanTheMaximumAge() throws Exception {
        TicketAnnotated backlog = TicketEvents.ticket("IMAP", Instant.now().minus(Duration.ofHours(2)));

        events.fireCommitted(backlog);
        drain(backlog.ticketId());

        assertThat(toCustomer()).isEmpty();
        assertThat(outbox.deliveries(backlog.ticketId())).extracting(DeliveryStatus::target)
                .doesNotContain("CUSTOMER_REPLY");
    }

    @Test
    void doesNotAnswerTicketsOfAFileImport() throws Exception {
        TicketAnnotated imported = TicketEvents.ticket("FILES", Instant.now());

        events.fireCommitted(imported);
        drain(imported.ticketId());

        assertThat(toCustomer()).isEmpty();
    }

    @Test
    void doesNotAnswerWhenNoCodeIsAttached() throws Exception {
        TicketAnnotated fresh = TicketEvents.ticket("WEBHOOK", Instant.now());
        TicketAnnotated unsure = new TicketAnnotated(fresh.ticketId(), fresh.messageId(), fresh.subject(),
                fresh.from(), "NEEDS_HUMAN", fresh.annotations().stream().filter(a -> !a.attach()).toList(),
                fresh.at(), fresh.receivedAt(), fresh.channel());

        events.fireCommitted(unsure);
        drain(unsure.ticketId());

        assertThat(toCustomer()).isEmpty();
    }

    private static List<MimeMessage> toCustomer() {
        return Arrays.stream(OutboundReceivers.smtp().getReceivedMessages())
                .filter(m -> {
                    try {
                        return addresses(m.getAllRecipients()).contains(TicketEvents.CUSTOMER);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }
}
