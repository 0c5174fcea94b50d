package dev.errdex.triage.outbound.helpdesk;

import dev.errdex.triage.outbound.DeliveryOutcome;
import dev.errdex.triage.outbound.OutboundErrorCode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * The HTTP side of one helpdesk connector: calls go only to paths under its configured base URL (no URL is ever taken
 * from a payload), redirects are not followed, and answers are classified the same way for every helpdesk: 2xx
 * delivered; 408, 425, 429, 5xx and network errors retried, never before the helpdesk's {@code Retry-After}; any
 * other status refused (dead letter). Credentials go only into the request's headers, never into a detail or log.
 */
public final class HelpdeskHttp {

    private static final int MAX_BODY_IN_DETAIL = 300;

    private final String name;
    private final URI base;
    private final Duration requestTimeout;
    private final HttpClient http;

    /**
     * @param name           the helpdesk, for messages ("Zendesk")
     * @param key            its settings key ({@code zendesk}), for messages
     * @param base           the configured base URL (http or https)
     */
    public HelpdeskHttp(String name, String key, URI base, Duration connectTimeout, Duration requestTimeout) {
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || base.getHost() == null) {
            throw new IllegalArgumentException(OutboundErrorCode.CONNECTOR_SETTINGS_INVALID.format(
                    "errdex.helpdesk." + key + ".url must be an http(s) URL with a host, was " + base));
        }
        String path = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        this.name = name;
        this.base = URI.create(scheme + "://" + base.getRawAuthority() + path);
        this.requestTimeout = requestTimeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The helpdesk's name, for messages. */
    public String name() {
        return name;
    }

    /** The base URL with {@code path} appended; {@code path} is built by the connector, ids encoded with {@link #segment}. */
    public URI resolve(String path) {
        URI uri = URI.create(base + path);
        if (!uri.getRawAuthority().equals(base.getRawAuthority()) || !uri.getRawPath().startsWith(base.getRawPath())) {
            throw new IllegalArgumentException("refusing to call outside the configured base URL: " + path);
        }
        return uri;
    }

    /** One path segment, percent-encoded, so that an id from a payload cannot leave the path it is put in. */
    public static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A request of {@code method} with a JSON body, to a path under the base URL. */
    public HttpRequest.Builder json(String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path))
                .timeout(requestTimeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return request;
    }

    /**
     * One exchange: the answer (null when the helpdesk could not be reached) and how it counts for the note.
     *
     * @param response the answer, or null
     * @param outcome  delivered (2xx), retry or refused
     */
    public record Answer(HttpResponse<String> response, DeliveryOutcome outcome) {

        /** Whether the helpdesk answered 2xx. */
        public boolean ok() {
            return outcome.kind() == DeliveryOutcome.Kind.DELIVERED;
        }
    }

    /** Sends a request and classifies the answer; {@code ticket} names the helpdesk ticket in details. */
    public DeliveryOutcome send(HttpRequest request, String ticket) {
        return call(request, ticket).outcome();
    }

    /** Sends a request once and returns the answer with its classification. */
    public Answer call(HttpRequest request, String ticket) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response, classify(response, ticket));
        } catch (HttpTimeoutException e) {
            return new Answer(null, DeliveryOutcome.retry(OutboundErrorCode.CONNECTOR_UNAVAILABLE.format(name, ticket,
                    "timed out after " + requestTimeout)));
        } catch (IOException e) {
            return new Answer(null, DeliveryOutcome.retry(OutboundErrorCode.CONNECTOR_UNAVAILABLE.format(name, ticket,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(null, DeliveryOutcome.retry(OutboundErrorCode.CONNECTOR_UNAVAILABLE.format(name, ticket,
                    "interrupted")));
        }
    }

    DeliveryOutcome classify(HttpResponse<String> response, String ticket) {
        int status = response.statusCode();
        String body = abbreviate(response.body());
        if (status >= 200 && status < 300) {
            return DeliveryOutcome.delivered(name + " HTTP " + status);
        }
        if (status == 408 || status == 425 || status == 429 || status >= 500) {
            Duration after = response.headers().firstValue("Retry-After").map(HelpdeskHttp::retryAfter).orElse(null);
            return DeliveryOutcome.retry(OutboundErrorCode.CONNECTOR_UNAVAILABLE.format(name, ticket, "HTTP " + status
                    + (after == null ? "" : " (Retry-After " + after.toSeconds() + "s)") + " " + body), after);
        }
        return DeliveryOutcome.refused(OutboundErrorCode.CONNECTOR_REFUSED.format(name, ticket, status, body,
                name.toLowerCase(Locale.ROOT).replace(" ", "")));
    }

    /** {@code Retry-After} as delay-seconds or an HTTP date (RFC 9110 10.2.3); null when it is neither. */
    public static Duration retryAfter(String value) {
        String v = value.strip();
        try {
            long seconds = Long.parseLong(v);
            return seconds < 0 ? null : Duration.ofSeconds(Math.min(seconds, 86_400));
        } catch (NumberFormatException e) {
            try {
                Duration d = Duration.between(Instant.now(),
                        ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static String abbreviate(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_BODY_IN_DETAIL ? oneLine : oneLine.substring(0, MAX_BODY_IN_DETAIL) + "...";
    }
}
