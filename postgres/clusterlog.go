package postgres

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/chorusnews/chorus"
)

// storedAnalysis is the part of an analysis worth keeping: the tagger's,
// the quote finder's and the time tagger's output. Tokens and sentences
// are recomputed from the text in a fraction of the time.
type storedAnalysis struct {
	Mentions []chorus.Mention `json:"mentions,omitempty"`
	Quotes   []chorus.Quote   `json:"quotes,omitempty"`
	Times    []chorus.TimeRef `json:"times,omitempty"`
}

// PutAnalyses stores the analyses in one statement; an article's first
// stored analysis is kept.
func (s *Store) PutAnalyses(ctx context.Context, ans []*chorus.Analysis) error {
	if len(ans) == 0 {
		return nil
	}
	ids := make([]string, len(ans))
	blobs := make([]string, len(ans))
	for i, an := range ans {
		b, err := json.Marshal(storedAnalysis{Mentions: an.Mentions, Quotes: an.Quotes, Times: an.Times})
		if err != nil {
			return fmt.Errorf("put analyses: article %s: %w", an.Article, err)
		}
		ids[i], blobs[i] = string(an.Article), string(b)
	}
	_, err := s.q.Exec(ctx, `INSERT INTO article_analyses (article_id, analysis)
		SELECT * FROM unnest($1::text[], $2::text[])
		ON CONFLICT (article_id) DO NOTHING`, ids, blobs)
	if err != nil {
		return fmt.Errorf("put analyses: %w", err)
	}
	return nil
}

// ReplaceAnalyses stores analyses in place of any stored for their
// articles: for articles PutBatchArticle replaced.
func (s *Store) ReplaceAnalyses(ctx context.Context, ans []*chorus.Analysis) error {
	if len(ans) == 0 {
		return nil
	}
	ids := make([]chorus.ArticleID, len(ans))
	for i, an := range ans {
		ids[i] = an.Article
	}
	if _, err := s.q.Exec(ctx, `DELETE FROM article_analyses WHERE article_id = ANY ($1)`, idStrings(ids)); err != nil {
		return fmt.Errorf("replace analyses: %w", err)
	}
	return s.PutAnalyses(ctx, ans)
}

// Analyses returns the stored analyses of ids, without tokens and sentences.
func (s *Store) Analyses(ctx context.Context, ids []chorus.ArticleID) (map[chorus.ArticleID]*chorus.Analysis, error) {
	out := make(map[chorus.ArticleID]*chorus.Analysis, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.q.Query(ctx, `SELECT article_id, analysis FROM article_analyses WHERE article_id = ANY ($1)`, idStrings(ids))
	if err != nil {
		return nil, fmt.Errorf("get analyses: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id, blob string
		if err := rows.Scan(&id, &blob); err != nil {
			return nil, fmt.Errorf("get analyses: %w", err)
		}
		var sa storedAnalysis
		if err := json.Unmarshal([]byte(blob), &sa); err != nil {
			return nil, fmt.Errorf("get analyses: article %s: %w", id, err)
		}
		out[chorus.ArticleID(id)] = &chorus.Analysis{Article: chorus.ArticleID(id), Mentions: sa.Mentions, Quotes: sa.Quotes, Times: sa.Times}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("get analyses: %w", err)
	}
	return out, nil
}

// PutPlacements appends placements to the clustering log in one
// statement; a Seq or article already logged fails the call.
func (s *Store) PutPlacements(ctx context.Context, ps []chorus.Placement) error {
	if len(ps) == 0 {
		return nil
	}
	var (
		seqs                  = make([]int64, len(ps))
		arts, stories, events = make([]string, len(ps)), make([]string, len(ps)), make([]string, len(ps))
		ents                  = make([]string, len(ps))
		dedups                = make([][]byte, len(ps))
	)
	for i, p := range ps {
		e := p.Entities
		if e == nil {
			e = []string{}
		}
		b, err := json.Marshal(e)
		if err != nil {
			return fmt.Errorf("put placements: %w", err)
		}
		seqs[i], arts[i], stories[i], events[i], ents[i], dedups[i] = p.Seq, string(p.Article), string(p.Story), string(p.Event), string(b), p.Dedup
	}
	_, err := s.q.Exec(ctx, `INSERT INTO placements (seq, article_id, story_id, event_id, entities, dedup)
		SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::bytea[])`,
		seqs, arts, stories, events, ents, dedups)
	if err != nil {
		return fmt.Errorf("put placements: %w", err)
	}
	return nil
}

// Placements calls fn for every placement after seq, in order, with its
// article and the story the article is stored in now.
func (s *Store) Placements(ctx context.Context, after int64, fn func(chorus.PlacedArticle) error) error {
	rows, err := s.q.Query(ctx, `SELECT p.seq, p.article_id, p.story_id, p.event_id, p.entities, p.dedup,
		coalesce(sa.story_id, ''), `+qualified("a", articleColumns)+`
		FROM placements p JOIN articles a ON a.id = p.article_id
		LEFT JOIN story_articles sa ON sa.article_id = p.article_id
		WHERE p.seq > $1 ORDER BY p.seq`, after)
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
		a, err := scanArticle(rows, &p.Seq, &p.Placement.Article, &p.Story, &p.Event, &ents, &p.Dedup, &p.Current)
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

// LastPlacement returns the Seq of the newest placement, 0 when none.
func (s *Store) LastPlacement(ctx context.Context) (int64, error) {
	var seq int64
	if err := s.q.QueryRow(ctx, `SELECT coalesce(max(seq), 0) FROM placements`).Scan(&seq); err != nil {
		return 0, fmt.Errorf("last placement: %w", err)
	}
	return seq, nil
}

// Unplaced calls fn for every stored article without a placement, in
// ingest order. The list is read in full before fn is called, since fn
// usually places the article.
func (s *Store) Unplaced(ctx context.Context, fn func(*chorus.Article) error) error {
	rows, err := s.q.Query(ctx, `SELECT `+articleColumns+` FROM articles a
		WHERE NOT EXISTS (SELECT 1 FROM placements p WHERE p.article_id = a.id)
		ORDER BY ingested_seq`)
	if err != nil {
		return fmt.Errorf("read unplaced articles: %w", err)
	}
	arts, err := pgx.CollectRows(rows, scanArticleRow)
	if err != nil {
		return fmt.Errorf("read unplaced articles: %w", err)
	}
	for _, a := range arts {
		if err := fn(a); err != nil {
			return err
		}
	}
	return nil
}

// qualified prefixes every column of a column list with a table alias.
func qualified(alias, cols string) string {
	out := ""
	for i, c := range splitColumns(cols) {
		if i > 0 {
			out += ", "
		}
		out += alias + "." + c
	}
	return out
}

func splitColumns(cols string) []string {
	var out []string
	cur := ""
	for _, r := range cols + "," {
		switch r {
		case ',':
			if cur != "" {
				out = append(out, cur)
			}
			cur = ""
		case ' ', '\n', '\t':
		default:
			cur += string(r)
		}
	}
	return out
}
