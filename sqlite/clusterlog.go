package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/chorusnews/chorus"
)

var _ chorus.ClusterStore = (*Store)(nil)

// storedAnalysis is the part of an analysis worth keeping: the tagger's,
// the quote finder's and the time tagger's output. Tokens and sentences
// are recomputed from the text in a fraction of the time.
type storedAnalysis struct {
	Mentions []chorus.Mention `json:"mentions,omitempty"`
	Quotes   []chorus.Quote   `json:"quotes,omitempty"`
	Times    []chorus.TimeRef `json:"times,omitempty"`
}

// idChunk bounds the ids bound into one IN (…) list, below SQLite's limit
// on host parameters.
const idChunk = 500

// PutAnalyses stores the analyses in one transaction; an article's first
// stored analysis is kept.
func (s *Store) PutAnalyses(ctx context.Context, ans []*chorus.Analysis) error {
	if len(ans) == 0 {
		return nil
	}
	return s.sourcesTx(ctx, "put analyses", func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO article_analyses (article_id, analysis)
			VALUES (?, ?) ON CONFLICT (article_id) DO NOTHING`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, an := range ans {
			blob, err := json.Marshal(storedAnalysis{Mentions: an.Mentions, Quotes: an.Quotes, Times: an.Times})
			if err != nil {
				return fmt.Errorf("article %s: %w", an.Article, err)
			}
			if _, err := stmt.ExecContext(ctx, string(an.Article), string(blob)); err != nil {
				return fmt.Errorf("article %s: %w", an.Article, err)
			}
		}
		return nil
	})
}

// Analyses returns the stored analyses of ids, without tokens and sentences.
func (s *Store) Analyses(ctx context.Context, ids []chorus.ArticleID) (map[chorus.ArticleID]*chorus.Analysis, error) {
	out := make(map[chorus.ArticleID]*chorus.Analysis, len(ids))
	err := s.byIDs(ctx, `SELECT article_id, analysis FROM article_analyses WHERE article_id IN `, ids, func(rows *sql.Rows) error {
		var id, blob string
		if err := rows.Scan(&id, &blob); err != nil {
			return err
		}
		var sa storedAnalysis
		if err := json.Unmarshal([]byte(blob), &sa); err != nil {
			return fmt.Errorf("analysis of %s: %w", id, err)
		}
		out[chorus.ArticleID(id)] = &chorus.Analysis{Article: chorus.ArticleID(id), Mentions: sa.Mentions, Quotes: sa.Quotes, Times: sa.Times}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("get analyses: %w", err)
	}
	return out, nil
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
var headColumns = strings.Replace(articleColumns, "text, paragraphs", "'', NULL", 1)

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
	err := s.byIDs(ctx, `SELECT `+columns+` FROM articles WHERE id IN `, ids, func(rows *sql.Rows) error {
		a, err := scanArticle(rows)
		if err != nil {
			return err
		}
		out[a.ID] = a
		return nil
	})
	return out, err
}

// byIDs runs query (ending in "IN ") over ids in chunks, calling fn per row.
func (s *Store) byIDs(ctx context.Context, query string, ids []chorus.ArticleID, fn func(*sql.Rows) error) error {
	for len(ids) > 0 {
		chunk := ids[:min(len(ids), idChunk)]
		ids = ids[len(chunk):]
		args := make([]any, len(chunk))
		for i, id := range chunk {
			args[i] = string(id)
		}
		rows, err := s.read.QueryContext(ctx, query+"("+strings.TrimSuffix(strings.Repeat("?,", len(chunk)), ",")+")", args...)
		if err != nil {
			return err
		}
		for rows.Next() {
			if err := fn(rows); err != nil {
				rows.Close()
				return err
			}
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return err
		}
	}
	return ctx.Err()
}

// PutPlacements appends placements to the clustering log in one
// transaction; a Seq or article already logged fails the call.
func (s *Store) PutPlacements(ctx context.Context, ps []chorus.Placement) error {
	if len(ps) == 0 {
		return nil
	}
	return s.sourcesTx(ctx, "put placements", func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO placements (seq, article_id, story_id, event_id, entities, dedup)
			VALUES (?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, p := range ps {
			ents, err := json.Marshal(nonNil(p.Entities))
			if err != nil {
				return err
			}
			if _, err := stmt.ExecContext(ctx, p.Seq, string(p.Article), string(p.Story), string(p.Event), string(ents), p.Dedup); err != nil {
				return fmt.Errorf("placement %d of %s: %w", p.Seq, p.Article, err)
			}
		}
		return nil
	})
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// Placements calls fn for every placement after seq, in order, with its
// article and the story the article is stored in now.
func (s *Store) Placements(ctx context.Context, after int64, fn func(chorus.PlacedArticle) error) error {
	rows, err := s.read.QueryContext(ctx, `SELECT p.seq, p.article_id, p.story_id, p.event_id, p.entities, p.dedup,
		coalesce(sa.story_id, ''), `+qualified("a", articleColumns)+`
		FROM placements p JOIN articles a ON a.id = p.article_id
		LEFT JOIN story_articles sa ON sa.article_id = p.article_id
		WHERE p.seq > ? ORDER BY p.seq`, after)
	if err != nil {
		return fmt.Errorf("read placements: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("read placements: %w", err)
		}
		var (
			p    chorus.PlacedArticle
			ents string
		)
		dest := []any{&p.Seq, &p.Placement.Article, &p.Story, &p.Event, &ents, &p.Dedup, &p.Current}
		a, err := scanArticle(prefixScanner{rows, dest})
		if err != nil {
			return fmt.Errorf("read placements: %w", err)
		}
		if err := json.Unmarshal([]byte(ents), &p.Entities); err != nil {
			return fmt.Errorf("read placements: entities of %s: %w", a.ID, err)
		}
		p.Article = a
		if err := fn(p); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read placements: %w", err)
	}
	return nil
}

// Unplaced calls fn for every stored article without a placement, in
// ingest order.
func (s *Store) Unplaced(ctx context.Context, fn func(*chorus.Article) error) error {
	rows, err := s.read.QueryContext(ctx, `SELECT `+articleColumns+` FROM articles
		WHERE NOT EXISTS (SELECT 1 FROM placements p WHERE p.article_id = articles.id)
		ORDER BY ingested_seq`)
	if err != nil {
		return fmt.Errorf("read unplaced articles: %w", err)
	}
	defer rows.Close()
	var arts []*chorus.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return fmt.Errorf("read unplaced articles: %w", err)
		}
		arts = append(arts, a)
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("read unplaced articles: %w", err)
	}
	rows.Close()
	// fn usually places the article, writing to the log this query reads:
	// the list is read in full first.
	for _, a := range arts {
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

// qualified prefixes every column of a column list with a table alias.
func qualified(alias, cols string) string {
	parts := strings.Split(cols, ",")
	for i, p := range parts {
		parts[i] = alias + "." + strings.TrimSpace(p)
	}
	return strings.Join(parts, ", ")
}

// prefixScanner scans the leading columns of a row into dest and hands the
// rest to the caller's destinations.
type prefixScanner struct {
	rows *sql.Rows
	dest []any
}

func (p prefixScanner) Scan(rest ...any) error {
	return p.rows.Scan(append(p.dest, rest...)...)
}
