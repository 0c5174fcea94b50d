package dev.errdex.triage.outbound;

import dev.errdex.triage.ticket.TicketAnnotated;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static dev.errdex.triage.outbound.OutboundFixtures.NOW;
import static dev.errdex.triage.outbound.OutboundFixtures.attached;
import static dev.errdex.triage.outbound.OutboundFixtures.event;
import static dev.errdex.triage.outbound.OutboundFixtures.suggested;
import static org.assertj.core.api.Assertions.assertThat;

class CustomerReplyRuleTest {

    private final CustomerReplyRule on = new CustomerReplyRule(true, Duration.ofHours(1),
            CustomerReplyRule.LIVE_CHANNELS);

    private TicketAnnotated mail(String channel, Instant receivedAt, String from) {
        return event(channel, receivedAt, from, attached("ERR_NGROK_3200", 1), suggested("ERR_NGROK_108"));
    }

    @Test
    void repliesWithTheAttachedAnnotationsOnlyToFreshMailOfALiveChannel() {
        assertThat(on.replyable(mail("WEBHOOK", NOW.minusSeconds(3599), "c@example.com"), NOW))
                .extracting(TicketAnnotated.Annotation::code).containsExactly("ERR_NGROK_3200");
    }

    @Test
    void neverRepliesWhenSwitchedOff() {
        assertThat(CustomerReplyRule.off().replyable(mail("IMAP", NOW, "c@example.com"), NOW)).isEmpty();
    }

    @Test
    void neverRepliesToABacklog() {
        assertThat(on.replyable(mail("IMAP", NOW.minus(Duration.ofMinutes(61)), "c@example.com"), NOW)).isEmpty();
    }

    @Test
    void neverRepliesWhenTheChannelOrReceiveTimeIsUnknownOrNotLive() {
        assertThat(on.replyable(mail("FILES", NOW, "c@example.com"), NOW)).isEmpty();
        assertThat(on.replyable(mail(null, NOW, "c@example.com"), NOW)).isEmpty();
        assertThat(on.replyable(mail("IMAP", null, "c@example.com"), NOW)).isEmpty();
        TicketAnnotated legacy = new TicketAnnotated("t", "<m>", "s", "c@example.com", "ANNOTATED",
                List.of(attached("ERR_NGROK_3200", 1)), NOW);
        assertThat(on.replyable(legacy, NOW)).isEmpty();
    }

    @Test
    void neverRepliesToRobotsOrToSomethingThatIsNotOneAddress() {
        for (String from : List.of("MAILER-DAEMON@example.com", "no-reply@example.com", "noreply+x@example.com",
                "a@example.com, b@example.com", "not an address", "")) {
            assertThat(on.replyable(mail("IMAP", NOW, from), NOW)).as(from).isEmpty();
        }
    }
}
