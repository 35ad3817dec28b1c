package quotes_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestSplitAttributions covers sentences that hold two attributions where
// one used to claim both: a second verb of the same speaker after a
// quotation closed by two apostrophes, as some papers type
// their quotation marks.
func TestSplitAttributions(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []got
	}{
		{"a participle after a comma inside two apostrophes", "Mr. Varga called the toll ''unfair to dockers,'' accusing Riel of ''selling the pier.''",
			[]got{
				{"the toll ''unfair to dockers,''", "Mr. Varga", "Varga", "called", false},
				{"selling the pier.", "Mr. Varga", "Varga", "accusing", true},
			}},
		{"the same with curly marks", "Mr. Varga called the toll “unfair to dockers,” accusing Riel of “selling the pier.”",
			[]got{
				{"the toll “unfair to dockers,”", "Mr. Varga", "Varga", "called", false},
				{"selling the pier.", "Mr. Varga", "Varga", "accusing", true},
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, asText(tc.text, find(tc.text, nil))); diff != "" {
				t.Errorf("%s\n(-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
