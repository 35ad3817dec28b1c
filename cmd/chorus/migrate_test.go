package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/postgres/pgtest"
	"github.com/chorusnews/chorus/sqlite"
)

// seedStore ingests the demo corpus into a new SQLite store and adds a
// source with an alias and an entry, so every table has rows.
func seedStore(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "from.db")
	if _, _, err := runChorus(t, "ingest", "--db", db, filepath.Join("..", "..", "examples")); err != nil {
		t.Fatalf("ingest: %v", err)
	}
	ctx := context.Background()
	s, err := sqlite.Open(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	src := chorus.Source{URL: "https://a.example/feed.xml", Kind: chorus.SourceFeed, Interval: time.Hour,
		Added: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)}
	if _, err := s.AddSource(ctx, &src); err != nil {
		t.Fatal(err)
	}
	if err := s.PutAliases(ctx, []chorus.URLAlias{{URL: "https://a.example/1", Canonical: "https://a.example/1", Article: "x"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutEntries(ctx, []chorus.FeedEntry{{Source: src.ID, URL: "https://a.example/1", Article: "x", Title: "One",
		TextFrom: chorus.TextFromPage, Seen: src.Added}}); err != nil {
		t.Fatal(err)
	}
	return db
}

func TestMigrate(t *testing.T) {
	from := seedStore(t)
	targets := map[string]func(t *testing.T) string{
		"sqlite":   func(t *testing.T) string { return "sqlite:" + filepath.Join(t.TempDir(), "to.db") },
		"postgres": func(t *testing.T) string { return pgtest.DSN(t) },
	}
	for name, target := range targets {
		t.Run(name, func(t *testing.T) {
			to := target(t)
			out, _, err := runChorus(t, "migrate", "--from", "sqlite:"+from, "--to", to)
			if err != nil {
				t.Fatalf("migrate: %v\n%s", err, out)
			}
			for _, table := range []string{"articles", "analyses", "placements", "stories", "sources", "url aliases", "feed entries"} {
				line := lineOf(out, table)
				f := strings.Fields(strings.TrimPrefix(line, table))
				if len(f) < 4 || f[0] != f[1] || f[0] == "0" || f[3] != "ok" {
					t.Errorf("%s: %q; want equal non-zero counts and ok", table, line)
				}
			}
			// A second copy into the same store is refused.
			if _, _, err := runChorus(t, "migrate", "--from", "sqlite:"+from, "--to", to); err == nil || !strings.Contains(err.Error(), "already holds") {
				t.Errorf("second migrate into the same store: %v", err)
			}
		})
	}
}

func lineOf(out, prefix string) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, prefix+" ") {
			return l
		}
	}
	return ""
}
