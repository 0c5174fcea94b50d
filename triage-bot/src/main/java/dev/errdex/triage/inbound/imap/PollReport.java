package dev.errdex.triage.inbound.imap;

/**
 * What one poll did.
 *
 * @param committed        messages that became new tickets (and were flagged processed)
 * @param duplicates       messages the ticket store already had (flagged processed)
 * @param quarantined      messages rejected or too large (flagged quarantined)
 * @param alreadyProcessed messages skipped because they already carried a flag
 * @param moreWaiting      the batch cap or a stop request ended the poll before the folder was drained
 * @param checkpoint       the checkpoint after the poll
 * @param failure          the transient handler (or quarantine recorder) failure that ended the poll early, or
 *                         {@code null}; that message and the ones after it are taken at the next poll
 */
public record PollReport(int committed, int duplicates, int quarantined, int alreadyProcessed, boolean moreWaiting,
                         MailboxCheckpoint checkpoint, Exception failure) {

    /** Messages handed to the handler or quarantined in this poll. */
    public int handled() {
        return committed + duplicates + quarantined;
    }

    public boolean failed() {
        return failure != null;
    }
}
