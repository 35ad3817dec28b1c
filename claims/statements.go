package claims

import (
	"sort"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/claims/align"
)

// stmt is one clause of one article, ready to compare.
type stmt struct {
	order  int // position among all statements: articles in input order, then text order
	art    *Article
	artIdx int
	text   string
	span   chorus.Span
	facets Facets
	// full is the clause prepared for the pair classifier; masked the
	// same with its figures and dates replaced, to tell whether two
	// clauses speak of the same thing whatever their figures.
	full, masked *align.Sentence
	sentence     int
	// novel counts names no other origin mentions, set when ranking.
	novel int
	// located caches the places the statement names after a preposition of
	// location (see locatives); nil until asked.
	located []string
	// scoped caches the places it counts in (see elsewhere); nil until asked.
	scoped []string
}

// origin is the statement's independent origin.
func (s *stmt) origin() chorus.ArticleID {
	if s.art.Origin != "" {
		return s.art.Origin
	}
	return s.art.Article.ID
}

// extract reads an article's statements: every clause of every body
// sentence (the title repeats the body and is left out, and a photo
// caption describes a picture rather than states what happened).
func extract(a *Article, artIdx int, m *align.Model, order int) []*stmt {
	text := a.Article.Text
	r := newReader(a)
	var out []*stmt
	for si, sn := range a.Analysis.Sentences {
		if a.Article.TitleSpan.Len() > 0 && a.Article.TitleSpan.Contains(sn.Span) || sn.Caption {
			continue
		}
		if sn.TokenEnd > len(a.Analysis.Tokens) || sn.TokenStart >= sn.TokenEnd {
			continue
		}
		toks := a.Analysis.Tokens[sn.TokenStart:sn.TokenEnd]
		s := newSent(text, toks)
		start := 0
		for start < len(toks) && s.isPunct(start) {
			start++
		}
		for _, c := range clauses(text, toks) {
			span := chorus.Span{Start: toks[c.segs[0].from].Start, End: toks[c.segs[len(c.segs)-1].to-1].End}
			f := r.facets(s, c, span, start)
			words, masked := clauseText(s, c, f, timesIn(a.Analysis.Times, span))
			st := &stmt{
				order: order + len(out), art: a, artIdx: artIdx, text: words, span: span, facets: f,
				full: m.Prepare(words), masked: m.Prepare(masked), sentence: si,
			}
			out = append(out, st)
		}
	}
	return out
}

// timesIn returns the time expressions inside span.
func timesIn(times []chorus.TimeRef, span chorus.Span) []chorus.TimeRef {
	var out []chorus.TimeRef
	for _, t := range times {
		if span.Contains(t.Span) {
			out = append(out, t)
		}
	}
	return out
}

// clauseText joins a clause's runs as written, and a masked form with
// its figures, dates and places replaced by placeholders (so that two
// clauses giving different values for the same thing compare as equal).
func clauseText(s *sent, c rawClaim, f Facets, times []chorus.TimeRef) (string, string) {
	type mask struct {
		start, end int
		with       string
	}
	var masks []mask
	for _, n := range f.Numbers {
		masks = append(masks, mask{n.Quantity.Start, n.Quantity.End, "NUMBER"})
	}
	for _, t := range times {
		masks = append(masks, mask{t.Start, t.End, "DATE"})
	}
	for _, sg := range c.segs {
		from, to := s.toks[sg.from].Start, s.toks[sg.to-1].End
		for _, pl := range f.Places {
			if k := strings.Index(s.text[from:to], pl); k >= 0 {
				masks = append(masks, mask{from + k, from + k + len(pl), "PLACE"})
			}
		}
	}
	sort.Slice(masks, func(i, j int) bool { return masks[i].start < masks[j].start })
	var words, masked strings.Builder
	for k, sg := range c.segs {
		if k > 0 {
			words.WriteByte(' ')
			masked.WriteByte(' ')
		}
		from, to := s.toks[sg.from].Start, s.toks[sg.to-1].End
		words.WriteString(s.text[from:to])
		pos := from
		for _, m := range masks {
			if m.start < pos || m.end > to {
				continue
			}
			masked.WriteString(s.text[pos:m.start])
			masked.WriteString(m.with)
			pos = m.end
		}
		masked.WriteString(s.text[pos:to])
	}
	return words.String(), masked.String()
}
