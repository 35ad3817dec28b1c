package quotes

import "testing"

func TestNameBeforeOf(t *testing.T) {
	for phrase, want := range map[string]string{
		"DI Calloway of Kestrel Vale Police":   "DI Calloway",
		"Anna Varga of the Riel Ferry Company": "Anna Varga",
		"Secretary of State":                   "", // one word before "of" is a title, not a name
		"a spokesman of the ministry":          "",
		"Varga":                                "",
		"Prime Minister Riel":                  "", // no "of": isProperName already covers it
	} {
		if got := nameBeforeOf(phrase); got != want {
			t.Errorf("nameBeforeOf(%q) = %q, want %q", phrase, got, want)
		}
	}
}
