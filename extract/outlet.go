package extract

import (
	"strings"
	"unicode"
)

// outletWords are the words outlet names are commonly made of. A domain
// label such as "dailyclarion" or "trtworld" is split into them, and the
// parts left over are short brand initials ("trt", "bbc") or names.
var outletWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the
		news daily weekly times post herald tribune journal today online express mail star sun guardian
		telegraph independent standard chronicle gazette observer report review press media tv radio
		network wire week magazine insider business finance money tech science sport sports live now
		net info hub monitor courier ledger bulletin dispatch register record globe mirror source line
		world national international global local city county state public free new york london
		washington evening morning sunday weekend enquirer examiner inquirer sentinel advocate leader
		pioneer post times union nation voice age metro citizen republic reporter beacon argus banner
		eagle journal bee planet time life health digital channel broadcasting agency central north
		south east west africa asia europe america american british india china arab gulf pacific
		business insider financial economic economist market markets street wall fox sky first`) {
		m[w] = true
	}
	return m
}()

// outletFromURL names an outlet after its site's domain when the page
// names none: "www.dailyclarion.example" → "Daily Clarion", "trtworld.com"
// → "TRT World", "news.example.org" → "Example".
func outletFromURL(raw string) string {
	h := hostOf(raw)
	if h == "" {
		return ""
	}
	parts := strings.Split(h, ".")
	name := parts[0]
	if len(parts) >= 3 {
		switch parts[0] {
		case "news", "edition", "m", "en", "amp", "mobile", "english", "www2", "web":
			name = parts[1]
		}
	}
	return readableLabel(name)
}

// readableLabel turns a domain label into a name: hyphens become spaces,
// run-together words are split at the outlet words they contain, and short
// leftover pieces are written as initials.
func readableLabel(label string) string {
	var words []string
	for _, piece := range strings.Split(label, "-") {
		if piece == "" {
			continue
		}
		for _, w := range segment(piece) {
			words = append(words, present(w))
		}
	}
	return strings.Join(words, " ")
}

// segment splits s into outlet words and the unknown runs between them,
// preferring the split that covers most letters with known words and, among
// those, has the fewest pieces.
func segment(s string) []string {
	s = strings.ToLower(s)
	n := len(s)
	if n > 64 {
		return []string{s}
	}
	type best struct {
		known, pieces int
		prev          int
		ok            bool
	}
	dp := make([]best, n+1)
	dp[0] = best{ok: true}
	better := func(a, b best) bool {
		return !b.ok || a.known > b.known || (a.known == b.known && a.pieces < b.pieces)
	}
	for j := 1; j <= n; j++ {
		for i := 0; i < j; i++ {
			if !dp[i].ok {
				continue
			}
			k := 0
			if outletWords[s[i:j]] {
				k = j - i
			}
			c := best{known: dp[i].known + k, pieces: dp[i].pieces + 1, prev: i, ok: true}
			if better(c, dp[j]) {
				dp[j] = c
			}
		}
	}
	var out []string
	for j := n; j > 0; j = dp[j].prev {
		out = append(out, s[dp[j].prev:j])
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	// Merge neighbouring unknown pieces back together.
	var merged []string
	for _, w := range out {
		if len(merged) > 0 && !outletWords[w] && !outletWords[merged[len(merged)-1]] {
			merged[len(merged)-1] += w
			continue
		}
		merged = append(merged, w)
	}
	return merged
}

// present writes one word of a name: known words and longer names
// capitalised, short unknown pieces (brand initials) in capitals.
func present(w string) string {
	if w == "" {
		return w
	}
	if !outletWords[w] && len(w) <= 3 && isLetters(w) {
		return strings.ToUpper(w)
	}
	r := []rune(w)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// fitsHost reports whether a site name and a host name go together: the
// name's letters run together appear in the host ("Harbour Gazette",
// harbourgazette.example) or its initials and words make up the host's
// first label ("NY Times", nytimes.com).
func fitsHost(name, host string) bool {
	if host == "" {
		return false
	}
	label := strings.TrimPrefix(host, "www.")
	if i := strings.IndexByte(label, '.'); i > 0 {
		label = label[:i]
	}
	label = strings.ReplaceAll(label, "-", "")
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	joined := strings.Join(words, "")
	if len(joined) >= 3 && (strings.Contains(label, joined) || strings.Contains(joined, label)) {
		return true
	}
	if len(words) > 8 {
		return false
	}
	// Each word whole or by its initial, in order, covering the label.
	var fit func(pos, w int) bool
	fit = func(pos, w int) bool {
		if w == len(words) {
			return pos == len(label)
		}
		word := words[w]
		return (strings.HasPrefix(label[pos:], word) && fit(pos+len(word), w+1)) ||
			(strings.HasPrefix(label[pos:], word[:1]) && fit(pos+1, w+1))
	}
	return len(words) > 0 && fit(0, 0)
}
