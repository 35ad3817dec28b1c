package postgres

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/jackc/pgx/v5"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/listing"
)

// What the HTTP server reads: paged listings over the facets the 00030
// triggers keep, story versions and arrival times. They behave as the
// embedded store's (sqlite/browse.go); storetest.RunServing holds both to it.

// StoryPage returns one page of stories most recently updated first (ties
// by id, undated stories last) and the cursor of the next page, "" at the end.
func (s *Store) StoryPage(ctx context.Context, f chorus.StoryFilter) ([]chorus.StoryListing, string, error) {
	page, next, err := s.storyPage(ctx, f)
	if err != nil {
		return nil, "", fmt.Errorf("list stories: %w", err)
	}
	return page, next, nil
}

func (s *Store) storyPage(ctx context.Context, f chorus.StoryFilter) ([]chorus.StoryListing, string, error) {
	limit := f.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	limit = min(limit, chorus.MaxPage)
	var where []string
	var args []any
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	if !f.Since.IsZero() {
		where = append(where, `s.updated_key >= `+arg(listing.UpdatedKey(f.Since)))
	}
	if e := strings.TrimSpace(f.Entity); e != "" {
		where = append(where, `s.id IN (SELECT story_id FROM story_entities WHERE key = `+arg(strings.ToLower(e))+`)`)
	}
	if o := strings.TrimSpace(f.Outlet); o != "" {
		where = append(where, `s.id IN (SELECT story_id FROM story_outlets WHERE key = `+arg(strings.ToLower(o))+`)`)
	}
	if strings.TrimSpace(f.Query) != "" {
		q, ok := plainQuery(f.Query)
		if !ok {
			return nil, "", fmt.Errorf("%w: no words to search for", chorus.ErrBadQuery)
		}
		where = append(where, `s.id IN (SELECT sa.story_id FROM articles a
			JOIN story_articles sa ON sa.article_id = a.id
			WHERE a.search @@ `+arg(q.tsquery())+`::tsquery)`)
	}
	if f.Cursor != "" {
		key, id, err := listing.DecodeCursor(f.Cursor)
		if err != nil {
			return nil, "", err
		}
		k := arg(key)
		where = append(where, `(coalesce(s.updated_key, '') < `+k+` OR (coalesce(s.updated_key, '') = `+k+` AND s.id > `+arg(id)+`))`)
	}
	cond := ""
	if len(where) > 0 {
		cond = "WHERE " + strings.Join(where, " AND ")
	}
	rows, err := s.q.Query(ctx, `SELECT s.id, s.headline, s.updated, s.n_articles, s.n_outlets,
			s.n_origins, coalesce(s.updated_key, ''), coalesce(m.version, 0),
			coalesce(s.story::jsonb #>> '{digest,0,text}', '')
		FROM stories s LEFT JOIN story_meta m ON m.story_id = s.id
		`+cond+`
		ORDER BY coalesce(s.updated_key, '') DESC, s.id
		LIMIT `+arg(limit+1), args...)
	if err != nil {
		return nil, "", err
	}
	defer rows.Close()
	var out []chorus.StoryListing
	var keys []string
	for rows.Next() {
		var (
			l       chorus.StoryListing
			id      string
			updated *string
			key     string
		)
		if err := rows.Scan(&id, &l.Headline, &updated, &l.Articles, &l.Outlets, &l.IndependentOrigins, &key, &l.Version, &l.Lede); err != nil {
			return nil, "", err
		}
		l.ID = chorus.StoryID(id)
		if l.Updated, err = decodeTime(updated); err != nil {
			return nil, "", fmt.Errorf("story %s updated: %w", l.ID, err)
		}
		out = append(out, l)
		keys = append(keys, key)
	}
	if err := rows.Err(); err != nil {
		return nil, "", err
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		next = listing.EncodeCursor(keys[limit-1], string(out[limit-1].ID))
	}
	if err := s.fillDays(ctx, out); err != nil {
		return nil, "", err
	}
	return out, next, nil
}

// fillDays loads the coverage counts of the listed stories in one query.
func (s *Store) fillDays(ctx context.Context, ls []chorus.StoryListing) error {
	if len(ls) == 0 {
		return nil
	}
	at := map[chorus.StoryID]int{}
	ids := make([]string, len(ls))
	for i, l := range ls {
		at[l.ID] = i
		ids[i] = string(l.ID)
	}
	rows, err := s.q.Query(ctx, `SELECT story_id, day, n FROM story_days
		WHERE story_id = ANY ($1) ORDER BY story_id, day`, ids)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		var d chorus.DayCount
		if err := rows.Scan(&id, &d.Day, &d.N); err != nil {
			return err
		}
		i := at[chorus.StoryID(id)]
		ls[i].Days = append(ls[i].Days, d)
	}
	return rows.Err()
}

// phrases is what a person typed, as the embedded store's PlainQuery reads
// it: every whitespace-separated term holding a letter or digit is a
// phrase of its folded tokens ("U.S." is u s), and all must match.
type phrases [][]string

// plainQuery reads text as phrases; ok is false when nothing searchable
// is left.
func plainQuery(text string) (q phrases, ok bool) {
	for _, f := range strings.Fields(text) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			continue
		}
		if toks := tokens(f, 0); len(toks) > 0 {
			q = append(q, toks)
		}
	}
	return q, len(q) > 0
}

// tsquery renders q as a tsquery literal over the lexemes searchDocument
// stores.
func (q phrases) tsquery() string {
	terms := make([]string, len(q))
	for i, p := range q {
		lex := make([]string, len(p))
		for j, t := range p {
			lex[j] = quoteLexeme(t)
		}
		terms[i] = "(" + strings.Join(lex, " <-> ") + ")"
	}
	return strings.Join(terms, " & ")
}

// StoryMeta returns the version and write times of story id, or an error
// wrapping chorus.ErrNotFound. It reads one small row, so callers can check
// a cache before loading the story itself.
func (s *Store) StoryMeta(ctx context.Context, id chorus.StoryID) (chorus.StoryMeta, error) {
	var m chorus.StoryMeta
	var created, changed string
	err := s.q.QueryRow(ctx, `SELECT version, created, changed FROM story_meta WHERE story_id = $1`,
		string(id)).Scan(&m.Version, &created, &changed)
	if errors.Is(err, pgx.ErrNoRows) {
		return m, fmt.Errorf("story meta %s: %w", id, chorus.ErrNotFound)
	}
	if err != nil {
		return m, fmt.Errorf("story meta %s: %w", id, err)
	}
	m.Created, _ = time.Parse(time.RFC3339Nano, created)
	m.Changed, _ = time.Parse(time.RFC3339Nano, changed)
	return m, nil
}

// Arrivals returns when each article of story id was stored.
func (s *Store) Arrivals(ctx context.Context, id chorus.StoryID) (map[chorus.ArticleID]time.Time, error) {
	rows, err := s.q.Query(ctx, `SELECT r.article_id, r.arrived FROM story_articles sa
		JOIN article_arrivals r ON r.article_id = sa.article_id WHERE sa.story_id = $1`, string(id))
	if err != nil {
		return nil, fmt.Errorf("arrivals of %s: %w", id, err)
	}
	defer rows.Close()
	out := map[chorus.ArticleID]time.Time{}
	for rows.Next() {
		var a, at string
		if err := rows.Scan(&a, &at); err != nil {
			return nil, fmt.Errorf("arrivals of %s: %w", id, err)
		}
		if t, err := time.Parse(time.RFC3339Nano, at); err == nil {
			out[chorus.ArticleID(a)] = t
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("arrivals of %s: %w", id, err)
	}
	return out, nil
}

// ArticleByRaw returns the id of the article read from a document with this
// raw content hash, or an error wrapping chorus.ErrNotFound.
func (s *Store) ArticleByRaw(ctx context.Context, rawHash string) (chorus.ArticleID, error) {
	var id string
	err := s.q.QueryRow(ctx, `SELECT id FROM articles WHERE raw_hash = $1 ORDER BY ingested_seq LIMIT 1`,
		rawHash).Scan(&id)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", fmt.Errorf("article by raw %s: %w", rawHash, chorus.ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("article by raw %s: %w", rawHash, err)
	}
	return chorus.ArticleID(id), nil
}
