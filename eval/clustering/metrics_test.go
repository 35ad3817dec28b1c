package clustering

import (
	"math"
	"strings"
	"testing"
	"time"
)

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// TestScoreHandCounted checks the metrics on a partition small enough to
// count by hand: gold {a,b,c} {d,e}, predicted {a,b} {c,d,e}.
func TestScoreHandCounted(t *testing.T) {
	gold := []string{"x", "x", "x", "y", "y"}
	pred := []string{"1", "1", "2", "2", "2"}
	s := Score(pred, gold)
	// Pairs: predicted ab, cd, ce, de (4); gold ab, ac, bc, de (4); shared ab, de (2).
	if !near(s.PairwiseP, 0.5) || !near(s.PairwiseR, 0.5) || !near(s.PairwiseF1, 0.5) {
		t.Errorf("pairwise %+v", s)
	}
	// BCubed precision: a,b 1; c 1/3; d,e 2/3 → (1+1+1/3+2/3+2/3)/5 = 11/15.
	// BCubed recall: a,b 2/3; c 1/3; d,e 1 → (2/3+2/3+1/3+1+1)/5 = 11/15.
	if !near(s.BCubedP, 11.0/15) || !near(s.BCubedR, 11.0/15) {
		t.Errorf("bcubed %+v", s)
	}
	// ARI: index 2, expected 4·4/10 = 1.6, max 4 → (2-1.6)/(4-1.6) = 1/6.
	if !near(s.ARI, 1.0/6) {
		t.Errorf("ARI %v, want 1/6", s.ARI)
	}
	if s.Clusters != 2 || s.Gold != 2 {
		t.Errorf("clusters %d/%d", s.Clusters, s.Gold)
	}
}

func TestScoreEdges(t *testing.T) {
	tests := []struct {
		name       string
		pred, gold []string
		f1, b3, ar float64
	}{
		{"perfect", []string{"a", "a", "b"}, []string{"x", "x", "y"}, 1, 1, 1},
		{"all singletons vs one cluster", []string{"a", "b", "c"}, []string{"x", "x", "x"}, 0, 0.5, 0},
		{"singletons both", []string{"a", "b"}, []string{"x", "y"}, 1, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Score(tt.pred, tt.gold)
			if !near(s.PairwiseF1, tt.f1) || !near(s.BCubedF1, tt.b3) || !near(s.ARI, tt.ar) {
				t.Errorf("got pairwise F1 %v, BCubed F1 %v, ARI %v", s.PairwiseF1, s.BCubedF1, s.ARI)
			}
		})
	}
}

func TestReaders(t *testing.T) {
	set, err := ReadJSONL(strings.NewReader(`{"id":"d1","text":"a","event":"1a","topic":1}
{"id":"d2","text":"b","title":"T","published":"2025-01-02T03:04:05Z","event":"1b","topic":"1"}
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Items) != 2 || !set.HasTopic || set.Items[0].Topic != "1" || set.Items[1].Published.IsZero() || set.Items[1].Title != "T" {
		t.Errorf("jsonl: %+v", set)
	}
	if _, err := ReadJSONL(strings.NewReader(`{"id":"d1","text":"a"}`)); err == nil {
		t.Error("item without an event label accepted")
	}
	csvSet, err := ReadCSV(strings.NewReader("ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP\n" +
		"1,\"Fed says, calmly\",u,p,b,s1,h,1394470370698\n2,Other,u,p,b,s2,h,1394470371207\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(csvSet.Items) != 2 || !csvSet.Headlines || csvSet.Items[0].Title != "Fed says, calmly" || csvSet.Items[0].Event != "s1" ||
		!csvSet.Items[0].Published.Equal(time.UnixMilli(1394470370698)) {
		t.Errorf("csv: %+v", csvSet.Items)
	}
}

func TestOrder(t *testing.T) {
	if got := Order(4, 0); got[0] != 0 || got[3] != 3 {
		t.Errorf("seed 0 reorders: %v", got)
	}
	a, b := Order(50, 3), Order(50, 3)
	for i := range a {
		if a[i] != b[i] {
			t.Fatal("same seed, different orders")
		}
	}
}

func TestStreamBaseline(t *testing.T) {
	set := &Set{Items: []Item{
		{ID: "1", Title: "Dam fails in Veskaria flood", Event: "dam"},
		{ID: "2", Title: "Veskaria dam fails, flood follows", Event: "dam"},
		{ID: "3", Title: "Port strike shuts Thessara", Event: "port"},
		{ID: "4", Title: "Thessara port strike goes on", Event: "port"},
	}}
	var fake time.Duration
	clock := func() time.Duration { fake += time.Second; return fake }
	r := Stream(set, Order(4, 0), NewTFIDF(DefaultBaselineThreshold), "given", clock)
	if r.Story.PairwiseF1 != 1 || r.DocsPerSec != 4 {
		t.Errorf("baseline run: %+v", r)
	}
}
