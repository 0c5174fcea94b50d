package dev.errdex.triage.outbound;

import dev.errdex.triage.ticket.TicketAnnotated;

import java.util.List;

/**
 * The internal note about one annotated ticket, as the helpdesk webhook receives it (JSON) and as the email notes
 * are written from. Confidence is rounded to 3 decimals.
 *
 * @param type           always {@value #TYPE}, so that a receiver can tell errdex notes apart
 * @param ticketId       errdex's ticket id
 * @param messageId      the customer's Message-ID (angle brackets included), or null
 * @param subject        the customer's subject
 * @param state          ANNOTATED or NEEDS_HUMAN
 * @param idempotencyKey the key also sent as the {@code Idempotency-Key} header
 * @param codes          the annotations, best first
 */
public record RemediationNote(
        String type,
        String ticketId,
        String messageId,
        String subject,
        String state,
        String idempotencyKey,
        List<NoteCode> codes) {

    public static final String TYPE = "errdex.internal-note";

    public RemediationNote {
        codes = List.copyOf(codes);
    }

    /**
     * One code of the note.
     *
     * @param code                canonical code
     * @param source              EXPLICIT or INFERRED
     * @param confidence          in [0,1]
     * @param attach              whether errdex was confident enough to attach the remediation
     * @param evidence            the matching snippet
     * @param remediationMarkdown the fix guide in Markdown
     * @param remediationText     the fix guide as plain text
     * @param docsUrl             the code's public page
     * @param catalogRevision     revision of the catalog entry used
     */
    public record NoteCode(
            String code,
            String source,
            double confidence,
            boolean attach,
            String evidence,
            String remediationMarkdown,
            String remediationText,
            String docsUrl,
            long catalogRevision) {
    }

    /** The note of an annotation event for one target. */
    public static RemediationNote of(TicketAnnotated event, NoteTarget target) {
        return of(event, event.annotations(), target);
    }

    static RemediationNote of(TicketAnnotated event, List<TicketAnnotated.Annotation> annotations, NoteTarget target) {
        List<NoteCode> codes = annotations.stream()
                .map(a -> new NoteCode(a.code(), a.source(), Math.round(a.confidence() * 1000) / 1000.0, a.attach(),
                        a.evidence(), a.remediationMarkdown(), a.remediationText(), a.docsUrl(), a.catalogRevision()))
                .toList();
        return new RemediationNote(TYPE, event.ticketId(), event.messageId(), event.subject(), event.state(),
                IdempotencyKey.of(event.ticketId(), annotations, target), codes);
    }

    /** The codes, comma-separated, for subjects and logs. */
    public String codeList() {
        return String.join(", ", codes.stream().map(NoteCode::code).toList());
    }
}
