package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNoSpeaker checks that words which are no noun phrase are never a
// speaker, and that what they seem to attribute is no quote unless it is
// quoted.
func TestNoSpeaker(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a verb after a modal is no speaker", "Riel pilots work in pairs and can stay alert to the harbour lights.",
			nil},
		{"an imperative opens no speaker phrase", "Try joining a Marhold rowing club to start adding this sport to your week.",
			nil},
		{"a verb with its object is no speaker", "In 1990 Varga discovered a kind of moss called silver fern on the cliffs.",
			nil},
		{"a lone adverb is no speaker", "The Tessin ferry line has twice denied running late.",
			[]got{{"running late", "The Tessin ferry line", "The Tessin ferry line", "denied", false}}},
		{"a capitalised common word opening a heading is no speaker", "Quick access to the Veskaria map by saying “Open map”\n\nThe quick fox runs.",
			[]got{{"Open map", "", "", "saying", true}}},
		{"a prepositional phrase is no speaker", "Among the Marhold growers in the valley almost all said the rain came late.",
			nil},
		{"the reader is no source", "Once you see the Riel bridge, you can tell that the river is wide.",
			nil},
		{"the reader's earlier words are reported", "You said last week that the Riel bridge would open in May.",
			[]got{{"the Riel bridge would open in May", "You", "You", "said", false}}},
		{"a list of amounts after a label is no quotation", "Varga Meal Kit: 2 Green, 1 Red, 1 tsp.",
			nil},
		{"a credit line says nothing", "(Reporting by Ana Varga; editing by Jon Riel)",
			nil},
		{"a noun fronted before its relative clause keeps the speaker after it", "Varga blamed the storm for the damage -- flooding the Marhold mayor said is the worst in years.",
			[]got{{"the storm for the damage", "Varga", "Varga", "blamed", false}, {"is the worst in years", "the Marhold mayor", "the Marhold mayor", "said", false}}},
		{"a quantifier after the auxiliary counts the subject", "The Marhold growers have all argued that the rain came late.",
			[]got{{"the rain came late", "The Marhold growers", "The Marhold growers", "argued", false}}},
		{"a place in the participle's phrase is not the subject", "Divers using a camera atop Riel Point have found that the wreck is intact.",
			[]got{{"the wreck is intact", "Divers using a camera atop Riel Point", "Divers", "found", false}}},
		{"an adverb opening a sentence is no speaker", "Hopefully the Riel studio will offer a cheaper pass soon.\n\nThe studio hopefully opens in May.",
			nil},
		{"a plural noun after a capitalised word is no cue", "Harbour advocates are urging the Tessin council to act.",
			nil}, // (the urging is lost with it: the frame on "advocates" held the sentence)
		{"a participle in an earlier clause leaves the speaker alone", "Haze hangs over Veskaria again, with forecasters warning that the air will worsen.",
			[]got{{"the air will worsen", "forecasters", "forecasters", "warning", false}}},
		{"goods on sale are no attribution", "The Marhold shop is offering the Varga kettle for $40 this week.",
			nil},
		{"an offer to act still is", "Riel offered to pay for the new Tessin bridge.",
			[]got{{"to pay for the new Tessin bridge", "Riel", "Riel", "offered", false}}},
		{"a bodily state is no view", "A bowl of Varga oats keeps the Riel rowers feeling full until noon.",
			nil},
		{"a felt view still is", "Many Riel rowers feel that the Tessin race was unfair.",
			[]got{{"the Tessin race was unfair", "Many Riel rowers", "Many Riel rowers", "feel", false}}},
		{"a quotation in what a phrase that is no speaker attributes stays", "At the Tessin fair the growers struck out the old wording, keeping softer language calling for “fair prices.”",
			[]got{{"for “fair prices.”", "", "", "calling", false}}},
		{"an opening adverbial with no comma leaves its subject the speaker", "During the storm the Riel harbour office said 40 boats were waiting.",
			[]got{{"40 boats were waiting", "the Riel harbour office", "the Riel harbour office", "said", false}}},
		{"a clause after a determiner is no speaker either", "At the last hour, a letter came in called “Notes from Riel.”",
			[]got{{"Notes from Riel.", "", "", "called", true}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
