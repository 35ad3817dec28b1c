package align

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus/claims"
	calign "github.com/chorusnews/chorus/claims/align"
	"github.com/chorusnews/chorus/internal/evaldata"
)

// written is a small pair file in the MSRP layout, written for this test.
const written = "\ufeffQuality\t#1 ID\t#2 ID\t#1 String\t#2 String\n" +
	"1\t1\t2\tThe port reopened on Tuesday after a six-day strike.\tAfter a six-day strike, the port reopened on Tuesday.\n" +
	"0\t3\t4\tThe ferry carried 212 passengers.\tThe ferry company \"Blue Line\" sold two ships.\n" +
	"1\t5\t6\tThe minister resigned on Monday.\tOn Monday the minister resigned.\n"

func TestParseMSRP(t *testing.T) {
	got, err := ParseMSRP(strings.NewReader(written))
	if err != nil {
		t.Fatal(err)
	}
	want := []calign.Pair{
		{A: "The port reopened on Tuesday after a six-day strike.", B: "After a six-day strike, the port reopened on Tuesday.", Same: true},
		{A: "The ferry carried 212 passengers.", B: "The ferry company \"Blue Line\" sold two ships.", Same: false},
		{A: "The minister resigned on Monday.", B: "On Monday the minister resigned.", Same: true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pairs (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"Quality\n2\t1\t2\ta\tb\n", "Quality\n1\t1\t2\ta\n"} {
		if _, err := ParseMSRP(strings.NewReader(bad)); err == nil {
			t.Errorf("ParseMSRP(%q) accepted a bad line", bad)
		}
	}
}

func TestEvaluateCounts(t *testing.T) {
	pairs, _ := ParseMSRP(strings.NewReader(written))
	r := Evaluate("always", AlwaysSame{}, pairs, 2)
	if r.Confusion != (calign.Confusion{TP: 2, FP: 1}) || r.Pairs != 3 {
		t.Errorf("always same: %+v", r.Confusion)
	}
	tf := NewTFIDF(pairs)
	if c := tf.Cosine(pairs[0].A, pairs[0].B); c < 0.9 {
		t.Errorf("TF-IDF cosine of two orderings of the same words = %.2f, want about 1", c)
	}
	if c := tf.Cosine(pairs[1].A, pairs[1].B); c > 0.5 {
		t.Errorf("TF-IDF cosine of two different sentences = %.2f, want low", c)
	}
}

// TestMSRPValFloor runs the embedded model on MSRP val (when ../shared is
// there): a floor under the score chorus eval align reports, so that a
// change that breaks the classifier fails here. Bounded: 500 pairs.
func TestMSRPValFloor(t *testing.T) {
	pairs, err := ReadMSRP(evaldata.Path(t, "data", "claims", "msrp-val.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	r := Evaluate("model", NewModel(calign.Default()), pairs, 1)
	if acc, f1 := r.Confusion.Accuracy(), r.Confusion.F1(); acc < 0.76 || f1 < 0.83 {
		t.Errorf("MSRP val accuracy %.3f F1 %.3f, want at least 0.76 and 0.83", acc, f1)
	}
}

func TestParseFixtures(t *testing.T) {
	for _, set := range []string{DevFixtures, HeldOutFixtures} {
		fs, err := ParseFixtures(strings.NewReader(set))
		if err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		for _, f := range fs {
			if ids[f.ID] {
				t.Errorf("fixture id %s twice", f.ID)
			}
			ids[f.ID] = true
			if f.A == "" || f.B == "" || f.PubA.IsZero() {
				t.Errorf("fixture %s: incomplete", f.ID)
			}
		}
	}
	if _, err := ParseFixtures(strings.NewReader("x1\tmaybe\tnumber\t\t\ta\tb\n")); err == nil {
		t.Error("a bad gold label was accepted")
	}
}

// TestConflictsFloor keeps "differs" precise on the fixtures: a false
// "disputed" costs a reader's trust, so precision must stay at 0.95 or
// more on the dev and held-out fixtures together, and recall at 0.85.
func TestConflictsFloor(t *testing.T) {
	var all ConflictResult
	for _, set := range []string{DevFixtures, HeldOutFixtures} {
		fs, err := ParseFixtures(strings.NewReader(set))
		if err != nil {
			t.Fatal(err)
		}
		r := EvaluateConflicts(fs, claims.DefaultOptions)
		all.TP, all.FP, all.FN = all.TP+r.TP, all.FP+r.FP, all.FN+r.FN
	}
	if p, r := all.Precision(), all.Recall(); p < 0.95 || r < 0.85 {
		t.Errorf("differs precision %.3f recall %.3f, want at least 0.95 and 0.85", p, r)
	}
}
