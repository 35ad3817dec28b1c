package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

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
	args = append(args, searchDocument(a))
	tag, err := s.q.Exec(ctx, `INSERT INTO articles (`+articleColumns+`, search)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
			$17::tsvector)
		ON CONFLICT (id) DO NOTHING`, args...)
	if err != nil {
		return false, fmt.Errorf("put article %s: %w", a.ID, err)
	}
	return tag.RowsAffected() == 1, nil
}

// PutBatchArticle stores a as read by the extract job with seq batch:
// inserted when its id is new, and put in place of the stored reading when
// that came from a later batch and no placement names the article yet.
// stored reports whether the row now holds a, created whether it was new.
//
// The same bytes submitted in two batches are one article, but the two
// readings may differ: a document's hints (outlet, publication time) come
// with it, and extraction reads a batch as a whole. Workers extract batches
// in parallel, so without this the reading kept would be the first to
// commit, and a story would depend on which worker was faster; with it,
// it is the earliest batch's, as with `chorus ingest`. Batches are placed
// in submission order, so the reading is settled before it is placed, and
// a placed article's text (which citations point into) never changes.
func (s *Store) PutBatchArticle(ctx context.Context, a *chorus.Article, batch int64) (stored, created bool, err error) {
	if a == nil || a.ID == "" {
		return false, false, errors.New("put article: article has no id")
	}
	args, err := articleArgs(a)
	if err != nil {
		return false, false, fmt.Errorf("put article %s: %w", a.ID, err)
	}
	args = append(args, searchDocument(a), batch)
	// xmax is 0 on a row this statement inserted, and set on one it updated.
	err = s.q.QueryRow(ctx, `INSERT INTO articles (`+articleColumns+`, search, batch_seq)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16,
			$17::tsvector, $18)
		ON CONFLICT (id) DO UPDATE SET `+replaceArticleColumns+`search = excluded.search, batch_seq = excluded.batch_seq
		WHERE articles.batch_seq > excluded.batch_seq
		  AND NOT EXISTS (SELECT 1 FROM placements p WHERE p.article_id = articles.id)
		RETURNING xmax = 0`, args...).Scan(&created)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, false, nil
	}
	if err != nil {
		return false, false, fmt.Errorf("put article %s: %w", a.ID, err)
	}
	return true, created, nil
}

// replaceArticleColumns sets every column of articleColumns but the id
// from the row being inserted, for PutBatchArticle.
var replaceArticleColumns = func() string {
	var set string
	for _, c := range splitColumns(articleColumns)[1:] {
		set += c + " = excluded." + c + ", "
	}
	return set
}()

// ArticleBatches returns, for the stored articles among ids, the seq of the
// extract job whose reading is stored (0 for one stored otherwise) and
// whether a placement names it.
func (s *Store) ArticleBatches(ctx context.Context, ids []chorus.ArticleID) (map[chorus.ArticleID]StoredBatch, error) {
	out := make(map[chorus.ArticleID]StoredBatch, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.q.Query(ctx, `SELECT a.id, a.batch_seq,
			EXISTS (SELECT 1 FROM placements p WHERE p.article_id = a.id)
		FROM articles a WHERE a.id = ANY ($1)`, idStrings(ids))
	if err != nil {
		return nil, fmt.Errorf("article batches: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			id string
			b  StoredBatch
		)
		if err := rows.Scan(&id, &b.Seq, &b.Placed); err != nil {
			return nil, fmt.Errorf("article batches: %w", err)
		}
		out[chorus.ArticleID(id)] = b
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("article batches: %w", err)
	}
	return out, nil
}

// StoredBatch says where a stored article's reading came from.
type StoredBatch struct {
	// Seq is the extract job that stored it; 0 when none did.
	Seq int64
	// Placed is set once a placement names the article: it is final.
	Placed bool
}

// Replaceable reports whether PutBatchArticle from batch would put its
// reading in place of this one.
func (b StoredBatch) Replaceable(batch int64) bool { return !b.Placed && b.Seq > batch }

// HasRaw reports whether an article read from a document with this raw
// content hash is stored. The empty hash is never stored.
func (s *Store) HasRaw(ctx context.Context, rawHash string) (bool, error) {
	if rawHash == "" {
		return false, nil
	}
	var ok bool
	err := s.q.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE raw_hash = $1)`, rawHash).Scan(&ok)
	if err != nil {
		return false, fmt.Errorf("has raw %s: %w", rawHash, err)
	}
	return ok, nil
}

// Article returns the article with id, or an error wrapping
// chorus.ErrNotFound.
func (s *Store) Article(ctx context.Context, id chorus.ArticleID) (*chorus.Article, error) {
	rows, err := s.q.Query(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = $1`, string(id))
	if err != nil {
		return nil, fmt.Errorf("get article %s: %w", id, err)
	}
	a, err := pgx.CollectExactlyOneRow(rows, scanArticleRow)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, fmt.Errorf("get article %s: %w", id, chorus.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("get article %s: %w", id, err)
	}
	return a, nil
}

// Articles returns the stored articles among ids.
func (s *Store) Articles(ctx context.Context, ids []chorus.ArticleID) (map[chorus.ArticleID]*chorus.Article, error) {
	out, err := s.articlesWith(ctx, articleColumns, ids)
	if err != nil {
		return nil, fmt.Errorf("get articles: %w", err)
	}
	return out, nil
}

// headColumns are articleColumns with the text and the paragraphs left
// unread: a story's source list reads thousands of articles' titles and
// outlets, and needs none of their texts.
var headColumns = strings.Replace(articleColumns, "text, paragraphs", "''::text, NULL::text", 1)

// ArticleHeads returns the stored articles among ids without their texts
// and paragraphs.
func (s *Store) ArticleHeads(ctx context.Context, ids []chorus.ArticleID) (map[chorus.ArticleID]*chorus.Article, error) {
	out, err := s.articlesWith(ctx, headColumns, ids)
	if err != nil {
		return nil, fmt.Errorf("get article heads: %w", err)
	}
	return out, nil
}

// articlesWith reads the articles among ids, selecting columns.
func (s *Store) articlesWith(ctx context.Context, columns string, ids []chorus.ArticleID) (map[chorus.ArticleID]*chorus.Article, error) {
	out := make(map[chorus.ArticleID]*chorus.Article, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.q.Query(ctx, `SELECT `+columns+` FROM articles WHERE id = ANY ($1)`, idStrings(ids))
	if err != nil {
		return nil, err
	}
	arts, err := pgx.CollectRows(rows, scanArticleRow)
	if err != nil {
		return nil, err
	}
	for _, a := range arts {
		out[a.ID] = a
	}
	return out, nil
}

// AllArticles calls fn for every stored article in the order they were
// first put, reading one row at a time. It stops at the first error fn
// returns and returns that error. fn may use the store (not a Store bound
// to a transaction: see InTx); the walk reads one snapshot and so does not
// see articles put during it.
func (s *Store) AllArticles(ctx context.Context, fn func(*chorus.Article) error) error {
	rows, err := s.q.Query(ctx, `SELECT `+articleColumns+` FROM articles ORDER BY ingested_seq`)
	if err != nil {
		return fmt.Errorf("all articles: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
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

// articleArgs returns a's fields as query arguments in articleColumns order.
// Fields that are absent (zero time, nil map or slice) become NULL, so that
// they read back absent rather than empty.
func articleArgs(a *chorus.Article) ([]any, error) {
	provenance, err := encodeJSON(a.Provenance, a.Provenance == nil)
	if err != nil {
		return nil, fmt.Errorf("provenance: %w", err)
	}
	paragraphs, err := encodeJSON(a.Paragraphs, a.Paragraphs == nil)
	if err != nil {
		return nil, fmt.Errorf("paragraphs: %w", err)
	}
	return []any{
		string(a.ID), a.RawHash, a.URL, a.Outlet, a.Title, a.Byline, a.Credit, encodeTime(a.Published),
		provenance, a.Lang, a.Text, paragraphs, a.Source, a.Extractor, a.TitleSpan.Start, a.TitleSpan.End,
	}, nil
}

func scanArticleRow(row pgx.CollectableRow) (*chorus.Article, error) { return scanArticle(row) }

// scanArticle reads one row of articleColumns, after any leading columns
// whose destinations are given in lead.
func scanArticle(row pgx.Row, lead ...any) (*chorus.Article, error) {
	var (
		a                                 chorus.Article
		published, provenance, paragraphs *string
	)
	dest := append(lead, &a.ID, &a.RawHash, &a.URL, &a.Outlet, &a.Title, &a.Byline, &a.Credit, &published,
		&provenance, &a.Lang, &a.Text, &paragraphs, &a.Source, &a.Extractor, &a.TitleSpan.Start, &a.TitleSpan.End)
	if err := row.Scan(dest...); err != nil {
		return nil, err
	}
	var err error
	if a.Published, err = decodeTime(published); err != nil {
		return nil, fmt.Errorf("article %s published: %w", a.ID, err)
	}
	if provenance != nil {
		if err := json.Unmarshal([]byte(*provenance), &a.Provenance); err != nil {
			return nil, fmt.Errorf("article %s provenance: %w", a.ID, err)
		}
	}
	if paragraphs != nil {
		if err := json.Unmarshal([]byte(*paragraphs), &a.Paragraphs); err != nil {
			return nil, fmt.Errorf("article %s paragraphs: %w", a.ID, err)
		}
	}
	return &a, nil
}

// encodeTime renders t as RFC 3339 with nanoseconds and its own offset, so
// it reads back as the same instant in the same offset; the zero time is NULL.
func encodeTime(t time.Time) *string {
	if t.IsZero() {
		return nil
	}
	s := t.Format(time.RFC3339Nano)
	return &s
}

// decodeTime is the inverse of encodeTime.
func decodeTime(s *string) (time.Time, error) {
	var t time.Time
	if s == nil {
		return t, nil
	}
	err := t.UnmarshalText([]byte(*s))
	return t, err
}

// encodeJSON returns v as JSON text, or NULL when absent.
func encodeJSON(v any, absent bool) (*string, error) {
	if absent {
		return nil, nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	s := string(b)
	return &s, nil
}

func idStrings(ids []chorus.ArticleID) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = string(id)
	}
	return out
}
