package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestHeldOut covers rules added from the errors of one half of PolNeAR's
// training texts and kept only when they held on the other half: nouns of
// taking a side with the prepositions they take ("opposition to",
// "attacks on"), such a noun as the object of a verb ("stepped up her
// attacks on …"), a poll that ends the sentence it reports ("… in a new
// poll by the Gazette"), a side received with its author ("won the backing
// of", "drew criticism from") and documents that show what they hold ("a
// memo shows …"). Verbs of acting ("signed", "approved", "named",
// "lobbied for") also raised PolNeAR's numbers (train 77.52 → 78.04 with
// the rest) but are left out: PolNeAR marks them as attributions, and a
// reader of "who said what" would not.
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
		// an act is no attribution, though PolNeAR often marks one: what
		// a reader asks of "who said what" is said, not done
		{"approving a plan is an act, not a quote", "The Marhold council approved the harbour plan on Monday.",
			nil},
		{"signing an agreement is an act, not a quote", "The union and the ferry operator signed an agreement at dawn.",
			nil},
		{"a passive in a speaker's relative clause says nothing", "The pier is safe, said an engineer who asked not to be named in print.",
			[]got{{"The pier is safe", "an engineer who asked not to be named in print", "an engineer who asked not to be named in print", "said", false}}},
		{"a side received has its author after 'of'", "Varga won the backing of the Tessin dockers.",
			[]got{{"Varga", "the Tessin dockers", "the Tessin dockers", "won the backing of", false}}},
		{"criticism drawn from someone", "The pier plan drew sharp criticism from Riel.",
			[]got{{"The pier plan", "Riel", "Riel", "drew sharp criticism from", false}}},
		{"a received noun without an author is no attribution", "Varga won the support she needed.",
			nil},
		{"a document that shows a phrase", "A leaked memo shows the council weighing a new tax.",
			[]got{{"the council weighing a new tax", "A leaked memo", "A leaked memo", "shows", false}}},
		{"a document detailing its object", "The audit detailed the cost of the new pier.",
			[]got{{"the cost of the new pier", "The audit", "The audit", "detailed", false}}},
		// "observed two minutes of quiet" is an act: "observe" attributes
		// only what a clause says
		{"observing a rite", "Riel observed two minutes of quiet for the drowned crew.", nil},
		{"observing that", "Riel observed that the dockers were restless.",
			[]got{{"the dockers were restless", "Riel", "Riel", "observed", false}}},
		{"a participle after a comma inside the closing mark", "Varga insisted the pier was “safe for years,” citing the audit of the harbour.",
			[]got{{"the pier was “safe for years,”", "Varga", "Varga", "insisted", false}, {"the audit of the harbour", "Varga", "Varga", "citing", false}}},
		// "said it was glad and would recall all shifts": an auxiliary
		// after "and" as often opens a second act as a second saying, so
		// the content runs on (PolNeAR gained 0.04 from the other reading)
		{"a second verb after 'and' and an auxiliary stays in the content", "Varga said the ferry was ready and would recall its crews at dawn.",
			[]got{{"the ferry was ready and would recall its crews at dawn", "Varga", "Varga", "said", false}}},
		{"a part of a group before a plain form", "Some say the quarrel over the harbour is back.",
			[]got{{"the quarrel over the harbour is back", "Some", "Some", "say", false}}},
		{"a plural head before 'on' and its noun", "Many officials on the island believe the pier is doomed.",
			[]got{{"the pier is doomed", "Many officials on the island", "Many officials on the island", "believe", false}}},
		{"a part of a group with a place", "Few on either side think the toll will ever be paid.",
			[]got{{"the toll will ever be paid", "Few on either side", "Few on either side", "think", false}}},
		{"a place word between a subject and its plain form", "Advocates of more ferries here say there is a link to the crowding.",
			[]got{{"there is a link to the crowding", "Advocates of more ferries here", "Advocates of more ferries here", "say", false}}},
		{"a month between a subject and its plain form", "Traders trying to win back the market in November say the ferry is too slow.",
			[]got{{"the ferry is too slow", "Traders trying to win back the market in November", "Traders trying to win back the market in November", "say", false}}},
		{"siding with someone", "The Tessin mayor sided with the dockers in the dispute.",
			[]got{{"the dockers in the dispute", "The Tessin mayor", "The Tessin mayor", "sided with", false}}},
		{"'sides' after a determiner is a noun", "Both sides met at the pier.",
			nil},
		{"weighing in", "Riel weighed in on the ferry dispute.",
			[]got{{"the ferry dispute", "Riel", "Riel", "weighed in on", false}}},
		{"a verb of stance without its particle is no cue", "The crate weighed ten tonnes.",
			nil},
		{"a plain 'add' of a sum is no cue", "The new tolls would add up to a fortune for the ferry owners.",
			nil},
		{"a plain 'add' with a that-clause is", "I would add that the pier was never safe.",
			[]got{{"the pier was never safe", "I", "", "add", false}}},
		{"a place before 'attacks' names the events", "After the Lunde attacks the harbour was closed for a week.",
			nil},
		{"disavowing someone", "Varga finally disavowed the dockers' leader.",
			[]got{{"the dockers' leader", "Varga", "Varga", "disavowed", false}}},
		{"lobbying is an act, not a quote", "The ferry owners lobbied for a lower toll.",
			nil},
		{"warning of something", "Riel warned of long delays at the harbour.",
			[]got{{"long delays at the harbour", "Riel", "Riel", "warned of", false}}},
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
