-- errdex catalog schema, version 1. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
-- List-valued fields (placeholders, causes, steps, symptoms, related) are stored as JSON arrays in text columns.

CREATE TABLE error_code (
    code            VARCHAR(64)     NOT NULL,
    namespace       VARCHAR(48)     NOT NULL,
    code_number     INTEGER         NOT NULL,
    title           VARCHAR(500)    NOT NULL,
    message         VARCHAR(8000)   NOT NULL,
    placeholders    VARCHAR(4000)   NOT NULL,
    guide_summary   VARCHAR(100000),
    guide_causes    VARCHAR(100000),
    guide_steps     VARCHAR(100000),
    category        VARCHAR(64),
    severity        VARCHAR(16)     NOT NULL,
    docs_url        VARCHAR(2000),
    symptoms        VARCHAR(100000) NOT NULL,
    related         VARCHAR(4000)   NOT NULL,
    owner_component VARCHAR(100),
    source_location VARCHAR(1000),
    status          VARCHAR(16)     NOT NULL,
    replaced_by     VARCHAR(64),
    revision        BIGINT          NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(200)    NOT NULL,
    edited          BOOLEAN         NOT NULL,
    CONSTRAINT pk_error_code PRIMARY KEY (code),
    CONSTRAINT uq_error_code_number UNIQUE (namespace, code_number)
);

CREATE INDEX ix_error_code_category ON error_code (category);
CREATE INDEX ix_error_code_status ON error_code (status);

-- One row per revision of an entry: what changed, when and by whom, and the entry as it was after the change.
CREATE TABLE error_code_history (
    id              BIGINT          NOT NULL,
    code            VARCHAR(64)     NOT NULL,
    revision        BIGINT          NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by      VARCHAR(200)    NOT NULL,
    change_summary  VARCHAR(2000)   NOT NULL,
    snapshot        VARCHAR(200000) NOT NULL,
    CONSTRAINT pk_error_code_history PRIMARY KEY (id),
    CONSTRAINT uq_error_code_history_revision UNIQUE (code, revision),
    CONSTRAINT fk_error_code_history_code FOREIGN KEY (code) REFERENCES error_code (code)
);

CREATE SEQUENCE error_code_history_seq START WITH 1 INCREMENT BY 50;

-- Facts about the catalog as a whole, e.g. the fingerprint of the bundled catalog last seeded.
CREATE TABLE catalog_meta (
    meta_key        VARCHAR(100)    NOT NULL,
    meta_value      VARCHAR(1000)   NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_catalog_meta PRIMARY KEY (meta_key)
);
