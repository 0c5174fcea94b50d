package dev.errdex.search;

import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A rough readable text of an email, for evaluating the index only (the product's MIME reader is triage-bot's):
 * the subject, then the text/plain parts (text attachments and forwarded messages included), or, when a message
 * has no plain text, its HTML without tags.
 */
public final class EmailText {

    private EmailText() {
    }

    /** Subject and body text of the .eml file at {@code path}. */
    public static String of(Path path) throws IOException {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(MimeConfig.PERMISSIVE);
        try (InputStream in = Files.newInputStream(path)) {
            Message message = builder.parseMessage(in);
            StringBuilder out = new StringBuilder();
            if (message.getSubject() != null) {
                out.append(message.getSubject()).append("\n\n");
            }
            appendMessage(message, out);
            return out.toString();
        }
    }

    private static void appendMessage(Entity message, StringBuilder out) throws IOException {
        List<String> plain = new ArrayList<>();
        List<String> html = new ArrayList<>();
        collect(message, plain, html, out);
        if (!plain.isEmpty()) {
            plain.forEach(t -> out.append(t).append("\n\n"));
        } else {
            html.forEach(t -> out.append(Jsoup.parse(t).wholeText()).append("\n\n"));
        }
    }

    private static void collect(Entity entity, List<String> plain, List<String> html, StringBuilder out)
            throws IOException {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                collect(part, plain, html, out);
            }
        } else if (body instanceof Message inner) {
            if (inner.getSubject() != null) {
                out.append(inner.getSubject()).append("\n\n");
            }
            appendMessage(inner, out);
        } else if (body instanceof TextBody text) {
            String type = entity.getMimeType() == null ? "text/plain" : entity.getMimeType().toLowerCase();
            String content = read(text);
            if (type.equals("text/html")) {
                html.add(content);
            } else if (type.startsWith("text/") || type.endsWith("json") || type.endsWith("yaml")) {
                plain.add(content);
            }
        }
    }

    private static String read(TextBody body) throws IOException {
        try (Reader r = body.getReader()) {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = r.read(buf)) > 0; ) {
                sb.append(buf, 0, n);
            }
            return sb.toString();
        }
    }
}
