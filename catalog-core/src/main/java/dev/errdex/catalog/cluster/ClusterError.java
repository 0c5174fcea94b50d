package dev.errdex.catalog.cluster;

import dev.errdex.catalog.ErrdexCode;

/**
 * errdex's own codes for running several processes on one database ({@code ERR_ERRDEX_1500}-{@code 1519}): catalog
 * refresh across replicas and the migration-only run. Numbers 1502-1505 (the IMAP mailbox lock) belong to the bot
 * module, which owns mail.
 */
public enum ClusterError implements ErrdexCode {

    REFRESH_FAILED(1500, "Reading the catalog changes of other processes failed: %s. This replica's search may lag"
            + " behind edits made through other replicas until the database answers again; it retries every"
            + " errdex.catalog.refresh-interval. Check the database connection."),
    LISTENER_LOST(1501, "The PostgreSQL connection that listens for catalog changes failed: %s. Reconnecting in %s;"
            + " meanwhile the revision check (errdex.catalog.refresh-interval) still picks up other replicas' edits."),
    MIGRATED(1506, "Informational: ERRDEX_MIGRATE_ONLY is set: the database migrations ran and the process exits"
            + " without serving."),
    MIGRATION_FAILED(1507, "ERRDEX_MIGRATE_ONLY is set and the database migrations failed: %s. Nothing was served;"
            + " fix the cause (database reachable, user allowed to change the schema) and run the migration again.");

    private final int number;
    private final String template;

    ClusterError(int number, String template) {
        this.number = number;
        this.template = template;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public String template() {
        return template;
    }
}
