package dev.errdex.triage;

import dev.errdex.catalog.CatalogEntry;
import dev.errdex.search.CatalogIndex;
import dev.errdex.search.Suggestion;
import dev.errdex.triage.extract.CodeExtractor;
import dev.errdex.triage.extract.CodeHit;
import dev.errdex.triage.extract.Extraction;
import dev.errdex.triage.mail.MailLimits;
import dev.errdex.triage.mail.MailReader;
import dev.errdex.triage.mail.MailRejectedException;
import dev.errdex.triage.mail.ReadableEmail;
import dev.errdex.triage.mail.TextPart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Names the error codes a support email is about. The entry point for every channel (bin/triage, tickets, webhook,
 * GraphQL). Thread-safe; build one per process and share it.
 *
 * <p>Steps: read the MIME message ({@link MailReader}), extract the codes written in it ({@link CodeExtractor}), and
 * when no catalog code is written, ask the {@link CatalogIndex} to match the text ({@link #matcherText}).
 *
 * <p>Suggestions:
 * <ul>
 *   <li>codes written in the email: each explicit code, in the order first seen (the sender's own text before quoted
 *       history), confidence 1.0, attach=true, evidence = the snippet where it was written. The index is not asked:
 *       a written code beats any inference.</li>
 *   <li>no code written: the index's suggestions as they come (its confidence and attach decision).</li>
 *   <li>only unknown codes written: the index's suggestions with attach=false, so that a person looks: the sender
 *       quoted a code the catalog does not know and we never map it to a near one.</li>
 * </ul>
 */
public final class TriageEngine {

    /** Most suggestions in a result. */
    public static final int SUGGESTION_LIMIT = 5;

    /** Most characters handed to the index (sections in priority order, see {@link #matcherText}). */
    public static final int MATCHER_TEXT_LIMIT = 32_000;

    private final MailReader reader;
    private final CatalogIndex index;
    private volatile CodeExtractor extractor;

    /** An engine with the default {@link MailLimits}. */
    public TriageEngine(Collection<CatalogEntry> catalog, CatalogIndex index) {
        this(catalog, index, MailLimits.DEFAULTS);
    }

    /**
     * @param catalog the catalog's entries (their codes are the explicit ones)
     * @param index   the index over the same catalog, used when no code is written
     * @param limits  limits for reading raw mail
     */
    public TriageEngine(Collection<CatalogEntry> catalog, CatalogIndex index, MailLimits limits) {
        this.reader = new MailReader(limits);
        this.index = Objects.requireNonNull(index, "index");
        this.extractor = CodeExtractor.forCatalog(catalog);
    }

    /**
     * Replaces the set of known codes after a catalog change (the index is updated by its owner). Cheap; safe
     * while other threads triage.
     */
    public void catalogChanged(Collection<CatalogEntry> catalog) {
        this.extractor = CodeExtractor.forCatalog(catalog);
    }

    /**
     * Reads and triages a raw message.
     *
     * @throws MailRejectedException when the message is empty, not an email or over a {@link MailLimits} limit
     */
    public TriageResult triage(byte[] rawEmail) {
        return triage(rawEmail, TriageSteps.NONE);
    }

    /** {@link #triage(byte[])}, telling {@code steps} about reading, extracting and matching. */
    public TriageResult triage(byte[] rawEmail, TriageSteps steps) {
        return triage(steps.run("read", () -> reader.read(rawEmail)), steps);
    }

    /** Triages an email already read (e.g. stored by the ticket system). */
    public TriageResult triage(ReadableEmail email) {
        return triage(email, TriageSteps.NONE);
    }

    /** {@link #triage(ReadableEmail)}, telling {@code steps} about extracting and (when no code is written) matching. */
    public TriageResult triage(ReadableEmail email, TriageSteps steps) {
        Extraction found = steps.run("extract", () -> extractor.extract(email));
        List<Suggestion> suggestions;
        if (!found.explicit().isEmpty()) {
            suggestions = explicitSuggestions(found);
        } else {
            List<Suggestion> matched = steps.run("match", () -> index.match(matcherText(email), SUGGESTION_LIMIT));
            suggestions = found.unknown().isEmpty() ? matched : matched.stream()
                    .map(s -> new Suggestion(s.code(), s.confidence(), false, s.evidence()))
                    .toList();
        }
        return new TriageResult(email.messageId(), found.explicit(), found.unknown(), found.hits(),
                suggestions.size() > SUGGESTION_LIMIT ? suggestions.subList(0, SUGGESTION_LIMIT) : suggestions,
                email);
    }

    private static List<Suggestion> explicitSuggestions(Extraction found) {
        Map<String, CodeHit> first = new LinkedHashMap<>();
        for (CodeHit h : found.hits()) {
            if (h.known() && !h.quoted()) {
                first.putIfAbsent(h.code(), h);
            }
        }
        for (CodeHit h : found.hits()) {
            if (h.known()) {
                first.putIfAbsent(h.code(), h);
            }
        }
        List<Suggestion> out = new ArrayList<>();
        for (CodeHit h : first.values()) {
            out.add(new Suggestion(h.code(), 1.0, true,
                    List.of(new Suggestion.Evidence("explicit:" + h.part(), h.snippet(), 1.0))));
        }
        return out;
    }

    /**
     * The text given to {@link CatalogIndex#match}: the sender's own words first, then what they forwarded or
     * attached, then quoted history; signatures and disclaimers are left out. Sections, each separated by a blank
     * line:
     * <ol>
     *   <li>the subject;</li>
     *   <li>the own text (no quoted lines, no signature) of the message's bodies;</li>
     *   <li>forwarded messages (subject and own text);</li>
     *   <li>text attachments;</li>
     *   <li>quoted reply history.</li>
     * </ol>
     * Cut at {@value #MATCHER_TEXT_LIMIT} characters.
     */
    public static String matcherText(ReadableEmail email) {
        List<String> subject = new ArrayList<>();
        List<String> own = new ArrayList<>();
        List<String> forwarded = new ArrayList<>();
        List<String> attachments = new ArrayList<>();
        List<String> quoted = new ArrayList<>();
        for (TextPart p : email.parts()) {
            String label = p.label();
            boolean inForward = label.startsWith("forwarded[");
            String leaf = label.substring(label.lastIndexOf('/') + 1);
            if (leaf.startsWith("attachment")) {
                attachments.add(p.text());
            } else if (inForward) {
                forwarded.add(p.ownText());
            } else if (leaf.equals("subject")) {
                subject.add(p.text());
            } else {
                own.add(p.ownText());
            }
            String q = p.quotedText();
            if (!q.isBlank()) {
                quoted.add(q);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (List<String> section : List.of(subject, own, forwarded, attachments, quoted)) {
            for (String s : section) {
                if (s.isBlank()) {
                    continue;
                }
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(s.strip());
                if (sb.length() >= MATCHER_TEXT_LIMIT) {
                    return sb.substring(0, MATCHER_TEXT_LIMIT);
                }
            }
        }
        return sb.toString();
    }
}
