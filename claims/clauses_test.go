package claims

import (
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
)

// clauseStrings splits one sentence and renders each clause as
// "text | attribution".
func clauseStrings(text string) []string {
	toks := analyze.Tokenize(text, chorus.Span{Start: 0, End: len(text)})
	s := newSent(text, toks)
	var out []string
	for _, c := range clauses(text, toks) {
		words, _ := clauseText(s, c, Facets{}, nil)
		line := words
		if c.attribution.to > c.attribution.from {
			line += " | " + s.span(c.attribution.from, c.attribution.to)
		}
		out = append(out, line)
	}
	return out
}

// TestClauses checks what a sentence as a whole gives: a plain statement
// whole, and nothing from a question, a sentence too short to state
// something, or one starting inside a quotation the segmenter cut. The
// rules that split and read a sentence are tested beside their files.
func TestClauses(t *testing.T) {
	checkClauses(t, []clauseCase{
		{"plain", "The council mailed leaflets to households in the eastern district.",
			[]string{"The council mailed leaflets to households in the eastern district"}},
		{"a sentence starting inside a cut quotation leaves its attribution alone", "No pilots,'' 17-year-old Ilse Varga, one of the deckhands on the ferry, said Friday as the fire spread.",
			nil},
		{"question", "Will the talks resume in August at all?", nil},
		{"too short", "He agreed.", nil},
	})
}

// clauseCase is one sentence and the clauses it should split into, each
// as clauseStrings renders it.
type clauseCase struct {
	name, text string
	want       []string
}

// checkClauses splits each case's sentence and reports every clause list
// that differs from the one wanted.
func checkClauses(t *testing.T, tests []clauseCase) {
	t.Helper()
	for _, tc := range tests {
		got := clauseStrings(tc.text)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: %q (-want +got):\n%s", tc.name, tc.text, diff)
		}
	}
}

func TestClauseTextIsSubsequence(t *testing.T) {
	text := "Riel, speaking after meeting Varga in Thessara, said the talks had moved forward, and Brenmoor and Kalessia, which back rival bids, had agreed to meet."
	toks := analyze.Tokenize(text, chorus.Span{Start: 0, End: len(text)})
	s := newSent(text, toks)
	for _, c := range clauses(text, toks) {
		words, _ := clauseText(s, c, Facets{}, nil)
		span := text[toks[c.segs[0].from].Start:toks[c.segs[len(c.segs)-1].to-1].End]
		if !isSubsequence(wordsOf(words), wordsOf(span)) {
			t.Errorf("clause %q is not a subsequence of its span %q", words, span)
		}
	}
}

// wordsOf is the letters-and-digits words of s, as the citation checker reads them.
func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

func isSubsequence(small, big []string) bool {
	j := 0
	for _, w := range big {
		if j < len(small) && small[j] == w {
			j++
		}
	}
	return j == len(small)
}
