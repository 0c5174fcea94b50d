package dev.errdex.search.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message template cut at its placeholders. {@code "failed to reach `ADDR` in time"} has the constant segments
 * {@code "failed to reach"} and {@code "in time"}: whatever a customer's copy has in place of {@code ADDR}, it
 * shares those segments (and their word pairs) with the template.
 *
 * <p>A placeholder is a back-quoted name listed among the entry's placeholders, or, when the entry lists none, any
 * back-quoted upper-case name. Other back-quoted text ({@code `ngrok start --all`}) is constant.
 */
public final class MessageTemplate {

    private static final Pattern QUOTED = Pattern.compile("`([^`\\n]*)`");

    private final List<String> segments;

    private MessageTemplate(List<String> segments) {
        this.segments = List.copyOf(segments);
    }

    /** Cuts {@code message} at the placeholders named in {@code placeholders}. */
    public static MessageTemplate of(String message, Collection<String> placeholders) {
        if (message == null || message.isBlank()) {
            return new MessageTemplate(List.of());
        }
        List<String> segments = new ArrayList<>();
        Matcher m = QUOTED.matcher(message);
        int from = 0;
        StringBuilder current = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1);
            boolean placeholder = inner.isEmpty() || (placeholders.isEmpty()
                    ? dev.errdex.catalog.MessageTemplate.isPlaceholderName(inner) && inner.length() > 1
                    : placeholders.contains(inner));
            current.append(message, from, m.start());
            if (placeholder) {
                add(segments, current);
                current.setLength(0);
            } else {
                current.append(inner);
            }
            from = m.end();
        }
        current.append(message, from, message.length());
        add(segments, current);
        return new MessageTemplate(segments);
    }

    private static void add(List<String> segments, StringBuilder text) {
        String s = text.toString().strip();
        if (!s.isEmpty()) {
            segments.add(s);
        }
    }

    /** The constant parts, in order. */
    public List<String> segments() {
        return segments;
    }

    /** The constant parts joined by a line break (for the unigram field and embeddings). */
    public String constantText() {
        return String.join("\n", segments);
    }
}
