package brat

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

func TestMatch(t *testing.T) {
	// 40 characters of gold content; "é" and "“" make bytes and characters differ
	text := "éééééééééé“0123456789012345678901234567”"
	chars := func(a, b int) chorus.Span { // character offsets into text
		idx := newRuneIndex(text)
		return chorus.Span{Start: idx.byteAt(a), End: idx.byteAt(b)}
	}
	src := []chorus.Span{chars(0, 2)}
	gold := []Quote{{ID: "E1", Content: []chorus.Span{chars(0, 40)}, Source: src}}
	for _, tc := range []struct {
		name string
		pred []Quote
		thr  Threshold
		want Counts
	}{
		{"30% of the characters is not enough", []Quote{{ID: "E1", Content: []chorus.Span{chars(0, 12)}}}, Lenient,
			Counts{Gold: 1, Pred: 1, FP: 1, FN: 1}},
		{"31% is", []Quote{{ID: "E1", Content: []chorus.Span{chars(0, 13)}, Source: src}}, Lenient,
			Counts{Gold: 1, Pred: 1, TP: 1, SpeakerOK: 1}},
		{"in characters, not bytes: the first 13 characters are 24 bytes", []Quote{{ID: "E1", Content: []chorus.Span{chars(27, 40)}}}, Lenient,
			Counts{Gold: 1, Pred: 1, TP: 1}},
		{"strict wants more than 80%", []Quote{{ID: "E1", Content: []chorus.Span{chars(0, 32)}}}, Strict,
			Counts{Gold: 1, Pred: 1, FP: 1, FN: 1}},
		{"extra characters in the prediction do not count against it", []Quote{{ID: "E1", Content: []chorus.Span{chars(0, 40), chars(38, 40)}, Source: []chorus.Span{chars(1, 3)}}}, Exact,
			Counts{Gold: 1, Pred: 1, TP: 1, SpeakerOK: 1}},
		{"one to one: the better of two predictions, the other is spurious", []Quote{
			{ID: "E1", Content: []chorus.Span{chars(0, 20)}}, {ID: "E2", Content: []chorus.Span{chars(10, 40)}, Source: src}}, Lenient,
			Counts{Gold: 1, Pred: 2, TP: 1, FP: 1, SpeakerOK: 1}},
		{"a speaker that does not overlap is wrong", []Quote{{ID: "E1", Content: []chorus.Span{chars(0, 40)}, Source: []chorus.Span{chars(2, 4)}}}, Lenient,
			Counts{Gold: 1, Pred: 1, TP: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Match(text, gold, tc.pred, tc.thr)); diff != "" {
				t.Errorf("Match (-want +got):\n%s", diff)
			}
		})
	}
	// a floating gold quote is matched right by a prediction without a speaker
	floating := []Quote{{ID: "E1", Content: []chorus.Span{chars(0, 40)}}}
	if c := Match(text, floating, floating, Exact); c.SpeakerOK != 1 {
		t.Errorf("floating quote: speaker not right: %+v", c)
	}
}

func TestCountsMetrics(t *testing.T) {
	c := Counts{TP: 3, FP: 1, FN: 3, SpeakerOK: 2}
	if c.P() != 75 || c.R() != 50 || c.F1() != 60 || c.SpeakerAcc() != 200.0/3 {
		t.Errorf("P/R/F1/speaker = %v/%v/%v/%v", c.P(), c.R(), c.F1(), c.SpeakerAcc())
	}
	if (Counts{}).F1() != 0 || (Counts{}).SpeakerAcc() != 0 {
		t.Error("empty counts are not zero")
	}
}

func TestScoreDirectSubset(t *testing.T) {
	text := `“Yes,” she said. Prices rose, he said.`
	q := func(id, sub string) Quote { return Quote{ID: id, Content: []chorus.Span{sp(text, sub, 0)}} }
	gold := []Quote{q("E1", "“Yes,”"), q("E2", "Prices rose")}
	pred := []Quote{q("E1", "“Yes,”"), q("E2", "Prices")}
	s := Score(text, gold, pred)
	if c := s[Key{Direct, Lenient}]; c.Gold != 1 || c.Pred != 1 || c.TP != 1 {
		t.Errorf("direct: %+v", c)
	}
	if c := s[Key{All, Lenient}]; c.Gold != 2 || c.TP != 2 {
		t.Errorf("all, lenient: %+v", c)
	}
	if c := s[Key{All, Strict}]; c.TP != 1 || c.FN != 1 || c.FP != 1 {
		t.Errorf("all, strict: %+v", c)
	}
	total := Scores{}
	total.Add(s)
	total.Add(s)
	if c := total[Key{All, Lenient}]; c.Gold != 4 || c.TP != 4 {
		t.Errorf("added: %+v", c)
	}
}

func TestErrors(t *testing.T) {
	text := `“Yes,” she said. Prices rose, he said.`
	gold := []Quote{{ID: "E1", Content: []chorus.Span{sp(text, "“Yes,”", 0)}, Source: []chorus.Span{sp(text, "she", 0)}},
		{ID: "E2", Content: []chorus.Span{sp(text, "Prices rose", 0)}}}
	pred := []Quote{{ID: "E1", Content: []chorus.Span{sp(text, "“Yes,”", 0)}, Source: []chorus.Span{sp(text, "he", 1)}},
		{ID: "E2", Content: []chorus.Span{sp(text, "he said", 0)}}}
	var kinds []string
	for _, e := range Errors(text, gold, pred, Lenient) {
		kinds = append(kinds, e.Kind)
	}
	if diff := cmp.Diff([]string{"speaker", "missed", "spurious"}, kinds); diff != "" {
		t.Errorf("Errors (-want +got):\n%s", diff)
	}
}
