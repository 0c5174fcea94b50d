package dev.errdex.triage.mail.internal;

import dev.errdex.triage.mail.Address;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.address.AddressList;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.dom.field.DateTimeField;
import org.apache.james.mime4j.dom.field.ParsedField;
import org.apache.james.mime4j.field.LenientFieldParser;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.apache.james.mime4j.field.datetime.parser.TokenMgrError;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.util.MimeUtil;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Header field values as errdex needs them. Every method is total: a value it cannot parse gives an empty result,
 * never an exception.
 */
public final class HeaderValues {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,998}>");

    private HeaderValues() {
    }

    /** The field body decoded from its raw bytes (UTF-8 when valid, else windows-1252) and unfolded. */
    public static String body(Field field) {
        String value;
        if (field.getRaw() != null) {
            String raw = TextDecoding.decodeHeader(field.getRaw().toByteArray());
            int colon = raw.indexOf(':');
            value = colon < 0 ? raw : raw.substring(colon + 1);
        } else {
            value = field.getBody() == null ? "" : field.getBody();
        }
        return MimeUtil.unfold(value).strip();
    }

    /** Decodes RFC 2047 encoded words ({@code =?utf-8?q?...?=}); unknown charsets stay as written. */
    public static String decodeWords(String value) {
        try {
            return DecoderUtil.decodeEncodedWords(value, DecodeMonitor.SILENT);
        } catch (RuntimeException e) {
            return value;
        }
    }

    /** The mailboxes of an address list header, groups flattened. */
    public static List<Address> addresses(String value) {
        List<Address> out = new ArrayList<>();
        try {
            AddressList list = LenientAddressParser.DEFAULT.parseAddressList(value);
            for (Mailbox m : list.flatten()) {
                out.add(new Address(m.getName() == null ? "" : decodeWords(m.getName()), m.getAddress()));
            }
        } catch (RuntimeException e) {
            // unparseable list: keep the raw text so that nothing is lost
            out.add(new Address("", value));
        }
        return out;
    }

    /** The instant of a Date header, or null. */
    public static Instant date(String value) {
        try {
            ParsedField parsed = LenientFieldParser.parse("Date: " + value, DecodeMonitor.SILENT);
            if (parsed instanceof DateTimeField dt) {
                Date d = dt.getDate();
                return d == null ? null : d.toInstant();
            }
        } catch (Exception | TokenMgrError e) {
            return null;
        }
        return null;
    }

    /** All message ids ({@code <...>}) in a header value, in order. */
    public static List<String> messageIds(String value) {
        List<String> ids = new ArrayList<>();
        Matcher m = MESSAGE_ID.matcher(value);
        while (m.find()) {
            ids.add(m.group());
        }
        return ids;
    }

    /** The first message id of a header value, the stripped value when it has none, null when blank. */
    public static String messageId(String value) {
        List<String> ids = messageIds(value);
        if (!ids.isEmpty()) {
            return ids.get(0);
        }
        return value.isBlank() ? null : value.strip();
    }
}
