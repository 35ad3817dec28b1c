package claims

import (
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze/clause"
)

// segment is a run of a sentence's tokens, [from, to).
type segment struct{ from, to int }

// sent is a sentence being split, with per-token views (the clause
// package's, under short names).
type sent struct {
	text   string
	toks   []chorus.Token
	low    []string
	quoted []bool // inside quotation marks
	paren  []bool // inside parentheses
	dashed []bool // inside a pair of dashes: "the blockade _ which the dockers first claimed, but … _ shut the quay"
	// describing are the clauses that describe a noun: relative clauses are
	// cut from the main clause, and some become claims of their own.
	describing []clause.Clause
}

func newSent(text string, toks []chorus.Token) *sent {
	c := clause.New(text, toks)
	return &sent{text: text, toks: toks, low: c.Lower, quoted: c.Quoted, paren: c.Bracketed, dashed: dashAsides(toks, c.Quoted),
		describing: c.Describing()}
}

// dashAsides marks the tokens between two dashes of a sentence (see
// isDash): an aside, whose commas and conjunctions belong to it, not to
// the sentence.
func dashAsides(toks []chorus.Token, quoted []bool) []bool {
	out := make([]bool, len(toks))
	open := -1
	for i, t := range toks {
		if !isDash(t.Text) || quoted[i] {
			continue
		}
		if open < 0 {
			open = i
			continue
		}
		for k := open; k <= i; k++ {
			out[k] = true
		}
		open = -1
	}
	return out
}

// isDash reports a token typed as a dash ("—", "–", "--", or the spaced
// underscore of old wire copy).
func isDash(t string) bool { return t == "—" || t == "–" || t == "--" || t == "_" }

// isWord reports a token that opens with a letter or a digit.
func (s *sent) isWord(i int) bool {
	r, _ := utf8.DecodeRuneInString(s.toks[i].Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isPunct reports a token that is no word and no currency sign: what trim
// drops from a claim's ends, while "$" stays with its amount ("$4 million").
func (s *sent) isPunct(i int) bool {
	return !s.isWord(i) && s.toks[i].Text != "$" && s.toks[i].Text != "€" && s.toks[i].Text != "£"
}

// words counts the word tokens in [a, b).
func (s *sent) words(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if s.isWord(i) {
			n++
		}
	}
	return n
}

// span returns the source text of tokens [a, b).
func (s *sent) span(a, b int) string {
	if a >= b {
		return ""
	}
	return s.text[s.toks[a].Start:s.toks[b-1].End]
}

// trim drops punctuation, quotation marks and discourse openers from the
// ends of [a, b): "But, ..." → "...".
//
// A quotation the range holds whole keeps its marks: "condemned the
// blockade as “reckless.”" is not cut to an open quotation mark.
func (s *sent) trim(a, b int) (int, int) {
	a0, b0 := a, b
	for a < b && (s.isPunct(a) && s.toks[a].Text != "(" || leadWords[s.low[a]] && a+1 < b) {
		a++
	}
	for b > a && s.isPunct(b-1) && s.toks[b-1].Text != ")" && s.toks[b-1].Text != "%" {
		b--
	}
	if a >= b {
		return a, b
	}
	if s.quoted[b-1] && b < b0 && s.quoted[b] {
		open, end := s.quotedRun(b, a0, b0)
		if open >= a0 && isQuoteMark(s.toks[open].Text) && isQuoteMark(s.toks[end-1].Text) {
			b = end
		}
	}
	if s.quoted[a] && a > a0 && s.quoted[a-1] {
		open, closed := s.quotedRun(a, a0, b0)
		if isQuoteMark(s.toks[open].Text) && (open > a0 || !s.quoted[a0] || a0 == 0) && closed <= b {
			a = open
		}
	}
	return a, b
}

// quotedRun returns the quoted run of tokens that token x-1 and x share,
// within [lo, hi): where its quotation opens and where it ends.
func (s *sent) quotedRun(x, lo, hi int) (open, end int) {
	open = x - 1
	for open > lo && s.quoted[open-1] {
		open--
	}
	end = x
	for end < hi && s.quoted[end] {
		end++
	}
	return open, end
}

// isQuoteMark reports a token that is (part of) a quotation mark.
func isQuoteMark(t string) bool {
	switch t {
	case "“", "”", "\"", "«", "»", "`", "'", "``", "''":
		return true
	}
	return false
}

// quotedShare is the share of word tokens of [a, b) inside quotation marks.
func (s *sent) quotedShare(a, b int) float64 {
	n, q := 0, 0
	for i := a; i < b; i++ {
		if s.isWord(i) {
			n++
			if s.quoted[i] {
				q++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(q) / float64(n)
}

// openingMark reports a quotation mark that opens a quotation: quoted, and
// the token before it not.
func (s *sent) openingMark(i int) bool {
	return isQuoteMark(s.toks[i].Text) && s.quoted[i] && (i == 0 || !s.quoted[i-1]) && i+1 < len(s.toks) && s.quoted[i+1]
}
