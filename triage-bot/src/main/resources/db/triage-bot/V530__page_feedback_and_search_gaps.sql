-- What the public pages learn from their readers, version 530. Portable SQL: H2 2.x and PostgreSQL 15.
-- page_feedback: one row per "Did this solve it?" answer on a code's page; no account, no address, no key is kept.
-- search_gap: searches that found nothing sure, one row per day and normalised query text with its count and the best
-- guesses of its last search; nothing personal (docs/pages.md, "Search gaps").

CREATE TABLE page_feedback (
    id              BIGINT          NOT NULL,
    code            VARCHAR(64)     NOT NULL,
    helpful         BOOLEAN         NOT NULL,
    comment_text    VARCHAR(2000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_page_feedback PRIMARY KEY (id)
);

CREATE INDEX ix_page_feedback_code ON page_feedback (code, helpful);
CREATE INDEX ix_page_feedback_created ON page_feedback (created_at);

CREATE SEQUENCE page_feedback_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE search_gap (
    id              BIGINT          NOT NULL,
    seen_on         DATE            NOT NULL,
    query_text      VARCHAR(200)    NOT NULL,
    searches        INTEGER         NOT NULL,
    best_codes      VARCHAR(300),
    CONSTRAINT pk_search_gap PRIMARY KEY (id),
    CONSTRAINT uq_search_gap_day_query UNIQUE (seen_on, query_text)
);

CREATE SEQUENCE search_gap_seq START WITH 1 INCREMENT BY 50;
