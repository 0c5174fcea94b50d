package dev.errdex.api.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * GET over plain HTTP as a crawler or a proxy sends it: no redirects followed, nothing decompressed or cached by the
 * client, every header as given.
 */
final class PlainHttp {

    /** Asks for HTTP/2 (the JDK client's default: an h2c upgrade on plain HTTP, which the service accepts). */
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final HttpClient HTTP_1 = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).build();

    private PlainHttp() {
    }

    /** The answer to GET {@code url} with the given header names and values, its body as bytes. */
    static HttpResponse<byte[]> get(URI url, String... headers) throws IOException, InterruptedException {
        return HTTP.send(request(url, headers), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** {@link #get} over HTTP/1.1, as proxies and most crawlers ask. */
    static HttpResponse<byte[]> getHttp1(URI url, String... headers) throws IOException, InterruptedException {
        return HTTP_1.send(request(url, headers), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The answer to GET {@code url}, its body as text. */
    static HttpResponse<String> text(URI url) throws IOException, InterruptedException {
        return HTTP.send(request(url), HttpResponse.BodyHandlers.ofString());
    }

    /** The answer to GET {@code url}, its body as text, when it comes. */
    static CompletableFuture<HttpResponse<String>> textAsync(URI url) {
        return HTTP.sendAsync(request(url), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(URI url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.build();
    }
}
