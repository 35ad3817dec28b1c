-- Sources chorus follows, their fetch state, the URLs articles were reached
-- by, and what feeds said about their entries: the embedded store's 00010.

-- +goose Up
CREATE TABLE sources (
    id            bigserial PRIMARY KEY,
    url           text NOT NULL UNIQUE,
    kind          text NOT NULL,
    title         text NOT NULL DEFAULT '',
    site_url      text NOT NULL DEFAULT '',
    category      text NOT NULL DEFAULT '',
    interval_s    bigint NOT NULL,
    added         text NOT NULL,
    etag          text NOT NULL DEFAULT '',
    last_modified text NOT NULL DEFAULT '',
    last_fetch    text,              -- NULL until the first fetch
    status        text NOT NULL DEFAULT 'new',
    error         text NOT NULL DEFAULT '',
    failures      integer NOT NULL DEFAULT 0,
    runs          integer NOT NULL DEFAULT 0,
    new_last      integer NOT NULL DEFAULT 0,
    new_total     integer NOT NULL DEFAULT 0,
    next_run      text               -- NULL: due now
);

CREATE TABLE url_aliases (
    url        text PRIMARY KEY,
    canonical  text NOT NULL,
    article_id text NOT NULL DEFAULT ''
);

CREATE INDEX url_aliases_canonical ON url_aliases (canonical);

CREATE TABLE feed_entries (
    source_id  bigint NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    url        text NOT NULL,
    article_id text NOT NULL DEFAULT '',
    guid       text NOT NULL DEFAULT '',
    title      text NOT NULL DEFAULT '',
    authors    text,                 -- JSON array; NULL when none
    categories text,                 -- JSON array; NULL when none
    published  text,
    updated    text,
    text_from  text NOT NULL DEFAULT 'page',
    seen       text NOT NULL,
    PRIMARY KEY (source_id, url)
);

CREATE INDEX feed_entries_article ON feed_entries (article_id);

-- +goose Down
DROP TABLE feed_entries;
DROP TABLE url_aliases;
DROP TABLE sources;
