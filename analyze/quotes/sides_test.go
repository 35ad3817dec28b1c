package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSides covers sides and aims that the stance verbs already held but
// whose shape hid them: "seek" with a noun as its object, "voted in favor
// of", "believe in", "agreed on", a side whose object is a lone pronoun, a
// subject counted by "all" after an aside between dashes, and "ever"
// between a subject and its verb; and verbs of judging someone aloud and
// of owning up ("insulted", "congratulated", "confessed", "reaffirmed",
// "vouched for"); adverbs between a verb and its particle ("focused
// nearly entirely on"), and a ballot cast for someone.
func TestSides(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"'seeks' with a noun object is an aim", "Holm now seeks the removal of the harbour chief.",
			[]got{{"the removal of the harbour chief", "Holm", "Holm", "seeks", false}}},
		{"'sought' with a noun object is an aim", "Riel sought a second term.",
			[]got{{"a second term", "Riel", "Riel", "sought", false}}},
		{"'sought' the nomination", "Brandt sought the nomination.",
			[]got{{"the nomination", "Brandt", "Brandt", "sought", false}}},
		{"'seeking' after its noun still needs a to-clause", "Traders seeking shelter from the storm crowded the pier.",
			nil},
		{"'voted in favor of' takes a side", "Most pilots voted in favor of the new rule.",
			[]got{{"the new rule", "Most pilots", "Most pilots", "voted in favor of", false}}},
		{"a vote in favor as a noun takes none", "A vote in favor of the toll would be a mistake.",
			nil},
		{"'believe in' holds its object", "Young voters still believe in the island's future.",
			[]got{{"the island's future", "Young voters", "Young voters", "believe in", false}}},
		{"'agreed on' holds its object", "The two parties agreed on a date for the vote.",
			[]got{{"a date for the vote", "The two parties", "The two parties", "agreed on", false}}},
		{"a side may be a lone pronoun", "Only three senators endorsed him.",
			[]got{{"him", "Only three senators", "Only three senators", "endorsed", false}}},
		{"'it' as what is opposed", "Residents oppose it.",
			[]got{{"it", "Residents", "Residents", "oppose", false}}},
		{"'all' after an aside between dashes counts the subject before it", "The three pilots -- Ana Holm, Ole Riel and Per Varga -- all voted for the rule.",
			[]got{{"the rule", "The three pilots", "The three pilots", "voted for", false}}},
		{"an insult is aimed at someone", "Holm insulted the harbour crews.",
			[]got{{"the harbour crews", "Holm", "Holm", "insulted", false}}},
		{"'insults' after a possessive is the noun", "His insults hurt the crews.",
			nil},
		{"a congratulation is aimed at someone", "Riel congratulated Holm on her win.",
			[]got{{"Holm on her win", "Riel", "Riel", "congratulated", false}}},
		{"a confession takes its clause", "Varga confessed that she had never sailed.",
			[]got{{"she had never sailed", "Varga", "Varga", "confessed", false}}},
		{"a reaffirmed side", "The board reaffirmed its backing of the toll.",
			[]got{{"its backing of the toll", "The board", "The board", "reaffirmed", false}}},
		{"'vouched for' takes its particle", "A longtime pilot vouched for both of the new hires.",
			[]got{{"both of the new hires", "A longtime pilot", "A longtime pilot", "vouched for", false}}},
		{"adverbs between a verb and its particle", "The forum focused nearly entirely on the cost of ferries.",
			[]got{{"the cost of ferries", "The forum", "The forum", "focused nearly entirely on", false}}},
		{"'instead' between a verb and its particle", "Riel spoke instead about improving the ferry.",
			[]got{{"improving the ferry", "Riel", "Riel", "spoke instead about", false}}},
		{"an adverb with no particle after it leaves the verb alone", "Riel spoke briefly and left.",
			nil},
		{"a ballot cast for someone takes a side", "Barely 900 islanders cast a ballot for Holm or Riel.",
			[]got{{"Holm or Riel", "Barely 900 islanders", "Barely 900 islanders", "cast a ballot for", false}}},
		{"votes cast for someone take a side", "Some 700 members cast their ballots for rivals of Holm.",
			[]got{{"rivals of Holm", "Some 700 members", "Some 700 members", "cast their ballots for", false}}},
		{"'ever' is no speaker", "Few of the fishers have ever agreed with the mayor.",
			[]got{{"the mayor", "Few of the fishers", "Few of the fishers", "agreed with", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
