package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSpeakerFragments checks that a reported clause whose speaker phrase
// names no one is left out of the story's quotes unless its words are
// quoted, that a count is no speaker, and that an unresolved pronoun keeps
// its quote.
func TestSpeakerFragments(t *testing.T) {
	for _, tc := range []struct {
		name string
		text string
		want []summary
	}{
		{"a time phrase attributes nothing",
			"Three weeks ago announced that the Riel pier would close for the winter.",
			nil},
		{"an adjective whose noun became the cue attributes nothing",
			"A lively and informed debate about the Riel dam is overdue, the Tessin board said.",
			[]summary{{"A lively and informed debate about the Riel dam is overdue", "the Tessin board", "a", nil}}},
		{"quoted words stay with no speaker",
			"Two days ago announced “the Riel pier is shut for good.”",
			[]summary{{"the Riel pier is shut for good.", "", "a", nil}}},
		{"a count is no speaker, and its clause is left out",
			"Of the Tessin rowers polled, 44 said the Riel race should move to May.",
			nil},
		{"an unresolved pronoun keeps its quote",
			"She said the Riel pier would close for the whole winter.",
			[]summary{{"the Riel pier would close for the whole winter", "", "a", nil}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, qs := merge(tc.text)
			if diff := cmp.Diff(tc.want, summarize(qs)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
