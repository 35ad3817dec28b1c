package claims

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
)

// locativeReference is the definition locative implements, as a regular
// expression; the scan must agree with it on every input.
func locativeReference(text, place string) bool {
	rx := regexp.MustCompile(`\b(in|at|near|outside|inside|from|into|across|around|off|on|over|to|towards|toward|of)\s+(the\s+)?(\w+\s+){0,3}` + regexp.QuoteMeta(place) + `\b`)
	return rx.MatchString(text)
}

func TestLocative(t *testing.T) {
	cases := []struct {
		text, place string
		want        bool
	}{
		{"fighting in aleppo killed ten", "aleppo", true},
		{"fighting near the old city of aleppo", "aleppo", true},
		{"aleppo was quiet", "aleppo", false},
		{"in the big old walled city aleppo", "aleppo", false},
		{"in the big old walled aleppo", "aleppo", true},
		{"within aleppo", "aleppo", false},
		{"in aleppos", "aleppo", false},
		{"in, aleppo", "aleppo", false},
		{"(in aleppo)", "aleppo", true},
		{"talks in geneva's hotel", "geneva", true},
		{"in u.s. cities", "u.s.", false},
		{"in u.s.", "u.s.", false},
		{"in the the aleppo", "aleppo", true},
		{"to  the\tnew york", "new york", true},
		{"", "aleppo", false},
	}
	for _, c := range cases {
		if got := locative(c.text, c.place); got != c.want {
			t.Errorf("locative(%q, %q) = %v, want %v", c.text, c.place, got, c.want)
		}
		if ref := locativeReference(c.text, c.place); ref != c.want {
			t.Errorf("reference(%q, %q) = %v, want %v: the table is wrong", c.text, c.place, ref, c.want)
		}
	}
}

// TestLocativeAgreesWithReference compares the scan with the regular
// expression on random sentences built from words that exercise every rule.
func TestLocativeAgreesWithReference(t *testing.T) {
	words := []string{"in", "the", "of", "near", "within", "city", "old", "aleppo", "aleppos", "new york", "new", "york",
		"u.s.", ",", "(", "-", "x-in", "the-", "a", "on", "towards", "to", "über", "2016"}
	places := []string{"aleppo", "new york", "u.s.", "york", "the"}
	seps := []string{" ", "  ", "\t", ", ", "-", ""}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for n := r.IntN(9); n >= 0; n-- {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteString(seps[r.IntN(len(seps))])
		}
		text, place := b.String(), places[r.IntN(len(places))]
		if got, want := locative(text, place), locativeReference(text, place); got != want {
			t.Fatalf("locative(%q, %q) = %v, the reference says %v", text, place, got, want)
		}
	}
}
