package claims

import "testing"

// TestVerbs checks the finite verbs the clause cues leave out (a short or
// irregular past tense, a present tense in -s): with one a clause states
// something and a verb of saying reports it.
func TestVerbs(t *testing.T) {
	checkClauses(t, []clauseCase{
		{"a short past tense is a verb", "Four crew members died in the fire aboard the Tessin ferry.",
			[]string{"Four crew members died in the fire aboard the Tessin ferry"}},
		{"a present tense in -s is a verb", "Tessin straddles the border between Veskaria and Marhold.",
			[]string{"Tessin straddles the border between Veskaria and Marhold"}},
		{"a short past tense reports a clause", "The Tessin ministry said 12 people died in the flood on Monday.",
			[]string{"12 people died in the flood on Monday | The Tessin ministry"}},
		{"a present tense in -s reports a clause", "Harbour officials said the toll stands at 30 after the storm.",
			[]string{"the toll stands at 30 after the storm | Harbour officials"}},
		{"an irregular past tense is a finite verb", "The storm broke the old sea wall at Riel, and the council drew up repairs within a day.",
			[]string{"The storm broke the old sea wall at Riel", "the council drew up repairs within a day"}},
	})
}
