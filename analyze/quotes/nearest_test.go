package quotes_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// TestNearestSubject checks that a pronoun speaker is given the nearest
// subject it can mean: a role phrase ("the archbishop") or a name nearer
// than the speaker further back, and never a role of the other gender or
// one that is only an object.
func TestNearestSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		people     []string
		want       []got
	}{
		{"a role subject nearer than a name",
			"Ivo Kerr runs the Tessin ferry line. The archbishop visited the harbour on Monday. He said the boats were unsafe.",
			[]string{"Ivo Kerr"},
			[]got{{"the boats were unsafe", "He", "The archbishop", "said", false}}},
		{"a role with the name in apposition",
			"Ivo Kerr chairs the board. The finance minister, Pedro Lanz, who was cheered when he arrived, promised cuts. “We will keep our word,” he added.",
			[]string{"Ivo Kerr", "Pedro Lanz"},
			[]got{{"We will keep our word", "he", "Pedro Lanz", "added", true}}},
		{"a named subject nearer than an earlier speaker",
			"“We wait,” said Ivo Kerr. Marek Holm was walking to the pier when the smoke rose. He said he ran in to help.",
			[]string{"Ivo Kerr", "Marek Holm"},
			[]got{{"We wait", "Ivo Kerr", "Ivo Kerr", "said", true}, {"he ran in to help", "He", "Marek Holm", "said", false}}},
		{"a role of the other gender is passed over",
			"Ivo Kerr runs the port. The spokeswoman toured the docks on Monday. He said the cranes were old.",
			[]string{"Ivo Kerr"},
			[]got{{"the cranes were old", "He", "Ivo Kerr", "said", false}}},
		{"a role that is only an object is passed over",
			"Ivo Kerr met the minister on Monday. He said the cranes were old.",
			[]string{"Ivo Kerr"},
			[]got{{"the cranes were old", "He", "Ivo Kerr", "said", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, personMentions(tc.text, tc.people)))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestSpeakerOpeners checks that a subordinator or a participle that opens
// the speaker's sentence is no part of the speaker: the name is what
// follows it, whether the tagger took the opener into the name or not.
func TestSpeakerOpeners(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		people     []string
		want       []got
	}{
		{"a subordinator before a capitalised phrase",
			"Although Veskaria insists the dam is safe, the Riel council wants a review.",
			nil,
			[]got{{"the dam is safe", "Veskaria", "Veskaria", "insists", false}, {"a review", "the Riel council", "the Riel council", "wants", false}}},
		{"a subordinator the tagger took into the name",
			"Though Marek Holm insists the pier is safe, the council wants a review.",
			[]string{"Though Marek Holm"},
			[]got{{"the pier is safe", "Marek Holm", "Marek Holm", "insists", false}, {"a review", "the council", "the council", "wants", false}}},
		{"a subordinator before the speaker of a participle",
			"When Ivo Kerr is finished assuring the town that its tolls are fair, we can leave.",
			nil,
			[]got{{"its tolls are fair, we can leave", "Ivo Kerr", "Ivo Kerr", "assuring", false}}},
		// (the span leaves "May" out, as it leaves out any word of
		// notNames; the name the story shows keeps it)
		{"a given name that is also a word stays in the name",
			"May Varga, the port's lawyer, told the court on Monday that the cranes were safe.",
			[]string{"May Varga"},
			[]got{{"the cranes were safe", "Varga, the port's lawyer,", "May Varga", "told", false}}},
		{"a participle the tagger took into the name",
			"Hosting Ivo Kerr for a week, the club sold out. He said the rides were safe. The town enjoys hosting.",
			[]string{"Hosting Ivo Kerr"},
			[]got{{"the rides were safe", "He", "Ivo Kerr", "said", false}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, personMentions(tc.text, tc.people)))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// personMentions marks the first place each name is written as a person
// mention; no names leave the finder to capitalised phrases.
func personMentions(text string, names []string) []chorus.Mention {
	var out []chorus.Mention
	for _, name := range names {
		i := strings.Index(text, name)
		out = append(out, chorus.Mention{Span: chorus.Span{Start: i, End: i + len(name)}, Type: chorus.EntityPerson, Text: name})
	}
	return out
}
