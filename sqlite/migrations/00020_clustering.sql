-- What incremental clustering keeps so that no process analyses the stored
-- articles again: the title span (the clusterer reads the body without the
-- title), each article's analysis, and the clustering log.

-- +goose Up
-- 00001 did not keep the title span. Extraction writes the title as the
-- first paragraph, so articles whose text starts with their title get that
-- span back; the others have none.
ALTER TABLE articles ADD COLUMN title_start INTEGER NOT NULL DEFAULT 0;
ALTER TABLE articles ADD COLUMN title_end INTEGER NOT NULL DEFAULT 0;
UPDATE articles SET title_end = length(CAST(title AS BLOB))
    WHERE title != ''
      AND substr(CAST(text AS BLOB), 1, length(CAST(title AS BLOB))) = CAST(title AS BLOB);

-- The costly part of an article's analysis (mentions, quotes, time
-- expressions) as JSON; tokens and sentences are recomputed.
CREATE TABLE article_analyses (
    article_id TEXT PRIMARY KEY REFERENCES articles (id),
    analysis   TEXT NOT NULL
) STRICT;

-- One row per clustered article, in clustering order: replaying the rows
-- through the clusterer rebuilds its state. entities is a JSON array of
-- strings; dedup is the article's near-duplicate index record.
CREATE TABLE placements (
    seq        INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE REFERENCES articles (id),
    story_id   TEXT NOT NULL,
    event_id   TEXT NOT NULL,
    entities   TEXT NOT NULL,
    dedup      BLOB NOT NULL
) STRICT;

-- +goose Down
DROP TABLE placements;
DROP TABLE article_analyses;
ALTER TABLE articles DROP COLUMN title_end;
ALTER TABLE articles DROP COLUMN title_start;
