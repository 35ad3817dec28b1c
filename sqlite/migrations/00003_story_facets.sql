-- Facets of the stored stories that listings filter and draw on, kept by
-- triggers from the story JSON so that every writer of stories (the CLI,
-- the server) keeps them without knowing they exist:
--   story_meta     a version that grows each time a story's content changes
--                  (pages are cached by it), when it was first and last written
--   story_outlets  the outlets a story's articles come from
--   story_entities the people, organisations and places of a story, under
--                  their name and each variant, lower-cased for matching
--   story_days     articles a story has per publication day, for the
--                  coverage chart
--   article_arrivals when each article was stored, so a returning reader can
--                  be shown what arrived since their last visit

-- +goose Up
CREATE TABLE story_meta (
    story_id TEXT PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    version  INTEGER NOT NULL,
    created  TEXT NOT NULL,
    changed  TEXT NOT NULL
) STRICT;

CREATE TABLE story_outlets (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    outlet   TEXT NOT NULL,
    key      TEXT NOT NULL,   -- lower(outlet)
    PRIMARY KEY (story_id, key)
) STRICT;
CREATE INDEX story_outlets_key ON story_outlets (key);

CREATE TABLE story_entities (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    key      TEXT NOT NULL,   -- lower(name or variant)
    PRIMARY KEY (story_id, key)
) STRICT;
CREATE INDEX story_entities_key ON story_entities (key);

CREATE TABLE story_days (
    story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    day      TEXT NOT NULL,   -- YYYY-MM-DD as published (the page's own zone)
    n        INTEGER NOT NULL,
    PRIMARY KEY (story_id, day)
) STRICT;

CREATE TABLE article_arrivals (
    article_id TEXT PRIMARY KEY,
    arrived    TEXT NOT NULL
) STRICT;

-- Listings page by (update key, id); stories without an update time sort last.
CREATE INDEX stories_page ON stories (coalesce(updated_key, '') DESC, id);

-- +goose StatementBegin
CREATE TRIGGER article_arrivals_insert AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO article_arrivals (article_id, arrived)
    VALUES (new.id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER story_facets_insert AFTER INSERT ON stories BEGIN
    INSERT INTO story_meta (story_id, version, created, changed)
    VALUES (new.id, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
    INSERT INTO story_outlets (story_id, outlet, key)
    SELECT new.id, min(json_extract(a.value, '$.outlet')), lower(json_extract(a.value, '$.outlet'))
    FROM json_each(new.story, '$.articles') a
    WHERE json_type(new.story, '$.articles') = 'array' AND coalesce(json_extract(a.value, '$.outlet'), '') != ''
    GROUP BY 3;
    INSERT INTO story_entities (story_id, key)
    SELECT new.id, lower(json_extract(p.value, '$.name')) FROM json_each(new.story, '$.people') p
    WHERE json_type(new.story, '$.people') = 'array' AND coalesce(json_extract(p.value, '$.name'), '') != ''
    UNION
    SELECT new.id, lower(v.value) FROM json_each(new.story, '$.people') p, json_each(p.value, '$.variants') v
    WHERE json_type(new.story, '$.people') = 'array' AND json_type(p.value, '$.variants') = 'array'
      AND v.type = 'text' AND v.value != '';
    INSERT INTO story_days (story_id, day, n)
    SELECT new.id, substr(json_extract(a.value, '$.published'), 1, 10), count(*)
    FROM json_each(new.story, '$.articles') a
    WHERE json_type(new.story, '$.articles') = 'array' AND json_extract(a.value, '$.published') IS NOT NULL
    GROUP BY 2;
END;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE TRIGGER story_facets_update AFTER UPDATE OF story ON stories
WHEN old.story IS NOT new.story BEGIN
    UPDATE story_meta SET version = version + 1, changed = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
    WHERE story_id = new.id;
    DELETE FROM story_outlets WHERE story_id = new.id;
    DELETE FROM story_entities WHERE story_id = new.id;
    DELETE FROM story_days WHERE story_id = new.id;
    INSERT INTO story_outlets (story_id, outlet, key)
    SELECT new.id, min(json_extract(a.value, '$.outlet')), lower(json_extract(a.value, '$.outlet'))
    FROM json_each(new.story, '$.articles') a
    WHERE json_type(new.story, '$.articles') = 'array' AND coalesce(json_extract(a.value, '$.outlet'), '') != ''
    GROUP BY 3;
    INSERT INTO story_entities (story_id, key)
    SELECT new.id, lower(json_extract(p.value, '$.name')) FROM json_each(new.story, '$.people') p
    WHERE json_type(new.story, '$.people') = 'array' AND coalesce(json_extract(p.value, '$.name'), '') != ''
    UNION
    SELECT new.id, lower(v.value) FROM json_each(new.story, '$.people') p, json_each(p.value, '$.variants') v
    WHERE json_type(new.story, '$.people') = 'array' AND json_type(p.value, '$.variants') = 'array'
      AND v.type = 'text' AND v.value != '';
    INSERT INTO story_days (story_id, day, n)
    SELECT new.id, substr(json_extract(a.value, '$.published'), 1, 10), count(*)
    FROM json_each(new.story, '$.articles') a
    WHERE json_type(new.story, '$.articles') = 'array' AND json_extract(a.value, '$.published') IS NOT NULL
    GROUP BY 2;
END;
-- +goose StatementEnd

-- Stores written before this migration get their facets now. (The
-- statements avoid duplicates by grouping rather than OR IGNORE, because a
-- trigger's conflict policy gives way to that of the statement firing it.)
INSERT INTO article_arrivals (article_id, arrived)
SELECT id, strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM articles;
INSERT INTO story_meta (story_id, version, created, changed)
SELECT id, 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM stories;
INSERT INTO story_outlets (story_id, outlet, key)
SELECT s.id, min(json_extract(a.value, '$.outlet')), lower(json_extract(a.value, '$.outlet'))
FROM stories s, json_each(s.story, '$.articles') a
WHERE json_type(s.story, '$.articles') = 'array' AND coalesce(json_extract(a.value, '$.outlet'), '') != ''
GROUP BY 1, 3;
INSERT INTO story_entities (story_id, key)
SELECT s.id, lower(json_extract(p.value, '$.name')) FROM stories s, json_each(s.story, '$.people') p
WHERE json_type(s.story, '$.people') = 'array' AND coalesce(json_extract(p.value, '$.name'), '') != ''
UNION
SELECT s.id, lower(v.value) FROM stories s, json_each(s.story, '$.people') p, json_each(p.value, '$.variants') v
WHERE json_type(s.story, '$.people') = 'array' AND json_type(p.value, '$.variants') = 'array'
  AND v.type = 'text' AND v.value != '';
INSERT INTO story_days (story_id, day, n)
SELECT s.id, substr(json_extract(a.value, '$.published'), 1, 10), count(*)
FROM stories s, json_each(s.story, '$.articles') a
WHERE json_type(s.story, '$.articles') = 'array' AND json_extract(a.value, '$.published') IS NOT NULL
GROUP BY 1, 2;

-- +goose Down
DROP INDEX stories_page;
DROP TRIGGER story_facets_update;
DROP TRIGGER story_facets_insert;
DROP TRIGGER article_arrivals_insert;
DROP TABLE article_arrivals;
DROP TABLE story_days;
DROP TABLE story_entities;
DROP TABLE story_outlets;
DROP TABLE story_meta;
