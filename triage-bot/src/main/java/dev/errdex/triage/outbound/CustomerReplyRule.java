package dev.errdex.triage.outbound;

import dev.errdex.triage.ticket.TicketAnnotated;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When errdex may answer the customer by itself: only when switched on, only with annotations errdex attached
 * ({@code attach=true}), only for tickets a live channel created (not files or a re-run), and only for mail received
 * at most {@code maxAge} ago (a backlog taken in after downtime gets no automatic answers). Anything unknown (no
 * channel, no receive time, no usable sender address) means no reply.
 *
 * @param enabled      {@code errdex.outbound.customer-reply.enabled}
 * @param maxAge       {@code errdex.outbound.customer-reply.max-age}
 * @param liveChannels channels that may trigger a reply, upper case
 */
public record CustomerReplyRule(boolean enabled, Duration maxAge, Set<String> liveChannels) {

    /** The channels that take mail as it arrives. */
    public static final Set<String> LIVE_CHANNELS = Set.of("IMAP", "WEBHOOK");
    /** Never answered automatically: bounces, lists and robots. */
    private static final Pattern ROBOT = Pattern.compile(
            "^(mailer-daemon|postmaster|no-?reply|do-?not-?reply|bounces?|notifications?)([+.@-].*)?$");
    private static final Pattern ADDRESS = Pattern.compile("^[^\\s@<>,;\"]+@[^\\s@<>,;\"]+\\.[^\\s@<>,;\"]+$");

    public CustomerReplyRule {
        liveChannels = Set.copyOf(liveChannels);
    }

    /** The rule that never replies. */
    public static CustomerReplyRule off() {
        return new CustomerReplyRule(false, Duration.ZERO, Set.of());
    }

    /** The annotations that may go to the customer now; empty when no reply may be sent. */
    public List<TicketAnnotated.Annotation> replyable(TicketAnnotated event, Instant now) {
        if (!enabled || event.channel() == null || !liveChannels.contains(event.channel().toUpperCase(Locale.ROOT))) {
            return List.of();
        }
        if (event.receivedAt() == null || event.receivedAt().plus(maxAge).isBefore(now)) {
            return List.of();
        }
        String from = event.from() == null ? "" : event.from().strip().toLowerCase(Locale.ROOT);
        if (!ADDRESS.matcher(from).matches() || ROBOT.matcher(from).matches()) {
            return List.of();
        }
        return event.annotations().stream().filter(TicketAnnotated.Annotation::attach).toList();
    }
}
