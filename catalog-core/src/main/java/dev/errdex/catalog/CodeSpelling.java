package dev.errdex.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that turns any spelling of an error code into its canonical form.
 *
 * <p>Accepted: {@code ERR_NGROK_8012}, {@code err_ngrok_8012}, {@code ERR-NGROK-8012}, {@code ERR NGROK 8012},
 * {@code Err_Ngrok_08012} (leading zeros dropped), {@code ERR.NGROK.8012}, and a bare number ({@code 8012}), which
 * is read in the default namespace {@value #DEFAULT_NAMESPACE}. Everything else is "not a code".
 *
 * <p>This class answers for a whole string (a lookup key). Finding codes inside free text is the triage bot's job.
 */
public final class CodeSpelling {

    /** The namespace a bare number belongs to. */
    public static final String DEFAULT_NAMESPACE = "ERR_NGROK";

    /** Longest number part we accept; anything longer is not a code (an order number, a timestamp...). */
    public static final int MAX_DIGITS = 7;

    private static final Pattern SPELLING = Pattern.compile(
            "(?:(ERR)[\\s_.\\-]+([A-Z][A-Z0-9]*?)[\\s_.\\-]*)?0*(\\d{1," + MAX_DIGITS + "})",
            Pattern.CASE_INSENSITIVE);

    private CodeSpelling() {
    }

    /**
     * Parses one spelling.
     *
     * @param raw what a person or program typed; surrounding white space and quotes are ignored
     * @return the canonical code, or empty when {@code raw} is not a code
     */
    public static Optional<CanonicalCode> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.strip();
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'' || s.charAt(0) == '`')
                && s.charAt(s.length() - 1) == s.charAt(0)) {
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.isEmpty() || s.length() > 64) {
            return Optional.empty();
        }
        Matcher m = SPELLING.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(3);
        String namespace = m.group(1) == null
                ? DEFAULT_NAMESPACE
                : "ERR_" + m.group(2).toUpperCase(Locale.ROOT);
        if (digits.isEmpty()) {
            // "ERR_NGROK_0": all zeros were eaten by 0*; keep one
            digits = "0";
        }
        return Optional.of(new CanonicalCode(namespace, Integer.parseInt(digits)));
    }

    /** The canonical spelling, or empty when {@code raw} is not a code. */
    public static Optional<String> canonical(String raw) {
        return parse(raw).map(CanonicalCode::value);
    }

    /**
     * The canonical spelling, or an exception that says why the input is not a code.
     *
     * @throws NotACodeException when {@code raw} is not a code in any accepted spelling
     */
    public static String require(String raw) {
        return canonical(raw).orElseThrow(() -> new NotACodeException(raw));
    }

    /** A code in canonical form: namespace such as {@code ERR_NGROK} and a number without leading zeros. */
    public record CanonicalCode(String namespace, int number) {

        /** {@code ERR_NGROK_8012}. */
        public String value() {
            return namespace + "_" + number;
        }

        /** The lower-case slug used in docs URLs: {@code err_ngrok_8012}. */
        public String slug() {
            return value().toLowerCase(Locale.ROOT);
        }

        @Override
        public String toString() {
            return value();
        }
    }

    /** Thrown by {@link #require(String)}: the string is not an error code in any accepted spelling. */
    public static final class NotACodeException extends IllegalArgumentException {
        private final String input;

        public NotACodeException(String input) {
            super("'" + abbreviate(input) + "' is not an error code; write it like ERR_NGROK_8012"
                    + " (case, dashes, spaces and leading zeros do not matter)");
            this.input = input;
        }

        public String input() {
            return input;
        }

        private static String abbreviate(String s) {
            if (s == null) {
                return "null";
            }
            return s.length() <= 40 ? s : s.substring(0, 40) + "...";
        }
    }
}
