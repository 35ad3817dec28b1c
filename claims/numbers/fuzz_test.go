package numbers

import (
	"math"
	"testing"
)

// FuzzFind checks that any text yields quantities inside it, in order,
// with an interval that holds the stated value.
func FuzzFind(f *testing.F) {
	for _, s := range []string{"more than 52,000 dead", "470 000", "nearly half a million", "$1.5bn",
		"two-thirds of", "between 200 and 300", "1.5 to 2 million", "tens of thousands", "7/14/2016",
		"a quarter of a million", "1.800.000", "4.30 a.m.", "US$", "a", "-", "1,5", "99999999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prev := 0
		for _, q := range Find(text) {
			if q.Start < prev || q.End <= q.Start || q.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", q.Start, q.End, prev, text)
			}
			prev = q.End
			if math.IsNaN(q.Value) || q.Low > q.High {
				t.Fatalf("bad interval %v [%v,%v] in %q", q.Value, q.Low, q.High, text)
			}
			if !math.IsInf(q.Value, 0) && (q.Value < q.Low-1e-9*math.Abs(q.Value) || q.Value > q.High+1e-9*math.Abs(q.Value)) {
				t.Fatalf("value %v outside [%v,%v] in %q", q.Value, q.Low, q.High, text)
			}
			if !Agrees(q, q) {
				t.Fatalf("quantity %q does not agree with itself", text[q.Start:q.End])
			}
		}
	})
}
