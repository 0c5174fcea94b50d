package dev.errdex.catalog.scan.internal;

import dev.errdex.catalog.CodeSpelling;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the code-shaped words of one namespace in a piece of text and judges them by {@link CodeSpelling}: a code
 * that source writes must be in canonical form ({@code ERR_ACME_1001}); a word shaped like a code of the namespace
 * but spelled otherwise ({@code err-acme-1001}, {@code ERR_ACME_01001}, {@code ERR_ACME_10x}, eight digits) is
 * malformed. The bare namespace and a prefix such as {@code "ERR_ACME_"} (a code built at run time) are passed over.
 */
public final class CodeShapes {

    /** What a code-shaped word turned out to be. */
    public interface Found {
        /** A code in canonical spelling, at {@code lineOffset} lines below the text's first line. */
        void code(String code, int lineOffset);

        /** A word shaped like a code of the namespace that breaks its spelling rules. */
        void malformed(String written, String reason, int lineOffset);
    }

    private final String namespace;
    private final byte[] wordLower;
    private final byte[] wordUpper;
    private final Pattern shape;

    public CodeShapes(String namespace) {
        this.namespace = namespace;
        String word = namespace.substring(namespace.indexOf('_') + 1);
        this.wordLower = word.toLowerCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        this.wordUpper = word.toUpperCase(Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        this.shape = Pattern.compile("(?<![A-Za-z0-9_])ERR[_.\\-]" + Pattern.quote(word)
                + "(?![A-Za-z])([_.\\-]?)([A-Za-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    }

    public String namespace() {
        return namespace;
    }

    /** A cheap first look at a file's bytes: false when no code of the namespace can be in them. */
    public boolean mayContain(byte[] bytes, int length) {
        int w = wordLower.length;
        byte first0 = wordLower[0];
        byte first1 = wordUpper[0];
        outer:
        for (int i = 0; i + w <= length; i++) {
            byte b = bytes[i];
            if (b != first0 && b != first1) {
                continue;
            }
            for (int k = 1; k < w; k++) {
                byte c = bytes[i + k];
                if (c != wordLower[k] && c != wordUpper[k]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether {@code text} may hold a code-shaped word (cheap; {@link #find} decides). */
    boolean mayContain(String text) {
        return text.length() >= wordLower.length + 4
                && text.toUpperCase(Locale.ROOT).contains(new String(wordUpper, java.nio.charset.StandardCharsets.US_ASCII));
    }

    /**
     * Reports each code-shaped word of {@code text}.
     *
     * @param strict whether to report malformed words (string literals) or pass them over (comments)
     */
    public void find(String text, boolean strict, Found found) {
        if (!mayContain(text)) {
            return;
        }
        Matcher m = shape.matcher(text);
        int lineOffset = 0;
        int counted = 0;
        while (m.find()) {
            for (int i = counted; i < m.start(); i++) {
                if (text.charAt(i) == '\n') {
                    lineOffset++;
                }
            }
            counted = m.start();
            String separator = m.group(1);
            String rest = m.group(2);
            if (rest.isEmpty()) {
                continue; // the namespace alone, or a prefix to which a number is appended at run time
            }
            String written = m.group();
            judge(written, separator, rest, strict, lineOffset, found);
        }
    }

    private void judge(String written, String separator, String rest, boolean strict, int lineOffset, Found found) {
        boolean digits = rest.chars().allMatch(c -> c >= '0' && c <= '9');
        if (digits && rest.length() <= CodeSpelling.MAX_DIGITS) {
            Optional<String> canonical = CodeSpelling.canonical(written)
                    .filter(c -> c.startsWith(namespace + "_"));
            if (canonical.isPresent()) {
                if (canonical.get().equals(written) || !strict) {
                    found.code(canonical.get(), lineOffset);
                } else {
                    found.malformed(written, "written '" + written + "'; the catalog spells it "
                            + canonical.get(), lineOffset);
                }
                return;
            }
        }
        if (!strict) {
            return;
        }
        if (digits) {
            found.malformed(written, "the number has more than " + CodeSpelling.MAX_DIGITS + " digits", lineOffset);
        } else if (separator.isEmpty() && !Character.isDigit(rest.charAt(0))) {
            return; // another word that merely starts like the namespace
        } else {
            found.malformed(written, "'" + rest + "' is not a number; a code ends in " + namespace
                    + "_ and digits", lineOffset);
        }
    }
}
