package dev.errdex.catalog.scan;

import java.util.List;

/**
 * One thing {@code --check} reports.
 *
 * @param kind     what is wrong
 * @param code     the code concerned (for a malformed word, the word as written)
 * @param message  what is wrong, for a person
 * @param sites    the places concerned, the main one first: the raise sites (one per unrelated place) for a
 *                 multiply raised code, the raise and definition sites of an undocumented code, the definition of a
 *                 dead code where it has one, the word itself for a malformed code
 * @param location {@code path:line} of the main place; for a dead code without a definition in the source, the
 *                 catalog entry's {@code file:line} when known, else null
 */
public record Finding(FindingKind kind, String code, String message, List<CodeSite> sites, String location) {

    public Finding {
        sites = List.copyOf(sites);
    }

    @Override
    public String toString() {
        return (location == null ? "(catalog)" : location) + ": " + kind.id() + " " + code + ": " + message;
    }
}
