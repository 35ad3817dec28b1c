package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// ServingStore is what the HTTP server needs of a store besides keeping
// articles and stories: listings, search hits, keys and webhooks. It is
// spelled out here rather than taken from package http so that the store
// packages' tests do not import the server.
type ServingStore interface {
	chorus.Store
	StoryOf(ctx context.Context, id chorus.ArticleID) (chorus.StoryID, error)
	StoryMeta(ctx context.Context, id chorus.StoryID) (chorus.StoryMeta, error)
	StoryPage(ctx context.Context, f chorus.StoryFilter) ([]chorus.StoryListing, string, error)
	SearchHits(ctx context.Context, text string, limit int) ([]chorus.Hit, error)
	Arrivals(ctx context.Context, id chorus.StoryID) (map[chorus.ArticleID]time.Time, error)
	ArticleByRaw(ctx context.Context, rawHash string) (chorus.ArticleID, error)
	PutKey(ctx context.Context, k chorus.APIKey) error
	Key(ctx context.Context, id string) (chorus.APIKey, error)
	Keys(ctx context.Context) ([]chorus.APIKey, error)
	RevokeKey(ctx context.Context, id string, at time.Time) error
	PutWebhook(ctx context.Context, w chorus.Webhook) error
	Webhooks(ctx context.Context) ([]chorus.Webhook, error)
	DeleteWebhook(ctx context.Context, id string) error
	AnnounceClaim(ctx context.Context, story chorus.StoryID, claim string) (bool, error)
	QueueDeliveries(ctx context.Context, ds []chorus.Delivery, now time.Time) error
	ClaimDeliveries(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]chorus.Delivery, error)
	RetryDelivery(ctx context.Context, id string, at time.Time, lastErr string) error
	EndDelivery(ctx context.Context, id string) error
	GiveUpDelivery(ctx context.Context, id string, lastErr string) error
	RedeliverGivenUp(ctx context.Context, hook string, now time.Time) (int, error)
	DeliveryBacklogs(ctx context.Context) (map[string]chorus.DeliveryBacklog, error)
}

// RunServing runs the checks of what a store serves, so that the server
// answers alike on either store. open must return a new, empty store for
// each subtest; RunServing closes it.
func RunServing(t *testing.T, open func(t *testing.T) ServingStore) {
	tests := []struct {
		name string
		run  func(t *testing.T, s ServingStore)
	}{
		{"StoryPageFiltersAndCursor", testStoryPage},
		{"StoryPageQuery", testStoryPageQuery},
		{"StoryVersions", testStoryVersions},
		{"ArrivalsAndRaw", testArrivalsAndRaw},
		{"SearchHits", testSearchHits},
		{"SearchHitsLongText", testSearchHitsLong},
		{"KeysAndWebhooks", testKeysAndWebhooks},
		{"WebhookDeliveries", testWebhookDeliveries},
		{"WebhookGivenUp", testWebhookGivenUp},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			t.Cleanup(func() {
				if err := s.Close(); err != nil {
					t.Errorf("close: %v", err)
				}
			})
			tc.run(t, s)
		})
	}
}

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

func testStoryPage(t *testing.T, s ServingStore) {
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
	var order []chorus.StoryID
	for _, l := range all {
		order = append(order, l.ID)
	}
	// Newest first, ties by id, the undated story last.
	want := []chorus.StoryID{"s000000000000003", "s000000000000002", "s000000000000001",
		"s000000000000005", "s000000000000000", "s000000000000004", "s000000000000006"}
	if diff := cmp.Diff(want, order); diff != "" {
		t.Errorf("listing order (-want +got):\n%s", diff)
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
	if diff := cmp.Diff(want, paged); diff != "" {
		t.Errorf("paged listing differs (-one page +paged):\n%s", diff)
	}
	l := all[0]
	wantDays := []chorus.DayCount{{Day: "2025-02-27", N: 1}, {Day: "2025-02-28", N: 1}, {Day: "2025-03-01", N: 1}}
	if l.Lede != "lede 3" || l.Version != 1 || !cmp.Equal(l.Days, wantDays) || l.Headline != "story 3" || !l.Updated.Equal(day.Add(3*time.Hour)) {
		t.Errorf("listing %+v: want lede 3, version 1, days %v", l, wantDays)
	}
	for _, tt := range []struct {
		f    chorus.StoryFilter
		want int
	}{
		{chorus.StoryFilter{Outlet: "MERIDIAN"}, 7},
		{chorus.StoryFilter{Outlet: "Outlet 3"}, 1},
		{chorus.StoryFilter{Entity: "rusanova"}, 7},
		{chorus.StoryFilter{Entity: "Lidiya RUSANOVA"}, 7},
		{chorus.StoryFilter{Entity: "Nobody"}, 0},
		{chorus.StoryFilter{Since: day.Add(3 * time.Hour)}, 1},
		// Since compares instants, whatever its offset.
		{chorus.StoryFilter{Since: day.Add(2 * time.Hour).In(time.FixedZone("", -5*3600))}, 2},
	} {
		page, _, err := s.StoryPage(ctx, tt.f)
		if err != nil || len(page) != tt.want {
			t.Errorf("%+v: %d stories, want %d (%v)", tt.f, len(page), tt.want, err)
		}
	}
	for _, c := range []string{"bm9ub3VsIGN1cnNvcg", "!!"} {
		if _, _, err := s.StoryPage(ctx, chorus.StoryFilter{Cursor: c}); !errors.Is(err, chorus.ErrBadCursor) {
			t.Errorf("a made-up cursor %q: %v", c, err)
		}
	}
}

func testStoryPageQuery(t *testing.T, s ServingStore) {
	ctx := context.Background()
	dam := searchArticle(1, "Dam gate fails", "The spillway gate of the U.S. dam gave way on Tuesday.")
	port := searchArticle(2, "Port strike", "Dockworkers stopped the cranes.")
	putArticles(t, s, dam, port)
	putStories(t, s, story("s-dam", dam.Published, dam), story("s-port", port.Published, port))
	for _, tt := range []struct {
		q    string
		want []chorus.StoryID
	}{
		{"spillway", []chorus.StoryID{"s-dam"}},
		{"U.S. DAM", []chorus.StoryID{"s-dam"}},
		{"cranes dockworkers", []chorus.StoryID{"s-port"}},
		{"cranes spillway", nil},
		{`"strike`, []chorus.StoryID{"s-port"}},
	} {
		page, _, err := s.StoryPage(ctx, chorus.StoryFilter{Query: tt.q})
		if err != nil {
			t.Errorf("query %q: %v", tt.q, err)
			continue
		}
		var got []chorus.StoryID
		for _, l := range page {
			got = append(got, l.ID)
		}
		if !cmp.Equal(tt.want, got) {
			t.Errorf("query %q: stories %v, want %v", tt.q, got, tt.want)
		}
	}
	if _, _, err := s.StoryPage(ctx, chorus.StoryFilter{Query: `" --`}); !errors.Is(err, chorus.ErrBadQuery) {
		t.Errorf("a query without words: %v", err)
	}
}

func testStoryVersions(t *testing.T, s ServingStore) {
	ctx := context.Background()
	st := facetStory(1, time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC), "Meridian")
	for range 2 {
		if err := s.PutStory(ctx, st); err != nil {
			t.Fatal(err)
		}
	}
	m, err := s.StoryMeta(ctx, st.ID)
	if err != nil || m.Version != 1 || m.Created.IsZero() {
		t.Fatalf("the same story twice: %+v, %v", m, err)
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
	if page, _, _ := s.StoryPage(ctx, chorus.StoryFilter{Outlet: "courier"}); len(page) != 1 {
		t.Error("the outlet the story now has does not find it")
	}
	if err := s.DeleteStory(ctx, st.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.StoryMeta(ctx, st.ID); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("meta of a deleted story: %v", err)
	}
}

func testArrivalsAndRaw(t *testing.T, s ServingStore) {
	ctx := context.Background()
	before := time.Now().Add(-time.Minute)
	a, b := article(1), article(2)
	putArticles(t, s, a, b)
	putStories(t, s, story("s1", a.Published, a, b))
	at, err := s.Arrivals(ctx, "s1")
	if err != nil || len(at) != 2 {
		t.Fatalf("arrivals %v, %v; want both articles", at, err)
	}
	for id, when := range at {
		if when.Before(before) || when.After(time.Now().Add(time.Minute)) {
			t.Errorf("article %s arrived at %v, not about now", id.Short(), when)
		}
	}
	if got, err := s.ArticleByRaw(ctx, b.RawHash); err != nil || got != b.ID {
		t.Errorf("ArticleByRaw = %s, %v; want %s", got, err, b.ID)
	}
	if _, err := s.ArticleByRaw(ctx, "nothing"); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("ArticleByRaw of an unknown hash: %v", err)
	}
}

func testSearchHits(t *testing.T, s ServingStore) {
	ctx := context.Background()
	dam := searchArticle(1, "Dam gate fails", "The spillway gate of the U.S. dam gave way on Tuesday.")
	dam.Outlet = "Meridian"
	putArticles(t, s, dam, searchArticle(2, "Port strike", "Dockworkers stopped the cranes."))
	putStories(t, s, story("s-dam", dam.Published, dam))
	for _, q := range []string{"U.S.", `gate"`, `"`, "AND", "title:dam", "dam*", "(x", "NEAR(a b)"} {
		if _, err := s.SearchHits(ctx, q, 5); err != nil && !errors.Is(err, chorus.ErrBadQuery) {
			t.Errorf("SearchHits(%q): %v", q, err)
		}
	}
	if _, err := s.SearchHits(ctx, `" ''`, 5); !errors.Is(err, chorus.ErrBadQuery) {
		t.Errorf("a query without words: %v", err)
	}
	hits, err := s.SearchHits(ctx, "spillway U.S.", 5)
	if err != nil || len(hits) != 1 {
		t.Fatalf("hits %v, %v", hits, err)
	}
	h := hits[0]
	if h.Article != dam.ID || h.Story != "s-dam" || h.Title != dam.Title || h.Outlet != "Meridian" || !h.Published.Equal(dam.Published) {
		t.Errorf("hit %+v does not describe the article", h)
	}
	if h.Snippet != dam.Text {
		t.Errorf("snippet of a short text %q, want the whole text", h.Snippet)
	}
	var marked []string
	for _, m := range h.Marks {
		marked = append(marked, m.In(h.Snippet))
	}
	// Neighbouring matched words share one mark.
	if diff := cmp.Diff([]string{"spillway", "U.S"}, marked); diff != "" {
		t.Errorf("marks (-want +got):\n%s", diff)
	}
	if hits, err := s.SearchHits(ctx, "cranes", 5); err != nil || len(hits) != 1 || hits[0].Story != "" {
		t.Errorf("a hit in no story: %+v, %v", hits, err)
	}
}

func testSearchHitsLong(t *testing.T, s ServingStore) {
	ctx := context.Background()
	filler := strings.Repeat("nothing happened here today. ", 20)
	a := searchArticle(1, "Quiet day", filler+"Then the levee broke near Arles. "+filler)
	putArticles(t, s, a)
	hits, err := s.SearchHits(ctx, "levee", 5)
	if err != nil || len(hits) != 1 {
		t.Fatalf("hits %v, %v", hits, err)
	}
	h := hits[0]
	if !strings.HasPrefix(h.Snippet, "…") || !strings.HasSuffix(h.Snippet, "…") || len(h.Snippet) > len(a.Text)/2 {
		t.Errorf("snippet %q is not an excerpt from inside the text", h.Snippet)
	}
	if len(h.Marks) != 1 || h.Marks[0].In(h.Snippet) != "levee" {
		t.Errorf("marks %v in %q, want levee", h.Marks, h.Snippet)
	}
}

func testKeysAndWebhooks(t *testing.T, s ServingStore) {
	ctx := context.Background()
	now := time.Date(2025, 5, 1, 0, 0, 0, 0, time.UTC)
	k := chorus.APIKey{ID: "0123456789ab", Name: "ci", Hash: "h", RatePerMinute: 60, Created: now}
	if err := s.PutKey(ctx, k); err != nil {
		t.Fatal(err)
	}
	if err := s.PutKey(ctx, k); err == nil {
		t.Error("a key id stored twice")
	}
	k2 := chorus.APIKey{ID: "ba9876543210", Name: "later", Hash: "h2", RatePerMinute: 5, Created: now.Add(time.Hour)}
	if err := s.PutKey(ctx, k2); err != nil {
		t.Fatal(err)
	}
	got, err := s.Key(ctx, k.ID)
	if err != nil || got != k {
		t.Errorf("Key = %+v, %v; want %+v", got, err, k)
	}
	if _, err := s.Key(ctx, "missing"); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("an unknown key: %v", err)
	}
	if err := s.RevokeKey(ctx, k.ID, now); err != nil {
		t.Fatal(err)
	}
	if err := s.RevokeKey(ctx, k.ID, now); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("revoking twice: %v", err)
	}
	ks, err := s.Keys(ctx)
	if err != nil || len(ks) != 2 || ks[0].ID != k.ID || !ks[0].Revoked.Equal(now) || ks[1] != k2 {
		t.Errorf("keys after revoking: %+v, %v", ks, err)
	}
	w := chorus.Webhook{ID: "wh_1", URL: "http://127.0.0.1:9/", Secret: "s", Events: []string{"story.created", "story.updated"}, KeyID: k.ID, Created: now}
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
	if ws, err := s.Webhooks(ctx); len(ws) != 0 || err != nil {
		t.Errorf("webhooks after deleting: %+v, %v", ws, err)
	}
	for i, want := range []bool{true, false} {
		if first, err := s.AnnounceClaim(ctx, "s1", "c1"); first != want || err != nil {
			t.Errorf("announcement %d: first %v, %v", i, first, err)
		}
	}
	if first, _ := s.AnnounceClaim(ctx, "s1", "c2"); !first {
		t.Error("another claim of the story counted as announced")
	}
}

func testWebhookDeliveries(t *testing.T, s ServingStore) {
	ctx := context.Background()
	now := time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC)
	for _, id := range []string{"wh_a", "wh_b"} {
		if err := s.PutWebhook(ctx, chorus.Webhook{ID: id, URL: "http://127.0.0.1:9/", Secret: "s", Events: []string{"story.updated"}, Created: now}); err != nil {
			t.Fatal(err)
		}
	}
	delivery := func(ev, hook string) chorus.Delivery {
		return chorus.Delivery{ID: ev + "." + hook, Hook: hook, Event: ev, Type: "story.updated", Body: []byte(`{"id":"` + ev + `"}`)}
	}
	ids := func(ds []chorus.Delivery) []string {
		var out []string
		for _, d := range ds {
			out = append(out, d.ID)
		}
		return out
	}
	claim := func(at time.Time, limit int) []chorus.Delivery {
		t.Helper()
		ds, err := s.ClaimDeliveries(ctx, at, time.Minute, limit)
		if err != nil {
			t.Fatalf("ClaimDeliveries: %v", err)
		}
		return ds
	}
	queued := []chorus.Delivery{delivery("ev1", "wh_a"), delivery("ev1", "wh_b"), delivery("ev2", "wh_a")}
	if err := s.QueueDeliveries(ctx, queued, now); err != nil {
		t.Fatal(err)
	}
	// queued again (a retried request): still three
	if err := s.QueueDeliveries(ctx, queued[:1], now); err != nil {
		t.Fatal(err)
	}
	if got := claim(now.Add(-time.Second), 10); len(got) != 0 {
		t.Errorf("claimed %v before they were due", ids(got))
	}
	first := claim(now, 2)
	if diff := cmp.Diff([]string{"ev1.wh_a", "ev1.wh_b"}, ids(first)); diff != "" {
		t.Errorf("first claim, in queue order (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(queued[0], first[0]); diff != "" {
		t.Errorf("claimed delivery differs from the queued one (-queued +claimed):\n%s", diff)
	}
	// claimed ones are leased: the next claim gets only the third
	if got := claim(now, 10); !cmp.Equal(ids(got), []string{"ev2.wh_a"}) {
		t.Errorf("second claim got %v, want the one not leased", ids(got))
	}
	// a failed attempt waits for its time and counts
	if err := s.RetryDelivery(ctx, "ev1.wh_a", now.Add(10*time.Second), "answered 500"); err != nil {
		t.Fatal(err)
	}
	if err := s.EndDelivery(ctx, "ev1.wh_b"); err != nil {
		t.Fatal(err)
	}
	backlog, err := s.DeliveryBacklogs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]chorus.DeliveryBacklog{"wh_a": {Pending: 2, Failing: 1, LastError: "answered 500"}}; !cmp.Equal(backlog, want) {
		t.Errorf("backlogs = %+v, want %+v (wh_b is owed nothing)", backlog, want)
	}
	if got := claim(now.Add(5*time.Second), 10); len(got) != 0 {
		t.Errorf("claimed %v before the retry was due or the leases ended", ids(got))
	}
	got := claim(now.Add(10*time.Second), 10)
	if len(got) != 1 || got[0].ID != "ev1.wh_a" || got[0].Attempts != 1 {
		t.Errorf("claim at the retry time = %+v, want ev1.wh_a after 1 attempt", got)
	}
	// leases that end without an answer (a server stopped mid-attempt)
	// give the deliveries back, earliest due first; the ended one never
	// comes back
	if got := claim(now.Add(2*time.Minute), 10); !cmp.Equal(ids(got), []string{"ev2.wh_a", "ev1.wh_a"}) {
		t.Errorf("after the leases ended: %v, want ev2.wh_a then ev1.wh_a", ids(got))
	}
	// deleting a subscription drops what it is owed
	if err := s.DeleteWebhook(ctx, "wh_a"); err != nil {
		t.Fatal(err)
	}
	if got := claim(now.Add(time.Hour), 10); len(got) != 0 {
		t.Errorf("deliveries of a deleted webhook still claimed: %v", ids(got))
	}
}

func testWebhookGivenUp(t *testing.T, s ServingStore) {
	ctx := context.Background()
	now := time.Date(2025, 5, 1, 12, 0, 0, 0, time.UTC)
	if err := s.PutWebhook(ctx, chorus.Webhook{ID: "wh_a", URL: "http://127.0.0.1:9/", Secret: "s", Events: []string{"story.updated"}, Created: now}); err != nil {
		t.Fatal(err)
	}
	var queued []chorus.Delivery
	for i := range chorus.KeepGivenUp + 3 {
		ev := fmt.Sprintf("ev%04d", i)
		queued = append(queued, chorus.Delivery{ID: ev + ".wh_a", Hook: "wh_a", Event: ev, Type: "story.updated", Body: []byte(`{}`)})
	}
	if err := s.QueueDeliveries(ctx, queued, now); err != nil {
		t.Fatal(err)
	}
	// every one but the last runs out of attempts
	for _, d := range queued[:len(queued)-1] {
		if err := s.GiveUpDelivery(ctx, d.ID, "answered 410 Gone"); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.ClaimDeliveries(ctx, now.Add(1000*time.Hour), time.Minute, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].ID != queued[len(queued)-1].ID {
		t.Errorf("claimed %d deliveries, want only the one not given up", len(got))
	}
	if err := s.EndDelivery(ctx, queued[len(queued)-1].ID); err != nil {
		t.Fatal(err)
	}
	backlog, err := s.DeliveryBacklogs(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := chorus.DeliveryBacklog{GivenUp: chorus.KeepGivenUp, LastError: "answered 410 Gone"}
	if !cmp.Equal(backlog["wh_a"], want) {
		t.Errorf("backlog = %+v, want %+v (the oldest given up beyond the cap are dropped)", backlog["wh_a"], want)
	}
	n, err := s.RedeliverGivenUp(ctx, "wh_a", now.Add(2000*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if n != chorus.KeepGivenUp {
		t.Errorf("redelivered %d, want %d", n, chorus.KeepGivenUp)
	}
	got, err = s.ClaimDeliveries(ctx, now.Add(2000*time.Hour), time.Minute, 2)
	if err != nil {
		t.Fatal(err)
	}
	// the two oldest given up were dropped: the first back is the third
	if len(got) != 2 || got[0].ID != queued[2].ID || got[0].Attempts != 0 {
		t.Errorf("after redelivery claimed %+v, want %s first with its attempts counted afresh", got, queued[2].ID)
	}
	if n, err := s.RedeliverGivenUp(ctx, "wh_a", now); err != nil || n != 0 {
		t.Errorf("second redelivery = %d, %v; want nothing left to redeliver", n, err)
	}
}
