package claims

import (
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
}

// origin is the statement's independent origin.
func (s *stmt) origin() chorus.ArticleID {
	if s.art.Origin != "" {
		return s.art.Origin
	}
	return s.art.Article.ID
}

// extract reads an article's statements: every clause of every body
// sentence (the title repeats the body and is left out).
func extract(a *Article, artIdx int, m *align.Model, order int) []*stmt {
	text := a.Article.Text
	r := &reader{art: a.Article, an: a.Analysis, mentions: a.Mentions}
	var out []*stmt
	for si, sn := range a.Analysis.Sentences {
		if a.Article.TitleSpan.Len() > 0 && a.Article.TitleSpan.Contains(sn.Span) {
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
			words, masked := clauseText(s, c, f)
			st := &stmt{
				order: order + len(out), art: a, artIdx: artIdx, text: words, span: span, facets: f,
				full: m.Prepare(words), masked: m.Prepare(masked), sentence: si,
			}
			out = append(out, st)
		}
	}
	return out
}

// clauseText joins a clause's runs as written, and a masked form with
// its figures and dates replaced by placeholders.
func clauseText(s *sent, c clause, f Facets) (string, string) {
	var words, masked strings.Builder
	for k, sg := range c.segs {
		if k > 0 {
			words.WriteByte(' ')
			masked.WriteByte(' ')
		}
		from, to := s.toks[sg.from].Start, s.toks[sg.to-1].End
		words.WriteString(s.text[from:to])
		// masked: copy with number spans replaced
		pos := from
		for _, n := range f.Numbers {
			q := n.Quantity
			if q.Start < pos || q.End > to {
				continue
			}
			masked.WriteString(s.text[pos:q.Start])
			masked.WriteString("NUMBER")
			pos = q.End
		}
		masked.WriteString(s.text[pos:to])
	}
	return words.String(), masked.String()
}
