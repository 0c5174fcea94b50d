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

    /**
     * The team the ticket goes to: the current owner of its leading code, that is of the first live annotation whose
     * code has an owner, confirmed annotations before proposed ones (each in the order found); null when none has.
     */
    public String owner() {
        for (TicketAnnotation.Review review : List.of(TicketAnnotation.Review.CONFIRMED,
                TicketAnnotation.Review.PROPOSED)) {
            for (TicketAnnotation a : annotations) {
                if (a.review() == review && a.owner() != null) {
                    return a.owner();
                }
            }
        }
        return null;
    }
}
