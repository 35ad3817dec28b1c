package conll

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestChunks(t *testing.T) {
	tests := []struct {
		name string
		tags string
		want []Chunk
	}{
		{"empty", "", nil},
		{"all outside", "O O O", nil},
		{"iob2 single", "B-PER I-PER O", []Chunk{{0, 2, "PER"}}},
		{"iob2 adjacent same type", "B-PER B-PER", []Chunk{{0, 1, "PER"}, {1, 2, "PER"}}},
		{"entity at sentence end", "O B-LOC I-LOC", []Chunk{{1, 3, "LOC"}}},
		// conlleval: I- after O starts an entity (IOB1, or a sloppy IOB2 tagger).
		{"I after O starts", "O I-ORG I-ORG O", []Chunk{{1, 3, "ORG"}}},
		{"I at sentence start", "I-MISC O", []Chunk{{0, 1, "MISC"}}},
		// A type change inside a chunk ends it and starts another.
		{"type change ends chunk", "B-ORG I-ORG I-LOC", []Chunk{{0, 2, "ORG"}, {2, 3, "LOC"}}},
		{"iob1 adjacent", "I-PER I-PER B-PER O", []Chunk{{0, 2, "PER"}, {2, 3, "PER"}}},
		{"iob1 type change", "I-LOC I-ORG", []Chunk{{0, 1, "LOC"}, {1, 2, "ORG"}}},
		{"iobes", "S-PER B-LOC E-LOC O", []Chunk{{0, 1, "PER"}, {1, 3, "LOC"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Chunks(strings.Fields(tt.tags))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Chunks(%q) mismatch (-want +got):\n%s", tt.tags, diff)
			}
		})
	}
}

func TestResultCounts(t *testing.T) {
	type sent struct{ gold, pred string }
	tests := []struct {
		name      string
		sents     []sent
		want      map[string]Counts
		tokens    int
		correctTg int
	}{
		{
			name:   "exact match",
			sents:  []sent{{"B-PER I-PER O B-LOC", "B-PER I-PER O B-LOC"}},
			want:   map[string]Counts{"PER": {1, 1, 1}, "LOC": {1, 1, 1}},
			tokens: 4, correctTg: 4,
		},
		{
			// Span too short: one guess, one gold, no match.
			name:   "partial span is wrong",
			sents:  []sent{{"B-ORG I-ORG I-ORG", "B-ORG I-ORG O"}},
			want:   map[string]Counts{"ORG": {0, 1, 1}},
			tokens: 3, correctTg: 2,
		},
		{
			name:   "right span wrong type",
			sents:  []sent{{"B-ORG O", "B-LOC O"}},
			want:   map[string]Counts{"ORG": {0, 0, 1}, "LOC": {0, 1, 0}},
			tokens: 2, correctTg: 1,
		},
		{
			// IOB1 gold read against IOB2 prediction: same entities.
			name:   "iob1 against iob2",
			sents:  []sent{{"I-PER I-PER O I-LOC", "B-PER I-PER O B-LOC"}},
			want:   map[string]Counts{"PER": {1, 1, 1}, "LOC": {1, 1, 1}},
			tokens: 4, correctTg: 2, // only "I-PER" and "O" are equal as tags
		},
		{
			// The predicted type change splits one gold entity in two.
			name:   "type change inside prediction",
			sents:  []sent{{"B-ORG I-ORG I-ORG", "B-ORG I-ORG I-LOC"}},
			want:   map[string]Counts{"ORG": {0, 1, 1}, "LOC": {0, 1, 0}},
			tokens: 3, correctTg: 2,
		},
		{
			name: "two sentences",
			sents: []sent{
				{"B-PER O B-MISC", "B-PER O O"},
				{"O B-ORG I-ORG", "O I-ORG I-ORG"},
			},
			want:   map[string]Counts{"PER": {1, 1, 1}, "MISC": {0, 0, 1}, "ORG": {1, 1, 1}},
			tokens: 6, correctTg: 4,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var r Result
			for _, s := range tt.sents {
				if err := r.Add(strings.Fields(s.gold), strings.Fields(s.pred)); err != nil {
					t.Fatal(err)
				}
			}
			got := map[string]Counts{}
			for _, typ := range r.Types() {
				got[typ] = r.Type(typ)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("counts mismatch (-want +got):\n%s", diff)
			}
			if r.Tokens != tt.tokens || r.CorrectTags != tt.correctTg {
				t.Errorf("tokens %d/%d, want %d/%d", r.CorrectTags, r.Tokens, tt.correctTg, tt.tokens)
			}
		})
	}
}

func TestScores(t *testing.T) {
	var r Result
	// Gold: PER, LOC, ORG, MISC. Guessed: PER (right), LOC (right), ORG
	// (wrong span), MISC (right), plus a spurious PER.
	gold := strings.Fields("B-PER I-PER O B-LOC O B-ORG I-ORG O B-MISC O")
	pred := strings.Fields("B-PER I-PER O B-LOC O B-ORG O O B-MISC B-PER")
	if err := r.Add(gold, pred); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		c       Counts
		p, r, f float64
	}{
		// all: 3 correct of 5 guessed, 4 gold: P=.6 R=.75 F=2*.45/1.35
		{"overall", r.Overall(), 0.6, 0.75, 2 * 0.6 * 0.75 / 1.35},
		// PER/LOC/ORG: 2 correct of 4 guessed, 3 gold.
		{"plo", r.Over("PER", "LOC", "ORG"), 0.5, 2.0 / 3, 2 * 0.5 * (2.0 / 3) / (0.5 + 2.0/3)},
		{"per", r.Type("PER"), 0.5, 1, 2 * 0.5 / 1.5},
		{"org", r.Type("ORG"), 0, 0, 0},
		{"absent", r.Type("XYZ"), 0, 0, 0},
	}
	for _, tt := range tests {
		near := func(a, b float64) bool { return math.Abs(a-b) < 1e-12 }
		if !near(tt.c.Precision(), tt.p) || !near(tt.c.Recall(), tt.r) || !near(tt.c.F1(), tt.f) {
			t.Errorf("%s: P/R/F = %v/%v/%v, want %v/%v/%v", tt.name,
				tt.c.Precision(), tt.c.Recall(), tt.c.F1(), tt.p, tt.r, tt.f)
		}
	}
	if err := r.Add([]string{"O"}, nil); err == nil {
		t.Error("Add with mismatched lengths: want error")
	}
}

func TestWriteReport(t *testing.T) {
	var r Result
	if err := r.Add(strings.Fields("B-PER O B-LOC"), strings.Fields("B-PER O O")); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := r.WriteReport(&b); err != nil {
		t.Fatal(err)
	}
	want := "processed 3 tokens with 2 phrases; found: 1 phrases; correct: 1.\n" +
		"accuracy:  66.67%; precision: 100.00%; recall:  50.00%; FB1:  66.67\n" +
		"              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  0\n" +
		"              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("report mismatch (-want +got):\n%s", diff)
	}
}
