package timex_test

import (
	"github.com/chorusnews/chorus/internal/evaldata"
	"testing"

	"github.com/chorusnews/chorus/analyze/timex"
	"github.com/chorusnews/chorus/eval/timeml"
)

// tbaqDir is ../shared/data/timex/tbaq beside the repository, or skips.
func tbaqDir(t *testing.T) string { return evaldata.Path(t, "data", "timex", "tbaq") }

// TestTBAQFloor runs the TempEval-3 style evaluation on TimeBank+AQUAINT
// and holds the tagger a few points under the scores it reached when this
// floor was set (all: strict 88.6, relaxed 94.4, value 80.2; dev: strict
// 88.5, relaxed 94.1, value 82.9). It takes about a second.
func TestTBAQFloor(t *testing.T) {
	docs, _, err := timeml.ReadDir(tbaqDir(t))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) < 250 {
		t.Fatalf("read %d documents, want the 256 of TimeBank and AQUAINT", len(docs))
	}
	var dev []timeml.Doc
	for _, d := range docs {
		if timeml.InDev(d.Name, 1, 5) {
			dev = append(dev, d)
		}
	}
	for _, part := range []struct {
		name                   string
		docs                   []timeml.Doc
		strict, relaxed, value float64
	}{
		{"all", docs, 85, 92, 77},
		{"dev", dev, 85, 91, 79},
	} {
		c := timeml.Evaluate(part.docs, timex.Find).Counts
		t.Logf("%s: %d docs strict %.2f relaxed %.2f value %.2f", part.name, len(part.docs), c.StrictM().F1, c.RelaxedM().F1, c.ValueM().F1)
		if c.StrictM().F1 < part.strict || c.RelaxedM().F1 < part.relaxed || c.ValueM().F1 < part.value {
			t.Errorf("%s: strict %.2f relaxed %.2f value %.2f, want at least %.0f %.0f %.0f", part.name,
				c.StrictM().F1, c.RelaxedM().F1, c.ValueM().F1, part.strict, part.relaxed, part.value)
		}
	}
}
