package dev.errdex.api.ticket;

import dev.errdex.api.ops.RateLimiter;
import dev.errdex.triage.ticket.TicketErrorCode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * What stands before the webhook reads an upload: a secret long enough to resist guessing (else the webhook stays
 * off, the rest of the service runs, and the log says why at start), and a budget of wrong secrets per client
 * address ({@code errdex.webhook.failed-secrets-per-minute}, {@code .failed-secrets-burst}).
 */
@ApplicationScoped
public class WebhookGuard {

    /** The shortest secret the webhook accepts (32 characters: e.g. 16 random bytes in hex). */
    public static final int MIN_SECRET_LENGTH = 32;

    private static final Logger LOG = Logger.getLogger(WebhookGuard.class);

    private final WebhookConfig config;
    private final RateLimiter failures = new RateLimiter();

    public WebhookGuard(WebhookConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        closed().filter(c -> c == TicketErrorCode.WEBHOOK_SECRET_TOO_SHORT)
                .ifPresent(c -> LOG.error(c.code() + ": " + c.guidance()));
    }

    /** Why the webhook takes no mail (no secret, or one too short), or empty when it is on. */
    public Optional<TicketErrorCode> closed() {
        String secret = config.secret().map(String::strip).orElse("");
        if (secret.isEmpty()) {
            return Optional.of(TicketErrorCode.WEBHOOK_DISABLED);
        }
        return secret.length() < MIN_SECRET_LENGTH ? Optional.of(TicketErrorCode.WEBHOOK_SECRET_TOO_SHORT)
                : Optional.empty();
    }

    /** Seconds {@code address} must wait before its secret is checked again; 0 when it may try now. */
    public long waitBeforeTrying(String address) {
        return failures.waitFor(address, config.failedSecretsPerMinute(), config.failedSecretsBurst(),
                System.nanoTime());
    }

    /** Counts a wrong secret from {@code address}. */
    public void failed(String address) {
        failures.take(address, config.failedSecretsPerMinute(), config.failedSecretsBurst(), System.nanoTime());
    }
}
