-- What the HTTP server keeps besides articles and stories: API keys (only a
-- hash of each secret), webhook subscriptions, and which disputed claims the
-- webhooks have already announced, so a claim is announced once.

-- +goose Up
CREATE TABLE api_keys (
    id              TEXT PRIMARY KEY,   -- public part of the key, shown in listings and logs
    name            TEXT NOT NULL,
    hash            TEXT NOT NULL,      -- hex SHA-256 of the secret part
    rate_per_minute INTEGER NOT NULL,   -- requests a minute this key may make
    created         TEXT NOT NULL,      -- RFC 3339, UTC
    revoked         TEXT                -- RFC 3339, UTC; NULL while the key works
) STRICT;

CREATE TABLE webhooks (
    id      TEXT PRIMARY KEY,
    url     TEXT NOT NULL,
    -- The HMAC key deliveries are signed with. It has to be kept as is:
    -- the server signs with it, it does not check it.
    secret  TEXT NOT NULL,
    events  TEXT NOT NULL,              -- comma-separated event names
    key_id  TEXT NOT NULL DEFAULT '',   -- the API key that created it
    created TEXT NOT NULL
) STRICT;

CREATE TABLE announced_claims (
    story_id TEXT NOT NULL,
    claim_id TEXT NOT NULL,
    PRIMARY KEY (story_id, claim_id)
) STRICT;

-- +goose Down
DROP TABLE announced_claims;
DROP TABLE webhooks;
DROP TABLE api_keys;
