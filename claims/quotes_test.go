package claims

import "testing"

// TestQuotedSentences checks a sentence that is mostly a quotation: the
// quotation is the quotes section's, and only an attribution that says
// something of its own becomes a claim.
func TestQuotedSentences(t *testing.T) {
	checkClauses(t, []clauseCase{
		{"direct quote dropped", "“We mean to open a second round of talks,” the mediator told reporters.", nil},
		{"an attribution naming only audience and place is no claim", "“I expect we can say more by the weekend,” Varga told a press briefing in the port city of Thessara.",
			nil},
		{"short quote before an attribution", `"Today we search," the minister told reporters at the regional crisis centre in Ostrelka.`,
			nil},
		{"an attribution with a verb of its own is a claim", "“We will not forget them,” Varga said after laying a wreath at the harbour memorial in Tessin.",
			[]string{"Varga said after laying a wreath at the harbour memorial in Tessin"}},
	})
}
