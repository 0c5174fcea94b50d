-- API keys created with the service's "keys create" command (keys from errdex.api-keys are configuration only).
-- Only the SHA-256 of a key is stored; the key itself is printed once, when it is created.
CREATE TABLE api_key (
    id          VARCHAR(32)     NOT NULL,
    name        VARCHAR(200)    NOT NULL,
    role        VARCHAR(16)     NOT NULL,
    key_sha256  VARCHAR(64)     NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_api_key PRIMARY KEY (id),
    CONSTRAINT uq_api_key_sha256 UNIQUE (key_sha256)
);
