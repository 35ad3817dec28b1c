package rouge

import (
	"github.com/chorusnews/chorus/internal/evaldata"
	"os"
	"path/filepath"
	"testing"
)

// sharedDir is the shared folder beside the repository (or $CHORUS_SHARED),
// skipping when its summarisation data is missing.
func sharedDir(t testing.TB) string {
	evaldata.Path(t, "data", "summarization")
	return evaldata.Path(t)
}

// scorerDir is ROUGE-1.5.5's release folder in the shared tools.
func scorerDir(t testing.TB) string {
	return filepath.Join(sharedDir(t), "tools", "scorers", "RELEASE-1.5.5")
}

// loadSharedLemmas loads the WordNet exception lists shipped with ROUGE.
func loadSharedLemmas(t testing.TB) Lemmas {
	t.Helper()
	dir := filepath.Join(scorerDir(t), "data", "WordNet-2.0-Exceptions")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no WordNet exception lists at %s", dir)
	}
	lem, err := LoadLemmas(dir)
	if err != nil {
		t.Fatal(err)
	}
	return lem
}

// loadSet reads one summarisation set of the shared data, keeping only its
// first limit clusters when limit > 0.
func loadSet(t testing.TB, name string, limit int) []Cluster {
	t.Helper()
	cs, err := ReadClusters(filepath.Join(sharedDir(t), "data", "summarization", name))
	if err != nil {
		t.Fatal(err)
	}
	if limit > 0 && len(cs) > limit {
		cs = cs[:limit]
	}
	return cs
}
