package people

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStorms checks that a storm named like a person is typed MISC, and
// that names after a storm's kind that are no storm's keep their type.
func TestStorms(t *testing.T) {
	for _, tc := range []struct {
		name string
		arts []Article
		want map[string]listed
	}{
		{
			name: "a storm's kind inside the mention, its name alone later",
			arts: []Article{article("a", "Hurricane Odile flattened two villages on Riel. Odile's winds tore roofs off, and the storm moved west.",
				"PER:Hurricane Odile", "PER:Odile", "LOC:Riel")},
			want: map[string]listed{"Hurricane Odile": {Type: "MISC", Variants: []string{"Odile"}}, "Riel": {Type: "LOC"}},
		},
		{
			name: "a storm's kind just before the mention, with a qualifier",
			arts: []Article{article("a", "Super Typhoon Marek brought heavy rains to Tessin. Marek weakened on Sunday.",
				"PER:Marek", "LOC:Tessin")},
			want: map[string]listed{"Marek": {Type: "MISC"}, "Tessin": {Type: "LOC"}},
		},
		{
			name: "a storm does not join a person of the same given name",
			arts: []Article{
				article("a", "Insurers raised their prices after Hurricane Ilse hit the coast, and the storm cost them dearly.", "PER:Ilse"),
				article("b", "Ilse Varga toured the shelters. Varga promised help.", "PER:Ilse Varga", "PER:Varga"),
			},
			want: map[string]listed{"Ilse": {Type: "MISC"}, "Ilse Varga": {Type: "PER", Variants: []string{"Varga"}}},
		},
		{
			name: "a given name alone stays the person's when the story names the person in full",
			arts: []Article{article("a", "Tropical Storm Ilse drenched Marhold. Ilse Varga said the rain stopped, and Ilse smiled.",
				"PER:Tropical Storm Ilse", "PER:Ilse Varga", "PER:Ilse", "LOC:Marhold")},
			want: map[string]listed{"Tropical Storm Ilse": {Type: "MISC"}, "Ilse Varga": {Type: "PER", Variants: []string{"Ilse"}},
				"Marhold": {Type: "LOC"}},
		},
		{
			name: "an institution or a longer name after a storm's kind is no storm",
			arts: []Article{article("a", "The Hurricane Center in Tessin warned of rain. Guests left the Hurricane Bay Lodge before the storm.",
				"ORG:Hurricane Center", "LOC:Tessin", "ORG:Hurricane Bay Lodge")},
			want: map[string]listed{"Hurricane Center": {Type: "ORG"}, "Tessin": {Type: "LOC"}, "Hurricane Bay Lodge": {Type: "ORG"}},
		},
		{
			name: "without weather in the article a name after Storm is a person's",
			arts: []Article{article("a", "The album sleeve was drawn by Storm Halvorsen, who lives in Riel.",
				"PER:Storm Halvorsen", "LOC:Riel")},
			want: map[string]listed{"Storm Halvorsen": {Type: "PER"}, "Riel": {Type: "LOC"}},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, resolved(tc.arts...)); diff != "" {
				t.Errorf("entities (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLowerStormWord(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"The storm passed.", true},
		{"Two hurricanes formed.", true},
		{"Heavy rains fell.", true},
		{"Storm Halvorsen drew it.", false},
		{"The team brainstormed all day.", false},
		{"He trained hard.", false},
	} {
		if got := lowerStormWord(tc.text); got != tc.want {
			t.Errorf("lowerStormWord(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
