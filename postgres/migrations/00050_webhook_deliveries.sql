-- Webhook deliveries still owed: an event is queued here for each
-- subscription that wants it, taken off when the receiver answers 2xx or
-- the attempts run out, and put off to a later time after each failure.
-- Every server sharing the database takes from the one queue.

-- +goose Up
CREATE TABLE webhook_deliveries (
    seq        BIGSERIAL PRIMARY KEY,   -- queue order
    id         TEXT NOT NULL UNIQUE,    -- event id and webhook id
    hook_id    TEXT NOT NULL,
    event_id   TEXT NOT NULL,
    type       TEXT NOT NULL,
    body       BYTEA NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,  -- failed attempts so far
    due_ms     BIGINT NOT NULL,             -- Unix ms: the next attempt may start
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (due_ms, seq);
CREATE INDEX webhook_deliveries_hook ON webhook_deliveries (hook_id);

-- +goose Down
DROP TABLE webhook_deliveries;
