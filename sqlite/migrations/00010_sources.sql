-- Sources chorus follows (feeds and sitemaps), their fetch state, the URLs
-- articles were reached by, and what feeds said about their entries.
--
-- Times are RFC 3339 text with the original offset, as in 00001.

-- +goose Up
CREATE TABLE sources (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    url           TEXT NOT NULL UNIQUE,
    kind          TEXT NOT NULL,
    title         TEXT NOT NULL DEFAULT '',
    site_url      TEXT NOT NULL DEFAULT '',
    category      TEXT NOT NULL DEFAULT '',
    interval_s    INTEGER NOT NULL,
    added         TEXT NOT NULL,
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    last_fetch    TEXT,              -- NULL until the first fetch
    status        TEXT NOT NULL DEFAULT 'new',
    error         TEXT NOT NULL DEFAULT '',
    failures      INTEGER NOT NULL DEFAULT 0,
    runs          INTEGER NOT NULL DEFAULT 0,
    new_last      INTEGER NOT NULL DEFAULT 0,
    new_total     INTEGER NOT NULL DEFAULT 0,
    next_run      TEXT               -- NULL: due now
) STRICT;

-- Every canonical URL an article was reached by points at the article's own
-- canonical URL; article_id is '' when the URL was read and gave nothing to
-- store. Fetching checks this table before asking for a page.
CREATE TABLE url_aliases (
    url        TEXT PRIMARY KEY,
    canonical  TEXT NOT NULL,
    article_id TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX url_aliases_canonical ON url_aliases (canonical);

-- What a source's feed said about an entry, kept beside what extraction
-- found; text_from says whether the stored text is the page's or the feed
-- summary's.
CREATE TABLE feed_entries (
    source_id  INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    url        TEXT NOT NULL,
    article_id TEXT NOT NULL DEFAULT '',
    guid       TEXT NOT NULL DEFAULT '',
    title      TEXT NOT NULL DEFAULT '',
    authors    TEXT,                 -- JSON array; NULL when none
    categories TEXT,                 -- JSON array; NULL when none
    published  TEXT,
    updated    TEXT,
    text_from  TEXT NOT NULL DEFAULT 'page',
    seen       TEXT NOT NULL,
    PRIMARY KEY (source_id, url)
) STRICT;

CREATE INDEX feed_entries_article ON feed_entries (article_id);

-- +goose Down
DROP TABLE feed_entries;
DROP TABLE url_aliases;
DROP TABLE sources;
