package dedup_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dedup"
	"github.com/chorusnews/chorus/ingest"
	"github.com/chorusnews/chorus/pipeline"
)

// loadArticles extracts the articles under dir as the pipeline does, or
// skips the test when dir is missing.
func loadArticles(t *testing.T, dir string) []*chorus.Article {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("%s not present", dir)
	}
	var docs []chorus.Document
	for doc, err := range ingest.DefaultLimits.Files([]string{dir}) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	arts, errs := pipeline.Extract(docs)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	return arts
}

// seedName is the seed file's number ("000").
func seedName(a *chorus.Article) string {
	return strings.SplitN(filepath.Base(a.Source), "_", 2)[0]
}

func TestSeedsOrigins(t *testing.T) {
	arts := loadArticles(t, filepath.Join("..", "..", "shared", "seeds"))
	docs := make([]dedup.Doc, len(arts))
	name := map[chorus.ArticleID]string{}
	for i, a := range arts {
		docs[i] = dedup.DocOf(a)
		name[a.ID] = seedName(a)
	}
	syn := dedup.Syndicate(docs)
	var origins []string
	for _, o := range syn.Origins {
		s := name[o.Article]
		for _, c := range o.Copies {
			s += "+" + name[c.Article]
		}
		origins = append(origins, s)
	}
	// The two Reuters edits are one origin (001 credits Reuters); the
	// others are separate.
	if diff := cmp.Diff([]string{"001+000", "002", "003", "004"}, origins); diff != "" {
		t.Errorf("origins (-want +got):\n%s", diff)
	}
	// TRT World and The New Arab share agency passages but are not copies.
	found := false
	for _, p := range syn.Pairs {
		if name[p.A]+name[p.B] == "002003" {
			found = !p.Same && len(p.Passages) >= 3
		}
	}
	if !found {
		t.Error("002 and 003 should share at least three passages and stay separate origins")
	}
}
