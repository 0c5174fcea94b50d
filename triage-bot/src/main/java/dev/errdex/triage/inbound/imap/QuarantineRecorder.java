package dev.errdex.triage.inbound.imap;

/**
 * Records quarantined messages (the ticket store keeps them with their reason). Called before the quarantine flag
 * is set, so it may be called again for the same {@link QuarantinedMessage#reference()} after a crash: it must be
 * idempotent. An exception is treated like a transient handler failure: the message is retried at the next poll.
 */
@FunctionalInterface
public interface QuarantineRecorder {

    void record(QuarantinedMessage message) throws Exception;

    /** Records nothing; the poller still logs every quarantine. */
    static QuarantineRecorder none() {
        return message -> {
        };
    }
}
