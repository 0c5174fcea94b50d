package dev.errdex.triage.inbound.helpdesk;

import dev.errdex.catalog.Sha256;
import dev.errdex.triage.outbound.helpdesk.HelpdeskSettings;
import dev.errdex.triage.outbound.helpdesk.Hmac;
import dev.errdex.triage.outbound.helpdesk.HelpdeskSystem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks that an event comes from the helpdesk, with the helpdesk's own signature where it signs:
 * <ul>
 *   <li>Zendesk: {@code X-Zendesk-Webhook-Signature} = base64 HMAC-SHA256 over
 *       {@code X-Zendesk-Webhook-Signature-Timestamp} + body, with the webhook's signing secret; a timestamp further
 *       from now than {@code errdex.helpdesk.max-event-age} is stale;</li>
 *   <li>Help Scout: {@code X-HelpScout-Signature} = base64 HMAC-SHA1 over the body, with the webhook's secret key;</li>
 *   <li>Zammad: {@code X-Hub-Signature} = {@code sha1=} hex HMAC-SHA1 over the body, with the signature token;</li>
 *   <li>Freshdesk (which does not sign): the shared secret as {@code Authorization: Bearer <secret>}.</li>
 * </ul>
 * Comparisons take the same time whatever the input.
 */
public final class HelpdeskSignatures {

    public static final String ZENDESK_SIGNATURE = "X-Zendesk-Webhook-Signature";
    public static final String ZENDESK_TIMESTAMP = "X-Zendesk-Webhook-Signature-Timestamp";
    public static final String HELPSCOUT_SIGNATURE = "X-HelpScout-Signature";
    public static final String ZAMMAD_SIGNATURE = "X-Hub-Signature";

    private HelpdeskSignatures() {
    }

    /**
     * Refuses the event unless it is authentic and fresh.
     *
     * @param header the request's headers by name (null when absent)
     * @throws HelpdeskInboundException 503 (endpoint off), 401 (missing, wrong, stale)
     */
    public static void verify(HelpdeskSystem system, HelpdeskSettings settings, Function<String, String> header,
                              byte[] body, Instant now) {
        String secret = secret(system, settings).filter(s -> !s.isBlank()).orElseThrow(() ->
                new HelpdeskInboundException(HelpdeskErrorCode.INBOUND_OFF, 503, system.title(),
                        "no webhook secret is configured", system.key()));
        switch (system) {
            case ZENDESK -> {
                String signature = present(system, header.apply(ZENDESK_SIGNATURE), ZENDESK_SIGNATURE);
                String timestamp = present(system, header.apply(ZENDESK_TIMESTAMP), ZENDESK_TIMESTAMP);
                same(system, zendesk(secret, timestamp, body), signature, ZENDESK_SIGNATURE);
                fresh(system, timestamp, now, settings.maxEventAge());
            }
            case HELPSCOUT -> same(system, helpScout(secret, body),
                    present(system, header.apply(HELPSCOUT_SIGNATURE), HELPSCOUT_SIGNATURE), HELPSCOUT_SIGNATURE);
            case ZAMMAD -> same(system, zammad(secret, body),
                    present(system, header.apply(ZAMMAD_SIGNATURE), ZAMMAD_SIGNATURE), ZAMMAD_SIGNATURE);
            case FRESHDESK -> {
                String authorization = present(system, header.apply("Authorization"), "Authorization header");
                if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                    throw new HelpdeskInboundException(HelpdeskErrorCode.SIGNATURE_WRONG, 401, system.title(),
                            "Authorization header", system.key());
                }
                same(system, secret.strip(), authorization.substring(7).strip(), "shared secret");
            }
        }
    }

    /** Base64 HMAC-SHA256 of timestamp + body: what Zendesk sends (for tests and docs). */
    public static String zendesk(String secret, String timestamp, byte[] body) {
        return Base64.getEncoder().encodeToString(Hmac.of("HmacSHA256", secret,
                concat(timestamp.getBytes(StandardCharsets.UTF_8), body)));
    }

    /** Base64 HMAC-SHA1 of the body: what Help Scout sends. */
    public static String helpScout(String secret, byte[] body) {
        return Base64.getEncoder().encodeToString(Hmac.of("HmacSHA1", secret, body));
    }

    /** {@code sha1=} hex HMAC-SHA1 of the body: what Zammad sends. */
    public static String zammad(String secret, byte[] body) {
        return "sha1=" + HexFormat.of().formatHex(Hmac.of("HmacSHA1", secret, body));
    }

    private static Optional<String> secret(HelpdeskSystem system, HelpdeskSettings settings) {
        return switch (system) {
            case ZENDESK -> settings.zendesk().webhookSecret();
            case FRESHDESK -> settings.freshdesk().webhookSecret();
            case ZAMMAD -> settings.zammad().webhookSecret();
            case HELPSCOUT -> settings.helpscout().webhookSecret();
        };
    }

    private static String present(HelpdeskSystem system, String value, String name) {
        if (value == null || value.isBlank()) {
            throw new HelpdeskInboundException(HelpdeskErrorCode.SIGNATURE_MISSING, 401, system.title(), name);
        }
        return value.strip();
    }

    private static void same(HelpdeskSystem system, String expected, String given, String name) {
        if (!MessageDigest.isEqual(Sha256.of(expected), Sha256.of(given))) {
            throw new HelpdeskInboundException(HelpdeskErrorCode.SIGNATURE_WRONG, 401, system.title(), name,
                    system.key());
        }
    }

    private static void fresh(HelpdeskSystem system, String timestamp, Instant now, Duration maxAge) {
        Instant at;
        try {
            at = timestamp.chars().allMatch(Character::isDigit) ? Instant.ofEpochSecond(Long.parseLong(timestamp))
                    : OffsetDateTime.parse(timestamp).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new HelpdeskInboundException(HelpdeskErrorCode.EVENT_STALE, 401, system.title(),
                    "'" + timestamp + "' (not a time)", maxAge);
        }
        if (Duration.between(at, now).abs().compareTo(maxAge) > 0) {
            throw new HelpdeskInboundException(HelpdeskErrorCode.EVENT_STALE, 401, system.title(), timestamp, maxAge);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
