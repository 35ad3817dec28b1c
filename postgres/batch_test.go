package postgres

import (
	"context"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// TestPutBatchArticle checks which reading of one article the store keeps
// when several extract jobs carry its bytes: the earliest batch's,
// whichever job commits first, and never a different one once the article
// is placed.
func TestPutBatchArticle(t *testing.T) {
	ctx := context.Background()
	s := openTest(t)
	reading := func(published string) *chorus.Article {
		p, err := time.Parse(time.RFC3339, published)
		if err != nil {
			t.Fatal(err)
		}
		return &chorus.Article{ID: "a1", RawHash: "r1", Outlet: "Marhold Herald", Title: "Ferry resumes",
			Text: "Ferry resumes\n\nThe Tessin ferry sailed again on Monday.", Published: p}
	}
	put := func(a *chorus.Article, batch int64, wantStored, wantCreated bool) {
		t.Helper()
		stored, created, err := s.PutBatchArticle(ctx, a, batch)
		if err != nil {
			t.Fatal(err)
		}
		if stored != wantStored || created != wantCreated {
			t.Fatalf("batch %d: stored %v created %v, want %v %v", batch, stored, created, wantStored, wantCreated)
		}
	}
	published := func() string {
		t.Helper()
		a, err := s.Article(ctx, "a1")
		if err != nil {
			t.Fatal(err)
		}
		return a.Published.UTC().Format(time.RFC3339)
	}
	batches := func() StoredBatch {
		t.Helper()
		got, err := s.ArticleBatches(ctx, []chorus.ArticleID{"a1", "missing"})
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := got["missing"]; ok || len(got) != 1 {
			t.Fatalf("ArticleBatches = %v, want a1 only", got)
		}
		return got["a1"]
	}

	put(reading("2026-03-02T09:00:00Z"), 7, true, true)   // a later batch commits first
	put(reading("2026-03-03T09:00:00Z"), 9, false, false) // a still later one changes nothing
	if b := batches(); b.Seq != 7 || b.Placed || !b.Replaceable(3) || b.Replaceable(7) {
		t.Fatalf("after batch 7: %+v", b)
	}
	put(reading("2026-03-01T09:00:00Z"), 3, true, false) // the earliest batch's reading wins
	if got := published(); got != "2026-03-01T09:00:00Z" {
		t.Fatalf("kept the reading published %s, want batch 3's", got)
	}
	put(reading("2026-03-02T09:00:00Z"), 7, false, false) // batch 7 retried: too late
	if got := published(); got != "2026-03-01T09:00:00Z" {
		t.Fatalf("batch 7 replaced batch 3's reading (published %s)", got)
	}

	if err := s.PutPlacements(ctx, []chorus.Placement{{Seq: 1, Article: "a1", Story: "s1", Event: "e1", Dedup: []byte{}}}); err != nil {
		t.Fatal(err)
	}
	if b := batches(); !b.Placed || b.Replaceable(1) {
		t.Fatalf("after placing: %+v", b)
	}
	put(reading("2026-02-28T09:00:00Z"), 1, false, false) // placed: final
	if got := published(); got != "2026-03-01T09:00:00Z" {
		t.Fatalf("a placed article changed (published %s)", got)
	}
}
