-- Where each code is raised (errdex scan --record, issue 18) and the team that owns it.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.

-- JSON array of {path, line, symbol, url}; '[]' when nothing was recorded.
ALTER TABLE error_code ADD COLUMN sources VARCHAR(100000) DEFAULT '[]' NOT NULL;
-- The owning team (CODEOWNERS), e.g. @acme/billing.
ALTER TABLE error_code ADD COLUMN code_owner VARCHAR(200);
-- True when a person set sources and owner: a recording scan leaves them.
ALTER TABLE error_code ADD COLUMN sources_pinned BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_error_code_code_owner ON error_code (code_owner);
