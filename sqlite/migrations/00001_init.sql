-- The first schema of the embedded store.
--
-- Articles are immutable and keyed by their content-hash id; ingested_seq is
-- the rowid, so it both orders AllArticles by ingest and links the full-text
-- index to its rows. Times are RFC 3339 text with the original offset, so
-- they read back exactly as they were written.

-- +goose Up
CREATE TABLE articles (
    ingested_seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    raw_hash     TEXT NOT NULL DEFAULT '',
    url          TEXT NOT NULL DEFAULT '',
    outlet       TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    byline       TEXT NOT NULL DEFAULT '',
    credit       TEXT NOT NULL DEFAULT '',
    published    TEXT,             -- RFC 3339 with offset; NULL when unknown
    provenance   TEXT,             -- JSON object; NULL when the article had none
    lang         TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL,
    paragraphs   TEXT,             -- JSON array of spans; NULL when none
    source       TEXT NOT NULL DEFAULT '',
    extractor    TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX articles_raw_hash ON articles (raw_hash);

-- An external-content index: the text lives once, in articles.
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title,
    text,
    content = 'articles',
    content_rowid = 'ingested_seq',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- +goose StatementBegin
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title, text)
    VALUES (new.ingested_seq, new.title, new.text);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.ingested_seq, old.title, old.text);
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title, text)
    VALUES ('delete', old.ingested_seq, old.title, old.text);
    INSERT INTO articles_fts (rowid, title, text)
    VALUES (new.ingested_seq, new.title, new.text);
END;
-- +goose StatementEnd

-- story is the full chorus.Story as JSON; the other columns are what
-- listings need without decoding it. updated_key is the update time in UTC
-- with a fixed width, so text order is time order whatever the offset.
CREATE TABLE stories (
    id          TEXT PRIMARY KEY,
    headline    TEXT NOT NULL DEFAULT '',
    updated     TEXT,              -- RFC 3339 with offset; NULL when unknown
    updated_key TEXT,              -- UTC, fixed width; NULL when unknown
    n_articles  INTEGER NOT NULL DEFAULT 0,
    n_outlets   INTEGER NOT NULL DEFAULT 0,
    n_origins   INTEGER NOT NULL DEFAULT 0,
    story       TEXT NOT NULL
) STRICT;

CREATE INDEX stories_updated ON stories (updated_key DESC, id);

-- An article belongs to at most one story, hence article_id is the key.
CREATE TABLE story_articles (
    article_id TEXT PRIMARY KEY,
    story_id   TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    event_id   TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX story_articles_story ON story_articles (story_id);

-- +goose Down
DROP TABLE story_articles;
DROP TABLE stories;
DROP TRIGGER articles_fts_update;
DROP TRIGGER articles_fts_delete;
DROP TRIGGER articles_fts_insert;
DROP TABLE articles_fts;
DROP TABLE articles;
