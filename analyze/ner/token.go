package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize maps typographic variants to the plain forms the CoNLL text
// uses, so that "Kerry’s" and "Kerry's", or “ and ", give the same features.
var normalizer = strings.NewReplacer(
	"``", "\"", "\u2019", "'", "\u2018", "'", "\u201b", "'", "\u2032", "'", "`", "'",
	"\u201c", "\"", "\u201d", "\"", "\u201e", "\"", "\u00ab", "\"", "\u00bb", "\"",
	"''", "\"", "\u2013", "-", "\u2014", "-", "\u2212", "-", "\u00a0", " ",
)

// token is everything the features need to know about one token, computed
// once per token and shared by the features of its neighbours.
type token struct {
	word  string // normalised, possessive stripped
	lower string
	// hashes of the forms above and of the shapes
	hWord, hLower, hShape, hShort uint64
	cap                           bool // first letter upper case
	allCaps                       bool // every letter upper case, at least one letter
	hasLetter                     bool
	hasDigit                      bool
	possessive                    bool // the raw token carried a trailing 's or '
	punct                         bool // no letter and no digit
	classes                       wordClass
	// rare is set only in training, on words seen too seldom there for
	// their identity to be learned: their identity features are left out,
	// so the model learns to tag words it has never seen.
	rare bool
}

// newToken analyses one raw token.
func newToken(raw string, lex *lexicon) token {
	w := normalizeWord(raw)
	var t token
	// Punctuation a tokenizer left on the word ("Vienna.", "\"Kerry").
	if len(w) > 1 {
		w = trimWordPunct(w)
	}
	// "Kerry's" as one token: features see "Kerry" and a possessive flag.
	// CoNLL itself splits "'s" off, so the stripped form matches training.
	if n := len(w); n > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")) {
		w = w[:n-2]
		t.possessive = true
	} else if n > 2 && w[n-1] == '\'' && (w[n-2] == 's' || w[n-2] == 'S') {
		w = w[:n-1]
		t.possessive = true
	}
	t.word = w
	t.lower = strings.ToLower(w)
	var shape, short [24]byte
	ns, nsh := 0, 0
	var last byte
	run := 0
	upper, letters := 0, 0
	for i, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
			upper++
			letters++
		case unicode.IsLetter(r):
			c = 'x'
			letters++
		case unicode.IsDigit(r):
			c = 'd'
			t.hasDigit = true
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if i == 0 {
			t.cap = c == 'X'
		}
		if c == last {
			run++
		} else {
			run = 1
		}
		// The long shape keeps runs up to 4, so "NATO" and "EU" differ
		// but "London" and "Washington" do not.
		if run <= 4 && ns < len(shape) {
			shape[ns] = c
			ns++
		}
		if run == 1 && nsh < len(short) {
			short[nsh] = c
			nsh++
		}
		last = c
	}
	t.hasLetter = letters > 0
	t.allCaps = letters > 0 && upper == letters
	t.punct = letters == 0 && !t.hasDigit
	t.hWord = hashString(t.word)
	t.hLower = hashString(t.lower)
	t.hShape = hashBytes(shape[:ns])
	t.hShort = hashBytes(short[:nsh])
	if lex != nil {
		t.classes = lex.classesOf(t.word, t.lower)
	}
	return t
}

// normalizeWord maps typographic quotes and dashes to plain ones.
func normalizeWord(w string) string {
	if strings.IndexFunc(w, func(r rune) bool { return r >= 0x80 || r == '`' }) >= 0 || strings.Contains(w, "''") {
		return normalizer.Replace(w)
	}
	return w
}

// abbreviations are words whose full stop belongs to them.
var abbreviations = map[string]bool{
	"corp": true, "dept": true, "govt": true, "capt": true, "sept": true, "univ": true,
	"bros": true, "assn": true, "calif": true, "mass": true, "conn": true, "penn": true,
}

// trimWordPunct strips quotes and brackets around a word and a trailing
// comma, colon, semicolon, mark or full stop that is not an abbreviation's.
// Tokens made only of punctuation are left alone.
func trimWordPunct(w string) string {
	core := strings.TrimLeft(w, "\"([{")
	core = strings.TrimRight(core, "\")]},;:!?")
	if core == "" {
		return w
	}
	if n := len(core); n > 1 && core[n-1] == '.' {
		stem := core[:n-1]
		if !strings.Contains(stem, ".") && len(stem) > 3 && !abbreviations[strings.ToLower(stem)] {
			core = stem
		}
	}
	return core
}

// hashString is FNV-1a over the bytes of s.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func hashBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// mix combines two hashes into one (a splitmix64 finaliser over both).
func mix(a, b uint64) uint64 {
	h := a*0x9e3779b97f4a7c15 ^ (b + 0x632be59bd9b4e019)
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}
