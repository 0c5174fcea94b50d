package dev.errdex.triage.index;

import dev.errdex.search.Suggestion;

import java.util.List;

/**
 * What a pasted text (a message, a log, an email body) names and suggests, read the way triage reads email.
 *
 * @param explicit    catalog codes named in the text, in order of appearance
 * @param unknown     codes named in the text that the catalog does not hold
 * @param suggestions codes for the text, best first (named codes first, with confidence 1)
 */
public record PastedMatch(List<String> explicit, List<String> unknown, List<Suggestion> suggestions) {
}
