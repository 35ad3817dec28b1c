package numbers

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token kinds
const (
	kWord   = 'w'
	kDigits = 'd'
	kSymbol = 's'
)

// tok is one token of the scanner: a word, a run of digits with their
// separators ("470,000", "1.8", "10:30"), or one other character.
type tok struct {
	start, end int
	low        string // lower-cased text
	kind       byte
	// gap is the whitespace before the token: 0 none (glued), 1 one
	// space-like character, 2 more.
	gap byte
}

// scan splits text into tokens. Letters glued to digits become their own
// token with gap 0 ("1.5bn" → "1.5" "bn"), so scale suffixes read like words.
func scan(text string, out []tok) []tok {
	i := 0
	var gap byte
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2009' {
			if gap < 2 {
				gap++
			}
			i += size
			continue
		}
		start := i
		kind := byte(kSymbol)
		switch {
		case r >= '0' && r <= '9':
			kind = kDigits
			i = scanDigits(text, i)
		case unicode.IsLetter(r):
			kind = kWord
			i = scanLetters(text, i)
		default:
			i += size
		}
		out = append(out, tok{start: start, end: i, low: lower(text[start:i]), kind: kind, gap: gap})
		gap = 0
	}
	return out
}

// scanDigits reads digits joined by single ',', '.', ':' or '/' separators.
func scanDigits(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c >= '0' && c <= '9' {
			i++
			continue
		}
		if (c == ',' || c == '.' || c == ':' || c == '/') && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9' {
			i++
			continue
		}
		break
	}
	return i
}

// scanLetters reads a word: letters, and inner hyphens or apostrophes
// followed by a letter ("two-thirds", "Kerry's").
func scanLetters(text string, i int) int {
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if unicode.IsLetter(r) {
			i += size
			continue
		}
		if (r == '-' || r == '\'' || r == '’') && i+size < len(text) {
			n, _ := utf8.DecodeRuneInString(text[i+size:])
			if unicode.IsLetter(n) {
				i += size
				continue
			}
		}
		break
	}
	return i
}

// lower lower-cases ASCII-upper text without allocating when it is already lower.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c >= 'A' && c <= 'Z') || c >= utf8.RuneSelf {
			return strings.ToLower(s)
		}
	}
	return s
}
