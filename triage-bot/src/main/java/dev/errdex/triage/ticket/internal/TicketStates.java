package dev.errdex.triage.ticket.internal;

import dev.errdex.triage.ticket.TicketAnnotation.Review;
import dev.errdex.triage.ticket.TicketAnnotation.Source;
import dev.errdex.triage.ticket.TicketState;

import java.util.Collection;

/** The state of a ticket, derived from its annotations (docs/tickets.md "States"). */
public final class TicketStates {

    private TicketStates() {
    }

    public static TicketState derive(Collection<AnnotationEntity> annotations) {
        if (annotations.stream().anyMatch(a -> a.source == Source.PERSON || a.review == Review.CORRECTED)) {
            return TicketState.CORRECTED;
        }
        if (annotations.stream().anyMatch(a -> a.review == Review.CONFIRMED)) {
            return TicketState.CONFIRMED;
        }
        boolean proposed = annotations.stream().anyMatch(a -> a.review == Review.PROPOSED);
        if (!proposed && annotations.stream().anyMatch(a -> a.review == Review.REJECTED)) {
            return TicketState.REJECTED;
        }
        return annotations.stream().anyMatch(a -> a.review == Review.PROPOSED && a.attach)
                ? TicketState.ANNOTATED : TicketState.NEEDS_HUMAN;
    }
}
