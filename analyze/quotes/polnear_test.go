package quotes_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chorusnews/chorus/eval/brat"
)

// polnearDev finds ../shared/data/quotes/polnear/dev beside the repository
// root, or skips.
func polnearDev(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("repository root not found")
		}
		dir = parent
	}
	dev := filepath.Join(dir, "..", "shared", "data", "quotes", "polnear", "dev")
	if _, err := os.Stat(dev); err != nil {
		t.Skipf("evaluation data not present: %v", err)
	}
	return dev
}

// TestPolNeARDevFloor runs the quote finder on PolNeAR dev (84 texts, about
// a second) and fails when quality falls under floors set a little below
// what `chorus eval quotes` prints today, so that a change that breaks
// quote finding is caught. The numbers themselves come from the eval
// command, not from here.
func TestPolNeARDevFloor(t *testing.T) {
	docs, err := brat.ReadDir(polnearDev(t))
	if err != nil {
		t.Fatal(err)
	}
	res := brat.Evaluate(docs, brat.FindQuotes)
	direct := res.Scores[brat.Key{Subset: brat.Direct, Threshold: brat.Lenient}]
	all := res.Scores[brat.Key{Subset: brat.All, Threshold: brat.Lenient}]
	strict := res.Scores[brat.Key{Subset: brat.Direct, Threshold: brat.Strict}]
	for _, c := range []struct {
		name       string
		got, floor float64
	}{
		{"direct F1 (30%)", direct.F1(), 85},
		{"direct F1 (80%)", strict.F1(), 80},
		{"direct speaker accuracy", direct.SpeakerAcc(), 90},
		{"all-quote F1 (30%)", all.F1(), 65},
		{"all-quote precision (30%)", all.P(), 87},
		{"speaker accuracy", all.SpeakerAcc(), 88},
	} {
		if c.got < c.floor {
			t.Errorf("%s = %.2f, under the floor %.0f", c.name, c.got, c.floor)
		}
	}
}
