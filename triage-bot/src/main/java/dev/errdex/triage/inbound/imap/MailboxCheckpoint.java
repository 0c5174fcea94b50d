package dev.errdex.triage.inbound.imap;

import java.util.Objects;

/**
 * How far the channel got in one mailbox folder: every message with a UID up to {@code lastUid} (under this
 * {@code uidValidity}) has been committed, found duplicate or quarantined.
 *
 * @param mailbox     {@link MailboxSettings#mailboxKey()}: {@code user@host/folder}
 * @param uidValidity the folder's UIDVALIDITY the UIDs belong to
 * @param lastUid     highest UID done, 0 when none
 */
public record MailboxCheckpoint(String mailbox, long uidValidity, long lastUid) {

    public MailboxCheckpoint {
        Objects.requireNonNull(mailbox, "mailbox");
        if (uidValidity < 0 || lastUid < 0) {
            throw new IllegalArgumentException("uidValidity and lastUid must not be negative");
        }
    }

    /** The same checkpoint moved on to {@code uid}. */
    public MailboxCheckpoint advancedTo(long uid) {
        return new MailboxCheckpoint(mailbox, uidValidity, uid);
    }
}
