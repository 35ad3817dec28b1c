package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// maxQuoteHold is how far (in bytes) a quotation may run on and still keep
// the sentences inside it together with their attribution: a short
// two-sentence quote followed by "he said" reads as one unit, a long quoted
// passage does not.
const maxQuoteHold = 400

// Segment splits an article's text into tokens and sentences. Sentences
// never cross paragraph boundaries.
func Segment(text string, paragraphs []chorus.Span) ([]chorus.Token, []chorus.Sentence) {
	if len(paragraphs) == 0 && text != "" {
		paragraphs = []chorus.Span{{Start: 0, End: len(text)}}
	}
	var tokens []chorus.Token
	var sents []chorus.Sentence
	for p, ps := range paragraphs {
		toks := Tokenize(text, ps)
		base := len(tokens)
		tokens = append(tokens, toks...)
		for _, b := range sentenceBounds(text, toks) {
			first, end := base+b[0], base+b[1]
			sents = append(sents, chorus.Sentence{
				Span:       chorus.Span{Start: tokens[first].Start, End: tokens[end-1].End},
				Paragraph:  p,
				TokenStart: first,
				TokenEnd:   end,
			})
		}
	}
	return tokens, sents
}

// sentenceBounds returns [first, end) token ranges of the sentences of one paragraph.
func sentenceBounds(text string, toks []chorus.Token) [][2]int {
	var out [][2]int
	start := 0
	inQuote := false
	quoteStart := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i].Text
		if doubledApostrophe(toks, i) {
			// '' is a straight double quotation mark written with two
			// apostrophes (the New York Times' archive style)
			t = "\""
			i++
		} else if doubledBacktick(toks, i) {
			// `` opens a quotation that '' closes (the wire style of DUC's
			// and TREC's texts): the '' after a full stop then belongs to
			// the sentence it closes
			t = "“"
			i++
		}
		switch t {
		case "“":
			inQuote, quoteStart = true, toks[i].Start
		case "”":
			inQuote = false
		case "\"":
			if inQuote {
				inQuote = false
			} else {
				inQuote, quoteStart = true, toks[i].Start
			}
		}
		end, ok := sentenceEnd(toks, i, inQuote)
		if !ok {
			continue
		}
		if inQuote && !closesQuote(toks[i+1:end]) {
			// keep a short quotation and its attribution together
			if closes := quoteCloses(toks, end); closes >= 0 && toks[closes].End-quoteStart <= maxQuoteHold {
				continue
			}
		}
		out = append(out, [2]int{start, end})
		start = end
		i = end - 1
		inQuote = false
	}
	if start < len(toks) {
		out = append(out, [2]int{start, len(toks)})
	}
	return out
}

// closesQuote reports whether the marks after a sentence end close a quotation.
func closesQuote(closers []chorus.Token) bool {
	for i, t := range closers {
		if t.Text == "”" || t.Text == "\"" || doubledApostrophe(closers, i) {
			return true
		}
	}
	return false
}

// quoteCloses returns the index of the first closing quotation mark at or
// after token i, or -1.
func quoteCloses(toks []chorus.Token, i int) int {
	for ; i < len(toks); i++ {
		if toks[i].Text == "”" || toks[i].Text == "\"" || doubledApostrophe(toks, i) {
			return i
		}
	}
	return -1
}

// doubledApostrophe reports whether tokens i and i+1 are two apostrophes
// written together, as a double quotation mark.
func doubledApostrophe(toks []chorus.Token, i int) bool {
	return i+1 < len(toks) && toks[i].Text == "'" && toks[i+1].Text == "'" && toks[i+1].Start == toks[i].End
}

// doubledBacktick reports whether tokens i and i+1 are two backticks
// written together, an opening double quotation mark.
func doubledBacktick(toks []chorus.Token, i int) bool {
	return i+1 < len(toks) && toks[i].Text == "`" && toks[i+1].Text == "`" && toks[i+1].Start == toks[i].End
}

// sentenceEnd decides whether a sentence ends at token i; if so it returns
// the index just past the sentence (after closing quotes and brackets).
func sentenceEnd(toks []chorus.Token, i int, inQuote bool) (int, bool) {
	t := toks[i].Text
	terminal := t == "." || t == "!" || t == "?"
	abbrev := false
	if !terminal && len(t) > 1 && strings.HasSuffix(t, ".") {
		abbrev = true
	}
	if !terminal && !abbrev {
		return 0, false
	}
	end := i + 1
	for end < len(toks) && isCloser(toks[end].Text) {
		// a straight quote closes only a quotation that is open; otherwise
		// it opens the next sentence's
		if t := toks[end].Text; t == "\"" || t == "'" {
			if !inQuote {
				break
			}
			inQuote = false
			if doubledApostrophe(toks, end) {
				end++
			}
		}
		end++
	}
	if end >= len(toks) {
		return len(toks), true
	}
	next := toks[end].Text
	if abbrev {
		if clockAbbreviation(t) {
			// "… at 6 a.m. Harbour officials said …": a clock time is
			// followed by a capitalised word only when that word is part
			// of the time ("5 p.m. Friday", "9 a.m. GMT", "6 a.m. Moscow
			// time") or starts the next sentence
			return end, startsSentenceAfterClock(toks, end)
		}
		// "U.S." or "Gen." ends a sentence only when a sentence plainly starts next.
		return end, sentenceStarters[next] && mayEndSentence(t)
	}
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(next) {
		return end, true
	}
	return 0, false
}

// clockAbbreviation reports whether tok is "a.m." or "p.m.".
func clockAbbreviation(tok string) bool {
	switch strings.ToLower(tok) {
	case "a.m.", "p.m.":
		return true
	}
	return false
}

// clockFollowers are capitalised words that continue a clock time: the
// day, the month and the time zone it is given in.
var clockFollowers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday Mon Tue Tues Wed Thu Thurs Fri Sat Sun
		January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
		GMT UTC BST CET CEST EET EEST MSK EST EDT CST CDT MST MDT PST PDT ET CT MT PT AEST AEDT JST IST HKT SGT WIB Z`) {
		m[w] = true
	}
	return m
}()

// startsSentenceAfterClock reports whether the token at i, after "a.m." or
// "p.m.", opens a new sentence.
func startsSentenceAfterClock(toks []chorus.Token, i int) bool {
	next := toks[i].Text
	if next == "(" || next == "[" {
		return false // "8 a.m. (1000 GMT)": the time again, in another zone
	}
	r, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsUpper(r) && !isOpener(next) {
		return false
	}
	if clockFollowers[next] || strings.HasSuffix(next, "T") && len(next) <= 4 && strings.ToUpper(next) == next {
		return false
	}
	if i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "time") {
		return false // "6 a.m. Moscow time"
	}
	return true
}

// mayEndSentence lists abbreviations often found at the end of a sentence.
func mayEndSentence(tok string) bool {
	switch strings.ToLower(strings.TrimSuffix(tok, ".")) {
	case "u.s", "u.n", "u.k", "e.u", "a.m", "p.m", "inc", "co", "corp", "ltd", "etc", "jr", "sr", "d.c",
		// US states as news datelines write them: "He grew up in Newark, N.J. He …"
		"n.j", "n.y", "n.h", "n.c", "s.c", "n.d", "s.d", "n.m", "r.i", "w.va":
		return true
	}
	return false
}

func isCloser(t string) bool {
	switch t {
	case "”", "’", "\"", "'", ")", "]", "»":
		return true
	}
	return false
}

func isOpener(t string) bool {
	switch t {
	case "“", "\"", "‘", "(", "[", "«", "'", "`":
		return true
	}
	return false
}
