package names

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

func TestDetokenize(t *testing.T) {
	for in, want := range map[string]string{
		"Mr . LaRue":                        "Mr. LaRue",
		"Iran 's Qeshm island":              "Iran's Qeshm island",
		"U . S . Fish and Wildlife Service": "U.S. Fish and Wildlife Service",
		"TMZ . com":                         "TMZ.com",
		"Kimani ( Kiki ) Gray":              "Kimani (Kiki) Gray",
		"Kimani 'Kiki' Gray":                "Kimani 'Kiki' Gray",
		"Arcade Joseph Comeaux , Jr":        "Arcade Joseph Comeaux, Jr",
		"Co - workers":                      "Co-workers",
		"Regina Benjamin , M . D .":         "Regina Benjamin, M.D.",
		"Turkmenistan '":                    "Turkmenistan'",
	} {
		if got := Detokenize(in); got != want {
			t.Errorf("Detokenize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBCubed(t *testing.T) {
	for _, tc := range []struct {
		name       string
		gold, pred []int
		p, r       float64
	}{
		{"perfect", []int{0, 0, 1}, []int{5, 5, 7}, 100, 100},
		{"all in one", []int{0, 0, 1}, []int{0, 0, 0}, 100 * 5.0 / 9, 100},
		{"singletons", []int{0, 0, 1}, []int{0, 1, 2}, 100, 100 * 2.0 / 3},
	} {
		s := BCubed(tc.gold, tc.pred).Scores()
		if math.Abs(s.P-tc.p) > 1e-9 || math.Abs(s.R-tc.r) > 1e-9 {
			t.Errorf("%s: P/R = %.4f/%.4f, want %.4f/%.4f", tc.name, s.P, s.R, tc.p, tc.r)
		}
		if want := 2 * tc.p * tc.r / (tc.p + tc.r); math.Abs(s.F1-want) > 1e-9 {
			t.Errorf("%s: F1 = %.4f, want %.4f", tc.name, s.F1, want)
		}
	}
}

// testData is a names file written for these tests.
const testData = `{"topic": "2", "chain": "c3", "type": "HUMAN_PART_PER", "mentions": [["2_1.xml", "Smith"]]}
{"topic": "10", "chain": "c1", "type": "HUMAN_PART_PER", "mentions": [["10_1.xml", "Jane Doe"], ["10_2.xml", "Doe 's"]]}
{"topic": "10", "chain": "c2", "type": "LOC_GEO", "mentions": [["10_1.xml", "Springfield"], ["10_2.xml", "Doe"]]}
{"topic": "2", "chain": "c4", "type": "HUMAN_PART_ORG", "mentions": [["2_1.xml", "Acme Corp ."]]}
`

func TestRead(t *testing.T) {
	topics, err := Read(strings.NewReader(testData))
	if err != nil {
		t.Fatal(err)
	}
	want := []Topic{
		{ID: "2", Chains: []string{"c3", "c4"}, Mentions: []Mention{
			{Doc: "2_1.xml", Text: "Smith", Type: chorus.EntityPerson, Chain: 0},
			{Doc: "2_1.xml", Text: "Acme Corp.", Type: chorus.EntityOrganization, Chain: 1},
		}},
		{ID: "10", Chains: []string{"c1", "c2"}, Mentions: []Mention{
			{Doc: "10_1.xml", Text: "Jane Doe", Type: chorus.EntityPerson, Chain: 0},
			{Doc: "10_2.xml", Text: "Doe's", Type: chorus.EntityPerson, Chain: 0},
			{Doc: "10_1.xml", Text: "Springfield", Type: chorus.EntityLocation, Chain: 1},
			{Doc: "10_2.xml", Text: "Doe", Type: chorus.EntityLocation, Chain: 1},
		}},
	}
	if diff := cmp.Diff(want, topics); diff != "" {
		t.Errorf("Read mismatch (-want +got):\n%s", diff)
	}
	if _, err := Read(strings.NewReader(`{"topic": "1", "mentions": [["only-doc"]]}`)); err == nil {
		t.Error("a mention without its string should be an error")
	}
	if _, err := Read(strings.NewReader("{not json")); err == nil {
		t.Error("broken JSON should be an error")
	}
}

func TestEvaluateSurname(t *testing.T) {
	topics, err := Read(strings.NewReader(testData))
	if err != nil {
		t.Fatal(err)
	}
	res := Evaluate(topics, Surname)
	// Topic 10: "Jane Doe" and the place "Doe" share a last word and
	// join; "Doe's" is written otherwise and stays alone: precision 1/2,
	// 1, 1, 1/2; recall 1/2 each. Topic 2 is perfect.
	got := res.Counts.Scores()
	wantP := 100 * (0.5 + 1 + 1 + 0.5 + 2) / 6
	wantR := 100 * (0.5 + 0.5 + 0.5 + 0.5 + 2) / 6
	if math.Abs(got.P-wantP) > 1e-9 || math.Abs(got.R-wantR) > 1e-9 || got.Mentions != 6 {
		t.Errorf("scores = %+v, want P %.4f R %.4f over 6 mentions", got, wantP, wantR)
	}
	if res.ByType["PER"].Mentions != 3 || res.ByType["LOC"].Mentions != 2 || res.ByType["ORG"].Mentions != 1 {
		t.Errorf("per-type counts wrong: %+v %+v %+v", res.ByType["PER"], res.ByType["LOC"], res.ByType["ORG"])
	}
}
