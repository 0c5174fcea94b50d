-- History names a key by its name (key:<name>), so names must tell keys apart: keys that shared a name keep it with
-- their id appended, then names are unique. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 15.
UPDATE api_key SET name = name || '-' || id
    WHERE name IN (SELECT name FROM api_key GROUP BY name HAVING COUNT(*) > 1);
ALTER TABLE api_key ADD CONSTRAINT uq_api_key_name UNIQUE (name);
