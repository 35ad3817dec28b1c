package worker

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/postgres"
	"github.com/chorusnews/chorus/postgres/pgtest"
	"github.com/chorusnews/chorus/sqlite"
	"github.com/chorusnews/chorus/worker/synth"
)

func openStore(t testing.TB) *postgres.Store {
	t.Helper()
	s, err := postgres.Open(context.Background(), pgtest.DSN(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// quietLog drops the workers' messages unless the test runs with -v.
func quietLog() *slog.Logger {
	if testing.Verbose() {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	return slog.New(slog.DiscardHandler)
}

func newWorker(s *postgres.Store, id string) *Worker {
	return &Worker{Store: s, ID: id, Lease: 3 * time.Second, Poll: 20 * time.Millisecond,
		Backoff: 50 * time.Millisecond, MaxBackoff: time.Second, Log: quietLog()}
}

// drain runs n workers on s until the queue is empty.
func drain(t testing.TB, s *postgres.Store, n int) []*Worker {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var wg sync.WaitGroup
	ws := make([]*Worker, n)
	for i := range ws {
		ws[i] = newWorker(s, "w"+string(rune('a'+i)))
		wg.Go(func() {
			if err := ws[i].Drain(ctx); err != nil {
				t.Errorf("worker %d: %v", i, err)
			}
		})
	}
	wg.Wait()
	return ws
}

// allStories reads every story of a store as JSON, by id.
func allStories(t testing.TB, s chorus.Store) map[chorus.StoryID]string {
	t.Helper()
	ctx := context.Background()
	sums, err := s.Stories(ctx, chorus.StoryQuery{Limit: 1 << 30})
	if err != nil {
		t.Fatal(err)
	}
	out := map[chorus.StoryID]string{}
	for _, sum := range sums {
		st, err := s.Story(ctx, sum.ID)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(st)
		out[sum.ID] = string(b)
	}
	return out
}

// ingestSQLite runs the single-process path on docs, in batches of BatchSize.
func ingestSQLite(t testing.TB, docs []chorus.Document) map[chorus.StoryID]string {
	t.Helper()
	ctx := context.Background()
	s, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "chorus.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d, err := pipeline.Open(ctx, s, pipeline.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < len(docs); i += BatchSize {
		if _, err := d.Ingest(ctx, docs[i:min(i+BatchSize, len(docs))]); err != nil {
			t.Fatal(err)
		}
	}
	return allStories(t, s)
}

// TestWorkersAgree checks that the stories do not depend on how many
// workers ran, and that they are the stories `chorus ingest` builds.
func TestWorkersAgree(t *testing.T) {
	docs := synth.Documents(500, synth.Options{Seed: 1})
	want := ingestSQLite(t, docs)
	for _, n := range []int{1, 2, 3} {
		s := openStore(t)
		if _, _, err := Submit(context.Background(), s, docs, BatchSize); err != nil {
			t.Fatal(err)
		}
		drain(t, s, n)
		got := allStories(t, s)
		if len(got) != len(want) {
			t.Errorf("%d workers built %d stories, chorus ingest %d", n, len(got), len(want))
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%d workers: stories differ from chorus ingest's (-ingest +workers):\n%.3000s", n, diff)
		}
		checkConsistent(t, s, distinct(docs))
	}
}

// distinct counts the documents with distinct bytes.
func distinct(docs []chorus.Document) int {
	seen := map[string]bool{}
	for _, d := range docs {
		seen[d.RawHash] = true
	}
	return len(seen)
}
