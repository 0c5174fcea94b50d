package dev.errdex.api.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** Settings of the public pages ({@code errdex.pages.*}). */
@ConfigMapping(prefix = "errdex.pages")
public interface PagesConfig {

    /**
     * The scheme and host the pages are reached at, e.g. {@code https://errors.example.com}
     * ({@code ERRDEX_PAGES_BASE_URL}): canonical links, redirects, the sitemap and OpenGraph use it. Without it they
     * use the request's scheme and host, forwarded ones only from proxies that
     * {@code quarkus.http.proxy.trusted-proxies} lists.
     */
    Optional<String> baseUrl();

    /** How many common errors {@code /errors} lists first. */
    @WithDefault("16")
    int commonErrors();

    /** Codes per page in the listing of all codes on {@code /errors}. */
    @WithDefault("50")
    int pageSize();

    /** Most results {@code /errors/search} shows. */
    @WithDefault("20")
    int searchResults();

    /**
     * Longest query {@code /errors/search} reads; longer pasted text is cut to this many characters (the whole URL
     * of a GET must also stay under the HTTP server's 4 KiB request-line limit).
     */
    @WithDefault("1000")
    int maxQueryLength();

    /** How many nearby codes the page of an unknown code suggests. */
    @WithDefault("6")
    int suggestions();

    /**
     * {@code Cache-Control: max-age} in seconds for the pages of codes (they change rarely); 0 sends
     * {@code no-cache}.
     */
    @WithDefault("300")
    int maxAgeSeconds();

    /**
     * Ticket ranking of the common errors: once tickets exist, {@code /errors} lists first the codes found in most
     * tickets of this window (e.g. {@code 30D}, {@code 12H}), then the seed's common errors.
     */
    @WithDefault("30D")
    java.time.Duration commonErrorsWindow();

    /**
     * Fewest tickets with a code in the window before {@code /errors} ranks by tickets; with fewer, a handful of
     * tickets would reorder the page, so it lists the seed's common errors.
     */
    @WithDefault("20")
    int commonErrorsMinTickets();

    /**
     * Longest time in seconds the ticket ranking is kept before it is counted again; a new annotated ticket makes
     * the next request count again (at most once a second).
     */
    @WithDefault("60")
    int commonErrorsRefreshSeconds();
}
