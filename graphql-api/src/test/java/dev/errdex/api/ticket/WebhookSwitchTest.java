package dev.errdex.api.ticket;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The webhook's own checks, without a server. */
class WebhookSwitchTest {

    private static InboundWebhook webhook(String secret) {
        InboundWebhook w = new InboundWebhook();
        w.config = new WebhookConfig() {
            @Override
            public Optional<String> secret() {
                return Optional.ofNullable(secret);
            }

            @Override
            public int maxBytes() {
                return 1000;
            }

            @Override
            public int failedSecretsPerMinute() {
                return 10;
            }

            @Override
            public int failedSecretsBurst() {
                return 10;
            }
        };
        w.guard = new WebhookGuard(w.config);
        return w;
    }

    @Test
    void withoutASecretTheWebhookIsOffAndSaysHowToTurnItOn() throws Exception {
        for (String secret : new String[] {null, " "}) {
            try (Response r = webhook(secret).receive("Bearer x", "message/rfc822",
                    new ByteArrayInputStream(new byte[0]))) {
                assertThat(r.getStatus()).isEqualTo(503);
                @SuppressWarnings("unchecked")
                Map<String, Object> body = (Map<String, Object>) r.getEntity();
                assertThat(body).containsEntry("code", "ERR_ERRDEX_1402");
                assertThat((String) body.get("title")).contains("ERRDEX_WEBHOOK_SECRET");
            }
        }
    }

    @Test
    void aSecretShorterThan32CharactersKeepsTheWebhookOffAndSaysWhy() throws Exception {
        String shortSecret = "x".repeat(WebhookGuard.MIN_SECRET_LENGTH - 1);
        try (Response r = webhook(shortSecret).receive("Bearer " + shortSecret, "message/rfc822",
                new ByteArrayInputStream(new byte[0]))) {
            assertThat(r.getStatus()).isEqualTo(503);
            @SuppressWarnings("unchecked")
            Map<String, Object> body = (Map<String, Object>) r.getEntity();
            assertThat(body).containsEntry("code", "ERR_ERRDEX_1430");
            assertThat((String) body.get("title")).contains("shorter than 32 characters");
        }
        assertThat(webhook("x".repeat(WebhookGuard.MIN_SECRET_LENGTH)).guard.closed()).isEmpty();
    }

    @Test
    void theSecretMustMatchExactlyAfterBearer() {
        assertThat(InboundWebhook.authorized("Bearer s3cret", "s3cret")).isTrue();
        assertThat(InboundWebhook.authorized("bearer s3cret", "s3cret")).isTrue();
        assertThat(InboundWebhook.authorized("Bearer s3cre", "s3cret")).isFalse();
        assertThat(InboundWebhook.authorized("Basic s3cret", "s3cret")).isFalse();
        assertThat(InboundWebhook.authorized("s3cret", "s3cret")).isFalse();
        assertThat(InboundWebhook.authorized(null, "s3cret")).isFalse();
    }
}
