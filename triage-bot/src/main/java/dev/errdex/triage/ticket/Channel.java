package dev.errdex.triage.ticket;

/** How an email reached errdex. */
public enum Channel {
    /** The IMAP mailbox poller. */
    IMAP,
    /** {@code POST /triage/inbound}. */
    WEBHOOK,
    /** {@code bin/triage --store} (files and mbox). */
    FILE,
    /** The GraphQL mutation {@code triageEmail}. */
    GRAPHQL
}
