-- The first schema of the shared store, the same tables as the embedded
-- store's 00001 (with 00020's title span folded in).
--
-- Times are RFC 3339 text with the original offset, so they read back
-- exactly as written (timestamptz keeps neither the offset nor
-- nanoseconds); ids sort byte-wise (COLLATE "C") as in SQLite. search is
-- the full-text vector chorus computes itself (see search.go), so that
-- tokens, case and diacritics fold as in the embedded store's FTS5 index.

-- +goose Up
CREATE TABLE articles (
    ingested_seq bigserial PRIMARY KEY,
    id           text COLLATE "C" NOT NULL UNIQUE,
    raw_hash     text NOT NULL DEFAULT '',
    url          text NOT NULL DEFAULT '',
    outlet       text NOT NULL DEFAULT '',
    title        text NOT NULL DEFAULT '',
    byline       text NOT NULL DEFAULT '',
    credit       text NOT NULL DEFAULT '',
    published    text,             -- RFC 3339 with offset; NULL when unknown
    provenance   text,             -- JSON object; NULL when the article had none
    lang         text NOT NULL DEFAULT '',
    text         text NOT NULL,
    paragraphs   text,             -- JSON array of spans; NULL when none
    source       text NOT NULL DEFAULT '',
    extractor    text NOT NULL DEFAULT '',
    title_start  integer NOT NULL DEFAULT 0,
    title_end    integer NOT NULL DEFAULT 0,
    search       tsvector NOT NULL
);

CREATE INDEX articles_raw_hash ON articles (raw_hash);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE stories (
    id          text COLLATE "C" PRIMARY KEY,
    headline    text NOT NULL DEFAULT '',
    updated     text,              -- RFC 3339 with offset; NULL when unknown
    updated_key text COLLATE "C",  -- UTC, fixed width; NULL when unknown
    n_articles  integer NOT NULL DEFAULT 0,
    n_outlets   integer NOT NULL DEFAULT 0,
    n_origins   integer NOT NULL DEFAULT 0,
    story       text NOT NULL
);

CREATE INDEX stories_updated ON stories (updated_key DESC NULLS LAST, id);

CREATE TABLE story_articles (
    article_id text COLLATE "C" PRIMARY KEY,
    story_id   text COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    event_id   text NOT NULL DEFAULT ''
);

CREATE INDEX story_articles_story ON story_articles (story_id);

-- +goose Down
DROP TABLE story_articles;
DROP TABLE stories;
DROP TABLE articles;
