package dev.errdex.triage.outbound;

import dev.errdex.triage.ticket.TicketAnnotated;

import java.time.Instant;
import java.util.List;

/** Annotation events for the outbound tests. */
final class OutboundFixtures {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private OutboundFixtures() {
    }

    static TicketAnnotated.Annotation attached(String code, long revision) {
        return new TicketAnnotated.Annotation(code, "EXPLICIT", 1.0, true, code + " seen",
                "1. Restart the agent.", "1. Restart the agent.", "https://ngrok.com/docs/errors/" + code, revision);
    }

    static TicketAnnotated.Annotation suggested(String code) {
        return new TicketAnnotated.Annotation(code, "INFERRED", 0.4123, false, "looks like it", "Try this.",
                "Try this.", null, 1);
    }

    static TicketAnnotated event(String channel, Instant receivedAt, String from,
                                 TicketAnnotated.Annotation... annotations) {
        return new TicketAnnotated("t-1", "<m1@example.com>", "Tunnel down", from, "ANNOTATED",
                List.of(annotations), NOW, receivedAt, channel);
    }
}
