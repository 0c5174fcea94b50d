package dev.errdex.catalog;

import dev.errdex.catalog.CatalogEntry.Severity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Derives the severity of a code whose source names none, from the words of its message. The first rule that
 * matches wins (documented in {@code docs/catalog.md}):
 * <ol>
 *   <li>{@link Severity#CRITICAL}: the account is suspended or banned, or the ngrok service itself failed
 *       ("internal server error" as the whole reason);</li>
 *   <li>{@link Severity#INFO}: notices that block nothing (the browser warning page, empty lists, "no changes");</li>
 *   <li>{@link Severity#WARNING}: transient or self-healing conditions (rate limits, throttling, time-outs, expired
 *       sessions, maintenance, deprecations, "try again");</li>
 *   <li>{@link Severity#ERROR}: everything else.</li>
 * </ol>
 */
public final class SeverityRule {

    /** The ordered rules; the first whose pattern is found in the message decides. */
    public static final List<Rule> RULES = List.of(
            new Rule(Severity.CRITICAL, "\\b(has been|was|been|is) (suspended|banned)\\b|\\bsuspended for\\b"
                    + "|\\bbanned for\\b|last payment for .* failed"),
            new Rule(Severity.CRITICAL, "^\\s*(an )?internal (server |gateway )?error"),
            new Rule(Severity.INFO, "^\\s*you are about to visit|^\\s*you haven't added any"
                    + "|^\\s*there were no changes|new version of .* is required"),
            new Rule(Severity.WARNING, "^\\s*warning\\b|try (your request )?again|\\btemporar|rate.limit|throttl"
                    + "|draining|shedding|deprecated|\\bexpired\\b|timed out|\\btimeout\\b|too busy"
                    + "|maintenance in progress"));

    private SeverityRule() {
    }

    /** The severity the rules give to this message; {@link Severity#ERROR} for a null or blank message. */
    public static Severity derive(String message) {
        if (message == null || message.isBlank()) {
            return Severity.ERROR;
        }
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(message).find()) {
                return rule.severity();
            }
        }
        return Severity.ERROR;
    }

    /** One rule: a case-insensitive regular expression searched in the message. */
    public record Rule(Severity severity, Pattern pattern) {
        Rule(Severity severity, String regex) {
            this(severity, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        }
    }
}
