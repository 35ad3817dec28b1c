package pipeline

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dedup"
	"github.com/chorusnews/chorus/ingest"
	"github.com/chorusnews/chorus/internal/evaldata"
	"github.com/chorusnews/chorus/sqlite"
	"github.com/chorusnews/chorus/worker/synth"
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

// TestDeskHeadsMatchWholeArticles checks that a desk that keeps almost
// nothing in memory (so that rebuilding a story reads most members as
// heads, loads texts only where it must, and its syndication memo keeps
// forgetting) stores the same stories as a desk whose cache holds every
// article whole. The synthetic stream gives stories well past ReadLimit.
func TestDeskHeadsMatchWholeArticles(t *testing.T) {
	ctx := context.Background()
	docs := synth.Documents(600, synth.Options{Seed: 3})
	ingestAll := func(small bool) (*sqlite.Store, []chorus.StoryID) {
		store := openStore(t)
		desk, err := Open(ctx, store, DefaultOptions)
		if err != nil {
			t.Fatal(err)
		}
		if small {
			desk.st.cache = newMemo(5)
			desk.st.syndication = dedup.NewMemo(3)
		}
		for i := 0; i < len(docs); i += 50 {
			if _, err := desk.Ingest(ctx, docs[i:min(i+50, len(docs))]); err != nil {
				t.Fatal(err)
			}
		}
		var ids []chorus.StoryID
		for sid := range desk.st.members {
			ids = append(ids, sid)
		}
		slices.Sort(ids)
		return store, ids
	}
	whole, ids := ingestAll(false)
	heads, headIDs := ingestAll(true)
	if diff := cmp.Diff(ids, headIDs); diff != "" {
		t.Fatalf("the desks cluster differently (-whole +heads):\n%s", diff)
	}
	large := 0
	for _, id := range ids {
		want, err := whole.Story(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		got, err := heads.Story(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Articles) > ReadLimit {
			large++
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("story %s (%d articles) differs (-whole +heads):\n%.3000s", id, len(want.Articles), diff)
		}
	}
	if large == 0 {
		t.Fatalf("no story past ReadLimit (%d): the test does not reach the heads", ReadLimit)
	}
	t.Logf("%d stories, %d past ReadLimit", len(ids), large)
}
