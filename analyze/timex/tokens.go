package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tkind is the class of a token.
type tkind uint8

const (
	tWord  tkind = iota // a run of letters
	tNum                // a run of ASCII digits
	tPunct              // any other single non-space character
	tNone               // no token: past either end of the text
)

// token is a word, a digit run or one punctuation character of the text.
// Hyphens, slashes, colons and periods are tokens of their own, so that
// "mid-2014", "7/14/2016", "10:35" and "a.m." are sequences the rules can
// read piece by piece; space records whether they were written apart.
type token struct {
	start, end int
	text       string
	low        string
	kind       tkind
	// space is true when whitespace (or the start of the text) precedes it.
	space bool
	// newline is true when a line break precedes it.
	newline bool
	// num is the value of a tNum token.
	num int
}

// tokenize splits text into tokens with byte offsets.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/4)
	space, newline := true, false
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' || r == '\r':
			space, newline = true, true
			i += w
		case unicode.IsSpace(r):
			space = true
			i += w
		case r < utf8.RuneSelf && r >= '0' && r <= '9':
			j := i
			n := 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if n < 1e8 {
					n = n*10 + int(text[j]-'0')
				}
				j++
			}
			toks = append(toks, token{start: i, end: j, text: text[i:j], low: text[i:j], kind: tNum, space: space, newline: newline, num: n})
			i = j
			space, newline = false, false
		case unicode.IsLetter(r):
			j := i + w
			for j < len(text) {
				r2, w2 := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsLetter(r2) && !unicode.IsMark(r2) {
					break
				}
				j += w2
			}
			s := text[i:j]
			toks = append(toks, token{start: i, end: j, text: s, low: strings.ToLower(s), kind: tWord, space: space, newline: newline})
			i = j
			space, newline = false, false
		default:
			s := text[i : i+w]
			low := s
			switch r {
			case '\u2019', '\u2018':
				low = "'"
			case '\u2013', '\u2014':
				low = "-"
			}
			toks = append(toks, token{start: i, end: i + w, text: s, low: low, kind: tPunct, space: space, newline: newline})
			i += w
			space, newline = false, false
		}
	}
	return toks
}

// sentences gives each token the index of its sentence. A sentence ends at
// ".", "!" or "?" followed by a space and a capital, digit or quote (unless
// the period ends a known abbreviation), at a blank line, or at a line that
// starts with a capital after a line ending without punctuation.
func sentences(toks []token) []int {
	ids := make([]int, len(toks))
	s := 0
	for i := range toks {
		if i > 0 && toks[i].newline && breaksLine(toks, i) {
			s++
		}
		ids[i] = s
		t := toks[i]
		if t.kind != tPunct || (t.low != "." && t.low != "!" && t.low != "?") || i+1 >= len(toks) {
			continue
		}
		next := toks[i+1]
		if !next.space {
			continue
		}
		if t.low == "." && i > 0 && abbreviation(toks, i-1) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(next.text)
		if unicode.IsUpper(r) || next.kind == tNum || next.low == "\"" || next.low == "'" || next.low == "`" {
			s++
		}
	}
	return ids
}

// breaksLine reports whether the line break before toks[i] ends a sentence:
// headlines and datelines have no final period.
func breaksLine(toks []token, i int) bool {
	prev := toks[i-1]
	if prev.kind == tPunct && (prev.low == "." || prev.low == "!" || prev.low == "?" || prev.low == "_" || prev.low == "-") {
		return true
	}
	r, _ := utf8.DecodeRuneInString(toks[i].text)
	return unicode.IsUpper(r) && prev.kind != tPunct
}

// abbreviations whose period does not end a sentence.
var abbrevs = set("mr", "mrs", "ms", "dr", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
	"oct", "nov", "dec", "gen", "gov", "sen", "rep", "lt", "col", "sgt", "capt", "maj", "adm", "prof", "inc",
	"corp", "co", "ltd", "jr", "sr", "vs", "no", "mt", "ft", "fig", "rev", "u", "s", "a", "p", "m", "e", "i")

func abbreviation(toks []token, i int) bool {
	t := toks[i]
	if t.kind != tWord {
		return false
	}
	if len(t.low) == 1 {
		return true
	}
	return abbrevs[t.low]
}

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
