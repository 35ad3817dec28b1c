package pipeline

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
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

// TestIngestIgnoresWhatIsStored checks that a batch comes out the same
// whether or not the store already holds some of its documents: a line a
// source prints on two of its articles in one batch is its boilerplate
// either way. (The workers extract batches in parallel and cannot know
// what another batch has stored yet, so this is what keeps the two paths
// alike.)
func TestIngestIgnoresWhatIsStored(t *testing.T) {
	ctx := context.Background()
	record := func(name, title, body string) chorus.Document {
		line := `{"outlet":"Harbor Ledger","published":"2026-03-02T09:00:00Z","title":"` + title + `","text":"` + body + `"}`
		doc, err := ingest.RecordDocument(name, []byte(line))
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	const promo = "Read the Harbor Ledger every morning."
	first := record("a.jsonl:1", "Ferry fares rise on the north route",
		`The north ferry route will cost a fifth extra from April, the operator said on Monday.\n\n`+
			`Tickets for adults go up by a fifth, while children still travel free.\n\n`+promo)
	second := record("a.jsonl:2", "Library opens late on Thursdays",
		`The central library will stay open until nine on Thursdays, the council said.\n\n`+
			`The change follows a survey of readers who work during the day.\n\n`+promo)

	textOf := func(s *sqlite.Store, doc chorus.Document) string {
		t.Helper()
		arts, err := s.Articles(ctx, []chorus.ArticleID{mustExtract(t, doc).ID})
		if err != nil || len(arts) != 1 {
			t.Fatalf("stored article: %v (%d)", err, len(arts))
		}
		for _, a := range arts {
			return a.Text
		}
		return ""
	}

	fresh := openStore(t)
	d, err := Open(ctx, fresh, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Ingest(ctx, []chorus.Document{first, second}); err != nil {
		t.Fatal(err)
	}
	want := textOf(fresh, second)
	if strings.Contains(want, promo) {
		t.Fatalf("the promotion line printed on both articles was kept: %q", want)
	}

	again := openStore(t)
	d, err = Open(ctx, again, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Ingest(ctx, []chorus.Document{first}); err != nil {
		t.Fatal(err)
	}
	res, err := d.Ingest(ctx, []chorus.Document{first, second, second})
	if err != nil {
		t.Fatal(err)
	}
	if res.Duplicates != 2 || len(res.Added) != 1 {
		t.Errorf("second batch: %d added, %d duplicates; want 1 and 2", len(res.Added), res.Duplicates)
	}
	if got := textOf(again, second); got != want {
		t.Errorf("text depends on what was stored before:\n got %q\nwant %q", got, want)
	}
}

// mustExtract extracts one document alone, for its article id.
func mustExtract(t *testing.T, doc chorus.Document) *chorus.Article {
	t.Helper()
	arts, errs := Extract([]chorus.Document{doc})
	if len(errs) > 0 || len(arts) != 1 {
		t.Fatalf("extract %s: %v", doc.Source, errs)
	}
	return arts[0]
}
