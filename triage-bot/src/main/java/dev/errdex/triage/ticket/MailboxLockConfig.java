package dev.errdex.triage.ticket;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The mailbox lock that keeps a mailbox to one polling process ({@code errdex.imap.lock.*}). */
@ConfigMapping(prefix = "errdex.imap.lock")
public interface MailboxLockConfig {

    /**
     * How often a process that does not hold the lock tries to take it, and how often the holder checks that its
     * lock session is alive ({@code ERRDEX_IMAP_LOCK_RETRY_INTERVAL}). Bounds the take-over after the holder died.
     */
    @WithDefault("5s")
    Duration retryInterval();
}
