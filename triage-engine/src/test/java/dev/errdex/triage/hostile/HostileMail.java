package dev.errdex.triage.hostile;

import dev.errdex.triage.TriageErrorCode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The hostile-input corpus of the service, generated at run time (nothing big is committed): each case with what the
 * service must do with it: refuse it with a given errdex code, or read it within limits and find the given codes.
 */
public final class HostileMail {

    /**
     * One hostile message.
     *
     * @param name     file-system-safe name
     * @param raw      the bytes
     * @param refusal  the code it must be refused with, or null when it must be read
     * @param explicit the codes written in its readable text, when it is read
     */
    public record Case(String name, byte[] raw, TriageErrorCode refusal, List<String> explicit) {
        @Override
        public String toString() {
            return name + " (" + raw.length + " bytes)";
        }
    }

    /** A well-formed email sent after each hostile one: the batch must still read it right. */
    public static final byte[] CONTROL = ("From: customer@example.com\nTo: support@example.com\n"
            + "Subject: control\nMessage-ID: <control@example.com>\n\nAgain ERR_NGROK_8012 today.\n")
            .getBytes(StandardCharsets.US_ASCII);
    public static final String CONTROL_CODE = "ERR_NGROK_8012";

    private static final String HEAD = "From: a@example.com\nTo: support@example.com\nMIME-Version: 1.0\n";

    private HostileMail() {
    }

    /** Every case, in a fixed order. */
    public static List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.add(read("no-end-boundary", HEAD + "Subject: unterminated\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\n"
                + "ERR_NGROK_3200 and the closing boundary never comes\n--b\nContent-Type: text/plain\n\nsecond\n",
                "ERR_NGROK_3200"));
        cases.add(read("no-body-separator", HEAD + "Subject: only headers ERR_NGROK_3200", "ERR_NGROK_3200"));
        cases.add(read("bad-base64", HEAD + "Subject: b64\nContent-Type: text/plain\n"
                + "Content-Transfer-Encoding: base64\n\n"
                + Base64.getEncoder().encodeToString("ERR_NGROK_3200 in base64".getBytes(StandardCharsets.US_ASCII))
                + "\n!!!@@@###***\u00ff\n", "ERR_NGROK_3200"));
        cases.add(read("bad-quoted-printable", HEAD + "Subject: qp\nContent-Type: text/plain; charset=utf-8\n"
                + "Content-Transfer-Encoding: quoted-printable\n\nERR_NGROK_3200 =ZZ =4 =\n=E2=82 broken =C3\n",
                "ERR_NGROK_3200"));
        cases.add(read("unknown-charset-bad-encoded-words", HEAD + "Subject: =?x-nothing?Q?=FF=FE?= and"
                + " =?utf-8?B?@@@?=\nContent-Type: text/plain; charset=\"x-no-such-charset\"\n\nERR_NGROK_3200\n",
                "ERR_NGROK_3200"));
        // RFC 2045 6.4: a body in an unknown transfer encoding is opaque data, not text
        cases.add(read("unknown-transfer-encoding", HEAD + "Subject: cte\nContent-Type: text/plain\n"
                + "Content-Transfer-Encoding: x-uuencode-maybe\n\nERR_NGROK_3200\n"));
        cases.add(new Case("invalid-utf8-bytes", concat(
                (HEAD + "Subject: bytes \u00ff\nContent-Type: text/plain; charset=utf-8\n"
                        + "Content-Transfer-Encoding: 8bit\n\nERR_NGROK_3200 ").getBytes(StandardCharsets.ISO_8859_1),
                new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xF0, (byte) 0x9F, (byte) 0xFF, (byte) 0xFE, '\n'}),
                null, List.of("ERR_NGROK_3200")));
        cases.add(refused("ten-thousand-nested-parts", nested(10_000), TriageErrorCode.NESTING_TOO_DEEP));
        cases.add(refused("ten-thousand-sibling-parts", siblings(10_000), TriageErrorCode.TOO_MANY_PARTS));
        // over the 4 MiB of readable text a message may have: refused; a 2 MB line is read and cut
        cases.add(new Case("five-megabyte-body-line", oneLine(HEAD + "Subject: long\nContent-Type: text/plain\n\n"
                + "ERR_NGROK_3200 ", 5 * 1024 * 1024), TriageErrorCode.TEXT_TOO_LARGE, List.of()));
        cases.add(new Case("two-megabyte-body-line", oneLine(HEAD + "Subject: long\nContent-Type: text/plain\n\n"
                + "ERR_NGROK_3200 ", 2 * 1024 * 1024), null, List.of("ERR_NGROK_3200")));
        cases.add(new Case("five-megabyte-header-line", oneLine(HEAD + "Subject: ", 5 * 1024 * 1024),
                TriageErrorCode.LINE_TOO_LONG, List.of()));
        cases.add(refused("ten-thousand-headers", headers(10_000), TriageErrorCode.TOO_MANY_HEADERS));
        cases.add(read("zip-attachment", withAttachment("application/zip", "logs.zip",
                Base64.getMimeEncoder().encodeToString(zip("agent.log", "ERR_NGROK_108 in the log\n"))),
                "ERR_NGROK_3200"));
        cases.add(read("binary-attachment", withAttachment("application/octet-stream", "core.bin",
                Base64.getMimeEncoder().encodeToString(random(512 * 1024))), "ERR_NGROK_3200"));
        cases.add(read("binary-attachment-declared-text", withAttachment("text/plain", "dump.txt",
                Base64.getMimeEncoder().encodeToString(random(64 * 1024))), "ERR_NGROK_3200"));
        cases.add(read("html-with-scripts", HEAD + "Subject: html\nContent-Type: text/html; charset=utf-8\n\n"
                + "<html><head><script>var c='ERR_NGROK_108';</script><style>p{x:'ERR_NGROK_4018'}</style></head>"
                + "<body onload=\"alert('ERR_NGROK_120')\"><p>visible ERR_NGROK_3200</p>"
                + "<img src=x onerror=\"fetch('//evil')\"><script>document.write('ERR_NGROK_6022')</script>"
                + "<noscript>x</noscript></body></html>\n", "ERR_NGROK_3200"));
        cases.add(refused("binary-file", random(128 * 1024, (byte) 0), TriageErrorCode.NOT_A_MESSAGE));
        cases.add(refused("empty-file", new byte[0], TriageErrorCode.EMPTY_MESSAGE));
        return cases;
    }

    private static Case read(String name, String raw, String... explicit) {
        return new Case(name, raw.getBytes(StandardCharsets.ISO_8859_1), null, List.of(explicit));
    }

    private static Case refused(String name, byte[] raw, TriageErrorCode code) {
        return new Case(name, raw, code, List.of());
    }

    private static Case refused(String name, String raw, TriageErrorCode code) {
        return refused(name, raw.getBytes(StandardCharsets.US_ASCII), code);
    }

    private static String nested(int levels) {
        StringBuilder sb = new StringBuilder(HEAD).append("Subject: nested\n");
        for (int i = 0; i < levels; i++) {
            sb.append("Content-Type: multipart/mixed; boundary=\"n").append(i).append("\"\n\n--n").append(i)
                    .append('\n');
        }
        sb.append("Content-Type: text/plain\n\nERR_NGROK_3200\n");
        for (int i = levels - 1; i >= 0; i--) {
            sb.append("--n").append(i).append("--\n");
        }
        return sb.toString();
    }

    private static String siblings(int parts) {
        StringBuilder sb = new StringBuilder(HEAD).append("Subject: parts\n")
                .append("Content-Type: multipart/mixed; boundary=\"p\"\n\n");
        for (int i = 0; i < parts; i++) {
            sb.append("--p\nContent-Type: text/plain\n\npart ").append(i).append('\n');
        }
        return sb.append("--p--\n").toString();
    }

    private static String headers(int count) {
        StringBuilder sb = new StringBuilder(HEAD);
        for (int i = 0; i < count; i++) {
            sb.append("X-Filler-").append(i).append(": value ").append(i).append('\n');
        }
        return sb.append("Subject: many headers\n\nERR_NGROK_3200\n").toString();
    }

    private static String withAttachment(String type, String fileName, String base64) {
        return HEAD + "Subject: attachment\nContent-Type: multipart/mixed; boundary=\"a\"\n\n"
                + "--a\nContent-Type: text/plain\n\nsee attached, ERR_NGROK_3200\n"
                + "--a\nContent-Type: " + type + "\nContent-Disposition: attachment; filename=\"" + fileName + "\"\n"
                + "Content-Transfer-Encoding: base64\n\n" + base64 + "\n--a--\n";
    }

    private static byte[] oneLine(String head, int total) {
        byte[] h = head.getBytes(StandardCharsets.US_ASCII);
        byte[] raw = Arrays.copyOf(h, total);
        Arrays.fill(raw, h.length, total, (byte) 'a');
        return raw;
    }

    private static byte[] zip(String entry, String content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static byte[] random(int size, byte first) {
        byte[] bytes = random(size);
        bytes[0] = first;
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
