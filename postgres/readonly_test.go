package postgres

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/postgres/pgtest"
)

// TestReadOnly opens a store on a server that refuses writes (a standby,
// a database set read-only, a role without the right): writes fail with
// PostgreSQL's reason, reads go on working.
func TestReadOnly(t *testing.T) {
	ctx := context.Background()
	dsn := pgtest.DSN(t)
	rw, err := Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer rw.Close()
	a := &chorus.Article{ID: "a1", Title: "Tram line opens", Text: "Tram line opens\n\nRiders boarded the first tram at dawn.",
		Published: time.Date(2016, 7, 14, 0, 0, 0, 0, time.UTC)}
	if _, err := rw.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	ro, err := Open(ctx, dsn+"&default_transaction_read_only=on")
	if err != nil {
		t.Fatalf("open read-only: %v", err)
	}
	defer ro.Close()
	_, err = ro.PutArticle(ctx, &chorus.Article{ID: "a2", Text: "Another."})
	if err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("PutArticle on a read-only database = %v; want PostgreSQL's read-only error", err)
	}
	if err := ro.PutStory(ctx, &chorus.Story{ID: "s1"}); err == nil || !strings.Contains(err.Error(), "read-only") {
		t.Errorf("PutStory on a read-only database = %v", err)
	}
	if _, err := ro.Article(ctx, "a1"); err != nil {
		t.Errorf("Article: %v", err)
	}
	if ids, err := ro.Search(ctx, "tram", 0); err != nil || len(ids) != 1 {
		t.Errorf("Search = %v, %v", ids, err)
	}
	if _, err := ro.Story(ctx, "none"); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("Story: %v", err)
	}
}

// TestSearchBadQuerySentinel checks unparsable queries wrap chorus.ErrBadQuery.
func TestSearchBadQuerySentinel(t *testing.T) {
	s := openTest(t)
	defer s.Close()
	for _, q := range []string{"", `"unterminated`, "AND", "(tram", "nosuchcolumn:tram", "NEAR(a b)", "tram-line"} {
		if _, err := s.Search(context.Background(), q, 10); !errors.Is(err, chorus.ErrBadQuery) {
			t.Errorf("Search(%q): err = %v, want chorus.ErrBadQuery", q, err)
		}
	}
}

// TestTranslate checks the FTS5-to-tsquery translation itself.
func TestTranslate(t *testing.T) {
	tests := []struct{ q, want string }{
		{"tram", `'tram'`},
		{"Tram ferry", `('tram' & 'ferry')`},
		{"tram OR ferry NOT night", `('tram' | ('ferry' & !'night'))`},
		{`"Night Crossing"`, `('night' <-> 'crossing')`},
		{"cross*", `'cross':*`},
		{"title:Zürich", `'zurich':A`},
		{"{title text}: ferry", `'ferry':AB`},
		{"title:(a OR b)", `('a':A | 'b':A)`},
		{`"it's"`, `('it' <-> 's')`},
		{`"—"`, ``},
		{`tram OR "—"`, `'tram'`},
		{`tram AND "—"`, ``},
		{"Ferreira_Lund", `('ferreira' <-> 'lund')`},
	}
	for _, tc := range tests {
		got, err := translate(tc.q)
		if err != nil {
			t.Errorf("translate(%q): %v", tc.q, err)
			continue
		}
		if got != tc.want {
			t.Errorf("translate(%q) = %s, want %s", tc.q, got, tc.want)
		}
	}
}
