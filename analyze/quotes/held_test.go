package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestHeldOut covers rules added from the errors of one half of PolNeAR's
// training texts and kept only when they held on the other half: nouns of
// taking a side with the prepositions they take ("opposition to",
// "attacks on"), such a noun as the object of a verb ("stepped up her
// attacks on …"), and a poll that ends the sentence it reports ("… in a
// new poll by the Gazette").
func TestHeldOut(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"opposition to", "Varga’s opposition to the ferry tax cost him the vote.",
			[]got{{"the ferry tax cost him the vote", "Varga", "Varga", "opposition to", false}}},
		{"attacks on, after a verb", "Riel stepped up her attacks on the Marhold council.",
			[]got{{"the Marhold council", "Riel", "Riel", "attacks on", false}}},
		{"a plan kept after a verb is the subject's", "Varga kept her promise to close the old pier.",
			[]got{{"to close the old pier", "Varga", "Varga", "promise", false}}},
		{"a side noun after a preposition stays the clause's object", "Holm pointed to Varga’s attacks on the council.",
			[]got{{"Varga’s attacks on the council", "Holm", "Holm", "pointed to", false}}},
		{"a poll that ends the sentence", "Varga leads Riel by six points in a new poll by the Tessin Gazette.",
			[]got{{"Varga leads Riel by six points", "a new poll by the Tessin Gazette", "a new poll by the Tessin Gazette", "in", false}}},
		{"the polls in general are no source", "Varga is well ahead in the polls.",
			nil},
		{"a poll in a sentence with its own cue", "Varga said she leads in a new poll by the Gazette.",
			[]got{{"she leads in a new poll by the Gazette", "Varga", "Varga", "said", false}}},
		{"a poll followed by a clause", "Varga leads in a poll that the Gazette ran.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
