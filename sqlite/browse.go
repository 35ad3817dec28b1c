package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/listing"
)

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
	if !f.Since.IsZero() {
		where = append(where, `s.updated_key >= ?`)
		args = append(args, listing.UpdatedKey(f.Since))
	}
	if e := strings.TrimSpace(f.Entity); e != "" {
		where = append(where, `s.id IN (SELECT story_id FROM story_entities WHERE key = ?)`)
		args = append(args, strings.ToLower(e))
	}
	if o := strings.TrimSpace(f.Outlet); o != "" {
		where = append(where, `s.id IN (SELECT story_id FROM story_outlets WHERE key = ?)`)
		args = append(args, strings.ToLower(o))
	}
	if strings.TrimSpace(f.Query) != "" {
		q, ok := PlainQuery(f.Query)
		if !ok {
			return nil, "", fmt.Errorf("%w: no words to search for", chorus.ErrBadQuery)
		}
		where = append(where, `s.id IN (SELECT sa.story_id FROM articles_fts
			JOIN articles a ON a.ingested_seq = articles_fts.rowid
			JOIN story_articles sa ON sa.article_id = a.id
			WHERE articles_fts MATCH ?)`)
		args = append(args, q)
	}
	if f.Cursor != "" {
		key, id, err := listing.DecodeCursor(f.Cursor)
		if err != nil {
			return nil, "", err
		}
		where = append(where, `(coalesce(s.updated_key, '') < ? OR (coalesce(s.updated_key, '') = ? AND s.id > ?))`)
		args = append(args, key, key, id)
	}
	cond := ""
	if len(where) > 0 {
		cond = "WHERE " + strings.Join(where, " AND ")
	}
	args = append(args, limit+1)
	rows, err := s.read.QueryContext(ctx, `SELECT s.id, s.headline, s.updated, s.n_articles, s.n_outlets,
			s.n_origins, coalesce(s.updated_key, ''), coalesce(m.version, 0),
			coalesce(json_extract(s.story, '$.digest[0].text'), '')
		FROM stories s LEFT JOIN story_meta m ON m.story_id = s.id
		`+cond+`
		ORDER BY coalesce(s.updated_key, '') DESC, s.id
		LIMIT ?`, args...)
	if err != nil {
		return nil, "", classifySearch(err)
	}
	defer rows.Close()
	var out []chorus.StoryListing
	var keys []string
	for rows.Next() {
		var (
			l       chorus.StoryListing
			updated sql.NullString
			key     string
		)
		if err := rows.Scan(&l.ID, &l.Headline, &updated, &l.Articles, &l.Outlets, &l.IndependentOrigins, &key, &l.Version, &l.Lede); err != nil {
			return nil, "", err
		}
		if l.Updated, err = decodeTime(updated); err != nil {
			return nil, "", fmt.Errorf("story %s updated: %w", l.ID, err)
		}
		out = append(out, l)
		keys = append(keys, key)
	}
	if err := rows.Err(); err != nil {
		return nil, "", classifySearch(err)
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
	args := make([]any, len(ls))
	for i, l := range ls {
		at[l.ID] = i
		args[i] = string(l.ID)
	}
	rows, err := s.read.QueryContext(ctx, `SELECT story_id, day, n FROM story_days
		WHERE story_id IN (?`+strings.Repeat(", ?", len(ls)-1)+`) ORDER BY story_id, day`, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id chorus.StoryID
		var d chorus.DayCount
		if err := rows.Scan(&id, &d.Day, &d.N); err != nil {
			return err
		}
		i := at[id]
		ls[i].Days = append(ls[i].Days, d)
	}
	return rows.Err()
}

// PlainQuery turns what a person typed into an FTS5 query that cannot fail
// to parse: every whitespace-separated term that holds a letter or digit
// becomes a quoted string (inner quotes doubled), and the terms are ANDed.
// "U.S." becomes the phrase u s, a stray quote is dropped. ok is false when
// nothing searchable is left.
func PlainQuery(text string) (q string, ok bool) {
	var terms []string
	for _, f := range strings.Fields(text) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			continue
		}
		terms = append(terms, `"`+strings.ReplaceAll(f, `"`, `""`)+`"`)
	}
	return strings.Join(terms, " "), len(terms) > 0
}

// chorus.StoryMeta returns the version and write times of story id, or an error
// wrapping chorus.ErrNotFound. It reads one small row, so callers can check
// a cache before loading the story itself.
func (s *Store) StoryMeta(ctx context.Context, id chorus.StoryID) (chorus.StoryMeta, error) {
	var m chorus.StoryMeta
	var created, changed string
	err := s.read.QueryRowContext(ctx, `SELECT version, created, changed FROM story_meta WHERE story_id = ?`,
		string(id)).Scan(&m.Version, &created, &changed)
	if errors.Is(err, sql.ErrNoRows) {
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
	rows, err := s.read.QueryContext(ctx, `SELECT r.article_id, r.arrived FROM story_articles sa
		JOIN article_arrivals r ON r.article_id = sa.article_id WHERE sa.story_id = ?`, string(id))
	if err != nil {
		return nil, fmt.Errorf("arrivals of %s: %w", id, err)
	}
	defer rows.Close()
	out := map[chorus.ArticleID]time.Time{}
	for rows.Next() {
		var a chorus.ArticleID
		var at string
		if err := rows.Scan(&a, &at); err != nil {
			return nil, fmt.Errorf("arrivals of %s: %w", id, err)
		}
		if t, err := time.Parse(time.RFC3339Nano, at); err == nil {
			out[a] = t
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
	var id chorus.ArticleID
	err := s.read.QueryRowContext(ctx, `SELECT id FROM articles WHERE raw_hash = ? ORDER BY ingested_seq LIMIT 1`,
		rawHash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("article by raw %s: %w", rawHash, chorus.ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("article by raw %s: %w", rawHash, err)
	}
	return id, nil
}
