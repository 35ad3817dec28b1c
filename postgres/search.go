package postgres

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/chorusnews/chorus"
)

// Full-text search behaves like the embedded store's FTS5 index
// (unicode61 tokenizer, remove_diacritics 2): chorus splits the title and
// text into tokens itself — runs of letters, digits and marks, case and
// diacritics folded — and stores them as a tsvector literal (title weight
// A, text weight B), so PostgreSQL's own parser and dictionaries never
// reinterpret them. Queries use FTS5's syntax and are translated to a
// tsquery with the same folding.

// maxIndexedTokens bounds the tokens of an article's text that are
// indexed: PostgreSQL caps a tsvector at 1 MB and positions at 16383.
const maxIndexedTokens = 50000

// maxLexemeBytes is the longest token a tsvector accepts.
const maxLexemeBytes = 2046

// maxPositions is how many positions a tsvector keeps per lexeme.
const maxPositions = 256

// searchDocument returns a's title and text as one tsvector literal.
func searchDocument(a *chorus.Article) string {
	title := tokens(a.Title, 0)
	body := a.Text
	if a.TitleSpan.Len() > 0 && a.TitleSpan.End <= len(body) {
		body = body[:a.TitleSpan.Start] + " " + body[a.TitleSpan.End:]
	}
	v := newVector()
	v.add(title, 1, 'A')
	// A gap of one position keeps a phrase from running from the title
	// into the text, as FTS5 phrases never cross columns.
	v.add(tokens(body, maxIndexedTokens), len(title)+2, 'B')
	return v.String()
}

// tokens splits s into folded tokens, at most max of them (0: no limit).
func tokens(s string, max int) []string {
	var out []string
	start := -1
	for i, r := range s {
		if tokenRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if t := fold(s[start:i]); t != "" {
				out = append(out, t)
			}
			start = -1
			if max > 0 && len(out) >= max {
				return out
			}
		}
	}
	if start >= 0 {
		if t := fold(s[start:]); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// tokenRune reports whether r belongs to a token: letters, digits,
// private-use characters (as unicode61) and combining marks, which stay
// with the letter they modify.
func tokenRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Co, r) || unicode.Is(unicode.M, r)
}

// fold lowercases a token and strips its diacritics ("Zürich" → "zurich").
func fold(t string) string {
	d := norm.NFD.String(t)
	var b strings.Builder
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return norm.NFC.String(b.String())
}

// vector builds a tsvector literal: lexemes with weighted positions.
type vector struct {
	pos   map[string][]string
	last  map[string]int
	order []string
}

func newVector() *vector { return &vector{pos: map[string][]string{}, last: map[string]int{}} }

// add records toks at positions first, first+1, … with weight w.
func (v *vector) add(toks []string, first int, w byte) {
	for i, t := range toks {
		if len(t) > maxLexemeBytes {
			continue
		}
		p := min(first+i, 16383)
		ps, ok := v.pos[t]
		if !ok {
			v.order = append(v.order, t)
		}
		if len(ps) < maxPositions && (!ok || v.last[t] != p) {
			v.pos[t] = append(ps, strconv.Itoa(p)+string(w))
			v.last[t] = p
		}
	}
}

func (v *vector) String() string {
	var b strings.Builder
	for _, t := range v.order {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(quoteLexeme(t))
		b.WriteByte(':')
		b.WriteString(strings.Join(v.pos[t], ","))
	}
	return b.String()
}

// quoteLexeme quotes a lexeme for a tsvector or tsquery literal.
func quoteLexeme(t string) string {
	t = strings.ReplaceAll(t, `\`, `\\`)
	return "'" + strings.ReplaceAll(t, "'", "''") + "'"
}

// Search returns the ids of up to limit articles whose title or text match
// q, best match first (ties in ingest order). q uses SQLite FTS5's query
// syntax: words, "quoted phrases", AND/OR/NOT, prefix*, parentheses,
// one + two (a phrase), and the column filters title: and text:. NEAR and ^
// are not supported. A query that cannot be parsed yields an error
// wrapping chorus.ErrBadQuery. A limit of 0 or less means 50.
func (s *Store) Search(ctx context.Context, q string, limit int) ([]chorus.ArticleID, error) {
	if strings.TrimSpace(q) == "" {
		return nil, fmt.Errorf("search articles: %w: empty query", chorus.ErrBadQuery)
	}
	if limit <= 0 {
		limit = defaultLimit
	}
	tsq, err := translate(q)
	if err != nil {
		return nil, fmt.Errorf("search articles %q: %w: %w", q, chorus.ErrBadQuery, err)
	}
	if tsq == "" { // the query can match nothing
		return nil, ctx.Err()
	}
	rows, err := s.q.Query(ctx, `SELECT id FROM articles
		WHERE search @@ $1::tsquery
		ORDER BY ts_rank(search, $1::tsquery) DESC, ingested_seq
		LIMIT $2`, tsq, limit)
	if err != nil {
		return nil, fmt.Errorf("search articles %q: %w", q, err)
	}
	defer rows.Close()
	var ids []chorus.ArticleID
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("search articles %q: %w", q, err)
		}
		ids = append(ids, chorus.ArticleID(id))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("search articles %q: %w", q, err)
	}
	return ids, nil
}
