package align

import "testing"

func TestStem(t *testing.T) {
	tests := map[string]string{
		"caresses": "caress", "ponies": "poni", "cats": "cat", "agreed": "agre", "plastered": "plaster",
		"motoring": "motor", "hopping": "hop", "hoping": "hope", "happy": "happi", "relational": "relat",
		"conditional": "condit", "generalization": "gener", "hopeful": "hope", "goodness": "good",
		"adjustment": "adjust", "connection": "connect", "connected": "connect", "controlling": "control",
		"rate": "rate", "U.S.": "U.S.", "470,000": "470,000", "is": "is",
	}
	for in, want := range tests {
		if got := stem(in); got != want {
			t.Errorf("stem(%q) = %q, want %q", in, got, want)
		}
		if stemHash(in) != hashString(want) {
			t.Errorf("stemHash(%q) differs from the hash of %q", in, want)
		}
	}
}
