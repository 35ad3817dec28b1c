package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// TestFragmentSpeakers checks that a speaker phrase that is a fragment of
// the sentence is cut back to its subject (the words between a subject and
// its verb) or, when it has none (a time phrase, an adjective whose noun
// became the cue, the page's own label), keeps its span but names no one.
func TestFragmentSpeakers(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"adverbs and a verb of beginning after the subject are cut", "Tessin ferry crews quickly began urging riders to leave the pier.",
			[]got{{"riders to leave the pier", "Tessin ferry crews", "Tessin ferry crews", "urging", false}}},
		{"an adverb after the subject is cut", "The Marhold council already has made up its mind, saying the bridge will close in May.",
			[]got{{"the bridge will close in May", "The Marhold council", "The Marhold council", "saying", false}}},
		{"a pronoun pointing to a fact is no speaker", "That’s partly why the Riel mayor quit before announcing her run.",
			[]got{{"her run", "That’s partly", "", "announcing", false}}},
		{"a weekday after the subject is cut", "Lawyers for the Varga Corp. Tuesday argued that the Riel pier was safe.",
			[]got{{"the Riel pier was safe", "Lawyers for the Varga Corp.", "Varga Corp", "argued", false}}},
		{"an opening week is read past", "This week it even warned that the Riel league would fold.",
			[]got{{"the Riel league would fold", "it", "", "warned", false}}},
		{"a time with a preposition after it is no speaker", "TESSIN _ Divers looking into the sinking last month of Varga Ferry 9 off the cliffs of Riel Point have found “deep cracks” in the hull.",
			[]got{{"“deep cracks” in the hull", "last month of Varga Ferry 9 off the cliffs of Riel Point", "", "found", false}}},
		{"a lone verb is no speaker", "The Riel chief was arrested alleges that Varga stole the boats.",
			[]got{{"Varga stole the boats", "arrested", "", "alleges", false}}},
		{"an opening participle names no one", "Asked about the dam, the Riel mayor said nothing. Asked on Monday said “No.”",
			[]got{{"about the dam", "", "", "Asked", false}, {"No.", "Asked", "", "said", true}}},
		{"what a source put out is what its participle tells of", "Tessin Police released grainy video showing the Riel pier in flames.",
			[]got{{"the Riel pier in flames", "grainy video", "grainy video", "showing", false}}},
		{"a verb's particle is no object", "Ana Varga put out word urging the Riel crews to stay home.",
			[]got{{"the Riel crews to stay home", "Ana Varga", "Ana Varga", "urging", false}}},
		{"a time phrase is no speaker", "Three weeks ago announced that the Riel pier would close.",
			[]got{{"the Riel pier would close", "Three weeks ago", "", "announced", false}}},
		{"a time phrase with a name in it is kept", "Ana Riel, who moved to Tessin two years ago, said the harbour was too small.",
			[]got{{"the harbour was too small", "Ana Riel, who moved to Tessin two years ago,", "Ana Riel", "said", false}}},
		{"a lone weekday is no speaker", "The Varga mill will shut, and on its last shift the crew heard that Monday urged the owners to wait.",
			[]got{{"the owners to wait", "Monday", "", "urged", false}}},
		{"an opening weekday leaves the subject after it", "Tuesday at the Marhold fair the mayor Ana Riel said the rides were safe.",
			[]got{{"the rides were safe", "the mayor Ana Riel", "Ana Riel", "said", false}}},
		{"an adjective whose noun became the cue is no speaker", "A lively and informed debate about the Riel dam is overdue.",
			[]got{{"debate about the Riel dam is overdue", "A lively", "", "informed", false}}},
		{"the page's own label is no speaker", "Correction added on May 2: an earlier caption gave the wrong name for the Tessin pier.",
			[]got{{"on May 2: an earlier caption gave the wrong name for the Tessin pier", "Correction", "", "added", false}}},
		{"an adjective after a possessive is no speaker", "Our previous warned that the Riel pier would close.",
			[]got{{"the Riel pier would close", "Our previous", "", "warned", false}}},
		{"a pointer with nothing to point to is no speaker", "No matter warned that the Riel pier would close.",
			[]got{{"the Riel pier would close", "No matter", "", "warned", false}}},
		{"a quotation keeps its place with no speaker", "Two days ago announced “the Riel pier is shut for good.”",
			[]got{{"the Riel pier is shut for good.", "Two days ago", "", "announced", true}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

// TestPageLabelRunIn checks that a box's label run into its text ("Summary
// Surveys show …") is read past. A tagger that found no names runs it:
// capitalised phrases would take the label and the subject for one name.
func TestPageLabelRunIn(t *testing.T) {
	text := "Summary Harbour surveys show that the Riel pier is busiest in May."
	want := []got{{"the Riel pier is busiest in May", "Harbour surveys", "Harbour surveys", "show", false}}
	if diff := cmp.Diff(want, asText(text, find(text, []chorus.Mention{}))); diff != "" {
		t.Errorf("%q (-want +got):\n%s", text, diff)
	}
}
