package dev.errdex.triage.ticket;

/**
 * What a process of the service does ({@code errdex.role}, {@code ERRDEX_ROLE}). Every role serves HTTP (GraphQL,
 * webhook, health); the role decides whether the background workers run (the IMAP mailbox poller).
 */
public enum ProcessRole {
    /** HTTP only: no background workers. Run as many as needed behind a load balancer. */
    API,
    /** HTTP and the background workers. Run one per mailbox. */
    WORKER,
    /** Both (the default, for a single process). */
    ALL;

    /** Whether background workers (the mailbox poller) run in this process. */
    public boolean runsWorkers() {
        return this != API;
    }
}
