package timeline

import (
	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze/clause"
)

// A sentence often dates two things: what it reports and, in a clause that
// describes one of its nouns, something older ("The atlas, which holds maps
// drawn in 1642, was recovered on Thursday"; "The gate, inspected in
// November, failed on Tuesday"). The entry belongs under the date of what
// the sentence reports, so a time inside such a describing clause is
// background: it dates the sentence only when the sentence has no other.

// backgroundSpans returns the byte spans of the describing clauses (see
// clause.Sentence.Describing) of sentence s of the analysis.
func backgroundSpans(text string, an *chorus.Analysis, s chorus.Sentence) []chorus.Span {
	if s.TokenStart < 0 || s.TokenEnd > len(an.Tokens) || s.TokenStart >= s.TokenEnd {
		return nil
	}
	var out []chorus.Span
	for _, c := range clause.New(text, an.Tokens[s.TokenStart:s.TokenEnd]).Describing() {
		out = append(out, c.Span)
	}
	return out
}
