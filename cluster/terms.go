package cluster

import (
	"strings"
	"unicode"
)

// Terms returns the weighted content terms of an article: lower-cased,
// lightly stemmed words without stopwords, title words counted double and
// capitalised words (names) half again, since names and headlines say
// most about which story an article tells.
func Terms(title, text string) map[string]float64 {
	out := map[string]float64{}
	add := func(s string, w float64) {
		for _, f := range strings.FieldsFunc(s, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
		}) {
			f = strings.Trim(f, "-")
			lower := strings.ToLower(f)
			if len(lower) < 3 || stopwords[lower] || isNumber(lower) {
				continue
			}
			weight := w
			if r := []rune(f); unicode.IsUpper(r[0]) {
				weight *= 1.5
			}
			out[stem(lower)] += weight
		}
	}
	add(title, 2)
	add(text, 1)
	return out
}

func isNumber(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) && r != '-' {
			return false
		}
	}
	return true
}

// stem folds common English suffixes so inflections share a term.
func stem(w string) string {
	for _, suf := range []string{"ings", "ing", "ies", "ied", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			switch suf {
			case "ies", "ied":
				return w[:len(w)-3] + "y"
			}
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for that with was were are has have had not but from this its
		his her their they them she him who which what when where will would could should can may might
		been being into over after about also said says say more than other some such only then there these
		those our out all any one two three new year years ago very just like how why you your we us it's
		against between during before under while because most many much made make told per did does do
		monday tuesday wednesday thursday friday saturday sunday today yesterday week weeks month months
		january february march april may june july august september october november december
		mr mrs ms according including since until still even last first next time times day days
		people percent official officials news report reported reports statement added asked`) {
		m[w] = true
	}
	return m
}()
