package story

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// selection is a test problem: candidates written as space-separated
// stems, and weights for the word pairs that count.
type selection struct {
	cands   []Candidate
	weights map[string]float64 // "alpha beta" → weight
}

// cand makes a candidate of one group per call unless group is given.
func (s *selection) cand(text string, mod ...func(*Candidate)) int {
	i := len(s.cands)
	c := Candidate{Text: text, Stems: strings.Fields(text), Words: len(strings.Fields(text)), Group: i,
		After: -1, Eligible: true, Order: i, origins: []int{0}}
	for _, m := range mod {
		m(&c)
	}
	s.cands = append(s.cands, c)
	return i
}

func (s *selection) coverage() coverage {
	v := vocab{}
	w := map[concept]float64{}
	for pair, x := range s.weights {
		f := strings.Fields(pair)
		w[conceptKey(v.id(f[0]), v.id(f[1]))] = x
	}
	return coverage{weights: w, vocab: v}
}

func (s *selection) texts(idx []int) []string {
	var out []string
	for _, i := range idx {
		out = append(out, s.cands[i].Text)
	}
	return out
}

func TestCoverageSkipsRepeatedFacts(t *testing.T) {
	s := &selection{weights: map[string]float64{"dam gate": 5, "gate failed": 5, "seven dead": 4, "valley flooded": 3}}
	s.cand("dam gate failed")
	s.cand("dam gate failed early")     // the same fact again
	s.cand("seven dead valley flooded") // a new one
	got := s.texts(s.coverage().Select(s.cands, 7))
	want := []string{"dam gate failed", "seven dead valley flooded"}
	if diff := cmp.Diff(want, sorted(got)); diff != "" {
		t.Errorf("selection (-want +got):\n%s", diff)
	}
}

func TestCoverageKeepsBudgetAndFillsLast(t *testing.T) {
	s := &selection{weights: map[string]float64{"a b": 4, "c d": 4, "e f": 3, "x g": 1}}
	s.cand("a b x x")
	s.cand("c d x x")
	s.cand("e f x x x x") // does not fit whole: it may only fill, and comes last
	s.cand("x x x g")     // fits, but the budget keeps too little of it
	got := s.coverage().Select(s.cands, 10)
	main, filler := got[:len(got)-1], got[len(got)-1]
	words := 0
	for _, i := range main {
		words += s.cands[i].Words
		if s.cands[i].day > s.cands[filler].day {
			t.Errorf("filler %q comes from a day before %q's", s.cands[filler].Text, s.cands[i].Text)
		}
	}
	if words > 10 {
		t.Errorf("chosen %q hold %d words, over the budget of 10", s.texts(main), words)
	}
	if s.cands[filler].Text != "e f x x x x" {
		t.Errorf("filler = %q, want the sentence whose first words add most", s.cands[filler].Text)
	}
}

func TestCoverageFillsFromTheLastDay(t *testing.T) {
	s := &selection{weights: map[string]float64{"a b": 4, "c d": 3, "e f": 2, "g h": 2}}
	s.cand("e f x x x x x", func(c *Candidate) { c.day = 0 }) // the best filler, but a day early
	s.cand("g h x x x x x", func(c *Candidate) { c.day = 1 }) // the same day as what is chosen, and earlier in it
	s.cand("a b x x", func(c *Candidate) { c.day = 1 })
	s.cand("c d x x", func(c *Candidate) { c.day = 1 })
	got := s.texts(s.coverage().Select(s.cands, 10))
	want := []string{"a b x x", "c d x x", "g h x x x x x"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("selection (-want +got):\n%s", diff)
	}
}

func TestCoverageOneFormPerSentence(t *testing.T) {
	s := &selection{weights: map[string]float64{"port strike": 5, "strike ended": 5, "talks began": 2}}
	full := s.cand("port strike ended union said")
	s.cand("port strike ended", func(c *Candidate) { c.Group, c.Compressed = full, true })
	s.cand("talks began")
	got := s.coverage().Select(s.cands, 20)
	groups := map[int]int{}
	for _, i := range got {
		groups[s.cands[i].Group]++
	}
	if groups[full] != 1 {
		t.Errorf("sentence chosen %d times in %q, want once", groups[full], s.texts(got))
	}
	if !slices.Contains(s.texts(got), "port strike ended") {
		t.Errorf("chose %q, want the compressed form, which says the same in fewer words", s.texts(got))
	}
}

func TestCoverageContinuationNeedsItsSentence(t *testing.T) {
	s := &selection{weights: map[string]float64{"mayor spoke": 1, "barrier cost": 6, "cost millions": 6}}
	first := s.cand("mayor spoke x x x x x x")
	s.cand("barrier cost millions", func(c *Candidate) { c.After = first })
	for _, budget := range []int{3, 20} {
		got := s.coverage().Select(s.cands, budget)
		for _, i := range got {
			if s.cands[i].After >= 0 && !slices.Contains(got, s.cands[i].After) {
				t.Errorf("budget %d: %q chosen without the sentence it continues", budget, s.cands[i].Text)
			}
		}
	}
}

func TestCoverageBeatsGreedyTrap(t *testing.T) {
	// the best ratio fills the budget with little; one long sentence is worth more
	s := &selection{weights: map[string]float64{"a b": 2, "c d": 10, "d e": 10}}
	s.cand("a b")
	s.cand("c d e x x x x x x x")
	got := s.texts(s.coverage().Select(s.cands, 10))
	if !slices.Contains(got, "c d e x x x x x x x") {
		t.Errorf("chose %q, want the long sentence worth 20", got)
	}
}

func TestCoverageHearsEveryOrigin(t *testing.T) {
	s := &selection{weights: map[string]float64{"kerry met": 9, "met putin": 9, "putin moscow": 9, "talks laos": 0.1}}
	s.cand("kerry met putin x x")
	s.cand("met putin moscow x x")
	s.cand("talks laos x x x", func(c *Candidate) { c.origins = []int{1} })
	cov := s.coverage()
	if got := s.texts(cov.Select(s.cands, 10)); slices.Contains(got, "talks laos x x x") {
		t.Fatalf("without the reward, chose %q", got)
	}
	cov.heard = 0.5
	if got := s.texts(cov.Select(s.cands, 10)); !slices.Contains(got, "talks laos x x x") {
		t.Errorf("with every origin heard, chose %q, want the second origin's sentence", got)
	}
}

func TestCoverageSimilarityFavoursWhatSentencesShare(t *testing.T) {
	// no concept weighs; saturated coverage prefers the sentence like the others
	s := &selection{weights: map[string]float64{"z z": 1}}
	s.cand("flood valley homes z z")
	s.cand("flood valley homes rescue")
	s.cand("flood valley rescue boats")
	s.cand("museum painting auction z z")
	cov := s.coverage()
	cov.mu, cov.alpha = 1, 1
	got := s.texts(cov.Select(s.cands, 5))
	if len(got) == 0 || got[0] != "flood valley homes z z" {
		t.Errorf("chose %q, want the sentence most like the story's", got)
	}
}

func sorted(s []string) []string {
	out := slices.Clone(s)
	slices.Sort(out)
	return out
}

func TestCoverageWordsDecideWhenPhrasesRunOut(t *testing.T) {
	s := &selection{weights: map[string]float64{"dam gate": 5}}
	s.cand("dam gate failed")
	s.cand("rescuers searched villages") // says none of the story's words
	s.cand("valley flooded overnight")   // says two of them, in no weighed pair
	cov := s.coverage()
	cov.weights[wordConcept(cov.vocab.id("valley"))] = 1
	cov.weights[wordConcept(cov.vocab.id("flooded"))] = 1
	if got := s.texts(cov.Select(s.cands, 6)); slices.Contains(got, "valley flooded overnight") {
		t.Errorf("without single words, chose %q", got)
	}
	cov.wordShare = 1
	got := s.texts(cov.Select(s.cands, 6))
	want := []string{"dam gate failed", "valley flooded overnight"}
	if diff := cmp.Diff(want, sorted(got)); diff != "" {
		t.Errorf("with single words (-want +got):\n%s", diff)
	}
}

func TestWordShare(t *testing.T) {
	cands := []Candidate{{Words: 30}, {Words: 20, Compressed: true}, {Words: 70}}
	if got := wordShare(cands, 25); got != 0.25 {
		t.Errorf("wordShare(25 of 100 words) = %v, want 0.25", got)
	}
	if got := wordShare(cands, 300); got != 1 {
		t.Errorf("wordShare(300 of 100 words) = %v, want 1", got)
	}
}
