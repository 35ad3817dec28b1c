package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestContrast covers a source the writer sets against another after a
// comma and "but" or "while": its attribution stands on its own, and the
// first content ends before it; words between a subject and its verb that
// are no speaker: a floated "both", a day after "on", "since" after "has",
// "in particular", and an aside between dashes; a participle's own opening
// ("Having said …", "Hours after telling …"); and a pronoun with a
// contracted verb ("they’re") opening the clause a weak verb of knowing
// takes; a one-word answer ("said yes", "said so"); "As Holm observed,
// …" with a weak verb; and the subject of a participle after a time that
// opens the sentence ("The day after the vote, Holm …, claiming …"); and
// an adjunct with "without" before a that-clause; and a speaker after its
// cue whose noun an adjective with a phrase of its own follows ("one
// official familiar with the deal"); and a share set off by commas
// after the subject ("Nearly half, 48%, say …").
func TestContrast(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"'but' and a new subject end a short answer",
			"Asked if the toll was fair, 60 percent of pilots said yes, but 40 percent of all traders say it is not.",
			[]got{{"if the toll was fair", "", "", "Asked", false},
				{"yes", "60 percent of pilots", "60 percent of pilots", "said", false},
				{"it is not", "40 percent of all traders", "40 percent of all traders", "say", false}}},
		{"'while' and a new subject after a side",
			"The crews criticized the mayor for cutting the fares at the pier, while the dockers defended the cuts as fair.",
			[]got{{"the mayor for cutting the fares at the pier", "The crews", "The crews", "criticized", false},
				{"the cuts as fair", "the dockers", "the dockers", "defended", false}}},
		{"inside a quotation the contrast is the quoted speaker's",
			`Holm said: "The pier is safe, but the mayor says otherwise."`,
			[]got{{"The pier is safe, but the mayor says otherwise.", "Holm", "Holm", "said", true}}},
		{"a floated 'both' is no speaker", "The mayor and Riel both endorsed Varga.",
			[]got{{"Varga", "Riel", "Riel", "endorsed", false}}},
		{"'both' alone is the subject", "Both said the toll was unfair.",
			[]got{{"the toll was unfair", "Both", "Both", "said", false}}},
		{"'both' after 'and' is the subject", "The pilots left, and both said the toll was unfair.",
			[]got{{"the toll was unfair", "both", "both", "said", false}}},
		{"a day after 'on' is no speaker", "Ana Holm on Wednesday said the pier was safe.",
			[]got{{"the pier was safe", "Ana Holm", "Ana Holm", "said", false}}},
		{"a day after 'on' before a side", "Sen. Ana Holm (D-Lunde) on Wednesday downplayed the mayor's attack on the crews.",
			[]got{{"the mayor's attack on the crews", "Sen. Ana Holm (D-Lunde)", "Ana Holm", "downplayed", false}}},
		{"'since' after 'has' is no clause", "Riel has since stressed that no ferry ticket was ever sold twice.",
			[]got{{"no ferry ticket was ever sold twice", "Riel", "Riel", "stressed", false}}},
		{"an aside between dashes after the subject", "Some harbour economists - including a few of the board's own members - warn that the toll could hurt trade.",
			[]got{{"the toll could hurt trade", "Some harbour economists - including a few of the board's own members -", "Some harbour economists", "warn", false}}},
		{"an aside between dashes that holds a quotation", `A spokeswoman for the Holm shop - a small firm sold as "the island's best" - noted that it offers paid leave.`,
			[]got{{"it offers paid leave", `A spokeswoman for the Holm shop - a small firm sold as "the island's best" -`, "A spokeswoman for the Holm shop", "noted", false}}},
		{"a contracted pronoun opens the clause after a weak verb", "Anglers know they’re being short-changed by the harbour board.",
			[]got{{"they’re being short-changed by the harbour board", "Anglers", "Anglers", "know", false}}},
		{"a contracted 'he'll' too", "I know he'll keep his word.",
			[]got{{"he'll keep his word", "I", "", "know", false}}},
		{"a noun after a weak verb is still no clause", "Reporters know the mayor's office well.",
			nil},
		{"'in particular' is no speaker", "Harbour critics have in particular mocked the glossy leaflets of the board.",
			[]got{{"the glossy leaflets of the board", "Harbour critics", "Harbour critics", "mocked", false}}},
		{"a short time before an opening 'after'", "Hours after telling reporters the pier was safe, Holm closed it.",
			[]got{{"the pier was safe", "Holm", "Holm", "telling", false}}},
		{"'having' and a past participle open the sentence", "Having promised that the ferry would keep sailing, the mayor closed the quay.",
			[]got{{"the ferry would keep sailing", "the mayor", "the mayor", "promised", false}}},
		{"'having' after an opening preposition", "After having said the pier was safe, Holm closed it.",
			[]got{{"the pier was safe", "Holm", "Holm", "said", false}}},
		{"a one-word answer is what was said", "Most of the pilots said yes.",
			[]got{{"yes", "Most of the pilots", "Most of the pilots", "said", false}}},
		{"'said so' says what went before", "She said so.",
			[]got{{"so", "She", "", "said", false}}},
		{"an opening 'So' is no answer", "So, she said, the pier would close.",
			[]got{{"the pier would close", "she", "", "said", false}}},
		{"a stance takes no one-word answer", "Riel believes so.",
			nil},
		{"'as' and a weak verb attribute the clause after the comma", "As Ana Holm observed, the biggest winner was the pier.",
			[]got{{"the biggest winner was the pier", "Ana Holm", "Ana Holm", "observed", false}}},
		{"'as' and a weak verb after an opening adverb", "Still, as the mayor observed, the biggest winner was the pier.",
			[]got{{"the biggest winner was the pier", "the mayor", "the mayor", "observed", false}}},
		{"'as' and a weak verb with an object tell a time", "As Holm observed the boats, the storm rose.",
			nil},
		{"a time opening the sentence is no participle's speaker", "The day after the vote, Holm spoke to the crews, claiming that the toll was unfair.",
			[]got{{"the toll was unfair", "Holm", "Holm", "claiming", false}}},
		{"a contracted pronoun is named as its pronoun", "They’re calling for a new pier.",
			[]got{{"for a new pier", "They’re", "", "calling", false}}},
		{"'without' and its object before 'that' are an adjunct", "Riel left the hall, claiming without any proof that the mayor lied.",
			[]got{{"the mayor lied", "Riel", "Riel", "claiming", false}}},
		{"a speaker 'familiar with' something after the cue, then a relative clause",
			`"It was not a strong case," said one official familiar with the deal, who added that the board had lost.`,
			[]got{{"It was not a strong case", "one official familiar with the deal", "one official familiar with the deal", "said", true},
				{"the board had lost", "who", "one official familiar with the deal", "added", false}}},
		{"a speaker 'close to' someone after the cue", `"The deal is done," said an aide close to the mayor.`,
			[]got{{"The deal is done", "an aide close to the mayor", "an aide close to the mayor", "said", true}}},
		{"a share set off by commas after the subject", "Nearly half, 48%, say the ferry is an improvement.",
			[]got{{"the ferry is an improvement", "Nearly half", "Nearly half", "say", false}}},
		{"a share in words set off by commas", "A third of the pilots, 33 percent, say they feel that way.",
			[]got{{"they feel that way", "A third of the pilots", "A third of the pilots", "say", false}}},
		{"a year before the share is no speaker", "In 2014, 48%, said the ferry was late.",
			[]got{{"the ferry was late", "", "", "said", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
