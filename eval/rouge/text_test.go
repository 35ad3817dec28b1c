package rouge

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitLines(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		split bool
		want  []string
	}{
		{"two sentences", "The cat sat. The dog ran!", true, []string{"The cat sat.", "The dog ran!"}},
		{"closing quote after stop", `He said "Go home." Then he left.`, true, []string{`He said "Go home."`, "Then he left."}},
		{"abbreviation splits too", "Mr. Smith went to Washington.", true, []string{"Mr.", "Smith went to Washington."}},
		{"digit opens a sentence", "It cost 3.5 million. 2 people paid.", true, []string{"It cost 3.5 million.", "2 people paid."}},
		{"lower case does not", "It ended. then more", true, []string{"It ended. then more"}},
		{"opening bracket before capital", "Why? (Nobody knew.) Fine.", true, []string{"Why?", "(Nobody knew.)", "Fine."}},
		{"closing single quote", "Stop!' She left.", true, []string{"Stop!'", "She left."}},
		{"blank lines and spaces", "Line one\r\n\r\n   \n  Line   two\tstarts  \n", true, []string{"Line one", "Line two starts"}},
		{"carriage return joins", "ab\rcd ef", true, []string{"abcd ef"}},
		{"no split keeps lines", "A. B. C.\nD.", false, []string{"A. B. C.", "D."}},
		{"vertical tab is space", "x\vy", true, []string{"x y"}},
		{"nbsp is not space", "x\u00a0y", true, []string{"x\u00a0y"}},
		{"empty", " \n\t\n", true, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, splitLines(tt.text, tt.split)); diff != "" {
				t.Errorf("splitLines(%q) (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

func TestLimitWords(t *testing.T) {
	sents := []string{"a b c", "d e", "f g h"}
	tests := []struct {
		n    int
		want []string
	}{
		{0, sents},
		{1, []string{"a"}},
		{3, []string{"a b c"}},
		{4, []string{"a b c", "d"}},
		{5, []string{"a b c", "d e"}},
		{8, sents},
		{100, sents},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, limitWords(sents, tt.n)); diff != "" {
			t.Errorf("limitWords(%d) (-want +got):\n%s", tt.n, diff)
		}
	}
}

func TestTruncateAndCountWords(t *testing.T) {
	tests := []struct {
		text  string
		words int
		want  string
		count int
	}{
		{"One two  three\nfour", 2, "One two", 4},
		{"One two  three\nfour", 3, "One two  three", 4},
		{"One two  three\nfour", 4, "One two  three\nfour", 4},
		{"One two  three\nfour", 9, "One two  three\nfour", 4},
		{"One two", 0, "One two", 2},
		{"a\rb c", 1, "a\rb", 2},
		{" lead  spaces here ", 1, " lead", 3},
		{"x\u00a0y z", 1, "x\u00a0y", 2},
		{"U.S.-led troops", 1, "U.S.-led", 2},
		{"", 5, "", 0},
	}
	for _, tt := range tests {
		if got := Truncate(tt.text, tt.words); got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.text, tt.words, got, tt.want)
		}
		if got := CountWords(tt.text); got != tt.count {
			t.Errorf("CountWords(%q) = %d, want %d", tt.text, got, tt.count)
		}
	}
}

func TestTokens(t *testing.T) {
	tests := []struct {
		sent string
		want []string
	}{
		// Hyphens and punctuation split; the tokens are runs of a-z0-9.
		{"U.S.-led coalition's 2,000 troops", []string{"u", "s", "led", "coalit", "s", "2", "000", "troop"}},
		// A UTF-8 letter is two non-alphanumeric bytes.
		{"Café x-ray $100", []string{"caf", "x", "ray", "100"}},
		// Upper case folds before stemming; short tokens are kept as they are.
		{"MEN Talks ON Officials", []string{"men", "talk", "on", "offici"}},
		{"-- ... !!", nil},
	}
	st := newStemmer(nil)
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tokens(nil, tt.sent, st)); diff != "" {
			t.Errorf("tokens(%q) (-want +got):\n%s", tt.sent, diff)
		}
	}
}

// A summary cut with Truncate(s, n) must give ROUGE exactly the tokens and
// sentences that s gives under -l n, so summarisers can cut to what counts.
func TestTruncateMatchesWordLimit(t *testing.T) {
	texts := []string{
		"The council met on Tuesday. It voted 7-2 to close the bridge.\nResidents (who were not asked) objected! \"We will appeal,\" one said.",
		"  Short.  ",
		"first line without stop\nsecond line. Third sentence here?  Yes.\r\nlast\tline",
		"Prices rose 3.5% in May. Analysts expected 2.9%. The bank's chief said: 'Not yet.' Markets fell.",
	}
	for _, text := range texts {
		for n := 1; n <= CountWords(text)+2; n++ {
			whole := newScorer(Options{Words: n}).prepare(text)
			cut := newScorer(Options{}).prepare(Truncate(text, n))
			if diff := cmp.Diff(whole, cut, cmp.AllowUnexported(summary{})); diff != "" {
				t.Fatalf("%q at %d words (-limit +truncated):\n%s", text, n, diff)
			}
		}
	}
}
