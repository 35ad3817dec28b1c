package quotes_test

import "testing"

func TestZZ(t *testing.T) {
	for _, text := range []string{
		"As expected, the inquiry called the closure a ``grave mistake.'' But it also blamed the union for delays during its long dispute, saying the group ignored safety warnings and kept cranes running in storms.",
		"But it also blamed the union for delays, saying the group ignored safety warnings.",
		"And the mayor said the pier was safe.",
	} {
		t.Logf("%+v", asText(text, find(text, nil)))
	}
}
