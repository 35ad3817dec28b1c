package ner

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestToIOB2(t *testing.T) {
	tests := []struct{ in, want string }{
		{"O B-PER I-PER O", "O B-PER I-PER O"},
		{"I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"},   // IOB1
		{"I-ORG I-LOC I-LOC", "B-ORG B-LOC I-LOC"},       // type change starts a new entity
		{"B-MISC I-MISC B-MISC", "B-MISC I-MISC B-MISC"}, // adjacent entities
		{"X-FOO O", "O O"},                               // unknown tags read as O
	}
	for _, tt := range tests {
		var got []string
		for _, l := range toIOB2(strings.Fields(tt.in)) {
			got = append(got, labelNames[l])
		}
		if diff := cmp.Diff(strings.Fields(tt.want), got); diff != "" {
			t.Errorf("toIOB2(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestAllowed(t *testing.T) {
	tests := []struct {
		a, b int
		want bool
	}{
		{startState, labelB(0), true},
		{startState, labelI(0), false},
		{labelO, labelI(1), false},
		{labelB(1), labelI(1), true},
		{labelI(1), labelI(1), true},
		{labelB(1), labelI(2), false},
		{labelI(2), labelO, true},
		{labelI(2), labelB(2), true},
	}
	for _, tt := range tests {
		if got := allowed(tt.a, tt.b); got != tt.want {
			t.Errorf("allowed(%d, %d) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// Label indexes as constants, for composite literals.
const (
	bPER = 1 + 2*iota
	bLOC
	bORG
)

func TestViterbi(t *testing.T) {
	tests := []struct {
		name string
		em   []scores
		tr   func(*transitions)
		want []string
	}{
		{
			name: "argmax when transitions are flat",
			em:   []scores{{bPER: 2}, {bPER + 1: 3}, {labelO: 1}},
			want: []string{"B-PER", "I-PER", "O"},
		},
		{
			// I-LOC scores best alone but cannot follow O: the decoder must
			// pick the best valid path, B-LOC.
			name: "I after O is not allowed",
			em:   []scores{{labelO: 1}, {bLOC + 1: 5, bLOC: 4}},
			want: []string{"O", "B-LOC"},
		},
		{
			// A strong O→B-ORG transition outweighs a small emission edge.
			name: "transitions count",
			em:   []scores{{labelO: 1}, {bLOC: 1, bORG: 0.5}},
			tr:   func(tr *transitions) { tr[labelO][labelB(2)] = 2 },
			want: []string{"O", "B-ORG"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var tr transitions
			if tt.tr != nil {
				tt.tr(&tr)
			}
			out := make([]int, len(tt.em))
			viterbi(tt.em, &tr, out, make([][numLabels]uint8, len(tt.em)))
			var got []string
			for _, l := range out {
				got = append(got, labelNames[l])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("viterbi (-want +got):\n%s", diff)
			}
		})
	}
}
