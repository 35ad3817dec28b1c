package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/storetest"
)

// openTemp opens a store in a fresh file that Close and the test's cleanup
// remove.
func openTemp(t testing.TB) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "chorus.db")
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return s, path
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) chorus.Store {
		s, _ := openTemp(t)
		return s
	})
}

func TestServing(t *testing.T) {
	storetest.RunServing(t, func(t *testing.T) storetest.ServingStore {
		s, _ := openTemp(t)
		return s
	})
}

// testArticle is an article made up for these tests.
func testArticle(n int, title, text string) *chorus.Article {
	raw := chorus.ContentHash([]byte(fmt.Sprintf("sqlite test %d", n)))
	return &chorus.Article{
		ID:         chorus.NewArticleID(raw, "test/1"),
		Title:      title,
		Text:       text,
		Paragraphs: []chorus.Span{{Start: 0, End: len(text)}},
		Published:  time.Date(2016, 7, 14, 18, 0, 0, 0, time.FixedZone("", 3*3600)),
		RawHash:    raw,
	}
}

func mustPut(t testing.TB, s *Store, as ...*chorus.Article) {
	t.Helper()
	for _, a := range as {
		if _, err := s.PutArticle(context.Background(), a); err != nil {
			t.Fatalf("PutArticle: %v", err)
		}
	}
}

func TestReopen(t *testing.T) {
	ctx := context.Background()
	s, path := openTemp(t)
	a := testArticle(1, "Tram line opens", "The new tram line opened to riders at dawn.")
	mustPut(t, s, a)
	st := &chorus.Story{ID: chorus.NewStoryID(a.ID), Updated: a.Published, Articles: []chorus.StoryArticle{{Article: *a}}}
	if err := s.PutStory(ctx, st); err != nil {
		t.Fatal(err)
	}
	// A second store on the same file, as another chorus process would
	// have, sees the writes; and since it keeps the file open, SQLite's own
	// checkpoint on last close does not happen, so an empty log after the
	// first Close shows that Close checkpointed.
	other, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("open a second store: %v", err)
	}
	if _, err := other.Article(ctx, a.ID); err != nil {
		t.Errorf("second store: Article: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() != 0 {
		t.Errorf("write-ahead log holds %d bytes after Close", fi.Size())
	}
	if err := other.Close(); err != nil {
		t.Fatalf("Close the second store: %v", err)
	}

	for round := range 2 {
		s, err := Open(ctx, path)
		if err != nil {
			t.Fatalf("reopen %d: %v", round, err)
		}
		got, err := s.Article(ctx, a.ID)
		if err != nil {
			t.Fatalf("reopen %d: Article: %v", round, err)
		}
		if diff := cmp.Diff(a, got); diff != "" {
			t.Errorf("reopen %d: article (-want +got):\n%s", round, diff)
		}
		if _, err := s.Story(ctx, st.ID); err != nil {
			t.Errorf("reopen %d: Story: %v", round, err)
		}
		if ids, err := s.Search(ctx, "tram", 0); err != nil || len(ids) != 1 {
			t.Errorf("reopen %d: Search = %v, %v; want the one article", round, ids, err)
		}
		// Each migration is recorded once however often the file is opened.
		var applied, distinct int
		err = s.read.QueryRowContext(ctx,
			`SELECT count(*), count(DISTINCT version_id) FROM goose_db_version WHERE version_id > 0`).Scan(&applied, &distinct)
		if err != nil {
			t.Fatalf("reopen %d: read versions: %v", round, err)
		}
		if n := countMigrations(t); applied != n || distinct != n {
			t.Errorf("reopen %d: %d migration rows (%d distinct), want %d", round, applied, distinct, n)
		}
		if err := s.Close(); err != nil {
			t.Fatalf("reopen %d: Close: %v", round, err)
		}
	}
}

func countMigrations(t *testing.T) int {
	t.Helper()
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil || len(names) == 0 {
		t.Fatalf("no embedded migrations: %v", err)
	}
	return len(names)
}

func TestIntegrity(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	defer s.Close()
	for i := range 20 {
		mustPut(t, s, testArticle(i, fmt.Sprintf("Report %d", i), strings.Repeat("Harbour cranes idle again. ", i+1)))
	}
	var result string
	if err := s.read.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&result); err != nil {
		t.Fatal(err)
	}
	if result != "ok" {
		t.Errorf("integrity_check = %q", result)
	}
	// The full-text index must agree with the articles it indexes.
	if _, err := s.write.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("fts integrity-check: %v", err)
	}
}

func TestConnectionSettings(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	defer s.Close()
	want := map[string]string{
		"journal_mode": "wal", "foreign_keys": "1", "synchronous": "1", "busy_timeout": "5000",
	}
	for pool, db := range map[string]*sql.DB{"read": s.read, "write": s.write} {
		for pragma, w := range want {
			var got string
			if err := db.QueryRowContext(ctx, "PRAGMA "+pragma).Scan(&got); err != nil {
				t.Fatalf("%s pool: PRAGMA %s: %v", pool, pragma, err)
			}
			if got != w {
				t.Errorf("%s pool: %s = %s, want %s", pool, pragma, got, w)
			}
		}
	}
	// The read pool must not be able to write, so no write slips past the
	// single writer.
	if _, err := s.read.ExecContext(ctx, `DELETE FROM articles`); err == nil {
		t.Errorf("read pool accepted a write")
	}
}

func TestOpenErrors(t *testing.T) {
	dir := t.TempDir()
	for _, path := range []string{"", ":memory:", "file:x.db?mode=memory", filepath.Join(dir, "a?b.db"), filepath.Join(dir, "missing", "chorus.db")} {
		s, err := Open(context.Background(), path)
		if err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded, want an error", path)
			continue
		}
		if !strings.HasPrefix(err.Error(), "open sqlite store: ") {
			t.Errorf("Open(%q) error %q lacks the open sqlite store prefix", path, err)
		}
	}
}

func TestSearch(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	defer s.Close()
	tram := testArticle(1, "Tram line opens", "Riders boarded the first tram at dawn; the mayor cut a ribbon.")
	ferry := testArticle(2, "Ferry vote", "Die Fähre nach Zürich fährt weiter, sagte der Rat.")
	both := testArticle(3, "Transport roundup", "A tram strike ended while the ferry kept its night crossing.")
	mustPut(t, s, tram, ferry, both)

	tests := []struct {
		q     string
		limit int
		want  []chorus.ArticleID
	}{
		{"ribbon", 0, []chorus.ArticleID{tram.ID}},
		{"roundup", 0, []chorus.ArticleID{both.ID}},          // title
		{"zurich", 0, []chorus.ArticleID{ferry.ID}},          // diacritics folded
		{"FÄHRE", 0, []chorus.ArticleID{ferry.ID}},           // case folded
		{`"night crossing"`, 0, []chorus.ArticleID{both.ID}}, // phrase
		{"tram NOT strike", 0, []chorus.ArticleID{tram.ID}},  // operators
		{"cross*", 0, []chorus.ArticleID{both.ID}},           // prefix
		{"submarine", 0, nil},                                // no match
	}
	for _, tc := range tests {
		got, err := s.Search(ctx, tc.q, tc.limit)
		if err != nil {
			t.Errorf("Search(%q): %v", tc.q, err)
			continue
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Search(%q) (-want +got):\n%s", tc.q, diff)
		}
	}
	all, err := s.Search(ctx, "ferry OR tram", 0)
	if err != nil || len(all) != 3 {
		t.Fatalf("Search(ferry OR tram) = %v, %v; want 3 ids", all, err)
	}
	if one, err := s.Search(ctx, "ferry OR tram", 1); err != nil || len(one) != 1 || one[0] != all[0] {
		t.Errorf("Search with limit 1 = %v, %v; want [%s]", one, err, all[0])
	}
}

func TestSearchBadQuery(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	defer s.Close()
	mustPut(t, s, testArticle(1, "Tram line opens", "Riders boarded the first tram at dawn."))
	for _, q := range []string{"", "   ", `"unterminated`, "AND", "tram AND", "(tram", "nosuchcolumn:tram", "tram)"} {
		ids, err := s.Search(ctx, q, 10)
		if !errors.Is(err, chorus.ErrBadQuery) {
			t.Errorf("Search(%q) = %v, %v; want chorus.ErrBadQuery", q, ids, err)
		}
	}
	// A bad query must leave the store usable.
	if ids, err := s.Search(ctx, "tram", 10); err != nil || len(ids) != 1 {
		t.Errorf("Search after bad queries = %v, %v", ids, err)
	}
}

// BenchmarkPutArticle measures storing one new article of about 3 KB,
// full-text indexing included.
func BenchmarkPutArticle(b *testing.B) {
	s, _ := openTemp(b)
	defer s.Close()
	ctx := context.Background()
	body := strings.Repeat("The council met again on Thursday and agreed to keep the night ferry running. ", 40)
	b.SetBytes(int64(len(body)))
	for i := 0; b.Loop(); i++ {
		a := testArticle(i, fmt.Sprintf("Council report %d", i), body)
		if created, err := s.PutArticle(ctx, a); err != nil || !created {
			b.Fatalf("PutArticle = %v, %v", created, err)
		}
	}
}

// BenchmarkReadBigStory reads a story of 5,000 articles of about 3 KB whole
// and as the API's first page of 500: the page reads a tenth of the texts.
func BenchmarkReadBigStory(b *testing.B) {
	s, _ := openTemp(b)
	defer s.Close()
	ctx := context.Background()
	body := strings.Repeat("The ferry operator moved the night crossing to the southern quay for the winter. ", 40)
	st := &chorus.Story{ID: "big"}
	for i := range 5000 {
		a := testArticle(i, fmt.Sprintf("Ferry report %d", i), body)
		mustPut(b, s, a)
		st.Articles = append(st.Articles, chorus.StoryArticle{Article: *a, Origin: a.ID})
	}
	if err := s.PutStory(ctx, st); err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		read func() (*chorus.Story, error)
	}{
		{"whole", func() (*chorus.Story, error) { return s.Story(ctx, st.ID) }},
		{"page500", func() (*chorus.Story, error) {
			return s.StoryWindow(ctx, st.ID, chorus.ArticleWindow{Limit: 500})
		}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := bc.read(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
