package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

func testArticleRoundTrip(t *testing.T, s chorus.Store) {
	minimal := &chorus.Article{ID: "a-minimal", Title: "", Text: "Only text."}
	zero := article(10)
	zero.Published = time.Time{}
	offset := article(11)
	offset.Published = time.Date(2016, 7, 15, 0, 5, 0, 1, ist)
	empty := article(12)
	empty.Provenance = map[string]string{}
	empty.Paragraphs = []chorus.Span{}
	utf8 := article(13)
	utf8.Title = "Переговоры в Женеве: «прогресс есть»"
	utf8.Text = "Ünïcödé  text\r\nwith CRLF, tabs\tand a trailing space \n" + lines[4] + "\n"
	crlf := strings.Index(utf8.Text, "\r\n")
	utf8.Paragraphs = []chorus.Span{{Start: 0, End: crlf}, {Start: crlf + 2, End: len(utf8.Text) - 1}}
	local := article(14)
	local.Published = time.Date(2016, 1, 2, 3, 4, 5, 0, time.FixedZone("", -7*3600))

	tests := []struct {
		name string
		a    *chorus.Article
	}{
		{"full", article(0)},
		{"minimal", minimal},
		{"zero published", zero},
		{"published +05:30", offset},
		{"published -07:00", local},
		{"empty map and slice", empty},
		{"non-ASCII and control characters", utf8},
	}
	ctx := context.Background()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			putArticles(t, s, tc.a)
			got, err := s.Article(ctx, tc.a.ID)
			if err != nil {
				t.Fatalf("Article: %v", err)
			}
			if diff := cmp.Diff(tc.a, got, exactTime); diff != "" {
				t.Errorf("article changed in the store (-put +got):\n%s", diff)
			}
			// The text is what citations index into: check the bytes, not
			// just equality under some normalisation.
			if got.Text != tc.a.Text || len(got.Text) != len(tc.a.Text) {
				t.Errorf("text bytes differ: got %q, want %q", got.Text, tc.a.Text)
			}
			if g, w := got.Published.Format(time.RFC3339Nano), tc.a.Published.Format(time.RFC3339Nano); g != w {
				t.Errorf("published = %s, want %s", g, w)
			}
		})
	}
}

func testPutArticleIdempotent(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	a := article(1)
	putArticles(t, s, a)
	for i, again := range []*chorus.Article{article(1), changed(article(1))} {
		created, err := s.PutArticle(ctx, again)
		if err != nil {
			t.Fatalf("put %d again: %v", i, err)
		}
		if created {
			t.Errorf("put %d again: created = true, want false", i)
		}
	}
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatalf("Article: %v", err)
	}
	if diff := cmp.Diff(a, got, exactTime); diff != "" {
		t.Errorf("a second put changed the stored article (-first +got):\n%s", diff)
	}
	if ids := allIDs(t, s); len(ids) != 1 {
		t.Errorf("store holds %d articles after putting one three times, want 1", len(ids))
	}
}

// changed returns a with the same id but other content, as a buggy caller
// might send; the store must keep the first version.
func changed(a *chorus.Article) *chorus.Article {
	a.Title = "Rewritten title"
	a.Text = "Rewritten text."
	a.Paragraphs = []chorus.Span{{Start: 0, End: len(a.Text)}}
	return a
}

func testPutArticleInvalid(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	for _, a := range []*chorus.Article{nil, {Title: "no id", Text: "Some text."}} {
		if created, err := s.PutArticle(ctx, a); err == nil || created {
			t.Errorf("PutArticle(%+v) = %v, %v; want an error", a, created, err)
		}
	}
}

func testHasRaw(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	a, other := article(2), article(3)
	has := func(hash string) bool {
		t.Helper()
		ok, err := s.HasRaw(ctx, hash)
		if err != nil {
			t.Fatalf("HasRaw(%s): %v", hash, err)
		}
		return ok
	}
	if has(a.RawHash) {
		t.Errorf("HasRaw before put = true")
	}
	putArticles(t, s, a, &chorus.Article{ID: "no-raw-hash", Text: "Typed in by hand."})
	if !has(a.RawHash) {
		t.Errorf("HasRaw after put = false")
	}
	if has(other.RawHash) {
		t.Errorf("HasRaw of a hash never put = true")
	}
	if has("") {
		t.Errorf("HasRaw(\"\") = true; the empty hash names no document")
	}
}

func testArticleNotFound(t *testing.T, s chorus.Store) {
	putArticles(t, s, article(4))
	_, err := s.Article(context.Background(), article(5).ID)
	if !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("Article of a missing id: err = %v, want ErrNotFound", err)
	}
}

func testAllArticlesOrder(t *testing.T, s chorus.Store) {
	if ids := allIDs(t, s); len(ids) != 0 {
		t.Fatalf("empty store walks %d articles", len(ids))
	}
	// Ids are hashes, so this order is neither id order nor n order.
	order := []int{7, 3, 9, 0, 5, 1}
	var want []chorus.ArticleID
	for _, n := range order {
		a := article(n)
		putArticles(t, s, a)
		want = append(want, a.ID)
	}
	// Putting an old article again must not move it to the end.
	if _, err := s.PutArticle(context.Background(), article(3)); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, allIDs(t, s)); diff != "" {
		t.Errorf("AllArticles is not in ingest order (-want +got):\n%s", diff)
	}
}

func testAllArticlesEarlyStop(t *testing.T, s chorus.Store) {
	for n := range 5 {
		putArticles(t, s, article(n))
	}
	stop := errors.New("enough")
	calls := 0
	err := s.AllArticles(context.Background(), func(*chorus.Article) error {
		calls++
		if calls == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Errorf("AllArticles returned %v, want the error fn returned", err)
	}
	if calls != 2 {
		t.Errorf("fn called %d times, want 2", calls)
	}
}

// testAllArticlesReentrant checks fn may use the store while the walk is
// under way, as a pipeline building stories from stored articles does.
func testAllArticlesReentrant(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	for n := range 3 {
		putArticles(t, s, article(n))
	}
	i := 0
	err := s.AllArticles(ctx, func(a *chorus.Article) error {
		if _, err := s.Article(ctx, a.ID); err != nil {
			return fmt.Errorf("read during walk: %w", err)
		}
		st := &chorus.Story{ID: chorus.NewStoryID(a.ID), Articles: []chorus.StoryArticle{{Article: *a}}}
		if err := s.PutStory(ctx, st); err != nil {
			return fmt.Errorf("write during walk: %w", err)
		}
		if i < 3 { // a store that shows new rows mid-walk must still end
			if _, err := s.PutArticle(ctx, article(100+i)); err != nil {
				return fmt.Errorf("put during walk: %w", err)
			}
		}
		i++
		return nil
	})
	if err != nil {
		t.Fatalf("AllArticles: %v", err)
	}
	if i < 3 {
		t.Errorf("walk visited %d articles, want at least 3", i)
	}
}

func testConcurrentPutArticle(t *testing.T, s chorus.Store) {
	const n, workers = 200, 8
	as := make([]*chorus.Article, n)
	for i := range as {
		as[i] = article(i)
	}
	var (
		wg      sync.WaitGroup
		mu      sync.Mutex
		created int
		errs    []error
	)
	for w := range workers {
		wg.Go(func() {
			for i := range n {
				// Each worker starts elsewhere, so the same ids race.
				a := as[(i+w*n/workers)%n]
				ok, err := s.PutArticle(context.Background(), a)
				mu.Lock()
				if err != nil {
					errs = append(errs, err)
				}
				if ok {
					created++
				}
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatalf("concurrent PutArticle: %v", err)
	}
	if created != n {
		t.Errorf("%d puts reported created, want %d", created, n)
	}
	ids := allIDs(t, s)
	seen := map[chorus.ArticleID]bool{}
	for _, id := range ids {
		seen[id] = true
	}
	if len(ids) != n || len(seen) != n {
		t.Errorf("store holds %d rows (%d distinct), want %d", len(ids), len(seen), n)
	}
}
