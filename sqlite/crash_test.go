package sqlite

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/worker/synth"
)

// ingestEnv makes the test binary ingest into the file it names (see
// TestHelperIngest).
const ingestEnv = "CHORUS_TEST_INGEST_DB"

// crashDocs is the stream the crash test ingests.
func crashDocs() []chorus.Document { return synth.Documents(600, synth.Options{Seed: 5}) }

// TestHelperIngest is not a test: run by TestKillIngest as a child
// process, it ingests crashDocs in batches of 50, printing a line after
// each, until it is killed.
func TestHelperIngest(t *testing.T) {
	path := os.Getenv(ingestEnv)
	if path == "" {
		t.Skip("only run as a child process of TestKillIngest")
	}
	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	d, err := pipeline.Open(ctx, s, pipeline.DefaultOptions)
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	docs := crashDocs()
	for i := 0; i < len(docs); i += 50 {
		if _, err := d.Ingest(ctx, docs[i:min(i+50, len(docs))]); err != nil {
			fmt.Println("error:", err)
			os.Exit(1)
		}
		fmt.Println("batch", i/50)
	}
	os.Exit(0)
}

// TestKillIngest kills `chorus ingest` (its desk) with SIGKILL in the middle
// of an ingest, reopens the file and checks it is intact, holds no partial
// article, and that the next ingest picks up where the killed one stopped.
func TestKillIngest(t *testing.T) {
	path := filepath.Join(t.TempDir(), "chorus.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperIngest$", "-test.count=1")
	cmd.Env = append(os.Environ(), ingestEnv+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	progressed := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if l := sc.Text(); l == "batch 2" || strings.HasPrefix(l, "error") {
				progressed <- l
			}
		}
		close(progressed)
	}()
	select {
	case l := <-progressed:
		if l != "batch 2" {
			t.Fatalf("ingest process: %q", l)
		}
	case <-time.After(2 * time.Minute):
		cmd.Process.Kill()
		t.Fatal("ingest process made no progress")
	}
	// Let it get into the next batch, then kill it.
	time.Sleep(150 * time.Millisecond)
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()

	ctx := context.Background()
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("reopen after the kill: %v", err)
	}
	defer s.Close()
	var check string
	if err := s.read.QueryRowContext(ctx, `PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity_check = %q, %v", check, err)
	}
	if _, err := s.write.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`); err != nil {
		t.Errorf("fts integrity-check: %v", err)
	}
	var before int
	s.read.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&before)
	// No partial article: every stored article reads back whole.
	err = s.AllArticles(ctx, func(a *chorus.Article) error {
		if a.Text == "" || len(a.Paragraphs) == 0 || a.Paragraphs[len(a.Paragraphs)-1].End > len(a.Text) {
			return fmt.Errorf("article %s is incomplete", a.ID)
		}
		return nil
	})
	if err != nil {
		t.Error(err)
	}
	t.Logf("killed after storing %d articles", before)

	// The next ingest repairs what the kill interrupted and goes on.
	d, err := pipeline.Open(ctx, s, pipeline.DefaultOptions)
	if err != nil {
		t.Fatalf("open desk after the kill: %v", err)
	}
	docs := crashDocs()
	for i := 0; i < len(docs); i += 50 {
		if _, err := d.Ingest(ctx, docs[i:min(i+50, len(docs))]); err != nil {
			t.Fatal(err)
		}
	}
	distinct := map[string]bool{}
	for _, doc := range docs {
		distinct[doc.RawHash] = true
	}
	counts := map[string]string{
		"articles":            `SELECT count(*) FROM articles`,
		"analyses":            `SELECT count(*) FROM article_analyses`,
		"placements":          `SELECT count(*) FROM placements`,
		"articles in a story": `SELECT count(*) FROM story_articles sa JOIN articles a ON a.id = sa.article_id`,
	}
	for name, q := range counts {
		var n int
		if err := s.read.QueryRowContext(ctx, q).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != len(distinct) {
			t.Errorf("%s = %d, want %d", name, n, len(distinct))
		}
	}
	if before == 0 || before >= len(distinct) {
		t.Errorf("the kill came at %d of %d articles, not during the ingest", before, len(distinct))
	}
}

// TestFullDisk fills the database (SQLite's max_page_count stands in for a
// full disk) and makes it read-only (query_only, since the tests run as
// root, whom file modes do not stop): writes fail with an error that says
// why, and reads go on working.
func TestFullDisk(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	defer s.Close()
	a := testArticle(1, "Tram line opens", "Riders boarded the first tram at dawn.")
	mustPut(t, s, a)
	var pages int
	if err := s.write.QueryRowContext(ctx, `PRAGMA page_count`).Scan(&pages); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, pragma, want string
	}{
		{"disk full", fmt.Sprintf("PRAGMA max_page_count = %d", pages), "full"},
		{"read-only", "PRAGMA query_only = 1", "readonly"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := s.write.ExecContext(ctx, tc.pragma); err != nil {
				t.Fatal(err)
			}
			big := testArticle(2, "Long report", strings.Repeat("The council met again on Thursday. ", 2000))
			_, err := s.PutArticle(ctx, big)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "put article") {
				t.Errorf("PutArticle = %v; want an error saying %q", err, tc.want)
			}
			if _, err := s.Article(ctx, a.ID); err != nil {
				t.Errorf("reading an article: %v", err)
			}
			if ids, err := s.Search(ctx, "tram", 0); err != nil || len(ids) != 1 {
				t.Errorf("Search = %v, %v", ids, err)
			}
			if _, err := s.Stories(ctx, chorus.StoryQuery{}); err != nil {
				t.Errorf("Stories: %v", err)
			}
		})
	}
}
