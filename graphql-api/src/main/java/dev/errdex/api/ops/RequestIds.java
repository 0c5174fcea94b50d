package dev.errdex.api.ops;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Gives every HTTP request an id: the caller's {@code X-Request-Id} when it is a sane token (a proxy's or load
 * balancer's id, so logs join up across hops), a new random UUID otherwise. The id is answered in {@code X-Request-Id}
 * and put in the log context ({@code requestId}) of every line logged while the request runs, JSON logs included.
 *
 * <p>A new id needs to be unique, not secret: it comes from the thread's own generator, not from
 * {@link UUID#randomUUID()}, whose secure generator every request thread would share (and read the system's entropy
 * for) on every request.
 */
@ApplicationScoped
public class RequestIds {

    /** The header that carries the id both ways. */
    public static final String HEADER = "X-Request-Id";
    /** The key of the id in the log context. */
    public static final String MDC_KEY = "requestId";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::tag);
    }

    private void tag(RoutingContext rc) {
        String given = rc.request().getHeader(HEADER);
        String id = given != null && SANE.matcher(given).matches() ? given : newId();
        MDC.put(MDC_KEY, id);
        rc.response().putHeader(HEADER, id);
        rc.addEndHandler(done -> MDC.remove(MDC_KEY));
        rc.next();
    }

    /** A version 4 (random) UUID. */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & ~(0xCL << 60)) | (0x8L << 60);
        return new UUID(high, low).toString();
    }
}
