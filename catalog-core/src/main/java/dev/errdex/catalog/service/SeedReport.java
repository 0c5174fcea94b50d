package dev.errdex.catalog.service;

/**
 * What seeding from the bundled catalog did.
 *
 * @param skipped    true when the database already held this bundle (fingerprint unchanged): nothing was read
 * @param added      codes that were new
 * @param updated    untouched codes the bundle changed
 * @param keptEdited codes the bundle would change but someone edited, so they were left alone
 * @param unchanged  codes already equal to the bundle
 */
public record SeedReport(boolean skipped, int added, int updated, int keptEdited, int unchanged) {
}
