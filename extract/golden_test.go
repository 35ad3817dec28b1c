package extract

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus/ingest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/<case>/")

// goldenMeta is the metadata a case expects, with where each field came from.
type goldenMeta struct {
	Title      string            `json:"title"`
	Outlet     string            `json:"outlet,omitempty"`
	Byline     string            `json:"byline,omitempty"`
	Credit     string            `json:"credit,omitempty"`
	Published  string            `json:"published,omitempty"`
	Lang       string            `json:"lang,omitempty"`
	URL        string            `json:"url,omitempty"`
	Section    string            `json:"section,omitempty"`
	Provenance map[string]string `json:"provenance,omitempty"`
	Removed    []string          `json:"removed,omitempty"`
}

// TestGolden extracts every testdata/<case>/input.html or input.txt (read
// through ingest, as chorus digest reads files) and compares the body text
// with want.txt and the metadata with want.json. go test -update rewrites
// them; review the diff before committing.
func TestGolden(t *testing.T) {
	dirs, err := filepath.Glob("testdata/*")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, dir := range dirs {
		input := ""
		for _, name := range []string{"input.html", "input.txt"} {
			if _, err := os.Stat(filepath.Join(dir, name)); err == nil {
				input = filepath.Join(dir, name)
			}
		}
		if input == "" {
			continue
		}
		n++
		t.Run(filepath.Base(dir), func(t *testing.T) {
			raw, err := os.ReadFile(input)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ingest.Bytes(filepath.Base(input), raw, strings.HasSuffix(input, ".html"), "")
			if err != nil {
				t.Fatal(err)
			}
			d, err := Read(doc)
			if err != nil {
				t.Fatal(err)
			}
			a, err := d.Article()
			if err != nil {
				t.Fatal(err)
			}
			gotText := a.Text[a.TitleSpan.End:]
			gotText = strings.TrimLeft(gotText, "\n") + "\n"
			section, _ := d.Section()
			got := goldenMeta{Title: a.Title, Outlet: a.Outlet, Byline: a.Byline, Credit: a.Credit, Lang: a.Lang,
				URL: a.URL, Section: section, Provenance: a.Provenance, Removed: d.Removed()}
			if !a.Published.IsZero() {
				got.Published = a.Published.Format(time.RFC3339)
			}
			gotJSON, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			gotJSON = append(gotJSON, '\n')
			textPath, metaPath := filepath.Join(dir, "want.txt"), filepath.Join(dir, "want.json")
			if *update {
				if err := os.WriteFile(textPath, []byte(gotText), 0o644); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(metaPath, gotJSON, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			wantText, err := os.ReadFile(textPath)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := cmp.Diff(strings.Split(string(wantText), "\n"), strings.Split(gotText, "\n")); diff != "" {
				t.Errorf("text differs from want.txt (-want +got):\n%s", diff)
			}
			var want goldenMeta
			b, err := os.ReadFile(metaPath)
			if err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatalf("%s: %v", metaPath, err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("metadata differs from want.json (-want +got):\n%s", diff)
			}
		})
	}
	if n == 0 {
		t.Fatal("no test case in testdata/")
	}
}
