package worker

import (
	"context"
	"testing"

	"github.com/chorusnews/chorus/postgres"
)

// checkConsistent checks the invariants a finished ingest of distinct
// documents leaves: every article stored once, analysed once, placed once
// and in exactly one existing story; no row points at a missing row; no
// job left unfinished.
func checkConsistent(t testing.TB, s *postgres.Store, wantArticles int) {
	t.Helper()
	ctx := context.Background()
	counts := map[string]string{
		"articles":             `SELECT count(*) FROM articles`,
		"distinct article ids": `SELECT count(DISTINCT id) FROM articles`,
		"distinct raw hashes":  `SELECT count(DISTINCT raw_hash) FROM articles`,
		"analyses":             `SELECT count(*) FROM article_analyses`,
		"placements":           `SELECT count(*) FROM placements`,
		"articles in a story":  `SELECT count(*) FROM story_articles sa JOIN articles a ON a.id = sa.article_id`,
		"placement seq max":    `SELECT coalesce(max(seq), 0) FROM placements`,
	}
	got := map[string]int{}
	for name, q := range counts {
		n, err := s.Count(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got[name] = n
	}
	for name, n := range got {
		if n != wantArticles {
			t.Errorf("%s = %d, want %d", name, n, wantArticles)
		}
	}
	orphans := map[string]string{
		"memberships of missing articles": `SELECT count(*) FROM story_articles sa WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = sa.article_id)`,
		"stories without articles":        `SELECT count(*) FROM stories st WHERE NOT EXISTS (SELECT 1 FROM story_articles sa WHERE sa.story_id = st.id)`,
		"unfinished jobs":                 `SELECT count(*) FROM jobs WHERE state NOT IN ('done', 'failed')`,
		"failed jobs":                     `SELECT count(*) FROM jobs WHERE state = 'failed'`,
		"unclustered batches":             `SELECT count(*) FROM jobs WHERE kind = 'extract' AND NOT clustered`,
	}
	for name, q := range orphans {
		n, err := s.Count(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if n != 0 {
			t.Errorf("%s: %d", name, n)
		}
	}
}
