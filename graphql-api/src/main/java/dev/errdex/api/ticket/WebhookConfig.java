package dev.errdex.api.ticket;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The inbound-mail webhook ({@code errdex.webhook.*}, {@code POST /triage/inbound}); see docs/tickets.md. */
@ConfigMapping(prefix = "errdex.webhook")
public interface WebhookConfig {

    /**
     * The shared secret senders put in {@code Authorization: Bearer <secret>}. Environment:
     * {@code ERRDEX_WEBHOOK_SECRET}. Unset: the webhook answers 503 ({@code ERR_ERRDEX_1402}); shorter than 32
     * characters: the webhook answers 503 ({@code ERR_ERRDEX_1430}) and the log says so at start.
     */
    Optional<String> secret();

    /**
     * Requests with a wrong secret allowed per client address and minute (sustained); past the budget, 429
     * ({@code ERR_ERRDEX_1431}) with {@code Retry-After}, without checking the secret.
     */
    @WithDefault("10")
    int failedSecretsPerMinute();

    /** How many wrong secrets one address may send at once before the per-minute rate applies. */
    @WithDefault("10")
    int failedSecretsBurst();

    /**
     * Largest upload read, in bytes (raw message or provider JSON); larger ones get 413. Keep
     * {@code quarkus.http.limits.max-body-size} (10 MiB by default) at least this large.
     */
    @WithDefault("10485760")
    int maxBytes();
}
