package dev.errdex.triage.inbound.imap;

/**
 * Turns one inbound message into a ticket. Implemented by the ticket store; called by {@link MailboxPoller} on its
 * single worker thread, one message at a time, in UID order.
 *
 * <p>Contract:
 * <ul>
 *   <li>Return {@link HandleOutcome#committed} only after the ticket's transaction has committed: the poller then
 *       marks the message processed, and a message marked processed is never offered again.</li>
 *   <li>Be idempotent: the same message may be offered again (crash between commit and flag, changed UIDVALIDITY,
 *       the same mail in two channels). Recognise it (Message-ID, or a content hash when it has none) and answer
 *       {@link HandleOutcome#duplicate}, enforced by a unique constraint in the database, not only in memory.</li>
 *   <li>Answer {@link HandleOutcome#rejected} for a message that can never become a ticket; it is quarantined.</li>
 *   <li>Throw for anything transient (database down, timeout): the message stays unprocessed and is offered again
 *       at the next poll; the poller stops the current batch there so that order is kept.</li>
 * </ul>
 */
@FunctionalInterface
public interface InboundMessageHandler {

    HandleOutcome handle(InboundMessage message) throws Exception;
}
