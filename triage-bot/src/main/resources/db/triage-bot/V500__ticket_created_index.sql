-- Ticket statistics (GraphQL stats(since), the ranking of /errors) count tickets created since a moment.
CREATE INDEX ix_ticket_created ON ticket (created_at);
