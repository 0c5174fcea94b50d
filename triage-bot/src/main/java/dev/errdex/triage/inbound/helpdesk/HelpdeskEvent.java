package dev.errdex.triage.inbound.helpdesk;

import dev.errdex.triage.outbound.helpdesk.HelpdeskRef;
import dev.errdex.triage.outbound.helpdesk.HelpdeskSystem;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * One event of a helpdesk about one of its tickets, read from that helpdesk's own payload.
 *
 * @param system         the helpdesk
 * @param externalId     its ticket (conversation) id
 * @param subject        the ticket's subject
 * @param text           the customer's text (the description, with the latest comment when there is one)
 * @param html           whether {@code text} is HTML
 * @param requesterEmail the customer's address
 * @param tags           the ticket's tags as the event gives them, or null when the event carries none
 */
public record HelpdeskEvent(HelpdeskSystem system, String externalId, String subject, String text, boolean html,
                            String requesterEmail, List<String> tags) {

    public HelpdeskEvent {
        tags = tags == null ? null : List.copyOf(tags);
    }

    /** The helpdesk ticket this event is about. */
    public HelpdeskRef ref() {
        return new HelpdeskRef(system, externalId);
    }

    /**
     * The ticket as an email, to be triaged like any other: From the requester, the ticket's subject, a Message-ID
     * naming the helpdesk ticket (so the same ticket sent again is the same email), the text base64-encoded.
     */
    public byte[] toRfc822() {
        String body = Base64.getMimeEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        String message = "From: <" + requesterEmail + ">\r\n"
                + "To: <support@helpdesk.errdex.invalid>\r\n"
                + "Subject: =?UTF-8?B?" + Base64.getEncoder().encodeToString(
                        subject.replaceAll("[\\r\\n\\t]+", " ").getBytes(StandardCharsets.UTF_8)) + "?=\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now()) + "\r\n"
                + "Message-ID: " + ref().messageId() + "\r\n"
                + "X-Errdex-Helpdesk: " + system.key() + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: " + (html ? "text/html" : "text/plain") + "; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n"
                + "\r\n" + body + "\r\n";
        return message.getBytes(StandardCharsets.US_ASCII);
    }

    /** The codes of errdex's tags among the event's tags ({@code errdex_err_ngrok_8012} → ERR_NGROK_8012). */
    public List<String> errdexTagCodes(String prefix) {
        return tags == null ? List.of() : tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                .filter(t -> t.startsWith(prefix) && t.length() > prefix.length())
                .map(t -> t.substring(prefix.length()).toUpperCase(Locale.ROOT)).distinct().toList();
    }
}
