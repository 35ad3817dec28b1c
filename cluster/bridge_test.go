package cluster

import (
	"math"
	"testing"
)

// Two unrelated reports, and a round-up that covers both: it joins one
// story and fits the other, and with it the first story's centroid leans
// towards the second, but the stories have little in common without it.
const (
	ferryStrike = `Ferry crews in Marhold walked out on Tuesday over pay, stranding hundreds of islanders on Tessin and Riel. The crews' union leader, Ilse Varga, said the strike would last until the operator doubled its offer. Harbour officials said queues of cars stretched back through the old town and that no sailings were planned before the weekend.`
	crownLoan   = `The Veskaria central bank agreed a loan of four billion crowns with the Ostmark fund on Tuesday to prop up the crown after a week of heavy selling. The governor, Piet Anselm, said the loan came with limits on public spending and a rise in interest rates. Traders said the crown recovered some of its losses after the announcement.`
	roundUp     = `Ferry crews in Marhold stayed on strike over pay as the Veskaria central bank loan from the Ostmark fund set limits on public spending. Ilse Varga said the union wanted the loan to fund the ferry pay rise, and islanders on Tessin and Riel waited for sailings while the governor, Piet Anselm, defended the interest rates and the crown.`
)

// TestBridgeSupport checks that one article bridging two unrelated
// stories merges them only when BridgeSupport is off, and that it still
// joins one of them with its reasons given.
func TestBridgeSupport(t *testing.T) {
	tests := []struct {
		name    string
		support float64
		merged  bool
	}{
		{"off", 0, true},
		{"default", DefaultOptions.BridgeSupport, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions
			opts.BridgeSupport = tt.support
			x := New(opts)
			a := x.Add(Doc{ID: "strike", Text: ferryStrike})
			b := x.Add(Doc{ID: "loan", Text: crownLoan})
			if a.Story == b.Story {
				t.Fatalf("unrelated reports share story %s", a.Story)
			}
			c := x.Add(Doc{ID: "round-up", Text: roundUp})
			if c.NewStory || len(c.Shared) == 0 {
				t.Fatalf("round-up did not join a story with its reasons: %+v", c)
			}
			if got := len(c.Merged) > 0; got != tt.merged {
				t.Errorf("stories merged: %v, want %v (%+v)", got, tt.merged, c)
			}
			if got := x.Resolve(a.Story) == x.Resolve(b.Story); got != tt.merged {
				t.Errorf("Resolve puts both stories together: %v, want %v", got, tt.merged)
			}
		})
	}
}

// TestCosWithout checks the cosine of a centroid less one of its addends
// against the centroid built without it.
func TestCosWithout(t *testing.T) {
	u := func(ids []uint32, ws ...float32) vec { return normalize(vec{ids: ids, ws: ws}) }
	tests := []struct {
		name      string
		rest      []vec // the centroid's other addends
		taken     vec   // the addend taken out
		other     vec
		wantEmpty bool // nothing left once taken out
	}{
		{"disjoint", []vec{u([]uint32{1, 2}, 1, 1)}, u([]uint32{3, 4}, 1, 2), u([]uint32{1, 3}, 1, 1), false},
		{"overlapping", []vec{u([]uint32{1, 2, 5}, 3, 1, 1), u([]uint32{2, 6}, 1, 1)}, u([]uint32{2, 5, 7}, 2, 1, 1), u([]uint32{2, 5, 6, 7}, 1, 1, 1, 4), false},
		{"only addend", nil, u([]uint32{1, 2}, 1, 1), u([]uint32{1}, 1), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c, rest centroid
			for _, v := range tt.rest {
				c.add(v, 100)
				rest.add(v, 100)
			}
			c.add(tt.taken, 100)
			var s centroid
			s.add(tt.other, 100)
			want := 0.0
			if !tt.wantEmpty {
				want = rest.cos(tt.other) / s.norm
			}
			if got := cosWithout(c, tt.taken, s); math.Abs(got-want) > 1e-5 {
				t.Errorf("cosWithout = %.6f, want %.6f", got, want)
			}
		})
	}
}
