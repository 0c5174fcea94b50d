package dev.errdex.triage.ticket;

import java.time.Instant;

/**
 * One code attached to a ticket, with the remediation as it was when attached, and its review by a person.
 *
 * @param id                  the annotation's id
 * @param code                canonical code
 * @param source              how the code was found
 * @param confidence          in [0,1]; 1 for explicit codes and for codes a person named
 * @param attach              true when the bot was confident enough to attach the remediation
 * @param evidence            the snippet of the email that named or matched the code
 * @param remediationText     the fix guide as plain text (catalog revision {@code catalogRevision})
 * @param remediationMarkdown the fix guide as Markdown
 * @param docsUrl             the code's public page
 * @param catalogRevision     revision of the catalog entry used; 0 when the code was not in the catalog
 * @param review              what a person said about it
 * @param reviewedBy          who reviewed it; null while {@link Review#PROPOSED}
 * @param reviewedAt          when
 * @param replacedBy          for {@link Review#CORRECTED}: the code a person chose instead
 * @param owner               the team that owns the code now (the catalog's {@code owner}, read when the ticket is
 *                            read, so it follows ownership changes); null when the code has none
 */
public record TicketAnnotation(
        long id,
        String code,
        Source source,
        double confidence,
        boolean attach,
        String evidence,
        String remediationText,
        String remediationMarkdown,
        String docsUrl,
        long catalogRevision,
        Review review,
        String reviewedBy,
        Instant reviewedAt,
        String replacedBy,
        String owner) {
    /** How a code came to the ticket. */
    public enum Source {
        /** Written in the email. */
        EXPLICIT,
        /** Found by the search index. */
        INFERRED,
        /** Named by a person (a correction). */
        PERSON
    }

    /** A person's verdict on an annotation. */
    public enum Review {
        /** Not reviewed yet. */
        PROPOSED,
        /** Right. */
        CONFIRMED,
        /** Wrong; replaced by {@code replacedBy}. */
        CORRECTED,
        /** Wrong; no replacement. */
        REJECTED
    }
}
