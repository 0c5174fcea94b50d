-- errdex tickets, version 101 (docs/tickets.md "Threads" and "Raw message"). Portable SQL: H2 2.x and PostgreSQL 15.

-- One row per key of a thread: the dedup key of every stored email and the Message-ID keys its In-Reply-To and
-- References name, each pointing to the ticket of that thread. The primary key makes two emails of one new thread
-- that arrive at the same moment (a reply and its parent, or two replies to the same unseen root) meet in the
-- database: the second insert of a shared key waits for the first transaction and fails, and its retry joins the
-- winner's ticket.
CREATE TABLE ticket_thread (
    thread_key      VARCHAR(300)    NOT NULL,
    ticket_id       BIGINT          NOT NULL,
    CONSTRAINT pk_ticket_thread PRIMARY KEY (thread_key),
    CONSTRAINT fk_ticket_thread_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);

CREATE INDEX ix_ticket_thread_ticket ON ticket_thread (ticket_id);

-- Emails stored before this version: their own keys, which is what threads were found by until now.
INSERT INTO ticket_thread (thread_key, ticket_id) SELECT dedup_key, ticket_id FROM ticket_message;

-- The raw RFC 5322 bytes of each email as it arrived, gzip-compressed, for re-triage and for agents to read the
-- original. Written in the email's own transaction. Emails stored before this version have none.
CREATE TABLE ticket_message_raw (
    message_id      BIGINT          NOT NULL,
    size_bytes      BIGINT          NOT NULL,
    sha256          VARCHAR(64)     NOT NULL,
    gzip_content    BYTEA           NOT NULL,
    CONSTRAINT pk_ticket_message_raw PRIMARY KEY (message_id),
    CONSTRAINT fk_ticket_message_raw_message FOREIGN KEY (message_id) REFERENCES ticket_message (id)
);
