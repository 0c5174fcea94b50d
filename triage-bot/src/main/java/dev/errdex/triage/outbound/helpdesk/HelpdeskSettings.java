package dev.errdex.triage.outbound.helpdesk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * The helpdesk connectors, prefix {@code errdex.helpdesk} (environment {@code ERRDEX_HELPDESK_...}). Each helpdesk is
 * on when its URL and credentials are set; several can be on at once. See docs/helpdesks.md.
 */
@ConfigMapping(prefix = "errdex.helpdesk")
public interface HelpdeskSettings {

    /** Zendesk Support. */
    Zendesk zendesk();

    /** Freshdesk. */
    Freshdesk freshdesk();

    /** Zammad. */
    Zammad zammad();

    /** Help Scout (Mailbox API 2.0). */
    HelpScout helpscout();

    /** What the note says. */
    Note note();

    /** Connection timeout of every connector. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** Timeout of one request of every connector. */
    @WithDefault("15s")
    Duration requestTimeout();

    /**
     * Oldest signed event accepted ({@code ERRDEX_HELPDESK_MAX_EVENT_AGE}): a signature timestamp further from now than
     * this, in either direction, is refused as stale (a replay).
     */
    @WithDefault("5m")
    Duration maxEventAge();

    /** Zendesk: API token authentication ({@code {email}/token:{token}}), webhook signing secret. */
    interface Zendesk {
        /** The account's URL, e.g. {@code https://example.zendesk.com} ({@code ERRDEX_HELPDESK_ZENDESK_URL}). */
        Optional<URI> url();

        /** The agent's email the API token belongs to ({@code ERRDEX_HELPDESK_ZENDESK_EMAIL}). */
        Optional<String> email();

        /** The API token ({@code ERRDEX_HELPDESK_ZENDESK_TOKEN}). */
        Optional<String> token();

        /** The webhook's signing secret ({@code ERRDEX_HELPDESK_ZENDESK_WEBHOOK_SECRET}); unset: inbound off. */
        Optional<String> webhookSecret();
    }

    /** Freshdesk: API key (Basic {@code apikey:X}); inbound by a shared secret. */
    interface Freshdesk {
        /** The account's URL, e.g. {@code https://example.freshdesk.com} ({@code ERRDEX_HELPDESK_FRESHDESK_URL}). */
        Optional<URI> url();

        /** The agent's API key ({@code ERRDEX_HELPDESK_FRESHDESK_API_KEY}). */
        Optional<String> apiKey();

        /**
         * The shared secret the automation sends as {@code Authorization: Bearer <secret>}
         * ({@code ERRDEX_HELPDESK_FRESHDESK_WEBHOOK_SECRET}); unset: inbound off.
         */
        Optional<String> webhookSecret();
    }

    /** Zammad: access token ({@code Authorization: Token token=...}); webhook HMAC-SHA1 signature token. */
    interface Zammad {
        /** The instance's URL, e.g. {@code https://support.example.com} ({@code ERRDEX_HELPDESK_ZAMMAD_URL}). */
        Optional<URI> url();

        /** An agent's access token with ticket.agent permission ({@code ERRDEX_HELPDESK_ZAMMAD_TOKEN}). */
        Optional<String> token();

        /**
         * The webhook's "HMAC SHA1 Signature Token" ({@code ERRDEX_HELPDESK_ZAMMAD_WEBHOOK_SECRET}); unset: inbound
         * off.
         */
        Optional<String> webhookSecret();
    }

    /** Help Scout: OAuth2 client credentials (app id and secret); webhook secret key. */
    interface HelpScout {
        /** The API's URL ({@code ERRDEX_HELPDESK_HELPSCOUT_URL}); unset: Help Scout is off. */
        Optional<URI> url();

        /** The OAuth2 app's id ({@code ERRDEX_HELPDESK_HELPSCOUT_APP_ID}). */
        Optional<String> appId();

        /** The OAuth2 app's secret ({@code ERRDEX_HELPDESK_HELPSCOUT_APP_SECRET}). */
        Optional<String> appSecret();

        /** The webhook's secret key ({@code ERRDEX_HELPDESK_HELPSCOUT_WEBHOOK_SECRET}); unset: inbound off. */
        Optional<String> webhookSecret();

        /** How long before its expiry a cached access token is replaced. */
        @WithDefault("5m")
        Duration tokenRefreshMargin();
    }

    /** What the note says. */
    interface Note {
        /**
         * When no code is sure enough to attach: {@code considered} (default) writes a note naming the codes that
         * were considered (or that none was found); {@code nothing} writes no note.
         */
        @WithDefault("considered")
        WhenUnsure whenUnsure();

        /**
         * Where errdex's pages are served, e.g. {@code https://errdex.example.com}: the note links
         * {@code <this>/errors/<CODE>}. Unset: it links the code's documentation URL from the catalog.
         */
        Optional<URI> pagesBaseUrl();
    }

    /** What to write when no code is sure enough to attach. */
    enum WhenUnsure { CONSIDERED, NOTHING }
}
