-- errdex outbound remediation (notes to the helpdesk and by email), version 200. Portable SQL: H2 2.x and
-- PostgreSQL 15. The outbox keeps one row per note (unique idempotency key = ticket, annotation set, target), written
-- after the ticket's annotations commit and sent by a scheduler, so that pending notes survive a restart.

CREATE TABLE outbound_delivery (
    id              BIGINT          NOT NULL,
    idempotency_key VARCHAR(100)    NOT NULL,
    ticket_id       VARCHAR(100)    NOT NULL,
    target          VARCHAR(20)     NOT NULL,
    payload         VARCHAR(1000000) NOT NULL,
    state           VARCHAR(16)     NOT NULL,
    attempts        INTEGER         NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_until     TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_outbound_delivery PRIMARY KEY (id),
    CONSTRAINT uq_outbound_delivery_key UNIQUE (idempotency_key)
);

CREATE INDEX ix_outbound_delivery_due ON outbound_delivery (state, next_attempt_at);
CREATE INDEX ix_outbound_delivery_ticket ON outbound_delivery (ticket_id);

CREATE SEQUENCE outbound_delivery_seq START WITH 1 INCREMENT BY 50;

-- A note given up on: every attempt failed or the target refused it. Kept with the reason, for a person to act on;
-- a note re-queued by hand and given up on again gets a second row.
CREATE TABLE outbound_dead_letter (
    id              BIGINT          NOT NULL,
    delivery_id     BIGINT          NOT NULL,
    idempotency_key VARCHAR(100)    NOT NULL,
    ticket_id       VARCHAR(100)    NOT NULL,
    target          VARCHAR(20)     NOT NULL,
    attempts        INTEGER         NOT NULL,
    reason          VARCHAR(2000)   NOT NULL,
    payload         VARCHAR(1000000) NOT NULL,
    dead_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_outbound_dead_letter PRIMARY KEY (id),
    CONSTRAINT fk_outbound_dead_letter_delivery FOREIGN KEY (delivery_id) REFERENCES outbound_delivery (id)
);

CREATE INDEX ix_outbound_dead_letter_ticket ON outbound_dead_letter (ticket_id);
CREATE INDEX ix_outbound_dead_letter_delivery ON outbound_dead_letter (delivery_id);

CREATE SEQUENCE outbound_dead_letter_seq START WITH 1 INCREMENT BY 50;
