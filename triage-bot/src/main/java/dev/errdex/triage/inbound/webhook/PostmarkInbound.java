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
     * @throws IllegalArgumentException when the JSON lacks what an email needs (no sender and no body)
     */
    public static byte[] toRfc822(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("the body is not a JSON object");
        }
        String raw = text(json, "RawEmail");
        if (raw != null && !raw.isBlank()) {
            return raw.getBytes(StandardCharsets.UTF_8);
        }
        String from = address(json.get("FromFull"), text(json, "From"));
        String textBody = text(json, "TextBody");
        String htmlBody = text(json, "HtmlBody");
        if (from == null && textBody == null && htmlBody == null) {
            throw new IllegalArgumentException("neither From, TextBody, HtmlBody nor RawEmail is present");
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
                            Base64.getMimeDecoder().decode(content));
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
        } catch (MessagingException | IOException e) {
            throw new IllegalArgumentException("the fields do not make an email: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
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
