-- errdex tickets taken in from a helpdesk (Zendesk, Freshdesk, Zammad, Help Scout), version 510. Portable SQL: H2 2.x
-- and PostgreSQL 15. One row per errdex ticket that came from a helpdesk ticket; written in the ticket's own
-- transaction, so a ticket never exists without it (and the other way round). The unique key makes the same helpdesk
-- ticket map to one errdex ticket whatever the number of events.

CREATE TABLE helpdesk_link (
    id              BIGINT          NOT NULL,
    ticket_id       BIGINT          NOT NULL,
    helpdesk        VARCHAR(16)     NOT NULL,
    external_id     VARCHAR(200)    NOT NULL,
    url             VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_helpdesk_link PRIMARY KEY (id),
    CONSTRAINT uq_helpdesk_link_external UNIQUE (helpdesk, external_id),
    CONSTRAINT fk_helpdesk_link_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
);

CREATE INDEX ix_helpdesk_link_ticket ON helpdesk_link (ticket_id);

CREATE SEQUENCE helpdesk_link_seq START WITH 1 INCREMENT BY 50;
