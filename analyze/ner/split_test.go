package ner

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitToken(t *testing.T) {
	tests := []struct {
		raw    string
		pieces []string
		core   int
	}{
		{"Vienna", []string{"Vienna"}, 0},
		{"U.S.", []string{"U.S."}, 0},
		{"Corp.", []string{"Corp."}, 0},
		{"'s", []string{"'s"}, 0},
		{"\"", []string{"\""}, 0},
		{"Vienna.", []string{"Vienna", "."}, 0},
		{"Kerry's", []string{"Kerry", "'s"}, 0},
		{"Kerry\u2019s,", []string{"Kerry", "'s", ","}, 0},
		{"\u201cYes", []string{"\"", "Yes"}, 1},
		{"(NATO)", []string{"(", "NATO", ")"}, 1},
		{"\u2018Markova", []string{"'", "Markova"}, 1},
		{"Authority.\u201d", []string{"Authority", ".", "\""}, 0},
		{"'90s", []string{"'90s"}, 0},
		{"'S", []string{"'S"}, 0},
	}
	for _, tt := range tests {
		pieces, core := splitToken(tt.raw)
		if diff := cmp.Diff(tt.pieces, pieces); diff != "" || core != tt.core {
			t.Errorf("splitToken(%q) = %q, %d; want %q, %d", tt.raw, pieces, core, tt.pieces, tt.core)
		}
	}
}

func TestFixIOB2(t *testing.T) {
	tags := [][]string{{"O", "I-PER", "I-PER", "I-LOC", "B-ORG", "I-ORG"}}
	fixIOB2(tags)
	want := [][]string{{"O", "B-PER", "I-PER", "B-LOC", "B-ORG", "I-ORG"}}
	if diff := cmp.Diff(want, tags); diff != "" {
		t.Errorf("fixIOB2 (-want +got):\n%s", diff)
	}
}
