package people

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestKindNamedPlaces checks that a name the story writes as a place of
// some kind is a place, and that a person's name or a modifier is not.
func TestKindNamedPlaces(t *testing.T) {
	for _, tc := range []struct {
		name string
		arts []Article
		want map[string]listed
	}{
		{
			name: "after the township of",
			arts: []Article{article("a", "Floods cut off the township of Ardel on Monday. Ardel has no road left.", "PER:Ardel")},
			want: map[string]listed{"Ardel": {Type: "LOC"}},
		},
		{
			name: "before a kind that ends its phrase",
			arts: []Article{article("a", "Mudslides buried Brunova island, where the ferry sank. Brunova was hit first.", "ORG:Brunova")},
			want: map[string]listed{"Brunova": {Type: "LOC"}},
		},
		{
			name: "a kind that modifies another noun names no place",
			arts: []Article{article("a", "Tessova town hall meetings drew crowds, and Tessova kept the vote.", "ORG:Tessova")},
			want: map[string]listed{"Tessova": {Type: "ORG"}},
		},
		{
			name: "a town named like a person of the story stays the person's",
			arts: []Article{article("a", "Ilse Varga grew up in the town of Varga. Varga said she left young.",
				"PER:Ilse Varga", "PER:Varga")},
			want: map[string]listed{"Ilse Varga": {Type: "PER", Variants: []string{"Varga"}}},
		},
		{
			name: "islands and valleys are places whatever the tagger typed",
			arts: []Article{article("a", "Boats left the Leeward Isles for the Marhold Islands and the Ardel Valley.",
				"ORG:Marhold Islands", "ORG:Ardel Valley")},
			want: map[string]listed{"Marhold Islands": {Type: "LOC"}, "Ardel Valley": {Type: "LOC"}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, resolved(tc.arts...)); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
		})
	}
}

func TestKindAfter(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Ardel province, in the north", true},
		{"Ardel province", true},
		{"Ardel province in the north", true},
		{"Ardel province governor", false},
		{"Ardel Province", false},
		{"Ardel town-hall", false},
		{"Ardel provinces", false},
	} {
		if got := kindAfter(tc.text, strings.Index(tc.text, " ")); got != tc.want {
			t.Errorf("kindAfter(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
