package align

import "strings"

// stem reduces an English word to a stem so that inflected and derived
// forms compare equal ("agreed", "agreeing" → "agre"; "connection",
// "connected" → "connect"). It follows the steps of Porter's 1980
// algorithm (plurals and -ed/-ing, then derivational suffixes, each
// removed only when the rest keeps enough of a word), written here for
// lower-case ASCII words; anything else is returned unchanged.
func stem(w string) string {
	var buf [64]byte
	return string(stemBytes(&buf, w))
}

// stemHash is the hash of w's stem, computed without allocating.
func stemHash(w string) uint64 {
	var buf [64]byte
	b := stemBytes(&buf, w)
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// stemBytes writes w's stem into buf and returns it.
func stemBytes(buf *[64]byte, w string) []byte {
	b := append(buf[:0], w...)
	if len(w) <= 2 || len(w) > 48 {
		return b
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return b
		}
	}
	b = step1a(b)
	b = step1b(b)
	b = step1c(b)
	b = replaceSuffix(b, step2, 0)
	b = replaceSuffix(b, step3, 0)
	b = step4(b)
	return step5(b)
}

// cons reports whether b[i] is a consonant in Porter's sense: 'y' after a
// consonant is a vowel.
func cons(b []byte, i int) bool {
	switch b[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !cons(b, i-1)
	}
	return true
}

// measure counts the vowel-consonant sequences of b: [C](VC)^m[V].
func measure(b []byte) int {
	m, i, n := 0, 0, len(b)
	for i < n && cons(b, i) {
		i++
	}
	for i < n {
		for i < n && !cons(b, i) {
			i++
		}
		if i >= n {
			break
		}
		for i < n && cons(b, i) {
			i++
		}
		m++
	}
	return m
}

func hasVowel(b []byte) bool {
	for i := range b {
		if !cons(b, i) {
			return true
		}
	}
	return false
}

// doubleCons reports a final double consonant ("hopp").
func doubleCons(b []byte) bool {
	n := len(b)
	return n >= 2 && b[n-1] == b[n-2] && cons(b, n-1)
}

// cvc reports a final consonant-vowel-consonant whose last letter is not
// w, x or y ("hop"), after which a removed -e is put back.
func cvc(b []byte) bool {
	n := len(b)
	if n < 3 || !cons(b, n-1) || cons(b, n-2) || !cons(b, n-3) {
		return false
	}
	c := b[n-1]
	return c != 'w' && c != 'x' && c != 'y'
}

func hasSuffix(b []byte, s string) bool {
	return len(b) >= len(s) && string(b[len(b)-len(s):]) == s
}

func step1a(b []byte) []byte {
	switch {
	case hasSuffix(b, "sses"), hasSuffix(b, "ies"):
		return b[:len(b)-2]
	case hasSuffix(b, "ss"):
		return b
	case hasSuffix(b, "s"):
		return b[:len(b)-1]
	}
	return b
}

func step1b(b []byte) []byte {
	if hasSuffix(b, "eed") {
		if measure(b[:len(b)-3]) > 0 {
			return b[:len(b)-1]
		}
		return b
	}
	var rest []byte
	switch {
	case hasSuffix(b, "ed") && hasVowel(b[:len(b)-2]):
		rest = b[:len(b)-2]
	case hasSuffix(b, "ing") && hasVowel(b[:len(b)-3]):
		rest = b[:len(b)-3]
	default:
		return b
	}
	switch {
	case hasSuffix(rest, "at"), hasSuffix(rest, "bl"), hasSuffix(rest, "iz"):
		return append(rest, 'e')
	case doubleCons(rest) && !hasSuffix(rest, "l") && !hasSuffix(rest, "s") && !hasSuffix(rest, "z"):
		return rest[:len(rest)-1]
	case measure(rest) == 1 && cvc(rest):
		return append(rest, 'e')
	}
	return rest
}

func step1c(b []byte) []byte {
	if hasSuffix(b, "y") && hasVowel(b[:len(b)-1]) {
		b[len(b)-1] = 'i'
	}
	return b
}

// suffix rules: replace from with to when the rest has measure > min.
type rule struct{ from, to string }

var step2 = []rule{
	{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
	{"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
	{"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
	{"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
}

var step3 = []rule{
	{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
}

// replaceSuffix applies the first rule whose suffix b ends with.
func replaceSuffix(b []byte, rules []rule, min int) []byte {
	if len(b) < 4 {
		return b
	}
	last := b[len(b)-1]
	for _, r := range rules {
		if r.from[len(r.from)-1] == last && hasSuffix(b, r.from) {
			rest := b[:len(b)-len(r.from)]
			if measure(rest) > min {
				return append(rest, r.to...)
			}
			return b
		}
	}
	return b
}

var step4Suffixes = strings.Fields("al ance ence er ic able ible ant ement ment ent ion ou ism ate iti ous ive ize")

func step4(b []byte) []byte {
	if len(b) < 4 {
		return b
	}
	last := b[len(b)-1]
	for _, s := range step4Suffixes {
		if s[len(s)-1] != last || !hasSuffix(b, s) {
			continue
		}
		rest := b[:len(b)-len(s)]
		if measure(rest) <= 1 {
			return b
		}
		if s == "ion" && !hasSuffix(rest, "s") && !hasSuffix(rest, "t") {
			return b
		}
		return rest
	}
	return b
}

func step5(b []byte) []byte {
	if hasSuffix(b, "e") {
		rest := b[:len(b)-1]
		if m := measure(rest); m > 1 || (m == 1 && !cvc(rest)) {
			b = rest
		}
	}
	if hasSuffix(b, "ll") && measure(b) > 1 {
		b = b[:len(b)-1]
	}
	return b
}
