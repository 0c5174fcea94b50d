package dev.errdex.triage;

import dev.errdex.search.Suggestion;
import dev.errdex.triage.extract.CodeHit;
import dev.errdex.triage.mail.ReadableEmail;

import java.util.List;

/**
 * What triage found in one email.
 *
 * @param messageId   the Message-ID header, null when the email has none
 * @param explicit    catalog codes written in the email, sorted
 * @param unknown     code-shaped strings not in the catalog, sorted (never mapped to a near code)
 * @param hits        where each code was written (part, offset, snippet)
 * @param suggestions best first, at most {@link TriageEngine#SUGGESTION_LIMIT}: the explicit codes (confidence 1,
 *                    attach) when there are any, otherwise the index's matches; all with attach=false when the
 *                    email names only unknown codes
 * @param email       the email as read
 */
public record TriageResult(
        String messageId,
        List<String> explicit,
        List<String> unknown,
        List<CodeHit> hits,
        List<Suggestion> suggestions,
        ReadableEmail email) {

    public TriageResult {
        explicit = List.copyOf(explicit);
        unknown = List.copyOf(unknown);
        hits = List.copyOf(hits);
        suggestions = List.copyOf(suggestions);
    }
}
