package dev.errdex.api.web;

import dev.errdex.api.config.ErrdexConfig;
import dev.errdex.api.web.RenderedPages.Validators;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * Answers of the pages that can be cached: {@code ETag}, {@code Last-Modified} and {@code Cache-Control}, and
 * {@code 304 Not Modified} when the request's {@code If-None-Match} (or, without it, {@code If-Modified-Since})
 * shows the client has the current page. Validators come from revisions, never from hashing the body, so a 304 costs
 * no rendering.
 */
@ApplicationScoped
public class ConditionalAnswers {

    private final ErrdexConfig errdex;
    private final String cacheControl;

    ConditionalAnswers(PagesConfig config, ErrdexConfig errdex) {
        this.errdex = errdex;
        int age = config.maxAgeSeconds();
        this.cacheControl = (errdex.publicReads() ? "public" : "private")
                + (age == 0 ? ", no-cache" : ", max-age=" + age);
    }

    /** 200 with {@code body} and the validators, or 304 without a body when the client's copy is current. */
    public Response answer(Validators validators, HttpHeaders request, Supplier<Object> body) {
        Response.ResponseBuilder answer = notModified(validators, request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE))
                ? Response.notModified() : Response.ok(body.get());
        answer.header(HttpHeaders.ETAG, validators.etag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl());
        if (validators.lastModified() != null) {
            answer.header(HttpHeaders.LAST_MODIFIED, httpDate(validators.lastModified()));
        }
        if (!errdex.publicReads()) {
            answer.header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION);
        }
        return answer.build();
    }

    /** {@code Cache-Control} of pages: public for {@code errdex.pages.max-age-seconds}, private with closed reads. */
    public String cacheControl() {
        return cacheControl;
    }

    /**
     * Whether a client holding {@code ifNoneMatch} / {@code ifModifiedSince} has the page these validators describe.
     * If-None-Match wins when present (weak comparison, {@code *} matches); If-Modified-Since counts in whole seconds.
     */
    static boolean notModified(Validators validators, String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            String mine = opaque(validators.etag());
            for (String tag : ifNoneMatch.split(",")) {
                String t = tag.strip();
                if (t.equals("*") || opaque(t).equals(mine)) {
                    return true;
                }
            }
            return false;
        }
        if (ifModifiedSince == null || validators.lastModified() == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return !validators.lastModified().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** An HTTP date ({@code Tue, 1 Dec 2026 10:00:00 GMT}). */
    static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.truncatedTo(ChronoUnit.SECONDS)
                .atZone(ZoneOffset.UTC));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
