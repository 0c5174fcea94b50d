package dev.errdex.triage.mail;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.catalog.DefaultCatalog;
import dev.errdex.catalog.testing.Fixtures;
import dev.errdex.triage.extract.CodeExtractor;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Property-based tests of the reader: random input never escapes as an exception; codes survive any encoding. */
class MailReaderPropertyTest {

    private static final List<String> CODES = DefaultCatalog.load().stream().map(CatalogEntry::code).toList();
    private static final CodeExtractor EXTRACTOR = new CodeExtractor(CODES);
    private static final byte[] SEED_MESSAGE = Fixtures.bytes("mail/forwarded-rfc822.eml");
    private final MailReader reader = new MailReader();

    @Property(tries = 300)
    void randomBytesAreReadOrRefusedNeverThrown(@ForAll @Size(max = 4096) byte[] raw) {
        assertReadOrRefused(raw);
    }

    @Property(tries = 300)
    void mutatedMessagesAreReadOrRefusedNeverThrown(@ForAll("positions") List<Integer> positions,
                                                   @ForAll @Size(min = 1, max = 16) byte[] noise) {
        byte[] raw = SEED_MESSAGE.clone();
        for (int i = 0; i < positions.size(); i++) {
            raw[positions.get(i) % raw.length] = noise[i % noise.length];
        }
        assertReadOrRefused(raw);
    }

    @Property(tries = 200)
    void codeWrittenInAnyEncodingAndStructureIsFound(@ForAll("codes") String code, @ForAll("words") String before,
                                                     @ForAll("words") String after,
                                                     @ForAll("encodings") String encoding,
                                                     @ForAll("charsets") String charset,
                                                     @ForAll("structures") String structure) {
        String text = before + " " + code + " " + after;
        byte[] raw = build(structure, text, encoding, Charset.forName(charset));
        ReadableEmail email = reader.read(raw);
        assertThat(EXTRACTOR.extract(email).explicit()).containsExactly(code);
    }

    private void assertReadOrRefused(byte[] raw) {
        try {
            ReadableEmail email = reader.read(raw);
            assertThat(email.parts()).allSatisfy(p -> assertThat(p.text()).isNotNull());
        } catch (MailRejectedException e) {
            assertThat(e.code()).startsWith("ERR_ERRDEX_12");
        }
    }

    /** A message with {@code text} in a body of the given structure, encoding and charset. */
    private static byte[] build(String structure, String text, String encoding, Charset charset) {
        String leaf = leaf(structure.equals("html") ? "<p>" + text.replace("&", "&amp;") + "</p>" : text,
                structure.equals("html") ? "text/html" : "text/plain", encoding, charset,
                structure.equals("attachment") ? "Content-Disposition: attachment; filename=\"agent.log\"\n" : "");
        String body = switch (structure) {
            case "alternative" -> "Content-Type: multipart/alternative; boundary=\"alt\"\n\n--alt\n" + leaf
                    + "\n--alt\n" + leaf("<p>other</p>", "text/html", "7bit", StandardCharsets.US_ASCII, "")
                    + "\n--alt--\n";
            case "forwarded" -> "Content-Type: multipart/mixed; boundary=\"mix\"\n\n--mix\n"
                    + leaf("see below", "text/plain", "7bit", StandardCharsets.US_ASCII, "")
                    + "\n--mix\nContent-Type: message/rfc822\n\nSubject: inner\n" + leaf + "\n--mix--\n";
            case "attachment" -> "Content-Type: multipart/mixed; boundary=\"mix\"\n\n--mix\n"
                    + leaf("log attached", "text/plain", "7bit", StandardCharsets.US_ASCII, "")
                    + "\n--mix\n" + leaf + "\n--mix--\n";
            default -> leaf;
        };
        return ("From: a@example.com\nSubject: test\nMIME-Version: 1.0\n" + body)
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** One MIME entity (header + body); the body bytes are kept as ISO-8859-1 chars so any charset survives. */
    private static String leaf(String text, String type, String encoding, Charset charset, String extraHeader) {
        byte[] bytes = text.getBytes(charset);
        String encoded = switch (encoding) {
            case "base64" -> Base64.getMimeEncoder().encodeToString(bytes);
            case "quoted-printable" -> quotedPrintable(bytes);
            default -> new String(bytes, StandardCharsets.ISO_8859_1);
        };
        return "Content-Type: " + type + "; charset=" + charset.name() + "\n" + extraHeader
                + "Content-Transfer-Encoding: " + encoding + "\n\n" + encoded + "\n";
    }

    /** Quoted-printable with a soft line break every 20 characters (so codes get split in the raw bytes). */
    private static String quotedPrintable(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        int column = 0;
        for (byte b : bytes) {
            int c = b & 0xff;
            String piece = (c >= 33 && c <= 126 && c != '=') || c == ' ' ? String.valueOf((char) c)
                    : String.format("=%02X", c);
            if (column + piece.length() > 20) {
                sb.append("=\n");
                column = 0;
            }
            sb.append(piece);
            column += piece.length();
        }
        return sb.toString();
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of(CODES);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyzäöüéñ .,").ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> encodings() {
        return Arbitraries.of("7bit", "8bit", "base64", "quoted-printable");
    }

    @Provide
    Arbitrary<String> charsets() {
        return Arbitraries.of("UTF-8", "ISO-8859-1", "windows-1252", "UTF-16");
    }

    @Provide
    Arbitrary<String> structures() {
        return Arbitraries.of("plain", "html", "alternative", "forwarded", "attachment");
    }

    @Provide
    Arbitrary<List<Integer>> positions() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(20);
    }
}
