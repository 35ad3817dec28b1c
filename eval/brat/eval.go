package brat

import (
	"strconv"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/analyze/quotes"
)

// Finder finds the quotes of a plain text.
type Finder func(text string) []chorus.Quote

// FindQuotes is the Finder chorus uses: the text split into paragraphs at
// line breaks, segmented by package analyze, and searched by
// quotes.Find with no entity mentions (so capitalised phrases stand in).
func FindQuotes(text string) []chorus.Quote {
	toks, sents := analyze.Segment(text, Paragraphs(text))
	return quotes.Find(text, toks, sents, nil)
}

// Paragraphs returns the spans of the non-blank lines of text.
func Paragraphs(text string) []chorus.Span {
	var out []chorus.Span
	start := 0
	for start <= len(text) {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		a, b := start, end
		for a < b && isSpace(text[a]) {
			a++
		}
		for b > a && isSpace(text[b-1]) {
			b--
		}
		if b > a {
			out = append(out, chorus.Span{Start: a, End: b})
		}
		start = end + 1
	}
	return out
}

// FromQuotes turns chorus quotes into brat attributions: the fragments of
// one attribution (quotes.Group) become one event, and a direct quote's
// content takes in its quotation marks, as PolNeAR's annotators marked
// them. Events are numbered E1, E2 … in text order.
func FromQuotes(text string, qs []chorus.Quote) []Quote {
	var out []Quote
	for _, g := range quotes.Group(qs) {
		q := Quote{ID: "E" + strconv.Itoa(len(out)+1)}
		for _, part := range g {
			c := part.Content
			if part.Direct {
				c = quotes.Marked(text, c)
			}
			q.Content = append(q.Content, c)
		}
		q.Content = Fragments(text, q.Content)
		if len(q.Content) == 0 {
			continue
		}
		if g[0].Speaker.Len() > 0 {
			q.Source = Fragments(text, []chorus.Span{g[0].Speaker})
		}
		if g[0].Cue.Len() > 0 {
			q.Cue = Fragments(text, []chorus.Span{g[0].Cue})
		}
		out = append(out, q)
	}
	SortQuotes(out)
	return out
}

// DocResult is one document's predictions and scores.
type DocResult struct {
	Doc    *Doc
	Pred   []Quote
	Scores Scores
}

// Result is the evaluation of a Finder on a set of documents.
type Result struct {
	Docs    []DocResult
	Scores  Scores
	Elapsed time.Duration
}

// DocsPerSecond is the Finder's throughput (segmentation included).
func (r Result) DocsPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(len(r.Docs)) / r.Elapsed.Seconds()
}

// Evaluate runs find on every document and scores its quotes.
func Evaluate(docs []Doc, find Finder) Result {
	res := Result{Scores: Scores{}}
	for i := range docs {
		d := &docs[i]
		t0 := time.Now()
		qs := find(d.Text)
		res.Elapsed += time.Since(t0)
		pred := FromQuotes(d.Text, qs)
		sc := Score(d.Text, d.Quotes, pred)
		res.Scores.Add(sc)
		res.Docs = append(res.Docs, DocResult{Doc: d, Pred: pred, Scores: sc})
	}
	return res
}
