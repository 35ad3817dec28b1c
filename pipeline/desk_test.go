package pipeline

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/ingest"
	"github.com/chorusnews/chorus/internal/evaldata"
	"github.com/chorusnews/chorus/sqlite"
)

func demoDocs(t *testing.T) []chorus.Document {
	t.Helper()
	var docs []chorus.Document
	for doc, err := range ingest.DefaultLimits.Files([]string{filepath.Join(evaldata.RepoRoot(t), "examples")}) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	return docs
}

func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "chorus.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// TestDeskMatchesBatch checks that ingesting into a store gives the same
// stories as the in-memory batch path, that re-ingesting is a no-op, and
// that reopening the desk rebuilds the same clustering.
func TestDeskMatchesBatch(t *testing.T) {
	ctx := context.Background()
	docs := demoDocs(t)
	store := openStore(t)
	desk, err := Open(ctx, store, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	res, err := desk.Ingest(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Added) != len(docs) || len(res.Skipped) != 0 {
		t.Fatalf("added %d of %d documents, skipped %v", len(res.Added), len(docs), res.Skipped)
	}
	arts, _ := Extract(docs)
	want := Stories(arts, DefaultOptions)
	if len(res.Stories) != len(want) {
		t.Fatalf("ingest touched %d stories, batch built %d", len(res.Stories), len(want))
	}
	for _, w := range want {
		got, err := store.Story(ctx, w.ID)
		if err != nil {
			t.Fatalf("story %s: %v", w.ID, err)
		}
		if diff := cmp.Diff(w.Summary(), got.Summary()); diff != "" {
			t.Errorf("stored story differs from batch (-batch +stored):\n%s", diff)
		}
		if diff := cmp.Diff(w.Digest, got.Digest); diff != "" {
			t.Errorf("stored digest differs from batch (-batch +stored):\n%s", diff)
		}
	}

	again, err := desk.Ingest(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	if len(again.Added) != 0 || again.Duplicates != len(docs) || len(again.Stories) != 0 {
		t.Errorf("re-ingest added %d, duplicates %d, touched %d stories", len(again.Added), again.Duplicates, len(again.Stories))
	}

	reopened, err := Open(ctx, store, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(desk.st.storyOf, reopened.st.storyOf); diff != "" {
		t.Errorf("reopened desk clusters differently (-before +after):\n%s", diff)
	}
}

// TestDeskRepairsUnwrittenStory simulates an ingest interrupted after an
// article was stored but before its story was: opening the desk writes it.
func TestDeskRepairsUnwrittenStory(t *testing.T) {
	ctx := context.Background()
	store := openStore(t)
	arts, _ := Extract(demoDocs(t)[:1])
	if _, err := store.PutArticle(ctx, arts[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := store.StoryOf(ctx, arts[0].ID); err == nil {
		t.Fatal("story exists before the desk opened")
	}
	if _, err := Open(ctx, store, DefaultOptions); err != nil {
		t.Fatal(err)
	}
	if _, err := store.StoryOf(ctx, arts[0].ID); err != nil {
		t.Errorf("story not repaired: %v", err)
	}
}
