package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestInvertedRelative covers an inverted speaker followed by a relative
// clause ("…, said a few dockers who …"): the clause tells who speaks,
// even when it holds a verb of stance or of aim, and a cue inside it is no
// attribution of its own; a verb that reports a clause there still makes
// the phrase no speaker.
func TestInvertedRelative(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a verb of stance in the relative clause describes the speaker",
			"The pier is a job for the harbour police, said a few dockers who know the tides well.",
			[]got{{"The pier is a job for the harbour police", "a few dockers who know the tides well", "a few dockers who know the tides well", "said", false}}},
		{"a verb of aim in the relative clause is no attribution of its own",
			"Guarding the pier is a job for the harbour police, said a handful of dockers who point to their long years on the quay.",
			[]got{{"Guarding the pier is a job for the harbour police", "a handful of dockers who point to their long years on the quay", "a handful of dockers who point to their long years on the quay", "said", false}}},
		{"a count opens an inverted speaker",
			"The fares will rise in May, said six hundred dockers who lost their jobs.",
			[]got{{"The fares will rise in May", "six hundred dockers who lost their jobs", "six hundred dockers who lost their jobs", "said", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestAnonymousSpeaker covers a source who keeps their name back in a
// relative clause before the cue: the clause says nothing itself, and the
// speaker is the phrase before it.
func TestAnonymousSpeaker(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"asking not to be named",
			"A docker who asked not to be named claimed the crates were gone.",
			[]got{{"the crates were gone", "A docker", "A docker", "claimed", false}}},
		{"not wanting to be named",
			"A docker who did not want to be named claimed the crates were gone.",
			[]got{{"the crates were gone", "A docker", "A docker", "claimed", false}}},
		{"speaking on condition of anonymity",
			"A docker who spoke on condition of anonymity claimed the crates were gone.",
			[]got{{"the crates were gone", "A docker", "A docker", "claimed", false}}},
		{"wanting to be something else is a stance",
			"The docker wanted to be mayor.",
			[]got{{"to be mayor", "The docker", "The docker", "wanted", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
