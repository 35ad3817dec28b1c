// Package clause reads the clause structure of one English sentence from
// its tokens: which tokens sit inside quotation marks or brackets, and
// which clauses describe a noun rather than say what the sentence reports
// (", which …", ", stolen on 2 March,", "Founded in 1911, …", an
// appositive after the subject, brackets). It also holds the closed word
// classes those heuristics read (relative pronouns, determiners, speech
// verbs, auxiliaries, participles, sentence openers), so that the stages
// reading clauses (the timeline, the claims) share one analysis and one
// set of lists: a fix made for one of them reaches the other.
package clause

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
)

// Kind is the form of a describing clause.
type Kind uint8

// The kinds of describing clause.
const (
	// Relative is a relative clause set off by a comma: ", which holds
	// maps drawn in 1642", ", whose crew was rescued".
	Relative Kind = iota + 1
	// Participle is a past-participle clause set off by commas (", stolen
	// from the library on 2 March,") or opening the sentence ("Founded in
	// 1911, the club …").
	Participle
	// Appositive is a noun phrase set off after the sentence's subject:
	// "The atlas, a volume of maps made in 1642, was taken …".
	Appositive
	// Bracket is a bracketed aside, brackets included.
	Bracket
)

func (k Kind) String() string {
	switch k {
	case Relative:
		return "relative"
	case Participle:
		return "participle"
	case Appositive:
		return "appositive"
	case Bracket:
		return "bracket"
	}
	return "unknown"
}

// Clause is one describing clause of a sentence.
type Clause struct {
	Kind Kind
	// From and To are the clause's tokens, [From, To), indices into the
	// sentence's tokens. From is the comma that opens the clause (or its
	// first word when it opens the sentence, or the opening bracket); To
	// is the mark that ends it (a comma, semicolon, dash) or the
	// sentence's length.
	From, To int
	// Span is the clause's bytes in the text.
	Span chorus.Span
	// Closed is set when a mark ends the clause before the sentence ends,
	// so the sentence goes on after it.
	Closed bool
	// OwnSubject is set on a relative clause with a subject of its own
	// ("which the council approved", "whom Varga met", "whose crew …"),
	// rather than the relative pronoun as its subject ("which operates the
	// quays"): such a clause states nothing of its antecedent alone.
	OwnSubject bool
}

// Sentence is one sentence's tokens with the per-token views the clause
// heuristics read.
type Sentence struct {
	Text   string
	Tokens []chorus.Token
	// Lower is each token's text in lower case.
	Lower []string
	// Quoted marks the tokens inside quotation marks, the marks included.
	Quoted []bool
	// Bracketed marks the tokens inside brackets, the brackets included.
	Bracketed []bool
	depth     []int // bracket depth, the brackets counted inside
}

// New reads the quotation marks and brackets of the sentence made of toks,
// byte spans into text.
func New(text string, toks []chorus.Token) *Sentence {
	s := &Sentence{Text: text, Tokens: toks, Lower: make([]string, len(toks)),
		Quoted: make([]bool, len(toks)), Bracketed: make([]bool, len(toks)), depth: make([]int, len(toks))}
	marks := quoteMarks(text, toks)
	in, depth := false, 0
	for i, t := range toks {
		s.Lower[i] = strings.ToLower(t.Text)
		switch {
		case marks[i] != notMark:
			switch marks[i] {
			case opens:
				in = true
			case closes:
				in = false
			case straight: // a straight quote opens after a space and closes before one
				in = !closingQuote(text, chorus.Span{Start: t.Start, End: markEnd(toks, i)})
			} // (the second half of a two-token mark changes nothing)
			s.Quoted[i] = true
			s.Bracketed[i], s.depth[i] = depth > 0, depth
			continue
		case t.Text == "(":
			depth++
		case t.Text == ")":
			s.Quoted[i], s.Bracketed[i], s.depth[i] = in, true, depth
			if depth > 0 {
				depth--
			}
			continue
		}
		s.Quoted[i] = in
		s.Bracketed[i], s.depth[i] = depth > 0, depth
	}
	// a sentence that starts inside a quotation the segmenter split
	// ("Yesterday we rescued. Today we search," Dolgarin said): its
	// first quotation mark closes, and what precedes it is quoted
	for i, t := range toks {
		if i == 0 && marks[i] == straight && t.Start > 0 && !unicode.IsSpace(rune(text[t.Start-1])) {
			// the closing mark of the sentence before, glued to its full
			// stop, which the segmenter put here (“reckless.” | ” No tugs.)
			continue
		}
		if marks[i] == opens || marks[i] == straight && !closingQuote(text, chorus.Span{Start: t.Start, End: markEnd(toks, i)}) {
			break
		}
		if marks[i] == closes || marks[i] == straight {
			for k := 0; k < i; k++ {
				s.Quoted[k] = true
			}
			break
		}
	}
	return s
}

// mark is the role of a token in a quotation mark.
type mark uint8

const (
	notMark  mark = iota
	opens         // “ « and the `` of old wire copy
	closes        // ” »
	straight      // " and '', which open or close by the spaces around them
	within        // the second half of a mark typed as two tokens (`` ''): quoted, no change
)

// quoteMarks gives each token its role in a quotation mark. Old wire copy
// (the DUC and AP style) types “ as two backquotes and ” as two
// apostrophes, which the tokenizer splits into two tokens; the pair is one
// mark. A lone ' is an apostrophe
// or a single quote and is left alone.
func quoteMarks(text string, toks []chorus.Token) []mark {
	out := make([]mark, len(toks))
	for i := 0; i < len(toks); i++ {
		switch t := toks[i].Text; t {
		case "“", "«":
			out[i] = opens
		case "”", "»":
			out[i] = closes
		case "\"", "``":
			out[i] = straight
			if t == "``" {
				out[i] = opens
			}
		case "''":
			out[i] = straight
		case "`", "'":
			if i+1 < len(toks) && toks[i+1].Text == t && toks[i+1].Start == toks[i].End {
				out[i], out[i+1] = straight, within
				if t == "`" {
					out[i] = opens
				}
				i++
			}
		}
	}
	return out
}

// markEnd is the end of the quotation mark starting at token i: its second
// half's end when it is typed as two tokens.
func markEnd(toks []chorus.Token, i int) int {
	if i+1 < len(toks) && toks[i+1].Start == toks[i].End && toks[i+1].Text == toks[i].Text &&
		(toks[i].Text == "'" || toks[i].Text == "`") {
		return toks[i+1].End
	}
	return toks[i].End
}

// closingQuote reports whether a straight quote at sp closes a quotation:
// glued to the word before it and not to the word after it.
func closingQuote(text string, sp chorus.Span) bool {
	before := sp.Start > 0 && !unicode.IsSpace(rune(text[sp.Start-1])) && text[sp.Start-1] != '('
	after := sp.End < len(text) && !unicode.IsSpace(rune(text[sp.End])) && !unicode.IsPunct(rune(text[sp.End]))
	return before && !after
}

// Describing returns the sentence's describing clauses in text order (by
// From). A reader that dates a sentence takes a time inside one for
// background; a reader that splits a sentence into claims cuts them from
// the main clause.
func (s *Sentence) Describing() []Clause {
	var out []Clause
	n := len(s.Tokens)
	add := func(k Kind, from, to int, closed, own bool) {
		if to <= from {
			return
		}
		sp := chorus.Span{Start: s.Tokens[from].Start, End: s.Tokens[to-1].End}
		out = append(out, Clause{Kind: k, From: from, To: to, Span: sp, Closed: closed, OwnSubject: own})
	}
	// "Founded in 1911, the club …"
	if n > 2 && PastParticiple(s.Lower[0], s.Lower[1]) && clausePrepositions[s.Lower[1]] {
		if end, closed := s.clauseEnd(0); closed && s.Tokens[end].Text == "," {
			add(Participle, 0, end, true, false)
		}
	}
	// an appositive after the subject: "The atlas, a volume of maps made
	// in 1642, was taken on 2 March" (not the comma after an opener: "On
	// Tuesday, the minister …")
	first := s.firstComma()
	if first > 0 && first+1 < n && !Opener(s.Lower[0]) && Determiner(s.Lower[first+1]) {
		if end, closed := s.clauseEnd(first); closed && s.Tokens[end].Text == "," {
			add(Appositive, first, end, true, false)
		}
	}
	for i := 0; i < n; i++ {
		switch s.Tokens[i].Text {
		case "(":
			if j := s.closingBracket(i); j > 0 {
				add(Bracket, i, j+1, j+1 < n, false)
			}
		case ",":
			if i+1 >= n {
				continue
			}
			w1, w2 := s.Lower[i+1], ""
			if i+2 < n {
				w2 = s.Lower[i+2]
			}
			switch {
			case RelativePronoun(w1):
				end, closed := s.clauseEnd(i)
				add(Relative, i, end, closed, s.ownSubject(i+1))
			case (PastParticiple(w1, w2) || i == first && participleForm(w1)) && clausePrepositions[w2]:
				// only a clause closed before the sentence goes on: an open
				// one may be the sentence's own verb after an appositive.
				// Right after the subject, before any aside could have
				// ended, a speech verb is a participle too ("The cuts,
				// announced in March, …")
				if end, closed := s.clauseEnd(i); closed && s.Tokens[end].Text == "," {
					add(Participle, i, end, true, false)
				}
			}
		}
	}
	// the opening participle and the appositive were found before the
	// clauses at the sentence's commas; put them in text order
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && out[j].From < out[j-1].From; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// clauseEnd returns the mark that ends a clause opening at token from (a
// comma, semicolon or dash at the same depth of quotation and brackets,
// or the first token outside the quotation or brackets the clause opened
// in) and whether one does before the sentence ends. A comma inside a
// quotation or brackets within the clause ends nothing: ", which called
// the plan “costly, slow and late” in 2019, …".
func (s *Sentence) clauseEnd(from int) (int, bool) {
	q, d := s.Quoted[from], s.depth[from]
	for j := from + 1; j < len(s.Tokens); j++ {
		if q && !s.Quoted[j] || s.depth[j] < d {
			return j, true // the quotation or the brackets closed
		}
		if s.Quoted[j] != q || s.depth[j] != d {
			continue
		}
		switch s.Tokens[j].Text {
		case ",":
			if s.dateComma(j) {
				continue
			}
			return j, true
		case ";", "–", "—", "--":
			return j, true
		}
	}
	return len(s.Tokens), false
}

// dateComma reports whether the comma at j sits inside a date, before its
// year: "on Dec. 29, 2024", "in May, 2024". Ending a clause there left the
// year outside it (", written on Dec. 29, 2024, was …").
func (s *Sentence) dateComma(j int) bool {
	if j == 0 || j+1 >= len(s.Tokens) || !fourDigits(s.Tokens[j+1].Text) {
		return false
	}
	prev := s.Lower[j-1]
	if n := len(prev); n >= 1 && n <= 2 && prev[0] >= '0' && prev[0] <= '9' {
		return true
	}
	return months[strings.TrimSuffix(prev, ".")]
}

func fourDigits(w string) bool {
	if len(w) != 4 {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// months are the month names and their abbreviations.
var months = wordSet(`january february march april may june july august september october november december
	jan feb mar apr jun jul aug sep sept oct nov dec`)

// firstComma is the sentence's first comma outside quotations and
// brackets, or -1.
func (s *Sentence) firstComma() int {
	for i, t := range s.Tokens {
		if t.Text == "," && !s.Quoted[i] && !s.Bracketed[i] {
			return i
		}
	}
	return -1
}

// closingBracket returns the bracket that closes the one at i, or -1.
func (s *Sentence) closingBracket(i int) int {
	d := s.depth[i]
	for j := i + 1; j < len(s.Tokens); j++ {
		if s.Tokens[j].Text == ")" && s.depth[j] == d {
			return j
		}
	}
	return -1
}

// ownSubject reports whether the relative clause opened by the pronoun at
// i has a subject of its own. "whom" and "whose" always do ("whom Varga
// met", "whose crew …"); "which" and "who" when a determiner, a pronoun or
// a capitalised word that is no verb follows ("which the council
// approved", "which Mr Varga drafted"), not when a verb does ("which
// operates the quays").
func (s *Sentence) ownSubject(i int) bool {
	if s.Lower[i] == "whom" || s.Lower[i] == "whose" {
		return true
	}
	if i+1 >= len(s.Tokens) {
		return false
	}
	next := s.Tokens[i+1].Text
	if relativeSubjects[s.Lower[i+1]] {
		return true
	}
	r := []rune(next)
	return len(r) > 0 && unicode.IsUpper(r[0]) && !VerbCue(next)
}
