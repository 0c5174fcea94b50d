package dev.errdex.api.web;

import dev.errdex.api.error.ApiError;
import dev.errdex.api.error.ErrdexException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The scheme and host of absolute URLs on the pages (canonical links, redirects, the sitemap, OpenGraph):
 * {@code errdex.pages.base-url} when set; otherwise the request's own scheme and host, which Quarkus replaces with
 * the forwarded ones only for requests from a trusted proxy ({@code quarkus.http.proxy.*}, the same setting that gives
 * the rate limit its client addresses). A Host header that is not a plain host name or address with an optional
 * port is not used: the server's own address stands in for it.
 */
@ApplicationScoped
@Startup
public class PublicOrigin {

    private static final Logger LOG = Logger.getLogger(PublicOrigin.class);
    /** A host name, an IPv4 address or a bracketed IPv6 address, with an optional port. */
    private static final Pattern AUTHORITY = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\\.?|\\[[0-9A-Fa-f:.]+])"
                    + "(?::[0-9]{1,5})?");

    private final Optional<String> configured;
    /** The last scheme and host asked about, and the origin they gave. */
    private volatile Seen last = new Seen("", "", "");

    private record Seen(String scheme, String host, String origin) {
    }

    PublicOrigin(PagesConfig config,
                 @ConfigProperty(name = "quarkus.http.proxy.proxy-address-forwarding", defaultValue = "false")
                 boolean forwarding,
                 @ConfigProperty(name = "quarkus.http.proxy.trusted-proxies") Optional<List<String>> trusted) {
        this.configured = config.baseUrl().map(PublicOrigin::origin);
        if (configured.isEmpty() && forwarding && trusted.map(List::isEmpty).orElse(true)) {
            LOG.warn(ApiError.PAGES_PROXY_UNTRUSTED.message());
        }
    }

    /** The origin ({@code https://errors.example.com}, no trailing slash) of absolute URLs for this request. */
    public String of(HttpServerRequest request) {
        if (configured.isPresent()) {
            return configured.get();
        }
        String scheme = "https".equalsIgnoreCase(request.scheme()) ? "https" : "http";
        HostAndPort authority = request.authority();
        String host = authority == null ? null : authority.port() < 0 ? authority.host()
                : authority.host() + ":" + authority.port();
        Seen seen = last;
        if (host != null && host.equals(seen.host()) && scheme.equals(seen.scheme())) {
            return seen.origin(); // the usual case: the same host as the request before, checked then
        }
        String asked = host;
        if (host == null || !AUTHORITY.matcher(host).matches()) {
            SocketAddress local = request.localAddress();
            host = local == null ? "localhost" : (local.hostAddress().contains(":")
                    ? "[" + local.hostAddress() + "]" : local.hostAddress()) + ":" + local.port();
        }
        String origin = scheme + "://" + host.toLowerCase(Locale.ROOT);
        last = new Seen(scheme, asked, origin);
        return origin;
    }

    /** Whether the origin is fixed by configuration (then every request has the same one). */
    public boolean fixed() {
        return configured.isPresent();
    }

    /** {@code errdex.pages.base-url} as an origin; refused unless it is http(s) with a host and nothing after it. */
    static String origin(String baseUrl) {
        URI uri;
        try {
            uri = new URI(baseUrl.strip());
        } catch (java.net.URISyntaxException e) {
            throw new ErrdexException(ApiError.PAGES_BASE_URL_INVALID, baseUrl);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null
                || !(path.isEmpty() || path.equals("/"))) {
            throw new ErrdexException(ApiError.PAGES_BASE_URL_INVALID, baseUrl);
        }
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
    }
}
