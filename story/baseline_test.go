package story

import (
	"slices"
	"strings"
	"testing"
)

// baselineCands are sentences of a small story: three about a flood, one
// repeating the first, one off the topic.
func baselineCands() *selection {
	s := &selection{}
	s.cand("flood water swept through valley villages overnight")
	s.cand("rescue boats searched flooded valley villages for survivors", func(c *Candidate) { c.Article = 1 })
	s.cand("flood water swept through valley villages overnight again", func(c *Candidate) { c.Article = 2 })
	s.cand("officials counted flood damage in valley villages", func(c *Candidate) { c.Article = 1; c.Sentence = 1 })
	s.cand("museum painting sold at auction for record price", func(c *Candidate) { c.Article = 2; c.Sentence = 1 })
	return s
}

func TestLexRankPrefersCentralAndSkipsRepeats(t *testing.T) {
	s := baselineCands()
	got := s.texts(LexRank{Threshold: 0.1, Redundancy: 0.5}.Select(s.cands, 14))
	if len(got) == 0 || !strings.Contains(got[0], "valley villages") {
		t.Errorf("LexRank chose %q first, want a central flood sentence", got)
	}
	if slices.Contains(got, "museum painting sold at auction for record price") {
		t.Errorf("LexRank chose the off-topic sentence: %q", got)
	}
	if slices.Contains(got, s.cands[0].Text) && slices.Contains(got, s.cands[2].Text) {
		t.Errorf("LexRank chose a sentence and its repeat: %q", got)
	}
}

func TestCentroidPrefersCentralAndSkipsRepeats(t *testing.T) {
	s := baselineCands()
	got := s.texts(Centroid{Redundancy: 0.5}.Select(s.cands, 14))
	if slices.Contains(got, "museum painting sold at auction for record price") {
		t.Errorf("centroid chose the off-topic sentence: %q", got)
	}
	if slices.Contains(got, s.cands[0].Text) && slices.Contains(got, s.cands[2].Text) {
		t.Errorf("centroid chose a sentence and its repeat: %q", got)
	}
}

func TestBaselinesFillTheBudget(t *testing.T) {
	s := baselineCands()
	for name, sel := range map[string]Selector{"lexrank": LexRank{Threshold: 0.1, Redundancy: 0.9}, "centroid": Centroid{Redundancy: 0.9}} {
		n := 0
		for _, i := range sel.Select(s.cands, 20) {
			n += s.cands[i].Words
		}
		if n < 20 {
			t.Errorf("%s: %d words, want at least the budget of 20", name, n)
		}
	}
}

func TestOracleFollowsTheGain(t *testing.T) {
	s := baselineCands()
	// the gain counts reference words covered
	ref := strings.Fields("rescue boats searched museum auction")
	gain := func(texts []string) float64 {
		have := map[string]bool{}
		for _, t := range texts {
			for _, w := range strings.Fields(t) {
				have[w] = true
			}
		}
		n := 0
		for _, w := range ref {
			if have[w] {
				n++
			}
		}
		return float64(n)
	}
	got := s.texts(Oracle{Gain: gain}.Select(s.cands, 50))
	want := []string{"rescue boats searched flooded valley villages for survivors", "museum painting sold at auction for record price"}
	if !slices.Equal(got, want) {
		t.Errorf("oracle chose %q, want %q (and nothing that adds no gain)", got, want)
	}
}
