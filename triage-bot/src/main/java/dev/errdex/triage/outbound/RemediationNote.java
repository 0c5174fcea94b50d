package dev.errdex.triage.outbound;

import dev.errdex.triage.ticket.TicketAnnotated;

import java.util.List;

/**
 * The internal note about one annotated ticket, as the helpdesk webhook receives it (JSON) and as the email notes
 * are written from.
 *
 * @param type           always {@value #TYPE}, so that a receiver can tell errdex notes apart
 * @param version        the schema's version, {@value #VERSION}; a receiver reads fields it knows and ignores others
 * @param ticketId       errdex's ticket id
 * @param messageId      the customer's Message-ID (angle brackets included), or null
 * @param subject        the customer's subject
 * @param state          ANNOTATED or NEEDS_HUMAN
 * @param idempotencyKey the key also sent as the {@code Idempotency-Key} header
 * @param codes          the annotations, best first (the event's, with confidence rounded to 3 decimals)
 */
public record RemediationNote(
        String type,
        int version,
        String ticketId,
        String messageId,
        String subject,
        String state,
        String idempotencyKey,
        List<TicketAnnotated.Annotation> codes) {

    public static final String TYPE = "errdex.internal-note";

    /** The version of this JSON schema (docs/helpdesks.md "Generic signed webhook"). */
    public static final int VERSION = 1;

    public RemediationNote {
        codes = List.copyOf(codes);
    }

    /** The note of an annotation event for one target. */
    public static RemediationNote of(TicketAnnotated event, NoteTarget target) {
        return of(event, event.annotations(), target);
    }

    static RemediationNote of(TicketAnnotated event, List<TicketAnnotated.Annotation> annotations, NoteTarget target) {
        List<TicketAnnotated.Annotation> codes = annotations.stream()
                .map(a -> new TicketAnnotated.Annotation(a.code(), a.source(),
                        Math.round(a.confidence() * 1000) / 1000.0, a.attach(), a.evidence(), a.remediationMarkdown(),
                        a.remediationText(), a.docsUrl(), a.catalogRevision()))
                .toList();
        return new RemediationNote(TYPE, VERSION, event.ticketId(), event.messageId(), event.subject(), event.state(),
                IdempotencyKey.of(event.ticketId(), annotations, target), codes);
    }

    /** The codes, comma-separated, for subjects and logs. */
    public String codeList() {
        return String.join(", ", codes.stream().map(TicketAnnotated.Annotation::code).toList());
    }
}
