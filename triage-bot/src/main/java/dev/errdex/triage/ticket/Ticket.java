package dev.errdex.triage.ticket;

import java.time.Instant;
import java.util.List;

/**
 * A ticket: one thread of support email with the codes found in it and people's feedback.
 *
 * @param id          the ticket's id (decimal)
 * @param state       where it stands
 * @param subject     the subject of its first email
 * @param requester   the sender address of its first email
 * @param createdAt   when the first email was stored
 * @param updatedAt   when the ticket last changed
 * @param messages    its emails, oldest first
 * @param annotations its codes, in the order found (per email, best first)
 * @param feedback    people's feedback, oldest first
 */
public record Ticket(
        String id,
        TicketState state,
        String subject,
        String requester,
        Instant createdAt,
        Instant updatedAt,
        List<TicketMessage> messages,
        List<TicketAnnotation> annotations,
        List<TicketFeedback> feedback) {

    public Ticket {
        messages = List.copyOf(messages);
        annotations = List.copyOf(annotations);
        feedback = List.copyOf(feedback);
    }
}
