package dev.errdex.catalog.service;

import java.util.Set;

/**
 * CDI event fired when catalog entries changed (search indexes and caches listen to it). Observers that must only see
 * committed data use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 *
 * <p>A change made through this process is fired inside the transaction that made it. A change another process
 * committed (another replica on the same database) is fired again here by the catalog follower, outside any
 * transaction and with {@code remote} set, within {@code errdex.catalog.refresh-interval} of its commit.
 *
 * @param codes  canonical codes added or changed
 * @param by     who changed them
 * @param reason what kind of operation it was
 * @param remote true when another process made the change
 */
public record CatalogChanged(Set<String> codes, String by, Reason reason, boolean remote) {

    public CatalogChanged {
        codes = Set.copyOf(codes);
    }

    /** A change made through this process. */
    public CatalogChanged(Set<String> codes, String by, Reason reason) {
        this(codes, by, reason, false);
    }

    /** The operation behind a change. */
    public enum Reason { UPSERT, FIX_GUIDE, DEPRECATE, IMPORT, SEED }
}
