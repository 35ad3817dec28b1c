-- What the HTTP server keeps and reads besides articles and stories, as in
-- the embedded store's 00002 and 00003:
--   api_keys, webhooks, announced_claims  keys (only a hash of each
--                  secret), webhook subscriptions, and the disputed claims
--                  already announced, so a claim is announced once
--   story_meta     a version that grows each time a story's content changes
--                  (pages are cached by it), when it was first and last written
--   story_outlets  the outlets a story's articles come from
--   story_entities the people, organisations and places of a story, under
--                  their name and each variant, lower-cased for matching
--   story_days     articles a story has per publication day
--   article_arrivals when each article was stored
-- The facets are kept by triggers from the story JSON so that every writer
-- of stories (a worker, the server, the CLI) keeps them without knowing
-- they exist. Times are RFC 3339 text in UTC, as the embedded store writes.

-- +goose Up
CREATE TABLE api_keys (
    id              text COLLATE "C" PRIMARY KEY,
    name            text NOT NULL,
    hash            text NOT NULL,
    rate_per_minute integer NOT NULL,
    created         text NOT NULL,
    revoked         text
);

CREATE TABLE webhooks (
    id      text COLLATE "C" PRIMARY KEY,
    url     text NOT NULL,
    -- The HMAC key deliveries are signed with: the server signs with it,
    -- so it is kept as is.
    secret  text NOT NULL,
    events  text NOT NULL,              -- comma-separated event names
    key_id  text NOT NULL DEFAULT '',
    created text NOT NULL
);

CREATE TABLE announced_claims (
    story_id text COLLATE "C" NOT NULL,
    claim_id text COLLATE "C" NOT NULL,
    PRIMARY KEY (story_id, claim_id)
);

CREATE TABLE story_meta (
    story_id text COLLATE "C" PRIMARY KEY REFERENCES stories (id) ON DELETE CASCADE,
    version  integer NOT NULL,
    created  text NOT NULL,
    changed  text NOT NULL
);

CREATE TABLE story_outlets (
    story_id text COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    outlet   text NOT NULL,
    key      text NOT NULL,   -- lower(outlet)
    PRIMARY KEY (story_id, key)
);
CREATE INDEX story_outlets_key ON story_outlets (key);

CREATE TABLE story_entities (
    story_id text COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    key      text NOT NULL,   -- lower(name or variant)
    PRIMARY KEY (story_id, key)
);
CREATE INDEX story_entities_key ON story_entities (key);

CREATE TABLE story_days (
    story_id text COLLATE "C" NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
    day      text COLLATE "C" NOT NULL,   -- YYYY-MM-DD as published (the page's own zone)
    n        integer NOT NULL,
    PRIMARY KEY (story_id, day)
);

CREATE TABLE article_arrivals (
    article_id text COLLATE "C" PRIMARY KEY,
    arrived    text NOT NULL
);

-- Listings page by (update key, id); stories without an update time sort last.
CREATE INDEX stories_page ON stories ((coalesce(updated_key, '')) DESC, id);

-- +goose StatementBegin
CREATE FUNCTION chorus_now() RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
$$;
-- +goose StatementEnd

-- story_facets fills the facet tables of one story from its JSON.
-- +goose StatementBegin
CREATE FUNCTION story_facets(sid text, doc jsonb) RETURNS void LANGUAGE sql AS $$
    INSERT INTO story_outlets (story_id, outlet, key)
    SELECT sid, min(a->>'outlet'), lower(a->>'outlet')
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(doc->'articles') = 'array' THEN doc->'articles' ELSE '[]' END) a
    WHERE coalesce(a->>'outlet', '') <> ''
    GROUP BY 3;
    INSERT INTO story_entities (story_id, key)
    SELECT sid, lower(p->>'name')
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(doc->'people') = 'array' THEN doc->'people' ELSE '[]' END) p
    WHERE coalesce(p->>'name', '') <> ''
    UNION
    SELECT sid, lower(v #>> '{}')
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(doc->'people') = 'array' THEN doc->'people' ELSE '[]' END) p,
         jsonb_array_elements(CASE WHEN jsonb_typeof(p->'variants') = 'array' THEN p->'variants' ELSE '[]' END) v
    WHERE jsonb_typeof(v) = 'string' AND v #>> '{}' <> '';
    INSERT INTO story_days (story_id, day, n)
    SELECT sid, substr(a->>'published', 1, 10), count(*)
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(doc->'articles') = 'array' THEN doc->'articles' ELSE '[]' END) a
    WHERE a->>'published' IS NOT NULL
    GROUP BY 2;
$$;
-- +goose StatementEnd

-- +goose StatementBegin
CREATE FUNCTION stories_facets_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO story_meta (story_id, version, created, changed)
        VALUES (NEW.id, 1, chorus_now(), chorus_now());
    ELSE
        UPDATE story_meta SET version = version + 1, changed = chorus_now() WHERE story_id = NEW.id;
        DELETE FROM story_outlets WHERE story_id = NEW.id;
        DELETE FROM story_entities WHERE story_id = NEW.id;
        DELETE FROM story_days WHERE story_id = NEW.id;
    END IF;
    PERFORM story_facets(NEW.id, NEW.story::jsonb);
    RETURN NULL;
END
$$;
-- +goose StatementEnd

CREATE TRIGGER story_facets_insert AFTER INSERT ON stories
    FOR EACH ROW EXECUTE FUNCTION stories_facets_trigger();
CREATE TRIGGER story_facets_update AFTER UPDATE OF story ON stories
    FOR EACH ROW WHEN (old.story IS DISTINCT FROM new.story) EXECUTE FUNCTION stories_facets_trigger();

-- +goose StatementBegin
CREATE FUNCTION article_arrivals_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_arrivals (article_id, arrived) VALUES (NEW.id, chorus_now())
    ON CONFLICT (article_id) DO NOTHING;
    RETURN NULL;
END
$$;
-- +goose StatementEnd

CREATE TRIGGER article_arrivals_insert AFTER INSERT ON articles
    FOR EACH ROW EXECUTE FUNCTION article_arrivals_trigger();

-- Stores written before this migration get their facets now.
INSERT INTO article_arrivals (article_id, arrived) SELECT id, chorus_now() FROM articles;
INSERT INTO story_meta (story_id, version, created, changed) SELECT id, 1, chorus_now(), chorus_now() FROM stories;
SELECT story_facets(id, story::jsonb) FROM stories;

-- +goose Down
DROP INDEX stories_page;
DROP TRIGGER article_arrivals_insert ON articles;
DROP TRIGGER story_facets_update ON stories;
DROP TRIGGER story_facets_insert ON stories;
DROP FUNCTION article_arrivals_trigger();
DROP FUNCTION stories_facets_trigger();
DROP FUNCTION story_facets(text, jsonb);
DROP FUNCTION chorus_now();
DROP TABLE article_arrivals;
DROP TABLE story_days;
DROP TABLE story_entities;
DROP TABLE story_outlets;
DROP TABLE story_meta;
DROP TABLE announced_claims;
DROP TABLE webhooks;
DROP TABLE api_keys;
