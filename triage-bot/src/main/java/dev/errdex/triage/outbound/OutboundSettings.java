package dev.errdex.triage.outbound;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Settings of outbound remediation, prefix {@code errdex.outbound} (environment: {@code ERRDEX_OUTBOUND_...}).
 * Every target is off by default: the helpdesk webhook is on when a URL is set, email notes when an address is set,
 * customer replies only with {@code customer-reply.enabled=true}. See docs/outbound.md.
 */
@ConfigMapping(prefix = "errdex.outbound")
public interface OutboundSettings {

    /** The helpdesk webhook that receives internal notes. */
    Helpdesk helpdesk();

    /** Email notes to the agents' address. */
    Email email();

    /** Automatic replies to the customer. */
    CustomerReply customerReply();

    /** Retries of failed deliveries. */
    Retry retry();

    /**
     * How often the outbox is looked at for notes to send ({@code ERRDEX_OUTBOUND_POLL_INTERVAL}; {@code 5s},
     * {@code PT5S}). The scheduler reads the same key.
     */
    @WithDefault("5s")
    Duration pollInterval();

    /** Most notes sent in one look at the outbox. */
    @WithDefault("20")
    int batchSize();

    /**
     * How long a note being sent is reserved for the sender. A note still reserved after this (the service died
     * while sending) is sent again: delivery is at-least-once, and the idempotency key lets the receiver drop the
     * repeat.
     */
    @WithDefault("2m")
    Duration lease();

    /** The helpdesk webhook. */
    interface Helpdesk {

        /** Where notes are posted ({@code ERRDEX_OUTBOUND_HELPDESK_URL}); unset: no helpdesk notes. */
        Optional<URI> url();

        /** Shared secret sent with every note ({@code ERRDEX_OUTBOUND_HELPDESK_SECRET}); unset: none sent. */
        Optional<String> secret();

        /**
         * Header that carries the secret: {@code Authorization} (default) sends {@code Bearer <secret>}; any other
         * name (e.g. {@code X-Errdex-Secret}) sends the secret as it is.
         */
        @WithDefault("Authorization")
        String secretHeader();

        /**
         * Key of the signature sent with every note as {@code X-Errdex-Signature: t=<unix>,v1=<hex HMAC-SHA256 of
         * "t.body">} ({@code ERRDEX_OUTBOUND_HELPDESK_SIGNING_SECRET}); unset: notes are not signed.
         */
        Optional<String> signingSecret();

        /** Connection timeout. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** Timeout of one whole request. */
        @WithDefault("15s")
        Duration requestTimeout();
    }

    /** Email notes (sent with quarkus-mailer: configure {@code quarkus.mailer.host}, {@code .port}, {@code .from}). */
    interface Email {

        /** Recipients of internal notes, comma-separated ({@code ERRDEX_OUTBOUND_EMAIL_TO}); unset: no email notes. */
        Optional<List<String>> to();

        /** Sender of the notes; unset: {@code quarkus.mailer.from}. */
        Optional<String> from();

        /**
         * Longest wait for the SMTP server to accept one note; past it the attempt counts as failed and is retried
         * with backoff, so a server that hangs never blocks the outbox.
         */
        @WithDefault("30s")
        Duration sendTimeout();
    }

    /** Automatic replies to the customer. */
    interface CustomerReply {

        /**
         * {@code true} to answer customers by email with the remediation of annotations errdex attached
         * ({@code attach=true}); {@code false} (default): nothing is ever sent to a customer.
         */
        @WithDefault("false")
        boolean enabled();

        /**
         * Mail received longer ago than this gets no automatic reply (a backlog taken in after downtime, an old
         * mailbox imported). Only tickets of live channels (IMAP, webhook) are answered at all.
         */
        @WithDefault("1h")
        Duration maxAge();
    }

    /** Retries with exponential backoff and jitter; after the last attempt the note goes to the dead-letter table. */
    interface Retry {

        /** Attempts in all, the first included. */
        @WithDefault("8")
        int maxAttempts();

        /** Wait after the first failure; doubled after each further failure. */
        @WithDefault("2s")
        Duration baseDelay();

        /** Longest wait between two attempts. */
        @WithDefault("15m")
        Duration maxDelay();

        /** Share of each wait that is random, in [0,1], so that failed notes do not retry in lockstep. */
        @WithDefault("0.5")
        double jitter();
    }
}
