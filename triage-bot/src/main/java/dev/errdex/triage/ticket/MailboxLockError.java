package dev.errdex.triage.ticket;

import dev.errdex.catalog.ErrdexCode;

/**
 * errdex's own codes for the mailbox lock that keeps one IMAP poller per mailbox across processes
 * ({@code ERR_ERRDEX_1502}-{@code 1505}, in the cluster range 1500-1519 shared with catalog-core's
 * {@code ClusterError}).
 */
public enum MailboxLockError implements ErrdexCode {

    MAILBOX_LOCK_TAKEN(1502, "Informational: this process (%s) took the lock of mailbox %s and polls it now."),
    MAILBOX_LOCK_BUSY(1503, "Informational: mailbox %s is polled by another process (%s); this process stands by and"
            + " tries the lock again every errdex.imap.lock.retry-interval."),
    MAILBOX_LOCK_LOST(1504, "This process lost the lock of mailbox %s (%s) and stopped polling it; another process"
            + " may take over. It tries the lock again every errdex.imap.lock.retry-interval. Check the database"
            + " connection if this repeats."),
    MAILBOX_LOCK_FAILED(1505, "Taking the lock of mailbox %s failed: %s. The mailbox is not polled by this process"
            + " until the database answers; it retries every errdex.imap.lock.retry-interval.");

    private final int number;
    private final String template;

    MailboxLockError(int number, String template) {
        this.number = number;
        this.template = template;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String template() {
        return template;
    }
}
