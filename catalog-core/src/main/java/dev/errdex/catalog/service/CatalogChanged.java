package dev.errdex.catalog.service;

import java.util.Set;

/**
 * CDI event fired inside the transaction that changed catalog entries (search indexes and caches listen to it).
 * Observers that must only see committed data use {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)}.
 *
 * @param codes  canonical codes added or changed
 * @param by     who changed them
 * @param reason what kind of operation it was
 */
public record CatalogChanged(Set<String> codes, String by, Reason reason) {

    public CatalogChanged {
        codes = Set.copyOf(codes);
    }

    /** The operation behind a change. */
    public enum Reason { UPSERT, FIX_GUIDE, DEPRECATE, IMPORT, SEED }
}
