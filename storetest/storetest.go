// Package storetest is the conformance suite every chorus.Store must pass,
// so that the embedded and the shared store behave alike and the rest of
// chorus can be tested against either.
//
// A store's own tests call Run with a function that opens a fresh, empty
// store:
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) chorus.Store { ... })
//	}
package storetest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// StoryFinder is implemented by stores that can tell which story an article
// belongs to. Run checks story membership through it when the store has it.
type StoryFinder interface {
	StoryOf(ctx context.Context, id chorus.ArticleID) (chorus.StoryID, error)
}

// Run runs the conformance suite. open must return a new, empty store for
// each subtest; Run closes it when the subtest ends and fails the subtest
// when Close fails.
func Run(t *testing.T, open func(t *testing.T) chorus.Store) {
	tests := []struct {
		name string
		run  func(t *testing.T, s chorus.Store)
	}{
		{"ArticleRoundTrip", testArticleRoundTrip},
		{"PutArticleIdempotent", testPutArticleIdempotent},
		{"PutArticleInvalid", testPutArticleInvalid},
		{"HasRaw", testHasRaw},
		{"ArticleNotFound", testArticleNotFound},
		{"AllArticlesOrder", testAllArticlesOrder},
		{"AllArticlesEarlyStop", testAllArticlesEarlyStop},
		{"AllArticlesReentrant", testAllArticlesReentrant},
		{"ConcurrentPutArticle", testConcurrentPutArticle},
		{"StoryRoundTrip", testStoryRoundTrip},
		{"StoryWindow", testStoryWindow},
		{"StoryOutline", testStoryOutline},
		{"ArticleHeads", testArticleHeads},
		{"StoryReplace", testStoryReplace},
		{"StoryNotFound", testStoryNotFound},
		{"StoriesOrder", testStoriesOrder},
		{"StoriesLimit", testStoriesLimit},
		{"StoriesSince", testStoriesSince},
		{"DeleteStory", testDeleteStory},
		{"StoryMembership", testStoryMembership},
		{"ContextCanceled", testContextCanceled},
		{"Search", testSearch},
		{"SearchBadQuery", testSearchBadQuery},
		{"Sources", testSources},
		{"Analyses", testAnalyses},
		{"Placements", testPlacements},
		{"PlacementsConflict", testPlacementsConflict},
		{"Unplaced", testUnplaced},
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

// exactTime compares times by instant and by offset: a store must give back
// the offset an article was published in, not just the same instant. (The
// zone's name is not kept; only its offset matters to chorus.)
var exactTime = cmp.Comparer(func(a, b time.Time) bool {
	_, oa := a.Zone()
	_, ob := b.Zone()
	return a.Equal(b) && oa == ob
})

// ist is the Indian offset, a half hour off the UTC grid, so a store that
// rounds offsets to hours or drops them fails.
var ist = time.FixedZone("IST", 5*3600+30*60)

// lines are sentences written for these tests, mixing scripts and symbols so
// that any re-encoding of the text shows.
var lines = []string{
	"The ferry council of Valmere voted on Tuesday to keep the night crossing.",
	"Its chair, Ana Ferreira-Lund, said the vote was “close but clear”.",
	"Im Hafen von Zürich-Wollishofen warteten 300 Pendler auf das Schiff.",
	"Сергей Орлов заявил, что переговоры продолжатся в четверг.",
	"東京の会議は午後三時に再開された。",
	"Fares rise by 4.5% — about €0.20 a trip — from 1 March.",
	"A spokesman added: \"We expect no delays,\"\tthen left. 🚢",
}

// article returns the n-th test article, a different one for every n, with
// every field set. Its Published time is in a +05:30 offset for odd n.
func article(n int) *chorus.Article {
	text := lines[n%len(lines)] + "\n\n" + lines[(n+3)%len(lines)] + fmt.Sprintf(" (item %d)", n)
	first := len(lines[n%len(lines)])
	raw := chorus.ContentHash([]byte(fmt.Sprintf("storetest raw document %d", n)))
	published := time.Date(2016, 7, 14, 9, 30, 15, 123456789, time.UTC).Add(time.Duration(n) * time.Minute)
	if n%2 == 1 {
		published = published.In(ist)
	}
	return &chorus.Article{
		ID:        chorus.NewArticleID(raw, "storetest/1"),
		URL:       fmt.Sprintf("https://news.example/%d/ferry-vote", n),
		Outlet:    []string{"Valmere Post", "Harbour Wire", "Le Quotidien"}[n%3],
		Title:     fmt.Sprintf("Night ferry stays, council decides (%d)", n),
		Byline:    "Mira Castell",
		Credit:    []string{"", "Harbour Wire"}[n%2],
		Published: published,
		Provenance: map[string]string{
			"published": "json-ld",
			"outlet":    "og:site_name",
		},
		Lang:       "en",
		Text:       text,
		TitleSpan:  chorus.Span{Start: 0, End: first},
		Paragraphs: []chorus.Span{{Start: 0, End: first}, {Start: first + 2, End: len(text)}},
		Source:     fmt.Sprintf("testdata/ferry-%d.html", n),
		RawHash:    raw,
		Extractor:  "storetest/1",
	}
}

// putArticles stores as and fails the test on any error or on an article
// that was already there.
func putArticles(t *testing.T, s chorus.Store, as ...*chorus.Article) {
	t.Helper()
	for _, a := range as {
		created, err := s.PutArticle(context.Background(), a)
		if err != nil {
			t.Fatalf("PutArticle(%s): %v", a.ID.Short(), err)
		}
		if !created {
			t.Fatalf("PutArticle(%s): created = false for a new article", a.ID.Short())
		}
	}
}

// allIDs returns the ids AllArticles walks, in its order.
func allIDs(t *testing.T, s chorus.Store) []chorus.ArticleID {
	t.Helper()
	var ids []chorus.ArticleID
	err := s.AllArticles(context.Background(), func(a *chorus.Article) error {
		ids = append(ids, a.ID)
		return nil
	})
	if err != nil {
		t.Fatalf("AllArticles: %v", err)
	}
	return ids
}
