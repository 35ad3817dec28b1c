package brat_test

import (
	"encoding/json"
	"github.com/chorusnews/chorus/internal/evaldata"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/chorusnews/chorus/eval/brat"
)

// sharedDir is the shared folder beside the repository, or skips.
func sharedDir(t *testing.T) string { return evaldata.Path(t) }

// TestAgreesWithReferenceScorer scores chorus's quotes on PolNeAR dev with
// the Go metric and with shared/tools/scorers/quote_score.py reading the
// .ann files WriteDir writes, and requires the same counts and the same
// P/R/F1 and speaker accuracy to two decimals, for every subset and
// threshold. It needs python3 and the data; it takes a few seconds.
func TestAgreesWithReferenceScorer(t *testing.T) {
	shared := sharedDir(t)
	scorer := filepath.Join(shared, "tools", "scorers", "quote_score.py")
	gold := filepath.Join(shared, "data", "quotes", "polnear", "dev")
	if _, err := os.Stat(scorer); err != nil {
		t.Skipf("reference scorer not present: %v", err)
	}
	if _, err := os.Stat(gold); err != nil {
		t.Skipf("evaluation data not present: %v", err)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not installed")
	}
	docs, err := brat.ReadDir(gold)
	if err != nil {
		t.Fatal(err)
	}
	res := brat.Evaluate(docs, brat.FindQuotes)
	out := t.TempDir()
	pred := make([]brat.Doc, len(res.Docs))
	for i, dr := range res.Docs {
		pred[i] = brat.Doc{Name: dr.Doc.Name, Text: dr.Doc.Text, Quotes: dr.Pred}
	}
	if err := brat.WriteDir(out, pred); err != nil {
		t.Fatal(err)
	}
	raw, err := exec.Command(python, scorer, gold, out, "--json").Output()
	if err != nil {
		t.Fatalf("scorer: %v", err)
	}
	var ref struct {
		DocsWithoutPrediction int `json:"docs_without_prediction"`
		Rows                  []struct {
			Subset                 string
			Threshold              any
			Gold, Pred, TP, FP, FN int
			P, R, F1               float64
			SpeakerAcc             float64 `json:"speaker_acc"`
		}
	}
	if err := json.Unmarshal(raw, &ref); err != nil {
		t.Fatalf("scorer output: %v\n%s", err, raw)
	}
	if len(ref.Rows) != len(brat.Subsets)*len(brat.Thresholds) {
		t.Fatalf("scorer printed %d rows", len(ref.Rows))
	}
	// two decimals rounded from the exact binary value, as Python's round does
	round := func(x float64) float64 {
		r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 2, 64), 64)
		return r
	}
	for _, row := range ref.Rows {
		thr := brat.Exact
		switch row.Threshold {
		case 0.3:
			thr = brat.Lenient
		case 0.8:
			thr = brat.Strict
		}
		c := res.Scores[brat.Key{Subset: brat.Subset(row.Subset), Threshold: thr}]
		if c.Gold != row.Gold || c.Pred != row.Pred || c.TP != row.TP || c.FP != row.FP || c.FN != row.FN ||
			round(c.P()) != row.P || round(c.R()) != row.R || round(c.F1()) != row.F1 || round(c.SpeakerAcc()) != row.SpeakerAcc {
			t.Errorf("%s %v: Go gold %d pred %d TP %d FP %d FN %d P %.2f R %.2f F1 %.2f spk %.2f; scorer %+v",
				row.Subset, row.Threshold, c.Gold, c.Pred, c.TP, c.FP, c.FN, c.P(), c.R(), c.F1(), c.SpeakerAcc(), row)
		}
	}
	if ref.DocsWithoutPrediction != 0 {
		t.Errorf("scorer found %d documents without predictions", ref.DocsWithoutPrediction)
	}
}
