package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// Searcher is implemented by stores with full-text search over articles.
// Run checks it when the store has it. The query language is SQLite FTS5's;
// every store must treat the queries below alike.
type Searcher interface {
	Search(ctx context.Context, q string, limit int) ([]chorus.ArticleID, error)
}

// searchArticle is an article for the search tests, titled title, with
// text title + "\n\n" + body as extraction writes it.
func searchArticle(n int, title, body string) *chorus.Article {
	raw := chorus.ContentHash([]byte(fmt.Sprintf("storetest search %d", n)))
	text := title + "\n\n" + body
	return &chorus.Article{
		ID:         chorus.NewArticleID(raw, "storetest/1"),
		Title:      title,
		Text:       text,
		TitleSpan:  chorus.Span{Start: 0, End: len(title)},
		Paragraphs: []chorus.Span{{Start: 0, End: len(title)}, {Start: len(title) + 2, End: len(text)}},
		Published:  time.Date(2016, 7, 14, 18, 0, 0, 0, time.UTC),
		RawHash:    raw,
	}
}

func testSearch(t *testing.T, s chorus.Store) {
	se, ok := s.(Searcher)
	if !ok {
		t.Skip("store does not implement Searcher")
	}
	ctx := context.Background()
	tram := searchArticle(1, "Tram line opens", "Riders boarded the first tram at dawn; the mayor cut a ribbon.")
	ferry := searchArticle(2, "Ferry vote", "Die Fähre nach Zürich fährt weiter, sagte der Rat.")
	both := searchArticle(3, "Transport roundup", "A tram strike ended while the ferry kept its night crossing.")
	harbour := searchArticle(4, "Harbour cranes", "Harbour cranes idle; harbour workers wait; the harbour is quiet. Ferry-Lund said so.")
	other := searchArticle(5, "Council budget", "The council passed the budget. A harbour was mentioned once, at the end of a long list of places and things and more things.")
	putArticles(t, s, tram, ferry, both, harbour, other)

	tests := []struct {
		q     string
		limit int
		want  []chorus.ArticleID
	}{
		{"ribbon", 0, []chorus.ArticleID{tram.ID}},
		{"roundup", 0, []chorus.ArticleID{both.ID}},                    // title
		{"zurich", 0, []chorus.ArticleID{ferry.ID}},                    // diacritics folded
		{"FÄHRE", 0, []chorus.ArticleID{ferry.ID}},                     // case folded
		{`"night crossing"`, 0, []chorus.ArticleID{both.ID}},           // phrase
		{`"crossing night"`, 0, nil},                                   // phrase order
		{"night + crossing", 0, []chorus.ArticleID{both.ID}},           // phrase by +
		{"tram NOT strike", 0, []chorus.ArticleID{tram.ID}},            // operators
		{"cross*", 0, []chorus.ArticleID{both.ID}},                     // prefix
		{"tram AND ribbon", 0, []chorus.ArticleID{tram.ID}},            // explicit AND
		{"tram ferry", 0, []chorus.ArticleID{both.ID}},                 // implicit AND
		{"(ribbon OR vote) NOT tram", 0, []chorus.ArticleID{ferry.ID}}, // grouping
		{"title:tram", 0, []chorus.ArticleID{tram.ID}},                 // column filter
		{"title:ferry OR title:roundup", 0, []chorus.ArticleID{ferry.ID, both.ID}},
		{"lund", 0, []chorus.ArticleID{harbour.ID}}, // hyphenated words split
		{"harbour", 0, []chorus.ArticleID{harbour.ID, other.ID}},
		{"harbour", 1, []chorus.ArticleID{harbour.ID}}, // the closer match first
		{"submarine", 0, nil},                          // no match
	}
	for _, tc := range tests {
		got, err := se.Search(ctx, tc.q, tc.limit)
		if err != nil {
			t.Errorf("Search(%q): %v", tc.q, err)
			continue
		}
		if tc.q == "title:ferry OR title:roundup" {
			// two equal matches: any order
			if len(got) == 2 && got[0] == tc.want[1] {
				got[0], got[1] = got[1], got[0]
			}
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Search(%q) (-want +got):\n%s", tc.q, diff)
		}
	}
	all, err := se.Search(ctx, "ferry OR tram", 0)
	if err != nil || len(all) != 4 {
		t.Fatalf("Search(ferry OR tram) = %v, %v; want 4 ids", all, err)
	}
	if one, err := se.Search(ctx, "ferry OR tram", 1); err != nil || len(one) != 1 || one[0] != all[0] {
		t.Errorf("Search with limit 1 = %v, %v; want [%s]", one, err, all[0])
	}
}

// testSearchBadQuery checks queries the engine cannot parse fail, with an
// error that is not a store failure, and leave the store usable. (Each
// store checks its own ErrBadQuery sentinel in its package tests.)
func testSearchBadQuery(t *testing.T, s chorus.Store) {
	se, ok := s.(Searcher)
	if !ok {
		t.Skip("store does not implement Searcher")
	}
	ctx := context.Background()
	putArticles(t, s, searchArticle(1, "Tram line opens", "Riders boarded the first tram at dawn."))
	for _, q := range []string{"", "   ", `"unterminated`, "AND", "tram AND", "(tram", "nosuchcolumn:tram", "tram)", "OR tram", "tram NOT"} {
		ids, err := se.Search(ctx, q, 10)
		if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, chorus.ErrNotFound) {
			t.Errorf("Search(%q) = %v, %v; want a bad query error", q, ids, err)
		}
	}
	if ids, err := se.Search(ctx, "tram", 10); err != nil || len(ids) != 1 {
		t.Errorf("Search after bad queries = %v, %v", ids, err)
	}
}
