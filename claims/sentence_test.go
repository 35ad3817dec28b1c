package claims

import "testing"

// TestTrimKeepsWholeQuotations checks that a quotation a clause holds whole
// keeps its marks when the clause's ends are trimmed.
func TestTrimKeepsWholeQuotations(t *testing.T) {
	checkClauses(t, []clauseCase{
		{"a quotation held whole keeps its marks", "The mayor of Tessin condemned the blockade of the quay as ``reckless.''",
			[]string{"The mayor of Tessin condemned the blockade of the quay as ``reckless.''"}},
		{"a curly quotation held whole keeps its marks", "The mayor of Tessin condemned the blockade of the quay as “reckless.”",
			[]string{"The mayor of Tessin condemned the blockade of the quay as “reckless.”"}},
	})
}
