package dev.errdex.triage.inbound.imap.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads a duration the way Quarkus configuration does: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h},
 * {@code 1d}, a bare number of seconds, or ISO-8601 ({@code PT30S}). Registered on the settings so that plain
 * SmallRye Config (outside Quarkus) accepts the same spellings.
 */
public final class DurationText implements Converter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(\\d+)(ms|s|m|h|d)?");

    @Override
    public Duration convert(String value) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        Matcher m = SHORT.matcher(text);
        if (m.matches()) {
            long amount = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            switch (unit) {
                case "ms":
                    return Duration.ofMillis(amount);
                case "m":
                    return Duration.ofMinutes(amount);
                case "h":
                    return Duration.ofHours(amount);
                case "d":
                    return Duration.ofDays(amount);
                default:
                    return Duration.ofSeconds(amount);
            }
        }
        try {
            return Duration.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Not a duration: '" + value + "' (use e.g. 500ms, 30s, 5m or PT30S)", e);
        }
    }

    /** Parses or fails; for code that builds settings by hand. */
    public static Duration parse(String value) {
        Duration d = new DurationText().convert(value);
        if (d == null) {
            throw new IllegalArgumentException("Empty duration");
        }
        return d;
    }
}
