-- What incremental clustering keeps so that no process analyses the stored
-- articles again: each article's analysis and the clustering log (the
-- embedded store's 00020).

-- +goose Up
CREATE TABLE article_analyses (
    article_id text COLLATE "C" PRIMARY KEY REFERENCES articles (id),
    analysis   text NOT NULL     -- JSON: mentions, quotes, times
);

-- seq is assigned by the one clusterer holding the clustering lock, never
-- by a sequence, so that a gap or a second writer shows as an error.
CREATE TABLE placements (
    seq        bigint PRIMARY KEY,
    article_id text COLLATE "C" NOT NULL UNIQUE REFERENCES articles (id),
    story_id   text COLLATE "C" NOT NULL,
    event_id   text NOT NULL,
    entities   text NOT NULL,    -- JSON array of strings
    dedup      bytea NOT NULL
);

-- +goose Down
DROP TABLE placements;
DROP TABLE article_analyses;
