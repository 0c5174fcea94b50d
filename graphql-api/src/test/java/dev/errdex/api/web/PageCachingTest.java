package dev.errdex.api.web;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import dev.errdex.catalog.FixGuide;
import dev.errdex.catalog.service.CatalogService;
import dev.errdex.catalog.service.StoredEntry;
import dev.errdex.catalog.testing.PostgresTestDatabase;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conditional and compressed answers, over plain HTTP without a client that decompresses or caches on its own.
 */
@QuarkusTest
@WithTestResource(value = PostgresTestDatabase.class, scope = TestResourceScope.GLOBAL)
class PageCachingTest {

    @TestHTTPResource("/")
    URI root;

    @Inject
    CatalogService catalog;

    @Inject
    RenderedPages rendered;

    @Test
    void codePageAnswers304ToItsETagAndANewTagOnceTheCodeChanges() throws Exception {
        HttpResponse<byte[]> first = get("/errors/ERR_NGROK_3200");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<byte[]> again = get("/errors/ERR_NGROK_3200", "If-None-Match", etag);
        assertThat(etag).startsWith("W/\"r");
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).hasValue(etag);
        assertThat(get("/errors/ERR_NGROK_3200", "If-None-Match", "W/\"r0-other\"").statusCode()).isEqualTo(200);

        FixGuide guide = catalog.find("ERR_NGROK_3200").orElseThrow().entry().fixGuide();
        catalog.updateFixGuide("ERR_NGROK_3200", new FixGuide("A newer summary.", guide.causes(), guide.steps()),
                "test");
        HttpResponse<byte[]> changed = get("/errors/ERR_NGROK_3200", "If-None-Match", etag);
        catalog.updateFixGuide("ERR_NGROK_3200", guide, "test");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(new String(changed.body(), StandardCharsets.UTF_8)).contains("A newer summary.");
    }

    @Test
    void codePageAnswers304WhenNotModifiedSinceItsUpdateTime() throws Exception {
        HttpResponse<byte[]> first = get("/errors/ERR_NGROK_4011");
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        // the page shows its related codes' titles, so it changed when the latest of them did
        StoredEntry shown = catalog.find("ERR_NGROK_4011").orElseThrow();
        Instant updated = Stream.concat(Stream.of(shown), shown.entry().related().stream()
                        .map(code -> catalog.find(code).orElseThrow()))
                .map(StoredEntry::updatedAt).max(Instant::compareTo).orElseThrow();

        assertThat(lastModified).isEqualTo(ConditionalAnswers.httpDate(updated));
        assertThat(get("/errors/ERR_NGROK_4011", "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        assertThat(get("/errors/ERR_NGROK_4011", "If-Modified-Since",
                ConditionalAnswers.httpDate(updated.minusSeconds(3600))).statusCode()).isEqualTo(200);
    }

    @Test
    void listingsAnswer304ToTheirCatalogRevisionTag() throws Exception {
        HttpResponse<byte[]> listing = get("/errors?category=agent");
        String etag = listing.headers().firstValue("ETag").orElseThrow();

        assertThat(etag).startsWith("W/\"c");
        assertThat(get("/errors?category=agent", "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get("/sitemap.xml", "If-None-Match",
                get("/sitemap.xml").headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
    }

    @Test
    void pagesAreGzippedWhenTheClientAcceptsIt() throws Exception {
        HttpResponse<byte[]> plain = get("/errors/ERR_NGROK_8012");
        HttpResponse<byte[]> gzipped = get("/errors/ERR_NGROK_8012", "Accept-Encoding", "gzip");

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(String.join(",", gzipped.headers().allValues("Vary")).toLowerCase()).contains("accept-encoding");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 2);
    }

    @Test
    void pagesAreBrotliCompressedWhenTheClientPrefersIt() throws Exception {
        HttpResponse<byte[]> br = get("/errors/ERR_NGROK_8012", "Accept-Encoding", "br");

        assertThat(br.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(br.body().length).isLessThan(get("/errors/ERR_NGROK_8012").body().length / 2);
    }

    @Test
    void keptCompressedBodiesDecompressToThePageUntilACatalogEditChangesThem() throws Exception {
        String code = "ERR_NGROK_726";
        HttpResponse<byte[]> plain = http1("/errors/" + code); // rendered and kept
        HttpResponse<byte[]> gzipped = http1("/errors/" + code, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> br = http1("/errors/" + code, "Accept-Encoding", "br");
        String origin = "http://" + root.getAuthority();
        RenderedPages.Page kept = rendered.kept(origin, code).orElseThrow();

        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gunzip(gzipped.body())).isEqualTo(plain.body());
        assertThat(gzipped.body()).isEqualTo(kept.body(PageCoding.GZIP).getBytes());
        assertThat(br.headers().firstValue("Content-Encoding")).hasValue("br");
        Brotli4jLoader.ensureAvailability();
        assertThat(Decoder.decompress(br.body()).getDecompressedData()).isEqualTo(plain.body());
        assertThat(br.body()).isEqualTo(kept.body(PageCoding.BROTLI).getBytes());

        FixGuide guide = catalog.find(code).orElseThrow().entry().fixGuide();
        HttpResponse<byte[]> changed;
        try {
            catalog.updateFixGuide(code, new FixGuide("A summary edited for the kept bodies.", guide.causes(),
                    guide.steps()), "test");
            assertThat(rendered.kept(origin, code)).isEmpty();
            changed = http1("/errors/" + code, "Accept-Encoding", "gzip");
        } finally {
            catalog.updateFixGuide(code, guide, "test");
        }
        assertThat(changed.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(changed.body()).isNotEqualTo(gzipped.body());
        assertThat(new String(gunzip(changed.body()), StandardCharsets.UTF_8))
                .contains("A summary edited for the kept bodies.");
    }

    @Test
    void styleSheetIsCachedForAnHour() throws Exception {
        HttpResponse<byte[]> css = get("/css/errdex.css", "Accept-Encoding", "gzip");

        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=3600");
        assertThat(css.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }

    private HttpResponse<byte[]> http1(String path, String... headers) throws IOException, InterruptedException {
        return PlainHttp.getHttp1(root.resolve(path), headers);
    }

    private HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        return PlainHttp.get(root.resolve(path), headers);
    }
}
