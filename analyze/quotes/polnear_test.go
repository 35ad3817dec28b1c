package quotes_test

import (
	"github.com/chorusnews/chorus/internal/evaldata"
	"testing"

	"github.com/chorusnews/chorus/eval/brat"
)

// polnearDev is ../shared/data/quotes/polnear/dev beside the repository,
// or skips.
func polnearDev(t testing.TB) string { return evaldata.Path(t, "data", "quotes", "polnear", "dev") }

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
		{"direct F1 (30%)", direct.F1(), 93},
		{"direct F1 (80%)", strict.F1(), 88},
		{"direct speaker accuracy", direct.SpeakerAcc(), 92},
		{"all-quote F1 (30%)", all.F1(), 80},
		{"all-quote precision (30%)", all.P(), 91},
		{"speaker accuracy", all.SpeakerAcc(), 91},
	} {
		if c.got < c.floor {
			t.Errorf("%s = %.2f, under the floor %.0f", c.name, c.got, c.floor)
		}
	}
}
