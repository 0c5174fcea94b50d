package dev.errdex.api.web;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.decoder.Decoder;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

class PageCodingTest {

    private static final String HTML = "<!doctype html><title>ERR_NGROK_8012</title>"
            + "<p>Agent cannot reach your local service. ".repeat(200);

    private final RenderedPages.Page page = new RenderedPages.Page(HTML,
            new RenderedPages.Validators("W/\"r1-x\"", Instant.parse("2026-12-01T10:00:00.5Z")));

    @Test
    void aPageKeepsItsGzipBodyWhichDecompressesToThePage() throws IOException {
        byte[] gzip = page.body(PageCoding.GZIP).getBytes();

        assertThat(page.body(PageCoding.GZIP)).isSameAs(page.body(PageCoding.GZIP));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(HTML);
        }
        assertThat(gzip.length).isLessThan(HTML.length() / 4);
    }

    @Test
    void aPageKeepsItsBrotliBodyWhichDecompressesToThePage() throws IOException {
        byte[] br = page.body(PageCoding.BROTLI).getBytes();

        Brotli4jLoader.ensureAvailability();
        assertThat(page.body(PageCoding.BROTLI)).isSameAs(page.body(PageCoding.BROTLI));
        assertThat(new String(Decoder.decompress(br).getDecompressedData(), StandardCharsets.UTF_8)).isEqualTo(HTML);
        assertThat(page.body(PageCoding.IDENTITY).getBytes()).isEqualTo(page.utf8());
    }

    @Test
    void lastModifiedIsWrittenOnceAsAnHttpDateInWholeSeconds() {
        assertThat(page.lastModified()).isEqualTo("Tue, 1 Dec 2026 10:00:00 GMT");
    }

    @Test
    void theClientsAcceptEncodingChoosesBrotliThenGzipByWeight() {
        assertThat(PageCoding.preferred(null)).isEqualTo(PageCoding.IDENTITY);
        assertThat(PageCoding.preferred("")).isEqualTo(PageCoding.IDENTITY);
        assertThat(PageCoding.preferred("gzip")).isEqualTo(PageCoding.GZIP);
        assertThat(PageCoding.preferred("gzip, deflate, br")).isEqualTo(PageCoding.BROTLI);
        assertThat(PageCoding.preferred("br;q=0.5, gzip")).isEqualTo(PageCoding.GZIP);
        assertThat(PageCoding.preferred("BR;Q=1, gzip;q=0.9")).isEqualTo(PageCoding.BROTLI);
        assertThat(PageCoding.preferred("gzip;q=0, br;q=0")).isEqualTo(PageCoding.IDENTITY);
        assertThat(PageCoding.preferred("*")).isEqualTo(PageCoding.BROTLI);
        assertThat(PageCoding.preferred("identity")).isEqualTo(PageCoding.IDENTITY);
        assertThat(PageCoding.preferred("gzip;q=nonsense")).isEqualTo(PageCoding.IDENTITY);
        // deflate is left to Vert.x, which compresses it per answer
        assertThat(PageCoding.preferred("deflate")).isNull();
        assertThat(PageCoding.preferred("gzip;q=0.5, deflate")).isNull();
    }
}
