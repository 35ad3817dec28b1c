package storetest

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

func clusterStore(t *testing.T, s chorus.Store) chorus.ClusterStore {
	t.Helper()
	cs, ok := s.(chorus.ClusterStore)
	if !ok {
		t.Skip("store does not implement chorus.ClusterStore")
	}
	return cs
}

func testAnalyses(t *testing.T, s chorus.Store) {
	cs := clusterStore(t, s)
	ctx := context.Background()
	a0, a1, a2 := article(0), article(1), article(2)
	putArticles(t, s, a0, a1, a2)
	an0 := &chorus.Analysis{
		Article:  a0.ID,
		Mentions: []chorus.Mention{{Span: chorus.Span{Start: 4, End: 9}, Type: chorus.EntityOrganization, Text: "ferry"}},
		Quotes:   []chorus.Quote{{Content: chorus.Span{Start: 1, End: 5}, Speaker: chorus.Span{Start: 6, End: 8}, SpeakerName: "Ana", Cue: chorus.Span{Start: 9, End: 12}, Direct: true}},
		Times:    []chorus.TimeRef{{Span: chorus.Span{Start: 30, End: 37}, Text: "Tuesday", Type: chorus.TimeDate, Value: "2016-07-12"}},
	}
	an1 := &chorus.Analysis{Article: a1.ID}
	if err := cs.PutAnalyses(ctx, []*chorus.Analysis{an0, an1}); err != nil {
		t.Fatalf("PutAnalyses: %v", err)
	}
	// A second analysis of a0 is ignored: the first stays.
	if err := cs.PutAnalyses(ctx, []*chorus.Analysis{{Article: a0.ID}}); err != nil {
		t.Fatalf("PutAnalyses again: %v", err)
	}
	got, err := cs.Analyses(ctx, []chorus.ArticleID{a0.ID, a1.ID, a2.ID, "missing"})
	if err != nil {
		t.Fatalf("Analyses: %v", err)
	}
	want := map[chorus.ArticleID]*chorus.Analysis{a0.ID: an0, a1.ID: an1}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Analyses (-want +got):\n%s", diff)
	}
	arts, err := cs.Articles(ctx, []chorus.ArticleID{a2.ID, a0.ID, "missing"})
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	if diff := cmp.Diff(map[chorus.ArticleID]*chorus.Article{a0.ID: a0, a2.ID: a2}, arts, exactTime); diff != "" {
		t.Errorf("Articles (-want +got):\n%s", diff)
	}
	if got, err := cs.Articles(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("Articles(nil) = %v, %v", got, err)
	}
}

// placed reads the log after seq.
func placed(t *testing.T, cs chorus.ClusterStore, after int64) []chorus.PlacedArticle {
	t.Helper()
	var out []chorus.PlacedArticle
	if err := cs.Placements(context.Background(), after, func(p chorus.PlacedArticle) error {
		out = append(out, p)
		return nil
	}); err != nil {
		t.Fatalf("Placements(%d): %v", after, err)
	}
	return out
}

func testPlacements(t *testing.T, s chorus.Store) {
	cs := clusterStore(t, s)
	ctx := context.Background()
	a0, a1, a2 := article(0), article(1), article(2)
	putArticles(t, s, a2, a0, a1)
	ps := []chorus.Placement{
		{Seq: 1, Article: a0.ID, Story: "s-A", Event: "e-1", Entities: []string{"Ana Ferreira-Lund", "Valmere"}, Dedup: []byte{1, 2, 0, 255}},
		{Seq: 2, Article: a1.ID, Story: "s-A", Event: "e-2", Entities: []string{}, Dedup: []byte{3}},
	}
	if err := cs.PutPlacements(ctx, ps); err != nil {
		t.Fatalf("PutPlacements: %v", err)
	}
	if err := cs.PutPlacements(ctx, []chorus.Placement{{Seq: 3, Article: a2.ID, Story: "s-B", Event: "e-3", Dedup: []byte{4}}}); err != nil {
		t.Fatalf("PutPlacements: %v", err)
	}
	putStories(t, s, story("s-A", base, a0))
	want := []chorus.PlacedArticle{
		{Placement: ps[0], Article: a0, Current: "s-A"},
		{Placement: ps[1], Article: a1},
		{Placement: chorus.Placement{Seq: 3, Article: a2.ID, Story: "s-B", Event: "e-3", Entities: []string{}, Dedup: []byte{4}}, Article: a2},
	}
	if diff := cmp.Diff(want, placed(t, cs, 0), exactTime); diff != "" {
		t.Errorf("Placements(0) (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want[2:], placed(t, cs, 2), exactTime); diff != "" {
		t.Errorf("Placements(2) (-want +got):\n%s", diff)
	}
	if got := placed(t, cs, 3); len(got) != 0 {
		t.Errorf("Placements(3) = %v, want none", got)
	}
}

// testPlacementsConflict checks that a second clusterer appending the same
// Seq or the same article fails, and writes nothing of its batch.
func testPlacementsConflict(t *testing.T, s chorus.Store) {
	cs := clusterStore(t, s)
	ctx := context.Background()
	a0, a1, a2 := article(0), article(1), article(2)
	putArticles(t, s, a0, a1, a2)
	if err := cs.PutPlacements(ctx, []chorus.Placement{{Seq: 1, Article: a0.ID, Story: "s", Event: "e", Dedup: []byte{1}}}); err != nil {
		t.Fatal(err)
	}
	bad := [][]chorus.Placement{
		{{Seq: 2, Article: a1.ID, Story: "s", Event: "e", Dedup: []byte{1}}, {Seq: 1, Article: a2.ID, Story: "s", Event: "e", Dedup: []byte{1}}},
		{{Seq: 2, Article: a1.ID, Story: "s", Event: "e", Dedup: []byte{1}}, {Seq: 3, Article: a0.ID, Story: "s", Event: "e", Dedup: []byte{1}}},
		{{Seq: 2, Article: "not-stored", Story: "s", Event: "e", Dedup: []byte{1}}},
	}
	for i, ps := range bad {
		if err := cs.PutPlacements(ctx, ps); err == nil {
			t.Errorf("conflicting batch %d was accepted", i)
		}
	}
	if got := placed(t, cs, 0); len(got) != 1 {
		t.Errorf("log holds %d placements after rejected batches, want 1", len(got))
	}
}

func testUnplaced(t *testing.T, s chorus.Store) {
	cs := clusterStore(t, s)
	ctx := context.Background()
	order := []int{4, 1, 3, 0}
	for _, n := range order {
		putArticles(t, s, article(n))
	}
	if err := cs.PutPlacements(ctx, []chorus.Placement{{Seq: 1, Article: article(3).ID, Story: "s", Event: "e", Dedup: []byte{1}}}); err != nil {
		t.Fatal(err)
	}
	var got []chorus.ArticleID
	if err := cs.Unplaced(ctx, func(a *chorus.Article) error {
		got = append(got, a.ID)
		return nil
	}); err != nil {
		t.Fatalf("Unplaced: %v", err)
	}
	want := []chorus.ArticleID{article(4).ID, article(1).ID, article(0).ID}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Unplaced: ingest order, placed ones left out (-want +got):\n%s", diff)
	}
}
