// Package analyze derives from an article's text everything later stages
// read: tokens and sentences with byte spans, and (in its sub-packages)
// named entities, quotes with their speakers and time expressions.
package analyze

import "github.com/chorusnews/chorus"

// Analyze segments an article. It is pure: the same article always gives
// the same analysis, so analyses are recomputed rather than stored.
func Analyze(a *chorus.Article) *chorus.Analysis {
	toks, sents := Segment(a.Text, a.Paragraphs)
	return &chorus.Analysis{Article: a.ID, Tokens: toks, Sentences: sents}
}
