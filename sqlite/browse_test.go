package sqlite

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// facetStory is a story with outlets, people and dated articles.
func facetStory(n int, updated time.Time, outlets ...string) *chorus.Story {
	st := &chorus.Story{ID: chorus.StoryID(fmt.Sprintf("s%015d", n)), Headline: chorus.CitedText{Text: fmt.Sprintf("story %d", n)},
		Updated: updated, Digest: []chorus.DigestSentence{{Text: fmt.Sprintf("lede %d", n)}},
		People: []chorus.Person{{Name: "Lidiya Rusanova", Type: chorus.EntityPerson, Variants: []string{"Rusanova"}}}}
	for i, o := range outlets {
		st.Articles = append(st.Articles, chorus.StoryArticle{Article: chorus.Article{
			ID: chorus.ArticleID(fmt.Sprintf("a%d-%d", n, i)), Outlet: o, Published: updated.Add(-time.Duration(i) * 24 * time.Hour)}})
	}
	return st
}

func TestStoryPageFiltersAndCursor(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	day := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	for n := range 7 {
		st := facetStory(n, day.Add(time.Duration(n%4)*time.Hour), "Meridian", "meridian", fmt.Sprintf("Outlet %d", n))
		if n == 6 {
			st.Updated = time.Time{} // undated stories come last
		}
		if err := s.PutStory(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	all, next, err := s.StoryPage(ctx, chorus.StoryFilter{})
	if err != nil || next != "" || len(all) != 7 {
		t.Fatalf("one page: %d stories, next %q, %v", len(all), next, err)
	}
	if all[6].ID != "s000000000000006" {
		t.Errorf("the undated story is %s, not last", all[6].ID)
	}
	var paged []chorus.StoryID
	f := chorus.StoryFilter{Limit: 3}
	for range 5 {
		page, next, err := s.StoryPage(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range page {
			paged = append(paged, l.ID)
		}
		if next == "" {
			break
		}
		f.Cursor = next
	}
	var want []chorus.StoryID
	for _, l := range all {
		want = append(want, l.ID)
	}
	if diff := cmp.Diff(want, paged); diff != "" {
		t.Errorf("paged listing differs (-one page +paged):\n%s", diff)
	}
	if all[0].Lede == "" || all[0].Version != 1 || len(all[0].Days) != 3 {
		t.Errorf("listing %+v lacks its lede, version or days", all[0])
	}
	for _, tt := range []struct {
		f    chorus.StoryFilter
		want int
	}{
		{chorus.StoryFilter{Outlet: "MERIDIAN"}, 7},
		{chorus.StoryFilter{Outlet: "Outlet 3"}, 1},
		{chorus.StoryFilter{Entity: "rusanova"}, 7},
		{chorus.StoryFilter{Entity: "Nobody"}, 0},
		{chorus.StoryFilter{Since: day.Add(3 * time.Hour)}, 1},
	} {
		page, _, err := s.StoryPage(ctx, tt.f)
		if err != nil || len(page) != tt.want {
			t.Errorf("%+v: %d stories, want %d (%v)", tt.f, len(page), tt.want, err)
		}
	}
	if _, _, err := s.StoryPage(ctx, chorus.StoryFilter{Cursor: "bm9ub3VsIGN1cnNvcg"}); !errors.Is(err, chorus.ErrBadCursor) {
		t.Errorf("a made-up cursor: %v", err)
	}
}

func TestStoryVersions(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	st := facetStory(1, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), "Meridian")
	for range 2 {
		if err := s.PutStory(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	m, err := s.StoryMeta(ctx, st.ID)
	if err != nil || m.Version != 1 {
		t.Fatalf("the same story twice: version %d, %v", m.Version, err)
	}
	st.Headline.Text = "changed"
	st.Articles[0].Outlet = "Courier"
	if err := s.PutStory(ctx, st); err != nil {
		t.Fatal(err)
	}
	if m, _ := s.StoryMeta(ctx, st.ID); m.Version != 2 || m.Changed.Before(m.Created) {
		t.Errorf("after a change: %+v", m)
	}
	if page, _, _ := s.StoryPage(ctx, chorus.StoryFilter{Outlet: "Meridian"}); len(page) != 0 {
		t.Error("the outlet the story no longer has still finds it")
	}
	if err := s.DeleteStory(ctx, st.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.StoryMeta(ctx, st.ID); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("meta of a deleted story: %v", err)
	}
}

func TestPlainQuery(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"dam gate", `"dam" "gate"`, true},
		{"U.S.", `"U.S."`, true},
		{`say "hi`, `"say" """hi"`, true},
		{`" '' --`, "", false},
		{"NEAR(a b)", `"NEAR(a" "b)"`, true},
		{"", "", false},
	} {
		got, ok := PlainQuery(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("PlainQuery(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestSearchHits(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	mustPut(t, s, testArticle(1, "Dam gate fails", "Dam gate fails\n\nThe spillway gate of the U.S. dam gave way on Tuesday."),
		testArticle(2, "Port strike", "Port strike\n\nDockworkers stopped the cranes."))
	for _, q := range []string{"U.S.", `gate"`, `"`, "AND", "title:dam", "dam*", "(x"} {
		if _, err := s.SearchHits(ctx, q, 5); err != nil && !errors.Is(err, chorus.ErrBadQuery) {
			t.Errorf("SearchHits(%q): %v", q, err)
		}
	}
	hits, err := s.SearchHits(ctx, "spillway U.S.", 5)
	if err != nil || len(hits) != 1 {
		t.Fatalf("hits %v, %v", hits, err)
	}
	var marked []string
	for _, m := range hits[0].Marks {
		marked = append(marked, m.In(hits[0].Snippet))
	}
	// Neighbouring matched words share one mark.
	if diff := cmp.Diff([]string{"spillway", "U.S"}, marked); diff != "" {
		t.Errorf("marks (-want +got):\n%s", diff)
	}
}

func TestKeysAndWebhooks(t *testing.T) {
	s, _ := openTemp(t)
	ctx := context.Background()
	now := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	k := chorus.APIKey{ID: "0123456789ab", Name: "ci", Hash: "h", RatePerMinute: 60, Created: now}
	if err := s.PutKey(ctx, k); err != nil {
		t.Fatal(err)
	}
	if err := s.PutKey(ctx, k); err == nil {
		t.Error("a key id stored twice")
	}
	got, err := s.Key(ctx, k.ID)
	if err != nil || got != k {
		t.Errorf("Key = %+v, %v; want %+v", got, err, k)
	}
	if err := s.RevokeKey(ctx, k.ID, now); err != nil {
		t.Fatal(err)
	}
	if err := s.RevokeKey(ctx, k.ID, now); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("revoking twice: %v", err)
	}
	if ks, _ := s.Keys(ctx); len(ks) != 1 || ks[0].Revoked.IsZero() {
		t.Errorf("keys after revoking: %+v", ks)
	}
	w := chorus.Webhook{ID: "wh_1", URL: "http://127.0.0.1:9/", Secret: "s", Events: []string{"story.created"}, Created: now}
	if err := s.PutWebhook(ctx, w); err != nil {
		t.Fatal(err)
	}
	if ws, _ := s.Webhooks(ctx); len(ws) != 1 || !cmp.Equal(ws[0], w) {
		t.Errorf("webhooks %+v, want %+v", ws, w)
	}
	if err := s.DeleteWebhook(ctx, w.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteWebhook(ctx, w.ID); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}
	for i, want := range []bool{true, false} {
		if first, err := s.AnnounceClaim(ctx, "s1", "c1"); first != want || err != nil {
			t.Errorf("announcement %d: first %v, %v", i, first, err)
		}
	}
}
