-- The durable job queue the workers share (see jobs.go).
--
-- A job's id is a content hash of what it does, so submitting the same
-- work twice adds nothing. seq is the submission order: the clusterer
-- places the articles of extract jobs in this order, whatever order the
-- workers finished them in. A running job holds a lease that its worker
-- renews; a job whose lease ran out (its worker died) is claimed again.

-- +goose Up
CREATE TABLE jobs (
    id           text COLLATE "C" PRIMARY KEY,
    seq          bigserial NOT NULL UNIQUE,
    kind         text NOT NULL,
    priority     integer NOT NULL DEFAULT 1,       -- lower runs first
    state        text NOT NULL DEFAULT 'queued',   -- queued, running, retry, done, failed
    payload      bytea NOT NULL,
    result       bytea,
    attempts     integer NOT NULL DEFAULT 0,
    max_attempts integer NOT NULL DEFAULT 10,
    run_at       timestamptz NOT NULL DEFAULT now(),
    lease_until  timestamptz,
    worker       text NOT NULL DEFAULT '',
    error        text NOT NULL DEFAULT '',
    created      timestamptz NOT NULL DEFAULT now(),
    started      timestamptz,
    finished     timestamptz,
    again        boolean NOT NULL DEFAULT false,   -- asked for again while running
    clustered    boolean NOT NULL DEFAULT false    -- extract jobs: articles placed
);

CREATE INDEX jobs_ready ON jobs (priority, seq) WHERE state IN ('queued', 'retry');
CREATE INDEX jobs_leased ON jobs (lease_until) WHERE state = 'running';
CREATE INDEX jobs_unclustered ON jobs (seq) WHERE kind = 'extract' AND NOT clustered;

-- +goose Down
DROP TABLE jobs;
