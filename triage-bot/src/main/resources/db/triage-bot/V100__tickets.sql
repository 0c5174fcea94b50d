-- errdex tickets (docs/tickets.md), version 100. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
-- A ticket is a thread: its first email and every reply that names an email of the thread (In-Reply-To, References).
-- Each email is stored once, as a ticket_message; the unique dedup_key makes a second arrival of the same email
-- (another channel, a retry, a rescan, a concurrent upload) fail in the database, whatever the application does.

CREATE TABLE ticket (
    id              BIGINT          NOT NULL,
    subject         VARCHAR(1000)   NOT NULL,
    requester       VARCHAR(320),
    state           VARCHAR(16)     NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT          NOT NULL,
    CONSTRAINT pk_ticket PRIMARY KEY (id)
);

CREATE INDEX ix_ticket_state ON ticket (state);
CREATE SEQUENCE ticket_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE ticket_message (
    id              BIGINT          NOT NULL,
    ticket_id       BIGINT          NOT NULL,
    dedup_key       VARCHAR(300)    NOT NULL,
    message_id      VARCHAR(1000),
    in_reply_to     VARCHAR(1000),
    thread_refs     VARCHAR(100000) NOT NULL,
    sender          VARCHAR(1000),
    sender_address  VARCHAR(320),
    recipients_to   VARCHAR(100000) NOT NULL,
    recipients_cc   VARCHAR(100000) NOT NULL,
    subject         VARCHAR(1000)   NOT NULL,
    sent_at         TIMESTAMP WITH TIME ZONE,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    channel         VARCHAR(16)     NOT NULL,
    source_ref      VARCHAR(1000),
    content_hash    VARCHAR(64)     NOT NULL,
    body_text       VARCHAR(1000000) NOT NULL,
    matcher_text    VARCHAR(40000)  NOT NULL,
    CONSTRAINT pk_ticket_message PRIMARY KEY (id),
    CONSTRAINT uq_ticket_message_dedup UNIQUE (dedup_key),
    CONSTRAINT fk_ticket_message_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);

CREATE INDEX ix_ticket_message_ticket ON ticket_message (ticket_id);
CREATE SEQUENCE ticket_message_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE ticket_annotation (
    id                   BIGINT          NOT NULL,
    ticket_id            BIGINT          NOT NULL,
    message_id           BIGINT,
    position             INTEGER         NOT NULL,
    code                 VARCHAR(64)     NOT NULL,
    source               VARCHAR(16)     NOT NULL,
    confidence           DOUBLE PRECISION NOT NULL,
    attach               BOOLEAN         NOT NULL,
    evidence             VARCHAR(4000),
    remediation_text     VARCHAR(200000),
    remediation_markdown VARCHAR(200000),
    docs_url             VARCHAR(2000),
    catalog_revision     BIGINT          NOT NULL,
    review               VARCHAR(16)     NOT NULL,
    reviewed_by          VARCHAR(200),
    reviewed_at          TIMESTAMP WITH TIME ZONE,
    replaced_by          VARCHAR(64),
    CONSTRAINT pk_ticket_annotation PRIMARY KEY (id),
    CONSTRAINT fk_ticket_annotation_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_ticket_annotation_message FOREIGN KEY (message_id) REFERENCES ticket_message (id)
);

CREATE INDEX ix_ticket_annotation_ticket ON ticket_annotation (ticket_id);
CREATE INDEX ix_ticket_annotation_code ON ticket_annotation (code);
CREATE SEQUENCE ticket_annotation_seq START WITH 1 INCREMENT BY 50;

-- Every confirm, correct and reject, in order: who, when, what.
CREATE TABLE ticket_feedback (
    id              BIGINT          NOT NULL,
    ticket_id       BIGINT          NOT NULL,
    action          VARCHAR(16)     NOT NULL,
    code            VARCHAR(64),
    new_code        VARCHAR(64),
    actor           VARCHAR(200)    NOT NULL,
    acted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    note            VARCHAR(4000),
    CONSTRAINT pk_ticket_feedback PRIMARY KEY (id),
    CONSTRAINT fk_ticket_feedback_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);

CREATE INDEX ix_ticket_feedback_ticket ON ticket_feedback (ticket_id);
CREATE SEQUENCE ticket_feedback_seq START WITH 1 INCREMENT BY 50;

-- Texts people confirmed for a code; replayed into the search index at start (learning from feedback).
CREATE TABLE learned_evidence (
    id              BIGINT          NOT NULL,
    code            VARCHAR(64)     NOT NULL,
    ticket_id       BIGINT          NOT NULL,
    evidence_text   VARCHAR(40000)  NOT NULL,
    learned_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    learned_by      VARCHAR(200)    NOT NULL,
    CONSTRAINT pk_learned_evidence PRIMARY KEY (id),
    CONSTRAINT uq_learned_evidence UNIQUE (ticket_id, code),
    CONSTRAINT fk_learned_evidence_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);

CREATE SEQUENCE learned_evidence_seq START WITH 1 INCREMENT BY 50;

-- IMAP channel: where each mailbox folder resumes (docs/mailbox.md "Checkpoints").
CREATE TABLE mailbox_checkpoint (
    mailbox         VARCHAR(1000)   NOT NULL,
    uid_validity    BIGINT          NOT NULL,
    last_uid        BIGINT          NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_mailbox_checkpoint PRIMARY KEY (mailbox)
);

-- IMAP channel: messages set aside with their reason; one row per message (recording again is harmless).
CREATE TABLE mailbox_quarantine (
    reference       VARCHAR(1200)   NOT NULL,
    mailbox         VARCHAR(1000)   NOT NULL,
    uid_validity    BIGINT          NOT NULL,
    uid             BIGINT          NOT NULL,
    size_bytes      BIGINT          NOT NULL,
    error_code      VARCHAR(32)     NOT NULL,
    reason          VARCHAR(4000)   NOT NULL,
    quarantined_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_mailbox_quarantine PRIMARY KEY (reference)
);
