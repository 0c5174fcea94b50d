package dev.errdex.api.web;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * The content codings a kept page is answered in ({@link RenderedPages.Page#body}) over HTTP/1.x: as it is, gzip or
 * brotli. Each
 * compressed body is made once per kept page, at the default levels Vert.x uses per response (gzip 6; brotli quality 4
 * there, 6 here: the same time once, a smaller body for every answer).
 */
enum PageCoding {
    IDENTITY(null),
    GZIP("gzip"),
    BROTLI("br");

    private static final int BROTLI_QUALITY = 6;

    /** The {@code Content-Encoding} token, null for the body as it is. */
    final String token;

    PageCoding(String token) {
        this.token = token;
    }

    /**
     * The coding to answer {@code request} with, from its {@code Accept-Encoding} ({@link #preferred}); null when the
     * answer is left to Vert.x, which compresses it per answer: over HTTP/2 (there Vert.x compresses whatever body it is
     * given in the coding that {@code Content-Encoding} names, so a body compressed already would be compressed twice)
     * and when deflate wins.
     */
    static PageCoding of(HttpServerRequest request) {
        return request.version() == HttpVersion.HTTP_2 ? null
                : preferred(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
    }

    /**
     * The coding to answer a request's {@code Accept-Encoding} with: the one of highest weight among brotli, gzip and
     * deflate ({@code *} counts as brotli), brotli before gzip before deflate at equal weight (as Vert.x chooses);
     * {@link #IDENTITY} when none is accepted; null when deflate wins (not kept: Vert.x compresses it per answer).
     */
    static PageCoding preferred(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.isEmpty()) {
            return IDENTITY;
        }
        double br = 0;
        double gzip = 0;
        double deflate = 0;
        for (String part : acceptEncoding.split(",")) {
            int semi = part.indexOf(';');
            String name = (semi < 0 ? part : part.substring(0, semi)).strip();
            double q = semi < 0 ? 1 : weight(part.substring(semi + 1));
            if (name.equalsIgnoreCase("br") || name.equals("*")) {
                br = Math.max(br, q);
            } else if (name.equalsIgnoreCase("gzip") || name.equalsIgnoreCase("x-gzip")) {
                gzip = Math.max(gzip, q);
            } else if (name.equalsIgnoreCase("deflate")) {
                deflate = Math.max(deflate, q);
            }
        }
        if (br > 0 && br >= gzip && br >= deflate) {
            return BROTLI;
        }
        if (gzip > 0 && gzip >= deflate) {
            return GZIP;
        }
        return deflate > 0 ? null : IDENTITY;
    }

    /** The {@code q} of {@code ;q=0.5} parameters; 1 without one, 0 when unreadable. */
    private static double weight(String parameters) {
        for (String p : parameters.split(";")) {
            String t = p.strip();
            if (t.length() > 2 && (t.charAt(0) == 'q' || t.charAt(0) == 'Q') && t.charAt(1) == '=') {
                try {
                    return Double.parseDouble(t.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** {@code body} compressed in this coding (the body itself for {@link #IDENTITY}). */
    byte[] compress(byte[] body) {
        try {
            return switch (this) {
                case IDENTITY -> body;
                case GZIP -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
                    try (GZIPOutputStream gz = new GZIPOutputStream(out, 8192)) {
                        gz.write(body);
                    }
                    yield out.toByteArray();
                }
                case BROTLI -> {
                    Brotli4jLoader.ensureAvailability();
                    yield Encoder.compress(body, new Encoder.Parameters().setQuality(BROTLI_QUALITY));
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
