package claims

import (
	"testing"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
)

// FuzzClauses checks that any sentence splits into clauses whose runs lie
// inside the sentence, in order, and whose words are a subsequence of the
// cited span's words.
func FuzzClauses(f *testing.F) {
	for _, s := range []string{
		"Ferry union organiser Petar Ilic told members on Friday that the pay dispute was still open.",
		"Some 12,000 people are without a home after the flood according to the Kessel Institute for Housing Studies.",
		"“We mean to go on,” the mediator told a press briefing in the port city of Thessara.",
		"Brenmoor and Kalessia, which back rival bids, had narrowed their gap; talks resume in March.",
		`"Today we search," Dolgarin told reporters at the crisis centre, and he said, which`,
		"a, which, who, said that according to , ; and has", "“", "(", "said", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		toks := analyze.Tokenize(text, chorus.Span{Start: 0, End: len(text)})
		s := newSent(text, toks)
		for _, c := range clauses(text, toks) {
			prev := 0
			for _, sg := range c.segs {
				if sg.from < prev || sg.to <= sg.from || sg.to > len(toks) {
					t.Fatalf("bad run %v after %d of %d tokens in %q", sg, prev, len(toks), text)
				}
				prev = sg.to
			}
			// the sayer reads any run the attribution rules return
			(&reader{an: &chorus.Analysis{}, lower: map[string]bool{}}).sayer(s, c.attribution, 0)
			words, _ := clauseText(s, c, Facets{}, nil)
			span := text[toks[c.segs[0].from].Start:toks[c.segs[len(c.segs)-1].to-1].End]
			if !isSubsequence(wordsOf(words), wordsOf(span)) {
				t.Fatalf("clause %q is not a subsequence of %q", words, span)
			}
		}
	})
}
