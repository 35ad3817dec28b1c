package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestStance covers the verbs of belief and intention ("believes",
// "wants to", "plans to") and the findings of polls and studies, which
// attribute as PolNeAR does: what a source thinks, wants or plans is
// attributed to it, as is what a poll shows.
func TestStance(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a belief with a bare clause", "Vera Holm believes the ferry will run again by June.",
			[]got{{"the ferry will run again by June", "Vera Holm", "Vera Holm", "believes", false}}},
		{"a belief with a that-clause", "The harbour board thinks that the pier is safe.",
			[]got{{"the pier is safe", "The harbour board", "The harbour board", "thinks", false}}},
		{"an intention with a to-clause", "Mayor Ilse Brandt wants to double the number of night buses.",
			[]got{{"to double the number of night buses", "Mayor Ilse Brandt", "Ilse Brandt", "wants", false}}},
		{"a plan with a to-clause", "The Tallow Party plans to open three new offices in the north.",
			[]got{{"to open three new offices in the north", "The Tallow Party", "The Tallow Party", "plans", false}}},
		{"a hope", "Dario Quell hopes voters will forgive the delay.",
			[]got{{"voters will forgive the delay", "Dario Quell", "Dario Quell", "hopes", false}}},
		{"a fear", "Many traders fear the new quota will close the harbour.",
			[]got{{"the new quota will close the harbour", "Many traders", "Many traders", "fear", false}}},
		{"a hope inside what another cue reports is part of it", "Holm said she hopes to sail before the storms.",
			[]got{{"she hopes to sail before the storms", "Holm", "Holm", "said", false}}},
		{"a belief reported by a later cue is part of it", "Brandt believes the tunnel is too costly, her aide said.",
			[]got{{"Brandt believes the tunnel is too costly", "her aide", "her aide", "said", false}}},
		{"a stance verb sharing the subject of a reported clause goes on with it", "Holm said the line would reopen and wanted to hire more crews.",
			[]got{{"the line would reopen and wanted to hire more crews", "Holm", "Holm", "said", false}}},
		{"a belief with no speaker is dropped", "Believe it or not, the pier is open again.",
			nil},
		{"a condition ends at its comma", "If the survey finds more damage, the council will close the pier.",
			[]got{{"more damage", "the survey", "the survey", "finds", false}}},
		{"taking a side names the side, up to a comma", "The union endorsed Brandt, who thanked them on Friday.",
			[]got{{"Brandt", "The union", "The union", "endorsed", false}}},
		{"opposing a bill", "Quell has opposed the new harbour tax since March.",
			[]got{{"the new harbour tax since March", "Quell", "Quell", "opposed", false}}},
		{"backing off takes no side", "Quell backed off after the vote.",
			nil},
		{"a side taken by a passive's agent is not the subject's", "The tax was supported by most traders.",
			nil},
		{"an impression has the clause for content and no source", "The ferry plan seems doomed after the vote.",
			[]got{{"The ferry plan seems doomed after the vote", "", "", "seems", false}}},
		{"an impression with a to-clause", "Voters appear to favour the tunnel.",
			[]got{{"Voters appear to favour the tunnel", "", "", "appear", false}}},
		{"appearing somewhere is no impression", "Brandt appeared on Radio Nord on Monday.",
			nil},
		{"seeming to say attributes to the subject", "Quell seemed to suggest that the pier would close.",
			[]got{{"the pier would close", "Quell", "Quell", "seemed to suggest", false}}},
		{"an expectation in the passive has the clause for content and no source", "The harbour board is expected to approve the tunnel.",
			[]got{{"The harbour board is expected to approve the tunnel", "", "", "expected", false}}},
		{"a view in the passive", "Brandt is widely seen as the favourite.",
			[]got{{"Brandt is widely seen as the favourite", "", "", "seen", false}}},
		{"a passive with its agent is left alone", "The rule was seen by few traders.",
			nil},
		{"being asked attributes the question, not the one asked", "Quell was asked about the ferry on Monday.",
			[]got{{"about the ferry on Monday", "", "", "asked", false}}},
		{"a paper reports a bare clause", "The Harbour Gazette reported the pier had been sold.",
			[]got{{"the pier had been sold", "The Harbour Gazette", "The Harbour Gazette", "reported", false}}},
		{"a refusal takes a to-clause", "Quell refused to testify before the harbour board.",
			[]got{{"to testify before the harbour board", "Quell", "Quell", "refused", false}}},
		{"seeking without a to-clause is no stance", "Brandt sought the nomination in 2019.",
			nil},
		{"declining to comment", "A spokesman for the ferry line declined to comment on the delay.",
			[]got{{"to comment on the delay", "A spokesman for the ferry line", "A spokesman for the ferry line", "declined", false}}},
		{"a vote names the side", "Most traders voted against the new harbour tax.",
			[]got{{"the new harbour tax", "Most traders", "Most traders", "voted against", false}}},
		{"a vote with a to-clause", "The council voted to close the old pier.",
			[]got{{"to close the old pier", "The council", "The council", "voted", false}}},
		{"an expressed concern", "Holm expressed concern about the cost of the tunnel.",
			[]got{{"concern about the cost of the tunnel", "Holm", "Holm", "expressed", false}}},
		{"a criticism of a single name", "The union leader criticized Brandt.",
			[]got{{"Brandt", "The union leader", "The union leader", "criticized", false}}},
		{"a participle after its noun is no stance", "The views expressed are the writer's alone.",
			nil},
		{"a decision with its owner", "Holm's decision to sell the ferry surprised the council.",
			[]got{{"to sell the ferry surprised the council", "Holm", "Holm", "decision", false}}},
		{"a criticism with a pronoun owner", "Vera Holm spoke on Monday. Her criticism of the tunnel was sharp.",
			[]got{{"the tunnel was sharp", "Her", "Vera Holm", "criticism of", false}}},
		{"an owner after a comma opens the clause", "After the vote, the owner's plan to double the rent was dropped.",
			[]got{{"to double the rent was dropped", "the owner", "the owner", "plan", false}}},
		{"a plan after a verb is what the clause is about", "Traders balked at the owner's plan to double the rent.",
			nil},
		{"a participle after a verb's phrase takes the clause's subject", "Quell could not resist pointing out that the pier was empty.",
			[]got{{"the pier was empty", "Quell", "Quell", "pointing out", false}}},
		{"an opening participle's phrase is no subject", "Surprised by the vote, Brandt left the hall, promising to return.",
			[]got{{"to return", "Brandt", "Brandt", "promising", false}}},
		{"a decision without an owner is no attribution", "The decision to close the pier was made in May.",
			nil},
		{"a question to you is no stance", "Do you support Brandt?",
			nil},
		{"a plan as a noun is no cue", "The plan to close the pier was dropped on Monday.",
			nil},
		{"plural plans after an adjective are no cue", "The new plans for the harbour were shelved.",
			nil},
		{"a poll shows a lead", "A new Harbour Gazette poll shows Brandt with a narrow lead over Quell.",
			[]got{{"Brandt with a narrow lead over Quell", "A new Harbour Gazette poll", "A new Harbour Gazette poll", "shows", false}}},
		{"a study found gaps", "The study found wide gaps in pay between the two ports.",
			[]got{{"wide gaps in pay between the two ports", "The study", "The study", "found", false}}},
		{"a person showing something reports nothing", "Quell showed restraint during the debate.",
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
