package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestQuotationAfterAdjunct covers a quotation that follows an adjunct of
// the cue and its comma: speech is the content ("complained on the radio,
// “…”"), a title after a noun for a work names it ("said in his memoir,
// “…”"), and the clause before the attribution is what was said.
func TestQuotationAfterAdjunct(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a book's title after the adjunct leaves the clause before as content",
			`The old ferry dampened plans to sail home, Mr. Holm said in his 2014 memoir, "A Harbour Son."`,
			[]got{{"The old ferry dampened plans to sail home", "Mr. Holm", "Holm", "said", false}}},
		{"speech after the adjunct is the content",
			`Then came the ferry captain Ana Riel, who complained during a chat with a local paper, "We have spent years mocking the pier."`,
			[]got{{"We have spent years mocking the pier.", "who", "Ana Riel", "complained", true}}},
		{"a title that names no work stays with the object",
			`Several dockers noted on the radio the old slogan, "Keep the Port Open."`,
			[]got{{`on the radio the old slogan, "Keep the Port Open."`, "Several dockers", "Several dockers", "noted", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestOpeningAdverbial covers a subordinate clause that opens the sentence
// before an attribution that is no aside: it belongs to the speaker's own
// clause, and the reported content follows the cue ("at least" opens a
// count there, not an adjunct).
func TestOpeningAdverbial(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a phrase of time and a clause of 'as' open the speaker's clause",
			"Tuesday morning, as the ferry parade drifted through Lunde, the Gazette reported at least six boats carried protest banners.",
			[]got{{"at least six boats carried protest banners", "the Gazette", "the Gazette", "reported", false}}},
		{"an adverb and a clause of 'when' are no content",
			"Usually when a ferry sinks, the papers call upon old sailors to explain the tides.",
			nil},
		{"'as' before 'an' is a preposition",
			"As an example of his skill, Holm pointed to a stop in Lunde where he met the dockers.",
			[]got{{"a stop in Lunde where he met the dockers", "Holm", "Holm", "pointed to", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestAccordingAside covers "according to X" set off by commas inside the
// sentence it attributes: a clause after the source's comma is part of the
// content (and no apposition of the source), while a verb joined by "and"
// or a relative clause on the source is not.
func TestAccordingAside(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a clause after the source is the rest of the content",
			"While most of the crates were marked as cargo, according to a port official, two were marked as mail.",
			[]got{{"While most of the crates were marked as cargo", "a port official", "a port official", "according to", false},
				{"two were marked as mail", "a port official", "a port official", "according to", false}}},
		{"a second verb joined by 'and' is not",
			"The ferry sank near the pier, according to the coast guard, and the crew swam ashore.",
			[]got{{"The ferry sank near the pier", "the coast guard", "the coast guard", "according to", false}}},
		{"a relative clause on the source is not",
			"The pier will close in May, according to two aides who saw the memo.",
			[]got{{"The pier will close in May", "two aides", "two aides", "according to", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestSplitContinuation covers an attribution set off by commas inside
// the clause it reports, whose second half goes on with the first: "it
// is her duty, she said, to guard the pier" holds both halves, while "to
// cheers" after the aside is an adjunct of the attribution.
func TestSplitContinuation(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a to-infinitive after the aside goes on with the clause",
			"As the river rises, it is her duty, she said, to guard the pier and the ferry crews.",
			[]got{{"As the river rises, it is her duty", "she", "", "said", false},
				{"to guard the pier and the ferry crews", "she", "", "said", false}}},
		{"a that-clause after the attribution and its adjunct goes on with the quotation",
			`"We are deeply worried," the dockers wrote in a note to the mayor, that the harbour board "may have sold the pier already."`,
			[]got{{"We are deeply worried", "the dockers", "the dockers", "wrote", true},
				{`that the harbour board "may have sold the pier already."`, "the dockers", "the dockers", "wrote", false}}},
		{"a noun after 'to' is an adjunct of the attribution",
			"The pier is safe, she said, to cheers from the dockers.",
			[]got{{"The pier is safe", "she", "", "said", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
