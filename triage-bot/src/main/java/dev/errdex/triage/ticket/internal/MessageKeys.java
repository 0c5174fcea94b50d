package dev.errdex.triage.ticket.internal;

import dev.errdex.catalog.Sha256;
import dev.errdex.triage.mail.ReadableEmail;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The keys that make an email unique (docs/tickets.md "Idempotency"): {@code mid:<normalised Message-ID>}, or
 * {@code sha256:<content hash>} when the email has no Message-ID.
 */
public final class MessageKeys {

    /** Longest key kept as is; longer Message-IDs are keyed by their SHA-256 ({@code mid#<hex>}). */
    static final int MAX_KEY = 290;
    /** Most thread keys looked up for one email. */
    static final int MAX_THREAD_KEYS = 100;
    private static final Pattern ANGLED = Pattern.compile("<[^<>]*>");

    private MessageKeys() {
    }

    /**
     * A Message-ID without angle brackets and white space, its domain part (after the last {@code @}) in lower
     * case; null when there is nothing left.
     */
    public static String normaliseMessageId(String messageId) {
        if (messageId == null) {
            return null;
        }
        String s = messageId.strip();
        int lt = s.indexOf('<');
        int gt = s.lastIndexOf('>');
        if (lt >= 0 && gt > lt) {
            s = s.substring(lt + 1, gt);
        }
        s = s.replaceAll("\\s+", "");
        if (s.isEmpty()) {
            return null;
        }
        int at = s.lastIndexOf('@');
        return at < 0 ? s : s.substring(0, at + 1) + s.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** The key of a Message-ID, or null when it normalises to nothing. */
    public static String messageIdKey(String messageId) {
        String n = normaliseMessageId(messageId);
        if (n == null) {
            return null;
        }
        String key = "mid:" + n;
        return key.length() <= MAX_KEY ? key : "mid#" + sha256(n);
    }

    /** The unique key of an email: its Message-ID's key, else {@code sha256:} and its content hash. */
    public static String dedupKey(String messageId, String contentHash) {
        String key = messageIdKey(messageId);
        return key != null ? key : "sha256:" + contentHash;
    }

    /**
     * SHA-256 (hex) of what makes an email the same email across channels: sender address, subject, Date header
     * (epoch seconds) and the readable text with runs of white space collapsed. Headers added in transit
     * (Received, Return-Path, provider ids) do not count.
     */
    public static String contentHash(ReadableEmail email) {
        StringBuilder sb = new StringBuilder();
        sb.append("from:").append(email.from() == null ? "" : email.from().address().toLowerCase(Locale.ROOT));
        sb.append("\nsubject:").append(email.subject().strip());
        sb.append("\ndate:").append(email.date() == null ? "" : Long.toString(email.date().getEpochSecond()));
        sb.append('\n').append(email.text().replaceAll("\\s+", " ").strip());
        return sha256(sb.toString());
    }

    /** The keys of the emails this one answers (In-Reply-To, then References), for finding its thread. */
    public static List<String> threadKeys(ReadableEmail email) {
        Set<String> keys = new LinkedHashSet<>();
        addKey(keys, email.inReplyTo());
        for (String r : email.references()) {
            addKey(keys, r);
        }
        return new ArrayList<>(keys);
    }

    private static void addKey(Set<String> keys, String header) {
        if (header == null) {
            return;
        }
        Matcher m = ANGLED.matcher(header);
        boolean any = false;
        while (m.find() && keys.size() < MAX_THREAD_KEYS) {
            any = true;
            String k = messageIdKey(m.group());
            if (k != null) {
                keys.add(k);
            }
        }
        String k = any ? null : messageIdKey(header);
        if (k != null) {
            keys.add(k);
        }
    }

    static String sha256(String s) {
        return Sha256.hex(s);
    }
}
