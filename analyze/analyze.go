// Package analyze derives from an article's text everything later stages
// read: tokens and sentences with byte spans, and (in its sub-packages)
// named entities, quotes with their speakers and time expressions.
package analyze

import (
	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze/ner"
	"github.com/chorusnews/chorus/analyze/quotes"
	"github.com/chorusnews/chorus/analyze/timex"
)

// Analyze segments an article, tags its named entities, finds its quotes
// with their speakers and its time expressions, resolved against the
// article's publication date. An article in another language than English
// is only segmented (see chorus.Article.ReadsAsEnglish). Analyze is pure:
// the same article always gives the same analysis, so analyses are
// recomputed rather than stored.
func Analyze(a *chorus.Article) *chorus.Analysis {
	toks, sents := Segment(a.Text, a.Paragraphs)
	markCaptions(a.Text, sents)
	an := &chorus.Analysis{
		Article:   a.ID,
		Tokens:    toks,
		Sentences: sents,
	}
	if !a.ReadsAsEnglish() {
		return an
	}
	an.Times = timex.Find(a.Text, a.Published)
	an.Mentions = ner.MentionsOf(a.Text, an)
	an.Quotes = quotes.Find(a.Text, toks, sents, an.Mentions)
	return an
}
