package dev.errdex.triage.ticket;

import java.time.Instant;
import java.util.List;

/**
 * CDI event fired after a ticket's annotations are committed (observe with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} or after the service call returns).
 * Outbound remediation (helpdesk notes, SMTP) and subscriptions listen to it.
 *
 * @param ticketId    the ticket's id
 * @param messageId   the inbound email's Message-ID (with angle brackets), or null when it had none
 * @param subject     the email's subject
 * @param from        the sender's address
 * @param state       the ticket state after annotation: ANNOTATED or NEEDS_HUMAN
 * @param annotations what was found, best first
 * @param at          when the annotation was committed
 * @param receivedAt  when the email reached errdex (its channel's receive time), or null when unknown
 * @param channel     the channel that created the ticket: IMAP, WEBHOOK, FILES, GRAPHQL, or null when unknown;
 *                    automatic replies to the customer go only to tickets of a live channel (IMAP, WEBHOOK)
 */
public record TicketAnnotated(
        String ticketId,
        String messageId,
        String subject,
        String from,
        String state,
        List<Annotation> annotations,
        Instant at,
        Instant receivedAt,
        String channel) {

    public TicketAnnotated {
        annotations = annotations == null ? List.of() : List.copyOf(annotations);
    }

    /** The event without receive time and channel (then no automatic customer reply is ever sent for it). */
    public TicketAnnotated(String ticketId, String messageId, String subject, String from, String state,
                           List<Annotation> annotations, Instant at) {
        this(ticketId, messageId, subject, from, state, annotations, at, null, null);
    }

    /**
     * One code attached to the ticket.
     *
     * @param code                 canonical code
     * @param source               EXPLICIT (written in the email) or INFERRED (found by search)
     * @param confidence           in [0,1]
     * @param attach               true when the remediation is attached automatically
     * @param evidence             the snippet that matched
     * @param remediationMarkdown  the fix guide (Markdown) at the catalog revision used
     * @param remediationText      the same as plain text
     * @param docsUrl              the code's public page
     * @param catalogRevision      revision of the catalog entry used
     * @param owner                the team that owned the code when the ticket was annotated (CODEOWNERS owners,
     *                             space-separated); null when none
     */
    public record Annotation(
            String code,
            String source,
            double confidence,
            boolean attach,
            String evidence,
            String remediationMarkdown,
            String remediationText,
            String docsUrl,
            long catalogRevision,
            String owner) {

        /** An annotation of a code without owner. */
        public Annotation(String code, String source, double confidence, boolean attach, String evidence,
                          String remediationMarkdown, String remediationText, String docsUrl, long catalogRevision) {
            this(code, source, confidence, attach, evidence, remediationMarkdown, remediationText, docsUrl,
                    catalogRevision, null);
        }
    }
}
