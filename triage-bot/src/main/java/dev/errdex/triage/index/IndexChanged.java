package dev.errdex.triage.index;

/**
 * Fired (synchronously, after the change is visible) whenever the process's index answers differently: rebuilt,
 * catalog changes applied, learned evidence added. Whoever keeps answers derived from the index (the GraphQL
 * response cache) drops them.
 *
 * @param reason what changed, for logs
 */
public record IndexChanged(String reason) {
}
