package clustering

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chorusnews/chorus/cluster"
)

// sharedSet reads an evaluation set from ../shared/data, or skips.
func sharedSet(t *testing.T, name string) *Set {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "data", "clustering", name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not present", path)
	}
	set, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// TestSharedFloors streams the shared sets in the given order and one
// shuffled order and checks the scores stay above floors set a little under
// what chorus eval cluster printed when the defaults were last changed (UCI
// stories pairwise F1 0.852 given, 0.841 seed 1, 0.839 over six orders;
// ECB+ event BCubed F1 0.870 given / 0.885 seed 1, topic 0.886 / 0.908).
// It takes a few seconds.
func TestSharedFloors(t *testing.T) {
	clock := func() time.Duration { return 0 }
	tests := []struct {
		file  string
		score func(Run) float64
		floor float64
	}{
		{"uci-headlines-dev.csv", func(r Run) float64 { return r.Story.PairwiseF1 }, 0.80},
		{"ecbplus-dev.jsonl", func(r Run) float64 { return r.Event.BCubedF1 }, 0.83},
		{"ecbplus-dev.jsonl", func(r Run) float64 { return r.Topic[1].BCubedF1 }, 0.85},
	}
	for _, tt := range tests {
		set := sharedSet(t, tt.file)
		for _, seed := range []uint64{0, 1} {
			r := Stream(set, Order(len(set.Items), seed), NewChorus(cluster.DefaultOptions), "", clock)
			if got := tt.score(r); got < tt.floor {
				t.Errorf("%s order %d: %.3f, below the floor %.2f", tt.file, seed, got, tt.floor)
			}
		}
	}
}

// TestSummarizationFloors streams the two summarisation sets, read as
// clustering sets (each cluster folder one story), in the given order: sets
// the defaults were not tuned on, so that a change which fits ECB+ and UCI
// but splits or merges other news shows here. Floors sit a little under
// what chorus eval cluster printed (DUC 2003 stories BCubed F1 0.797;
// Multi-News events 0.762, stories 0.789).
func TestSummarizationFloors(t *testing.T) {
	clock := func() time.Duration { return 0 }
	tests := []struct {
		dir   string
		score func(Run) float64
		floor float64
	}{
		{"duc2003", func(r Run) float64 { return r.Story.BCubedF1 }, 0.77},
		{"multinews-val500", func(r Run) float64 { return r.Event.BCubedF1 }, 0.74},
		{"multinews-val500", func(r Run) float64 { return r.Story.BCubedF1 }, 0.76},
	}
	for _, tt := range tests {
		path := filepath.Join("..", "..", "..", "shared", "data", "summarization", tt.dir)
		if _, err := os.Stat(path); err != nil {
			t.Skipf("%s not present", path)
		}
		set, err := ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		r := Stream(set, Order(len(set.Items), 0), NewChorus(cluster.DefaultOptions), "", clock)
		if got := tt.score(r); got < tt.floor {
			t.Errorf("%s: %.3f, below the floor %.2f", tt.dir, got, tt.floor)
		}
	}
}
