package dev.errdex.triage.outbound.helpdesk;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ticket of a helpdesk. A helpdesk ticket taken in is triaged as an email whose Message-ID names it
 * ({@code <zendesk.12345@helpdesk.errdex.invalid>}): the same helpdesk ticket sent twice is the same email (one errdex
 * ticket), and the note is addressed back to it from that Message-ID, in the ticket's own transaction.
 *
 * @param system     the helpdesk
 * @param externalId its ticket (conversation) id
 */
public record HelpdeskRef(HelpdeskSystem system, String externalId) {

    private static final String DOMAIN = "helpdesk.errdex.invalid";
    private static final Pattern MESSAGE_ID = Pattern.compile("<([a-z]+)\\.([^@<>\\s]+)@" + Pattern.quote(DOMAIN)
            + ">");

    /** The Message-ID of this helpdesk ticket's email. */
    public String messageId() {
        return "<" + system.key() + "." + URLEncoder.encode(externalId, StandardCharsets.UTF_8) + "@" + DOMAIN + ">";
    }

    /** The helpdesk ticket a Message-ID names; empty for every other Message-ID. */
    public static Optional<HelpdeskRef> of(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        Matcher m = MESSAGE_ID.matcher(messageId.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        return HelpdeskSystem.of(m.group(1)).map(s -> new HelpdeskRef(s,
                URLDecoder.decode(m.group(2), StandardCharsets.UTF_8)));
    }
}
