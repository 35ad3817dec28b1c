package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	modernc "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/chorusnews/chorus"
)

// articleColumns are the stored fields of an article, in the order
// articleArgs writes them and scanArticle reads them.
const articleColumns = `id, raw_hash, url, outlet, title, byline, credit, published,
	provenance, lang, text, paragraphs, source, extractor, title_start, title_end`

// defaultLimit caps listings and searches that ask for no particular size.
const defaultLimit = 50

// PutArticle stores a unless an article with its id exists; created reports
// whether it was new. Putting the same id again changes nothing, even when
// the other fields differ, because stored text must never change.
func (s *Store) PutArticle(ctx context.Context, a *chorus.Article) (created bool, err error) {
	if a == nil || a.ID == "" {
		return false, errors.New("put article: article has no id")
	}
	args, err := articleArgs(a)
	if err != nil {
		return false, fmt.Errorf("put article %s: %w", a.ID, err)
	}
	res, err := s.write.ExecContext(ctx, `INSERT INTO articles (`+articleColumns+`)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO NOTHING`, args...)
	if err != nil {
		return false, fmt.Errorf("put article %s: %w", a.ID, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("put article %s: %w", a.ID, err)
	}
	return n == 1, nil
}

// HasRaw reports whether an article read from a document with this raw
// content hash is stored. The empty hash is never stored.
func (s *Store) HasRaw(ctx context.Context, rawHash string) (bool, error) {
	if rawHash == "" {
		return false, nil
	}
	var ok bool
	err := s.read.QueryRowContext(ctx,
		`SELECT EXISTS (SELECT 1 FROM articles WHERE raw_hash = ?)`, rawHash).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("has raw %s: %w", rawHash, err)
	}
	return ok, nil
}

// Article returns the article with id, or an error wrapping
// chorus.ErrNotFound.
func (s *Store) Article(ctx context.Context, id chorus.ArticleID) (*chorus.Article, error) {
	row := s.read.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id)
	a, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("get article %s: %w", id, chorus.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("get article %s: %w", id, err)
	}
	return a, nil
}

// AllArticles calls fn for every stored article in the order they were
// first put, reading one row at a time so memory stays flat however large
// the store. It stops at the first error fn returns and returns that error.
// fn may call the store, including writing to it: it reads through its own
// snapshot and so does not see articles put during the walk.
func (s *Store) AllArticles(ctx context.Context, fn func(*chorus.Article) error) error {
	rows, err := s.read.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles ORDER BY ingested_seq`)
	if err != nil {
		return fmt.Errorf("all articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		// database/sql notices a cancellation only asynchronously; checking
		// here makes the walk stop at the next row, every time.
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("all articles: %w", err)
		}
		a, err := scanArticle(rows)
		if err != nil {
			return fmt.Errorf("all articles: %w", err)
		}
		if err := fn(a); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("all articles: %w", err)
	}
	return nil
}

// Search returns the ids of up to limit articles whose title or text match
// q, best match first (ties in ingest order). q is an SQLite FTS5 query:
// words, "quoted phrases", AND/OR/NOT, prefix*; one the engine cannot parse
// yields an error wrapping chorus.ErrBadQuery. A limit of 0 or less means 50.
func (s *Store) Search(ctx context.Context, q string, limit int) ([]chorus.ArticleID, error) {
	if strings.TrimSpace(q) == "" {
		return nil, fmt.Errorf("search articles: %w: empty query", chorus.ErrBadQuery)
	}
	if limit <= 0 {
		limit = defaultLimit
	}
	ids, err := s.search(ctx, q, limit)
	if err != nil {
		return nil, fmt.Errorf("search articles %q: %w", q, err)
	}
	return ids, nil
}

func (s *Store) search(ctx context.Context, q string, limit int) ([]chorus.ArticleID, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT a.id
		FROM articles_fts JOIN articles a ON a.ingested_seq = articles_fts.rowid
		WHERE articles_fts MATCH ?
		ORDER BY articles_fts.rank, a.ingested_seq
		LIMIT ?`, q, limit)
	if err != nil {
		return nil, classifySearch(err)
	}
	defer rows.Close()
	var ids []chorus.ArticleID
	for rows.Next() {
		var id chorus.ArticleID
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, classifySearch(err)
	}
	return ids, nil
}

// classifySearch marks errors caused by the query text. The SQL around the
// query is fixed, so a plain SQLITE_ERROR (as opposed to busy, I/O or
// interrupt codes) can only come from FTS5 rejecting the query expression:
// a syntax error, an unknown column filter, an unknown special query.
func classifySearch(err error) error {
	var se *modernc.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_ERROR {
		return fmt.Errorf("%w: %s", chorus.ErrBadQuery, se.Error())
	}
	return err
}

// articleArgs returns a's fields as query arguments in articleColumns order.
// Fields that are absent (zero time, nil map or slice) become NULL, so that
// they read back absent rather than empty.
func articleArgs(a *chorus.Article) ([]any, error) {
	published, err := encodeTime(a.Published)
	if err != nil {
		return nil, fmt.Errorf("published: %w", err)
	}
	provenance, err := encodeJSON(a.Provenance, a.Provenance == nil)
	if err != nil {
		return nil, fmt.Errorf("provenance: %w", err)
	}
	paragraphs, err := encodeJSON(a.Paragraphs, a.Paragraphs == nil)
	if err != nil {
		return nil, fmt.Errorf("paragraphs: %w", err)
	}
	return []any{
		string(a.ID), a.RawHash, a.URL, a.Outlet, a.Title, a.Byline, a.Credit, published,
		provenance, a.Lang, a.Text, paragraphs, a.Source, a.Extractor, a.TitleSpan.Start, a.TitleSpan.End,
	}, nil
}

// scanArticle reads one row of articleColumns.
func scanArticle(row interface{ Scan(...any) error }) (*chorus.Article, error) {
	var (
		a                                 chorus.Article
		published, provenance, paragraphs sql.NullString
	)
	err := row.Scan(&a.ID, &a.RawHash, &a.URL, &a.Outlet, &a.Title, &a.Byline, &a.Credit, &published,
		&provenance, &a.Lang, &a.Text, &paragraphs, &a.Source, &a.Extractor, &a.TitleSpan.Start, &a.TitleSpan.End)
	if err != nil {
		return nil, err
	}
	if a.Published, err = decodeTime(published); err != nil {
		return nil, fmt.Errorf("article %s published: %w", a.ID, err)
	}
	if provenance.Valid {
		if err := json.Unmarshal([]byte(provenance.String), &a.Provenance); err != nil {
			return nil, fmt.Errorf("article %s provenance: %w", a.ID, err)
		}
	}
	if paragraphs.Valid {
		if err := json.Unmarshal([]byte(paragraphs.String), &a.Paragraphs); err != nil {
			return nil, fmt.Errorf("article %s paragraphs: %w", a.ID, err)
		}
	}
	return &a, nil
}

// encodeTime renders t as RFC 3339 with nanoseconds and its own offset, so
// it reads back as the same instant in the same offset; the zero time is NULL.
func encodeTime(t time.Time) (any, error) {
	if t.IsZero() {
		return nil, nil
	}
	b, err := t.MarshalText()
	if err != nil {
		return nil, err
	}
	return string(b), nil
}

// decodeTime is the inverse of encodeTime.
func decodeTime(s sql.NullString) (time.Time, error) {
	var t time.Time
	if !s.Valid {
		return t, nil
	}
	err := t.UnmarshalText([]byte(s.String))
	return t, err
}

// encodeJSON returns v as JSON text, or NULL when absent.
func encodeJSON(v any, absent bool) (any, error) {
	if absent {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	return string(b), nil
}
