package dev.errdex.catalog.service;

import java.time.Instant;

/**
 * One revision in the history of a code.
 *
 * @param code     canonical code
 * @param revision the revision this change produced
 * @param at       when
 * @param by       who
 * @param change   what changed, e.g. {@code created} or {@code changed title, message}
 */
public record HistoryRecord(String code, long revision, Instant at, String by, String change) {
}
