package dev.errdex.triage.inbound.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Properties;

/**
 * Postmark's inbound webhook JSON turned back into an RFC 5322 message, so that every channel reads mail the same
 * way. Field mapping (docs/tickets.md "Postmark inbound JSON"):
 * <ul>
 *   <li>{@code RawEmail} (when the server has "include raw email" on): used as it is, nothing else is read;</li>
 *   <li>{@code FromFull}/{@code From}, {@code ToFull}/{@code To}, {@code CcFull}/{@code Cc}, {@code Subject},
 *       {@code Date} → the same headers;</li>
 *   <li>{@code Headers[]} entries {@code Message-ID}, {@code In-Reply-To}, {@code References} → the same headers
 *       (Postmark's own {@code MessageID} is not the email's Message-ID and is only kept as the source);</li>
 *   <li>{@code TextBody} and {@code HtmlBody} → a multipart/alternative body;</li>
 *   <li>{@code Attachments[]} ({@code Name}, {@code ContentType}, {@code Content} base64) → attachments.</li>
 * </ul>
 * A body that does not have this shape (a field of the wrong JSON type, a {@code RawEmail} that is not an email,
 * undecodable attachment content) is refused with an {@link IllegalArgumentException} whose message is errdex's own
 * words: safe to show to the sender, never the text of a library's exception.
 */
public final class PostmarkInbound {

    private PostmarkInbound() {
    }

    /** Postmark's id of the delivery ({@code MessageID}), or null. */
    public static String deliveryId(JsonNode json) {
        return text(json, "MessageID");
    }

    /**
     * The email as raw bytes.
     *
     * @throws IllegalArgumentException when the JSON is not Postmark-shaped (a field of the wrong type), lacks what
     *                                  an email needs (no sender and no body), or its {@code RawEmail} is not an email
     */
    public static byte[] toRfc822(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new Refused("the body is not a JSON object");
        }
        String raw = text(json, "RawEmail");
        if (raw != null && !raw.isBlank()) {
            byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
            if (!looksLikeMessage(bytes)) {
                throw new Refused("RawEmail is not an email (it needs a header section with From)");
            }
            return bytes;
        }
        requireType(json, "FromFull", JsonNode::isObject, "an object");
        for (String list : new String[] {"ToFull", "CcFull", "Headers", "Attachments"}) {
            requireType(json, list, JsonNode::isArray, "an array");
        }
        String from = address(json.get("FromFull"), text(json, "From"));
        String textBody = text(json, "TextBody");
        String htmlBody = text(json, "HtmlBody");
        if (from == null && textBody == null && htmlBody == null) {
            throw new Refused("neither From, TextBody, HtmlBody nor RawEmail is present");
        }
        try {
            MimeMessage m = new KeptIdMessage(Session.getInstance(new Properties()));
            if (from != null) {
                m.setHeader("From", encodeAddresses(from));
            }
            String to = addresses(json.get("ToFull"), text(json, "To"));
            if (to != null) {
                m.setHeader("To", encodeAddresses(to));
            }
            String cc = addresses(json.get("CcFull"), text(json, "Cc"));
            if (cc != null) {
                m.setHeader("Cc", encodeAddresses(cc));
            }
            String subject = text(json, "Subject");
            if (subject != null) {
                m.setSubject(subject, "UTF-8");
            }
            String date = text(json, "Date");
            if (date != null) {
                m.setHeader("Date", date);
            }
            JsonNode headers = json.get("Headers");
            if (headers != null && headers.isArray()) {
                for (JsonNode h : headers) {
                    String name = text(h, "Name");
                    String value = text(h, "Value");
                    if (name != null && value != null && switch (name.toLowerCase(Locale.ROOT)) {
                        case "message-id", "in-reply-to", "references" -> true;
                        default -> false;
                    }) {
                        m.setHeader(name, value);
                    }
                }
            }
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeMultipart alternative = new MimeMultipart("alternative");
            if (textBody != null) {
                MimeBodyPart p = new MimeBodyPart();
                p.setText(textBody, "UTF-8", "plain");
                alternative.addBodyPart(p);
            }
            if (htmlBody != null) {
                MimeBodyPart p = new MimeBodyPart();
                p.setText(htmlBody, "UTF-8", "html");
                alternative.addBodyPart(p);
            }
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            JsonNode attachments = json.get("Attachments");
            if (attachments != null && attachments.isArray()) {
                for (JsonNode a : attachments) {
                    String content = text(a, "Content");
                    if (content == null) {
                        continue;
                    }
                    MimeBodyPart p = new MimeBodyPart(new jakarta.mail.internet.InternetHeaders(),
                            base64(content));
                    String type = text(a, "ContentType");
                    p.setHeader("Content-Type", type == null ? "application/octet-stream" : type);
                    String name = text(a, "Name");
                    if (name != null) {
                        p.setFileName(MimeUtility.encodeText(name, "UTF-8", null));
                    }
                    p.setDisposition("attachment");
                    mixed.addBodyPart(p);
                }
            }
            m.setContent(mixed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            m.writeTo(out);
            return out.toByteArray();
        } catch (Refused e) {
            throw e;
        } catch (MessagingException | IOException | RuntimeException e) {
            // the library's text stays out: it may quote the input or name internals
            throw new IllegalArgumentException("the fields do not make an email (an address, header or attachment"
                    + " cannot be written)", e);
        }
    }

    /**
     * Whether {@code raw} starts like an RFC 5322 message: a header section (each line a {@code Name: value} field
     * or the continuation of one, after an optional mbox {@code From } line) that ends at an empty line or the end,
     * and holds a {@code From} field.
     */
    public static boolean looksLikeMessage(byte[] raw) {
        String head = new String(raw, 0, Math.min(raw.length, 256 * 1024), StandardCharsets.ISO_8859_1);
        boolean from = false;
        boolean first = true;
        String[] lines = head.split("\r?\n", -1);
        // an mbox separator line ("From sender date") may come first
        for (int i = lines.length > 0 && lines[0].startsWith("From ") ? 1 : 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.isEmpty()) {
                break;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                if (first) {
                    return false;
                }
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !line.substring(0, colon).chars().allMatch(c -> c > 32 && c < 127)) {
                return false;
            }
            from |= line.substring(0, colon).equalsIgnoreCase("From");
            first = false;
        }
        return from;
    }

    private static byte[] base64(String content) {
        try {
            return Base64.getMimeDecoder().decode(content);
        } catch (IllegalArgumentException e) {
            throw new Refused("an attachment's Content is not base64");
        }
    }

    private static void requireType(JsonNode json, String field, java.util.function.Predicate<JsonNode> type,
                                    String what) {
        JsonNode v = json.get(field);
        if (v != null && !v.isNull() && !type.test(v)) {
            throw new Refused(field + " is not " + what);
        }
    }

    /** A string field's value, null when absent or JSON null; any other JSON type is not Postmark's format. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new Refused(field + " is not a string");
        }
        return v.asText();
    }

    private static String address(JsonNode full, String plain) {
        if (full != null && full.isObject() && text(full, "Email") != null) {
            String name = text(full, "Name");
            return name == null || name.isBlank() ? text(full, "Email")
                    : "\"" + name.replace("\"", "") + "\" <" + text(full, "Email") + ">";
        }
        return plain == null || plain.isBlank() ? null : plain;
    }

    private static String addresses(JsonNode full, String plain) {
        if (full != null && full.isArray() && !full.isEmpty()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode a : full) {
                String one = address(a, null);
                if (one != null) {
                    sb.append(sb.length() == 0 ? "" : ", ").append(one);
                }
            }
            return sb.length() == 0 ? null : sb.toString();
        }
        return plain == null || plain.isBlank() ? null : plain;
    }

    private static String encodeAddresses(String list) throws MessagingException, UnsupportedEncodingException {
        InternetAddress[] parsed = InternetAddress.parseHeader(list, false);
        for (InternetAddress a : parsed) {
            if (a.getPersonal() != null) {
                a.setPersonal(a.getPersonal(), "UTF-8");
            }
        }
        return InternetAddress.toString(parsed);
    }

    /** A refusal in errdex's own words (never a library's message). */
    private static final class Refused extends IllegalArgumentException {

        Refused(String reason) {
            super(reason);
        }
    }

    /** A message that keeps the Message-ID it was given (and invents none). */
    private static final class KeptIdMessage extends MimeMessage {

        KeptIdMessage(Session session) {
            super(session);
        }

        @Override
        protected void updateMessageID() {
            // the email's own Message-ID, or none: deduplication then falls back to the content hash
        }
    }
}
