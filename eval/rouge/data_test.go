package rouge

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// writeTree creates files (path → content) under a new temporary folder.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, text := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestReadClusters(t *testing.T) {
	root := writeTree(t, map[string]string{
		"SUBSET.txt":          "c2\nc1\n",
		"c2/refs/B.txt":       "Second set, reference B.",
		"c2/refs/A.txt":       "Second set, reference A.",
		"c2/docs/02.txt":      "Doc two.",
		"c2/docs/01.txt":      "Doc one.",
		"c2/docs/notes.md":    "not a document",
		"c2/meta.json":        "{}",
		"c1/refs/only.txt":    "First set.",
		"c1/refs/old.txt.bak": "ignored",
	})
	got, err := ReadClusters(root)
	if err != nil {
		t.Fatal(err)
	}
	want := []Cluster{
		{Name: "c1", Refs: []string{"First set."}},
		{
			Name: "c2",
			Docs: []Doc{{Name: "01", Text: "Doc one."}, {Name: "02", Text: "Doc two."}},
			Refs: []string{"Second set, reference A.", "Second set, reference B."},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// ReadDocs needs no references and skips folders without documents.
func TestReadDocs(t *testing.T) {
	root := writeTree(t, map[string]string{
		"c1/docs/APW19981017.0151.txt": "MARHOLD (TN) _ The dam held.",
		"c2/refs/a.txt":                "A reference without documents.",
		"c3/docs/b.txt":                "Doc b.",
		"c3/refs/r.txt":                "Reference r.",
	})
	got, err := ReadDocs(root)
	if err != nil {
		t.Fatal(err)
	}
	want := []Cluster{
		{Name: "c1", Docs: []Doc{{Name: "APW19981017.0151", Text: "MARHOLD (TN) _ The dam held."}}},
		{Name: "c3", Docs: []Doc{{Name: "b", Text: "Doc b."}}, Refs: []string{"Reference r."}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	docs := got[0].Documents()
	if len(docs) != 1 || docs[0].Hints.Outlet != "APW" || docs[0].Hints.Published.Format("2006-01-02") != "1998-10-17" || docs[0].Hints.Title != "APW19981017.0151" {
		t.Errorf("documents %+v", docs)
	}
	if _, err := ReadDocs(writeTree(t, map[string]string{"c1/refs/a.txt": "x"})); err == nil || !strings.Contains(err.Error(), "no <cluster>/docs/*.txt") {
		t.Errorf("a set without documents: %v", err)
	}
}

func TestReadClustersErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"no clusters", map[string]string{"README.txt": "x"}, "no cluster folder"},
		{"no refs folder", map[string]string{"c1/docs/a.txt": "x"}, "cluster c1: no refs folder"},
		{"empty refs", map[string]string{"c1/refs/a.md": "x"}, "cluster c1: refs holds no .txt file"},
		{"file too large", map[string]string{"c1/refs/a.txt": strings.Repeat("x", MaxFileBytes+1)}, "over the"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadClusters(writeTree(t, tt.files))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want one containing %q", err, tt.want)
			}
		})
	}
	if _, err := ReadClusters(filepath.Join(t.TempDir(), "absent")); err == nil {
		t.Error("no error for a missing folder")
	}
}

func TestReadClustersSharedSets(t *testing.T) {
	for _, tt := range []struct {
		set               string
		clusters, minRefs int
	}{
		{"duc2003", 30, 4},
		{"multinews-val500", 500, 1},
	} {
		cs := loadSet(t, tt.set, 0)
		if len(cs) != tt.clusters {
			t.Errorf("%s: %d clusters, want %d", tt.set, len(cs), tt.clusters)
		}
		for _, c := range cs {
			if len(c.Refs) < tt.minRefs || len(c.Docs) < 2 {
				t.Errorf("%s/%s: %d refs, %d docs", tt.set, c.Name, len(c.Refs), len(c.Docs))
			}
		}
	}
}

func TestBaselines(t *testing.T) {
	c := Cluster{Docs: []Doc{
		{Name: "a", Text: "First of A. Second of A is longer. Third of A."},
		{Name: "b", Text: "First of B.\nSecond of B."},
	}}
	if got, want := Lead(c, 5), "First of A. Second of"; got != want {
		t.Errorf("Lead = %q, want %q", got, want)
	}
	if got, want := RoundRobin(c, 0), "First of A.\nFirst of B."; got != want {
		t.Errorf("RoundRobin(0) = %q, want %q", got, want)
	}
	if got, want := RoundRobin(c, 8), "First of A.\nFirst of B.\nSecond of"; got != want {
		t.Errorf("RoundRobin(8) = %q, want %q", got, want)
	}
	all := "First of A.\nFirst of B.\nSecond of A is longer.\nSecond of B.\nThird of A."
	if got := RoundRobin(c, 100); got != all {
		t.Errorf("RoundRobin(100) = %q, want %q", got, all)
	}
	if Lead(Cluster{}, 10) != "" || RoundRobin(Cluster{}, 10) != "" {
		t.Error("baselines of an empty cluster are not empty")
	}
}
