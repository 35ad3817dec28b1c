package claims

import "testing"

// TestStatesNothing checks that a clause stating nothing is dropped (only an
// attribution, only a subordinate clause, a caption or a name with its
// title, who quoted whom with nothing said) and that one saying something
// in the same shape is kept.
func TestStatesNothing(t *testing.T) {
	checkClauses(t, []clauseCase{
		{"a subordinate clause alone is no claim", "When Varga arrived in Tessin last week, he said that the questions would come.",
			[]string{"When Varga arrived in Tessin last week, he said that the questions would come"}},
		{"an attribution line before a quotation", "The Tessin Courier wrote in its leader on Monday:",
			nil},
		{"a caption states nothing", "Harbour pilot Ilse Varga at a briefing in Tessin, on June 2, 2021.",
			nil},
		{"a name with its title states nothing", "Petar Riel, the former harbour master of Tessin and Marhold.",
			nil},
		{"quoted as saying with nothing said is no claim", "Harbour master Petar Ilic was quoted as saying by the Tessin Courier.", nil},
		{"quoted later in the sentence, with nothing said", "The ferry company's owner was quoted on Monday by the weekly Marhold Post as telling staff.", nil},
		{"quoted as saying after what was said stays", "The hall had only two doors, one of which was locked, city fire officer Ana Maria Vos was quoted as saying by the regional news agency of Marhold.",
			[]string{"The hall had only two doors, one of which was locked, city fire officer Ana Maria Vos was quoted as saying by the regional news agency of Marhold"}},
		{"quoted as saying with what was said stays", "Harbour master Petar Ilic was quoted as saying that the eastern quay would reopen in May.",
			[]string{"Harbour master Petar Ilic was quoted as saying that the eastern quay would reopen in May"}},
		{"children's ages are no verb", "The pilot, his wife and two sons ages 6 and 9, and a cousin from Tessin boarded the night ferry.",
			[]string{"a cousin from Tessin boarded the night ferry"}},
	})
}
