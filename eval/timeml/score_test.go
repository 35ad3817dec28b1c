package timeml

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

func tx(s, e int, v string) Timex {
	return Timex{Span: chorus.Span{Start: s, End: e}, Type: "DATE", Value: v}
}

func TestCompare(t *testing.T) {
	text := "0123456789012345678901234567890123456789"
	for _, tc := range []struct {
		name       string
		gold, pred []Timex
		want       Counts
	}{
		{"exact", []Timex{tx(0, 5, "a")}, []Timex{tx(0, 5, "a")},
			Counts{Gold: 1, Pred: 1, Strict: 1, Relaxed: 1, Value: 1, Type: 1, DateGold: 1, DateOK: 1}},
		{"overlap wrong value", []Timex{tx(0, 5, "a")}, []Timex{tx(3, 8, "b")},
			Counts{Gold: 1, Pred: 1, Relaxed: 1, Type: 1, DateGold: 1}},
		{"touching is no overlap", []Timex{tx(0, 5, "a")}, []Timex{tx(5, 8, "a")},
			Counts{Gold: 1, Pred: 1, DateGold: 1}},
		// One prediction covering two gold expressions matches only one:
		// the first gold takes it.
		{"one to one", []Timex{tx(0, 4, "a"), tx(5, 9, "b")}, []Timex{tx(0, 9, "b")},
			Counts{Gold: 2, Pred: 1, Relaxed: 1, Type: 1, DateGold: 2}},
		// Each gold takes the unused prediction with the largest overlap.
		{"largest overlap", []Timex{tx(2, 10, "a")}, []Timex{tx(0, 3, "a"), tx(4, 12, "x")},
			Counts{Gold: 1, Pred: 2, Relaxed: 1, Type: 1, DateGold: 1}},
		{"spurious", nil, []Timex{tx(0, 3, "a")}, Counts{Pred: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := Compare(text, tc.gold, tc.pred)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestCompareCharacters checks that overlaps are measured in characters, as
// the reference scorer measures them, not in bytes.
func TestCompareCharacters(t *testing.T) {
	text := "ééééé Monday"
	// Bytes: the five é take 10 bytes. Gold "éééé" = bytes 0..8, 4 chars.
	gold := []Timex{tx(0, 8, "g")}
	// Prediction A overlaps gold in 3 bytes but 2 characters; B in 4 bytes
	// but 2 characters: tied in characters, so the first (A) wins.
	pred := []Timex{tx(0, 3, "a"), tx(4, 10, "b")}
	c, pairs := Compare(text, gold, pred)
	if c.Relaxed != 1 || len(pairs) != 2 || pairs[0].Pred == nil || pairs[0].Pred.Value != "a" {
		t.Errorf("counts %+v pairs %+v: want gold matched to the first prediction", c, pairs)
	}
}

func TestMetric(t *testing.T) {
	c := Counts{Gold: 10, Pred: 8, Strict: 6, Relaxed: 8, Value: 4, Type: 7}
	if m := c.StrictM(); Round2(m.P) != 75 || Round2(m.R) != 60 || Round2(m.F1) != 66.67 {
		t.Errorf("strict %+v", m)
	}
	if m := c.ValueM(); Round2(m.F1) != 44.44 {
		t.Errorf("value %+v", m)
	}
	if got := c.ValueAccuracy(); got != 50 {
		t.Errorf("value accuracy %v", got)
	}
	var zero Counts
	if m := zero.RelaxedM(); m.F1 != 0 {
		t.Errorf("empty counts F1 %v", m.F1)
	}
}

func TestInDev(t *testing.T) {
	n := 0
	for i := range 1000 {
		name := "doc" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + ".tml"
		if InDev(name, 1, 5) {
			n++
		}
		if InDev(name, 1, 5) != InDev("sub/"+name, 1, 5) {
			t.Fatalf("InDev depends on the folder of %s", name)
		}
	}
	if n < 150 || n > 250 {
		t.Errorf("%d of 1000 in dev, want about 200", n)
	}
}
