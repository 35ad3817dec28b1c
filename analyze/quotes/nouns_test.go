package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestNounReadings covers words that are cues as verbs and plain nouns
// elsewhere, which must not be read as attributions.
func TestNounReadings(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"'say' set off by commas gives an example",
			"The new ferry is no faster than, say, the old barge.",
			nil},
		{"'say' after its subject and a comma still speaks",
			"The pier is safe, they say, and the ferries are on time.",
			[]got{{"The pier is safe", "they", "", "say", false}}},
		{"'so-called' split by a line break's hyphen names, and no one calls",
			"The so- called harbour tax has never been paid.",
			nil},
		{"'states' after a kind of state is the noun",
			"Since 2001, the island has been a safe seat for the Greens, following the path of Northern states.",
			nil},
		{"'states' after a kind of state before names is the noun",
			"Back in 1990, Gulf states Varne, Ostby and Lunde were all ferry towns, but the ferries later left.",
			nil},
		{"'states that' before an auxiliary opens a relative clause",
			"Gulf states that have lost their piers want a fund.",
			[]got{{"a fund", "Gulf states that have lost their piers", "Gulf states that have lost their piers", "want", false}}},
		{"'states that' before a clause is the verb",
			"Mayor Holm states that the pier belongs to the town.",
			[]got{{"the pier belongs to the town", "Mayor Holm", "Holm", "states", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestThingsAdded covers "add" with a thing added rather than words: a
// count, or a noun phrase joined to another by "to"; what is added after a
// colon, or to an audience, is still said.
func TestThingsAdded(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a count added is no quote",
			"Since May, the port has added 300 jobs.",
			nil},
		{"a count after 'about' is no quote",
			"While the port added about 2,000 berths in May, the fleet shrank.",
			nil},
		{"a thing added to another is no quote",
			"The harbour board quietly added a new rule to the dock code.",
			nil},
		{"what is added after a colon is said",
			`She added a warning to her speech: "The tide is turning."`,
			[]got{{`a warning to her speech: "The tide is turning."`, "She", "", "added", false}}},
		{"adding something to an audience is saying it",
			"He added to the crowd that the ferry would run.",
			[]got{{"to the crowd that the ferry would run", "He", "", "added", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
