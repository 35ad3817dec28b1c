package http

import (
	"bytes"
	"context"
	"encoding/xml"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/postgres"
	"github.com/chorusnews/chorus/postgres/pgtest"
	"github.com/chorusnews/chorus/render"
	"github.com/chorusnews/chorus/worker"
)

var _ Store = (*postgres.Store)(nil)

// TestServeOnPostgres runs the server on a real PostgreSQL store whose
// stories another process (a second shared desk, as a worker) wrote, so
// that the server's writes must take turns at the clustering lock and
// catch up with the log first.
func TestServeOnPostgres(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	open := func() *postgres.Store {
		s, err := postgres.Open(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	store := open()
	desk := worker.NewSharedDesk(store, pipeline.DefaultOptions, nil)
	if err := desk.Load(ctx); err != nil {
		t.Fatal(err)
	}
	// Another process writes the demo corpus after the server loaded its desk.
	other := worker.NewSharedDesk(open(), pipeline.DefaultOptions, nil)
	if _, err := other.Ingest(ctx, exampleDocs(t)); err != nil {
		t.Fatal(err)
	}
	e := startEnv(t, store, desk, nil)

	before := decode[storyList](t, e.do("GET", "/api/stories", "", "", ""))
	if len(before.Stories) != 3 {
		t.Fatalf("the demo corpus has %d stories, want 3", len(before.Stories))
	}
	known := map[chorus.StoryID]bool{}
	for _, s := range before.Stories {
		known[s.ID] = true
		if s.Headline == "" || s.Articles < 2 || len(s.Coverage) == 0 || s.Version < 1 {
			t.Errorf("listing %+v lacks its headline, articles, coverage or version", s)
		}
	}

	// A worker holds the clustering lock for a while: the post waits for it.
	held := make(chan struct{})
	released := make(chan error, 1)
	hold := 400 * time.Millisecond
	go func() {
		released <- open().InTx(ctx, func(tx *postgres.Store) error {
			ok, err := tx.TryClusterLock(ctx)
			close(held)
			if err == nil && !ok {
				t.Error("the lock was taken before the test took it")
			}
			time.Sleep(hold)
			return err
		})
	}()
	<-held
	post := `{"title":"Kaskel dam inquiry names three engineers","outlet":"Test Wire","published":"2025-03-20T09:00:00Z",
		"text":"Kaskel dam inquiry names three engineers\n\nThe independent inquiry into the Kaskel dam gate failure in the Temna valley named three engineers on Thursday whose inspections of the spillway gate it will examine first, Prime Minister Lidiya Rusanova said."}`
	t0 := time.Now()
	r := e.do("POST", "/api/articles", "application/json", post, e.key)
	waited := time.Since(t0)
	if err := <-released; err != nil {
		t.Fatal(err)
	}
	if r.status != http.StatusCreated {
		t.Fatalf("post: %d %s", r.status, r.body)
	}
	if waited < hold/2 {
		t.Errorf("the post took %s: it did not wait for the lock held %s", waited, hold)
	}
	res := decode[ingestResponse](t, r)
	if len(res.Articles) != 1 || res.Articles[0].Status != statusCreated || len(res.Stories) != 1 ||
		res.Stories[0].ID != res.Articles[0].Story {
		t.Fatalf("post: %+v", res)
	}
	sid := res.Articles[0].Story
	// Caught up with the other process's log, the desk puts the article
	// with the dam stories it wrote, rather than alone in a new story.
	if !known[sid] {
		t.Errorf("the posted article founded story %s instead of joining one of %v", sid, before.Stories)
	}
	// A worker that holds the lock longer than the server waits: the post
	// is refused as unavailable for now, and nothing is written.
	desk.LockWait = 100 * time.Millisecond
	held = make(chan struct{})
	go func() {
		released <- open().InTx(ctx, func(tx *postgres.Store) error {
			ok, err := tx.TryClusterLock(ctx)
			close(held)
			if err == nil && !ok {
				t.Error("the lock was taken before the test took it")
			}
			time.Sleep(time.Second)
			return err
		})
	}()
	<-held
	late := strings.NewReplacer("Kaskel dam inquiry names three engineers", "Kaskel inquiry widens",
		"three engineers on Thursday", "four engineers on Friday").Replace(post)
	if r := e.do("POST", "/api/articles", "application/json", late, e.key); r.status != http.StatusServiceUnavailable ||
		r.header.Get("Retry-After") == "" {
		t.Errorf("a post while the lock stays taken: %d %s (Retry-After %q)", r.status, r.body, r.header.Get("Retry-After"))
	}
	if err := <-released; err != nil {
		t.Fatal(err)
	}
	desk.LockWait = 0
	if r := e.do("POST", "/api/articles", "application/json", late, e.key); r.status != http.StatusCreated {
		t.Errorf("the refused post again once the lock is free: %d %s", r.status, r.body)
	}
	if r := e.do("POST", "/api/articles", "application/json", post, e.key); r.status != http.StatusOK ||
		decode[ingestResponse](t, r).Articles[0].Status != statusDuplicate {
		t.Errorf("posting again: %d %s", r.status, r.body)
	}

	// The story as read back names the posted article.
	rs := e.do("GET", "/api/stories/"+string(sid), "", "", "")
	if rs.status != http.StatusOK {
		t.Fatalf("GET story: %d %s", rs.status, rs.body)
	}
	st, err := store.Story(ctx, sid)
	if err != nil {
		t.Fatal(err)
	}
	st.ArticlesTotal = len(st.Articles) // the API's first page holds it all
	var want bytes.Buffer
	if err := render.JSON(&want, []*chorus.Story{st}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want.String(), string(rs.body)); diff != "" {
		t.Errorf("story %s differs from render.JSON:\n%s", sid, diff)
	}
	var outlets []string
	for _, a := range st.Articles {
		outlets = append(outlets, a.Outlet)
	}
	if !slices.Contains(outlets, "Test Wire") || len(outlets) < 2 || !strings.Contains(string(rs.body), string(res.Articles[0].Article)) {
		t.Errorf("story %s has outlets %v, want Test Wire among others", sid, outlets)
	}

	// The listing shows the grown story; its filters run on PostgreSQL.
	for _, tt := range []struct {
		query string
		want  bool
	}{
		{"outlet=test+wire", true},
		{"q=" + url.QueryEscape("three engineers"), true},
		{"entity=" + url.QueryEscape("Lidiya Rusanova"), true},
		{"q=zzyzx", false},
	} {
		l := decode[storyList](t, e.do("GET", "/api/stories?"+tt.query, "", "", ""))
		found := false
		for _, s := range l.Stories {
			found = found || s.ID == sid
		}
		if found != tt.want {
			t.Errorf("GET /api/stories?%s lists the story: %v, want %v (%d stories)", tt.query, found, tt.want, len(l.Stories))
		}
	}

	sr := e.do("GET", "/api/search?q="+url.QueryEscape("spillway engineers"), "", "", "")
	if sr.status != http.StatusOK {
		t.Fatalf("search: %d %s", sr.status, sr.body)
	}
	hits := decode[searchResult](t, sr)
	i := slices.IndexFunc(hits.Hits, func(h searchHit) bool { return h.Article == res.Articles[0].Article })
	if i < 0 || hits.Hits[i].Story != sid || hits.Hits[i].Title != "Kaskel dam inquiry names three engineers" {
		t.Fatalf("search hits %+v, want the posted article in story %s", hits.Hits, sid)
	}
	var marked []string
	for _, m := range hits.Hits[i].Marks {
		marked = append(marked, strings.ToLower(m.In(hits.Hits[i].Snippet)))
	}
	if !slices.Contains(marked, "spillway") || !slices.Contains(marked, "engineers") {
		t.Errorf("search marks %v in %q, want spillway and engineers", marked, hits.Hits[i].Snippet)
	}
	if r := e.do("GET", "/api/search?q="+url.QueryEscape(`" --`), "", "", ""); r.status != http.StatusBadRequest {
		t.Errorf("a search without words: %d %s", r.status, r.body)
	}

	feed := e.do("GET", "/feeds/stories.atom", "", "", "")
	if feed.status != http.StatusOK || !strings.Contains(feed.header.Get("Content-Type"), "atom") {
		t.Fatalf("atom feed: %d %s", feed.status, feed.header.Get("Content-Type"))
	}
	var headline strings.Builder
	if err := xml.EscapeText(&headline, []byte(st.Headline.Text)); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(feed.body), "<feed") || !strings.Contains(string(feed.body), string(sid)) ||
		!strings.Contains(string(feed.body), headline.String()) {
		t.Errorf("atom feed lacks the story %s (%q):\n%.600s", sid, st.Headline.Text, feed.body)
	}
}
