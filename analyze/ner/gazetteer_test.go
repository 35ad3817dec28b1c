package ner

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEmbeddedGazetteerParses(t *testing.T) {
	seen := map[string]bool{}
	for _, line := range strings.Split(gazetteerText, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, _, ok := strings.Cut(line, ":")
		if !ok || catIndex(name) < 0 {
			t.Errorf("gazetteer line with unknown category: %.40q", line)
			continue
		}
		seen[name] = true
	}
	for _, n := range catNames {
		if !seen[n] {
			t.Errorf("gazetteer has no %q line", n)
		}
	}
}

func TestGazetteerMatch(t *testing.T) {
	g := parseGazetteer("city: New York|York|Lima\nfirst: Ana\ncountry: Peru\nhead: Bank\n")
	words := strings.Fields("Ana flew from New York to Lima , Peru 's bank")
	toks := make([]token, len(words))
	for i, w := range words {
		toks[i] = newToken(w, nil)
	}
	out := make([][numCats]uint8, len(toks))
	g.match(toks, out)
	got := map[string][]uint8{}
	for c, name := range catNames {
		var col []uint8
		any := false
		for i := range toks {
			col = append(col, out[i][c])
			any = any || out[i][c] != 0
		}
		if any {
			got[name] = col
		}
	}
	want := map[string][]uint8{
		// "New York" wins over "York": longest match, no overlap.
		"city":    {0, 0, 0, gazBegin, gazInside, 0, gazUnit, 0, 0, 0, 0},
		"first":   {gazUnit, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0},
		"country": {0, 0, 0, 0, 0, 0, 0, 0, gazUnit, 0, 0},
		"head":    {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, gazUnit},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("match (-want +got):\n%s", diff)
	}
}

func TestLexiconTagger(t *testing.T) {
	words := strings.Fields("John Smith of the United Nations met French officials in New York")
	got := LexiconTagger{}.TagDocument([][]string{words})[0]
	want := strings.Fields("B-PER I-PER O O B-ORG I-ORG O B-MISC O O B-LOC I-LOC")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("LexiconTagger (-want +got):\n%s", diff)
	}
}

func TestKnownPlace(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Delhi", true},
		{"new delhi", true},
		{"South Dakota", true},
		{"Kenya", true},
		{"Veskaria", false},
		{"John", false},
		{"", false},
	} {
		if got := KnownPlace(tc.name); got != tc.want {
			t.Errorf("KnownPlace(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestKnownOrganization(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Walmart", true},
		{"walmart", true},
		{"Delhi", false},
		{"Veskaria Freight", false},
		{"", false},
	} {
		if got := KnownOrganization(tc.name); got != tc.want {
			t.Errorf("KnownOrganization(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestKnownGivenName(t *testing.T) {
	for _, tc := range []struct {
		name string
		want bool
	}{
		{"Michael", true},
		{"Delhi", false},
		{"", false},
	} {
		if got := KnownGivenName(tc.name); got != tc.want {
			t.Errorf("KnownGivenName(%q) = %v, want %v", tc.name, got, tc.want)
		}
	}
}
