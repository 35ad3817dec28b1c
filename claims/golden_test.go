package claims_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/ingest"
	"github.com/chorusnews/chorus/internal/evaldata"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/render"
)

var update = flag.Bool("update", false, "rewrite golden files")

// stories runs the batch path on paths, as chorus digest does (the story
// stage builds the claims).
func stories(t testing.TB, paths ...string) []*chorus.Story {
	t.Helper()
	var docs []chorus.Document
	for doc, err := range ingest.DefaultLimits.Files(paths) {
		if err != nil {
			t.Fatalf("ingest: %v", err)
		}
		docs = append(docs, doc)
	}
	arts, errs := pipeline.Extract(docs)
	if len(errs) > 0 {
		t.Fatalf("extract: %v", errs)
	}
	return pipeline.Stories(arts, pipeline.DefaultOptions)
}

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./claims -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", name, diff)
	}
}

// TestSeedsGolden pins the claims section of the seeds story: the death
// toll as estimates that differ, the talks every origin reports with
// their origin count, and what one report alone carries.
func TestSeedsGolden(t *testing.T) {
	seeds := evaldata.Path(t, "seeds")
	sts := stories(t, seeds)
	if len(sts) != 1 {
		t.Fatalf("%d stories, want 1", len(sts))
	}
	var b bytes.Buffer
	if err := render.ClaimsMarkdown(&b, sts[0]); err != nil {
		t.Fatal(err)
	}
	// The seeds are third-party articles: the repository keeps a digest of
	// the rendered claims, never their sentences.
	sum := sha256.Sum256(b.Bytes())
	got := hex.EncodeToString(sum[:]) + "\n"
	golden(t, "seeds.md.sha256", []byte(got))
	if t.Failed() {
		t.Logf("the seeds' claims now render as:\n%s", b.String())
	}
	for _, figure := range []string{"470,000", "280,000"} {
		if !bytes.Contains(b.Bytes(), []byte(figure)) {
			t.Errorf("the seeds' claims do not show the death-toll estimate %s", figure)
		}
	}
}

// TestDemoGolden pins the claims sections of the demo corpus's stories.
func TestDemoGolden(t *testing.T) {
	sts := stories(t, filepath.Join("..", "examples"))
	var b bytes.Buffer
	for _, st := range sts {
		b.WriteString("# " + st.Headline.Text + "\n\n")
		if err := render.ClaimsMarkdown(&b, st); err != nil {
			t.Fatal(err)
		}
	}
	golden(t, "demo.md", b.Bytes())
}
