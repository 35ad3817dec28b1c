package timeml_test

import (
	"encoding/json"
	"github.com/chorusnews/chorus/internal/evaldata"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/chorusnews/chorus/analyze/timex"
	"github.com/chorusnews/chorus/eval/timeml"
)

// sharedDir is the shared folder beside the repository, or skips.
func sharedDir(t *testing.T) string { return evaldata.Path(t) }

// TestAgreesWithReferenceScorer scores the tagger's predictions on each
// TimeML folder with the Go metric and with shared/tools/scorers/
// timex_score.py (which reads one flat folder), and requires the same
// numbers to two decimals. It needs python3 and the data; it takes a few
// seconds.
func TestAgreesWithReferenceScorer(t *testing.T) {
	shared := sharedDir(t)
	scorer := filepath.Join(shared, "tools", "scorers", "timex_score.py")
	data := filepath.Join(shared, "data", "timex", "tbaq")
	if _, err := os.Stat(scorer); err != nil {
		t.Skipf("reference scorer not present: %v", err)
	}
	if _, err := os.Stat(data); err != nil {
		t.Skipf("evaluation data not present: %v", err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	for _, sub := range []string{"AQUAINT", "TimeBank"} {
		t.Run(sub, func(t *testing.T) {
			gold := filepath.Join(data, sub)
			docs, _, err := timeml.ReadDir(gold)
			if err != nil {
				t.Fatal(err)
			}
			res := timeml.Evaluate(docs, timex.Find)
			out := t.TempDir()
			if err := timeml.WritePredictions(out, res); err != nil {
				t.Fatal(err)
			}
			raw, err := exec.Command(python, scorer, gold, out, "--json").Output()
			if err != nil {
				t.Fatalf("scorer: %v", err)
			}
			var ref map[string]json.RawMessage
			if err := json.Unmarshal(raw, &ref); err != nil {
				t.Fatalf("scorer output: %v\n%s", err, raw)
			}
			var textDiffers []string
			json.Unmarshal(ref["text_differs"], &textDiffers)
			if len(textDiffers) > 0 {
				t.Errorf("scorer sees different plain text in %v", textDiffers)
			}
			c := res.Counts
			for key, m := range map[string]timeml.Metric{
				"strict": c.StrictM(), "relaxed": c.RelaxedM(), "value": c.ValueM(), "type": c.TypeM(),
			} {
				var want struct {
					Correct  int
					P, R, F1 float64
				}
				if err := json.Unmarshal(ref[key], &want); err != nil {
					t.Fatalf("%s: %v", key, err)
				}
				if m.Correct != want.Correct || timeml.Round2(m.P) != want.P || timeml.Round2(m.R) != want.R || timeml.Round2(m.F1) != want.F1 {
					t.Errorf("%s: Go %d P %.2f R %.2f F1 %.2f, scorer %d P %.2f R %.2f F1 %.2f", key,
						m.Correct, m.P, m.R, m.F1, want.Correct, want.P, want.R, want.F1)
				}
			}
		})
	}
}
