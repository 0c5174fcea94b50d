-- Catalog revisions, so that every process sees the catalog changes other processes commit (scale-out).
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

-- One row. Every transaction that changes catalog entries increments it once, just before it commits; the row lock
-- makes such transactions commit in the order of their numbers, so "revision <= N" is a consistent cut.
CREATE TABLE catalog_revision (
    id              INTEGER         NOT NULL,
    revision        BIGINT          NOT NULL,
    CONSTRAINT pk_catalog_revision PRIMARY KEY (id)
);
INSERT INTO catalog_revision (id, revision) VALUES (1, 0);

-- One row per catalog revision: what kind of change it was and who made it (the codes are in error_code).
CREATE TABLE catalog_change (
    revision        BIGINT          NOT NULL,
    reason          VARCHAR(16)     NOT NULL,
    changed_by      VARCHAR(200)    NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_catalog_change PRIMARY KEY (revision)
);

-- The catalog revision that last changed the entry (0: before this migration).
ALTER TABLE error_code ADD COLUMN catalog_revision BIGINT DEFAULT 0 NOT NULL;
CREATE INDEX ix_error_code_catalog_revision ON error_code (catalog_revision);
