package dev.errdex.triage.outbound;

import dev.errdex.triage.outbound.helpdesk.HelpdeskConnector;
import dev.errdex.triage.outbound.helpdesk.HelpdeskHttp;
import dev.errdex.triage.outbound.helpdesk.Hmac;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Posts internal notes to a helpdesk: {@code POST <url>} with the note as JSON, an {@code Idempotency-Key} header
 * and, when a secret is configured, {@code Authorization: Bearer <secret>} (or the secret as the value of another
 * header). With a signing secret, every note is signed: {@code X-Errdex-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "t.body">}, so that a receiver can check it came from errdex and reject replays (docs/helpdesks.md).
 * 2xx is delivered; 408, 425, 429, 5xx and network errors are retried (never before a {@code Retry-After}); any
 * other status is a refusal.
 */
public final class HelpdeskWebhook implements HelpdeskConnector {

    /** Header carrying the note's idempotency key. */
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    /** Header carrying the signature. */
    public static final String SIGNATURE_HEADER = "X-Errdex-Signature";
    private static final int MAX_BODY_IN_DETAIL = 300;

    private final URI url;
    private final Optional<String> secret;
    private final String secretHeader;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final Optional<String> signingSecret;
    private final Clock clock;

    /**
     * @param url            where notes are posted (http or https)
     * @param secret         shared secret, or empty
     * @param secretHeader   header for the secret: {@code Authorization} sends {@code Bearer <secret>}, any other
     *                       header name sends the secret as it is
     * @param connectTimeout connection timeout
     * @param requestTimeout timeout of the whole exchange
     */
    public HelpdeskWebhook(URI url, Optional<String> secret, String secretHeader, Duration connectTimeout,
                           Duration requestTimeout) {
        this(url, secret, secretHeader, connectTimeout, requestTimeout, Optional.empty(), Clock.systemUTC());
    }

    /**
     * @param signingSecret key of the {@code X-Errdex-Signature} HMAC, or empty: notes are not signed
     * @param clock         the signature's time
     */
    public HelpdeskWebhook(URI url, Optional<String> secret, String secretHeader, Duration connectTimeout,
                           Duration requestTimeout, Optional<String> signingSecret, Clock clock) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(OutboundErrorCode.SETTINGS_INVALID.format(
                    "errdex.outbound.helpdesk.url must be an http(s) URL, was " + url));
        }
        this.url = url;
        this.secret = secret.filter(s -> !s.isBlank());
        this.secretHeader = secretHeader;
        this.requestTimeout = requestTimeout;
        this.signingSecret = signingSecret.filter(s -> !s.isBlank());
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public DeliveryOutcome deliver(String payload, String idempotencyKey) {
        return post(payload, idempotencyKey);
    }

    /** {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">}. */
    public static String signature(String secret, long unixSeconds, String body) {
        byte[] digest = Hmac.of("HmacSHA256", secret, (unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
        return "t=" + unixSeconds + ",v1=" + HexFormat.of().formatHex(digest);
    }

    /** Posts one note (its JSON body as stored in the outbox) and classifies the answer. */
    public DeliveryOutcome post(String json, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .header(IDEMPOTENCY_HEADER, idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        signingSecret.ifPresent(s -> request.header(SIGNATURE_HEADER,
                signature(s, clock.instant().getEpochSecond(), json)));
        secret.ifPresent(s -> request.header(secretHeader,
                "authorization".equalsIgnoreCase(secretHeader) ? "Bearer " + s : s));
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return DeliveryOutcome.retry(OutboundErrorCode.HELPDESK_UNAVAILABLE.format("timed out after "
                    + requestTimeout));
        } catch (IOException e) {
            return DeliveryOutcome.retry(OutboundErrorCode.HELPDESK_UNAVAILABLE.format(
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.retry(OutboundErrorCode.HELPDESK_UNAVAILABLE.format("interrupted"));
        }
        int status = response.statusCode();
        String body = abbreviate(response.body());
        if (status >= 200 && status < 300) {
            return DeliveryOutcome.delivered("HTTP " + status);
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            return DeliveryOutcome.retry(OutboundErrorCode.HELPDESK_UNAVAILABLE.format("HTTP " + status + " " + body),
                    response.headers().firstValue("Retry-After").map(HelpdeskHttp::retryAfter).orElse(null));
        }
        return DeliveryOutcome.refused(OutboundErrorCode.HELPDESK_REFUSED.format(status, body));
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_BODY_IN_DETAIL ? oneLine : oneLine.substring(0, MAX_BODY_IN_DETAIL) + "...";
    }
}
