package postgres

import (
	"context"
	"fmt"
	"strings"

	"github.com/chorusnews/chorus"
)

// snippetTokens is how many tokens a snippet shows, as the embedded
// store's snippet(…, 24).
const snippetTokens = 24

// SearchHits returns up to limit articles matching the plain-text query
// (every word must match, "U.S." as a phrase), best match first, with
// snippets. A query with no words yields an error wrapping
// chorus.ErrBadQuery. A limit of 0 or less means 50.
func (s *Store) SearchHits(ctx context.Context, text string, limit int) ([]chorus.Hit, error) {
	q, ok := plainQuery(text)
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

func (s *Store) searchHits(ctx context.Context, q phrases, limit int) ([]chorus.Hit, error) {
	rows, err := s.q.Query(ctx, `SELECT a.id, a.title, a.outlet, a.published,
			coalesce(sa.story_id, ''), a.text
		FROM articles a
		LEFT JOIN story_articles sa ON sa.article_id = a.id
		WHERE a.search @@ $1::tsquery
		ORDER BY ts_rank(a.search, $1::tsquery) DESC, a.ingested_seq
		LIMIT $2`, q.tsquery(), limit)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []chorus.Hit
	for rows.Next() {
		var (
			h               chorus.Hit
			id, story, body string
			published       *string
		)
		if err := rows.Scan(&id, &h.Title, &h.Outlet, &published, &story, &body); err != nil {
			return nil, err
		}
		h.Article, h.Story = chorus.ArticleID(id), chorus.StoryID(story)
		if h.Published, err = decodeTime(published); err != nil {
			return nil, fmt.Errorf("article %s published: %w", h.Article, err)
		}
		h.Snippet, h.Marks = snippet(body, q)
		out = append(out, h)
	}
	return out, rows.Err()
}

// token is a token of a text and where it is.
type token struct {
	folded     string
	start, end int
}

// spans splits s into tokens as tokens does, keeping their byte spans.
func spans(s string) []token {
	var out []token
	start := -1
	flush := func(end int) {
		if t := fold(s[start:end]); t != "" {
			out = append(out, token{t, start, end})
		}
		start = -1
	}
	for i, r := range s {
		if tokenRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			flush(i)
		}
	}
	if start >= 0 {
		flush(len(s))
	}
	return out
}

// snippet cuts the stretch of text of snippetTokens tokens holding the
// most matched tokens, marking each run of adjacent matched tokens, with
// "…" where the text goes on — as SQLite's FTS5 snippet does, so hits
// read alike on either store.
func snippet(text string, q phrases) (string, []chorus.Span) {
	toks := spans(text)
	matched := make([]bool, len(toks))
	for _, p := range q {
		for i := 0; i+len(p) <= len(toks); i++ {
			ok := true
			for j, t := range p {
				if toks[i+j].folded != t {
					ok = false
					break
				}
			}
			if ok {
				for j := range p {
					matched[i+j] = true
				}
			}
		}
	}
	first, last := 0, len(toks) // the window is toks[first:last]
	if len(toks) > snippetTokens {
		best, score := 0, -1
		for i := 0; i+snippetTokens <= len(toks); i++ {
			n := 0
			for _, m := range matched[i : i+snippetTokens] {
				if m {
					n++
				}
			}
			if n > score {
				best, score = i, n
			}
		}
		first, last = best, best+snippetTokens
	}
	if len(toks) == 0 {
		return text, nil
	}
	from, to := 0, len(text)
	var b strings.Builder
	if first > 0 {
		from = toks[first].start
		b.WriteString("…")
	}
	if last < len(toks) {
		to = toks[last-1].end
	}
	base := b.Len() - from
	b.WriteString(text[from:to])
	if last < len(toks) {
		b.WriteString("…")
	}
	var marks []chorus.Span
	for i := first; i < last; i++ {
		if !matched[i] {
			continue
		}
		sp := chorus.Span{Start: base + toks[i].start, End: base + toks[i].end}
		if n := len(marks); n > 0 && i > first && matched[i-1] {
			marks[n-1].End = sp.End
			continue
		}
		marks = append(marks, sp)
	}
	return b.String(), marks
}
