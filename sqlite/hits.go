package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/chorusnews/chorus"
)

// Snippet markers: control characters never found in stored text, so they
// can be cut out again safely.
const (
	markOpen  = "\x02"
	markClose = "\x03"
)

// SearchHits returns up to limit articles matching the plain-text query
// (see PlainQuery), best match first, with snippets. A query with no words
// yields an error wrapping chorus.ErrBadQuery. A limit of 0 or less means 50.
func (s *Store) SearchHits(ctx context.Context, text string, limit int) ([]chorus.Hit, error) {
	q, ok := PlainQuery(text)
	if !ok {
		return nil, fmt.Errorf("search articles: %w: no words to search for", chorus.ErrBadQuery)
	}
	if limit <= 0 {
		limit = defaultLimit
	}
	limit = min(limit, chorus.MaxPage)
	hits, err := s.searchHits(ctx, q, limit)
	if err != nil {
		return nil, fmt.Errorf("search articles %q: %w", text, err)
	}
	return hits, nil
}

func (s *Store) searchHits(ctx context.Context, q string, limit int) ([]chorus.Hit, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT a.id, a.title, a.outlet, a.published,
			coalesce(sa.story_id, ''), snippet(articles_fts, 1, ?, ?, '…', 24)
		FROM articles_fts
		JOIN articles a ON a.ingested_seq = articles_fts.rowid
		LEFT JOIN story_articles sa ON sa.article_id = a.id
		WHERE articles_fts MATCH ?
		ORDER BY articles_fts.rank, a.ingested_seq
		LIMIT ?`, markOpen, markClose, q, limit)
	if err != nil {
		return nil, classifySearch(err)
	}
	defer rows.Close()
	var out []chorus.Hit
	for rows.Next() {
		var h chorus.Hit
		var published sql.NullString
		var snip string
		if err := rows.Scan(&h.Article, &h.Title, &h.Outlet, &published, &h.Story, &snip); err != nil {
			return nil, err
		}
		if h.Published, err = decodeTime(published); err != nil {
			return nil, fmt.Errorf("article %s published: %w", h.Article, err)
		}
		h.Snippet, h.Marks = cutMarks(snip)
		out = append(out, h)
	}
	if err := rows.Err(); err != nil {
		return nil, classifySearch(err)
	}
	return out, nil
}

// cutMarks removes the snippet markers and returns where they were.
func cutMarks(s string) (string, []chorus.Span) {
	var b strings.Builder
	var marks []chorus.Span
	open := -1
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case markOpen[0]:
			open = b.Len()
		case markClose[0]:
			if open >= 0 {
				marks = append(marks, chorus.Span{Start: open, End: b.Len()})
				open = -1
			}
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String(), marks
}
