package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestListObjects covers the content of a cue that takes a noun phrase (a
// side, a target, a topic): it ends at the first comma after the object,
// except at a comma inside a list of objects or before the rest of a
// charge ("accused X, the mayor, of …").
func TestListObjects(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a list of gerund phrases is all of what is supported",
			"Mayor Holm supports raising the ferry fares, slowly closing the pier and selling two boats.",
			[]got{{"raising the ferry fares, slowly closing the pier and selling two boats", "Mayor Holm", "Holm", "supports", false}}},
		{"a relative clause's object may be a list",
			"The suit, which challenges cuts to night ferries, limits on cargo permits and the new toll, goes to trial in May.",
			[]got{{"cuts to night ferries, limits on cargo permits and the new toll", "which", "The suit", "challenges", false}}},
		{"a topic may be a list closed by 'or'",
			"Varga made no mention of the harbour, the strike or his own role.",
			[]got{{"the harbour, the strike or his own role", "Varga", "Varga", "made no mention of", false}}},
		{"a charge goes on after an apposition on its target",
			"Riel accused Holm, the mayor of Lunde and a former docker, of being soft on smugglers.",
			[]got{{"Holm, the mayor of Lunde and a former docker, of being soft on smugglers", "Riel", "Riel", "accused", false}}},
		{"a charge goes on after a relative clause on its target",
			"The pamphlet accuses Holm, whose charm carried his campaign, of being like every other mayor.",
			[]got{{"Holm, whose charm carried his campaign, of being like every other mayor", "The pamphlet", "The pamphlet", "accuses", false}}},
		{"a relative clause after the side taken is no list",
			"The union endorsed Holm, who said the port and the pier would stay open.",
			[]got{{"Holm", "The union", "The union", "endorsed", false}, {"the port and the pier would stay open", "who", "Holm", "said", false}}},
		{"a participle after the side taken is no list",
			"The union endorsed Holm, calling him brave and honest.",
			[]got{{"Holm", "The union", "The union", "endorsed", false}, {"him brave and honest", "The union", "The union", "calling", false}}},
		{"a verb deep in the last item's complement keeps the list",
			"Riel accused Holm, Varga and the harbour board of also blocking the sale of a ferry she has been trying to buy.",
			[]got{{"Holm, Varga and the harbour board of also blocking the sale of a ferry she has been trying to buy", "Riel", "Riel", "accused", false}}},
		{"a clause after the comma is no list",
			"Holm backed the plan, Riel and Varga left the room.",
			[]got{{"the plan", "Holm", "Holm", "backed", false}}},
		{"a participle inside the last item keeps the list",
			"The union endorsed the mayor, the harbour board and the retired dockers.",
			[]got{{"the mayor, the harbour board and the retired dockers", "The union", "The union", "endorsed", false}}},
		{"an adjunct after the side taken is no list",
			"The dockers backed Holm, with the pier and the toll in mind.",
			[]got{{"Holm", "The dockers", "The dockers", "backed", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
