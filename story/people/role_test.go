package people

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTokenize(t *testing.T) {
	text := `Mr. Kerry met U.S. envoy Lt. Gen. Smith's team in al-Raqqa, then left. "Yes," he said.`
	var got []string
	for _, tk := range tokenize(text) {
		if tk.In(text) != tk.s {
			t.Errorf("token %q has span %v holding %q", tk.s, tk.Span, tk.In(text))
		}
		got = append(got, tk.s)
	}
	want := []string{"Mr.", "Kerry", "met", "U.S.", "envoy", "Lt.", "Gen.", "Smith's", "team", "in", "al-Raqqa", ",",
		"then", "left", ".", `"`, "Yes", ",", `"`, "he", "said", "."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tokens mismatch (-want +got):\n%s", diff)
	}
}

func TestSameWhose(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"russia", "russian", true},
		{"iran", "iranian", true},
		{"china", "chinese", true},
		{"us", "us", true},
		{"austria", "australia", false},
		{"us", "russia", false},
		{"un syria", "un syria", true},
		{"un", "un syria", false},
	} {
		if got := sameWhose(tc.a, tc.b); got != tc.want {
			t.Errorf("sameWhose(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestRoleCase(t *testing.T) {
	sw := &storyWords{arts: []Article{{ID: "a", Text: "Mediator Ilse Varga said the talks would resume. The mediator, a labour lawyer, met the house committee. " +
		"Harbourmaster Petar Riel agreed. Labour Minister Anna Holm spoke."}}}
	for _, tc := range []struct{ role, want string }{
		{"Mediator", "mediator"},
		{"Harbourmaster", "Harbourmaster"},
		{"Labour Minister", "Labour Minister"},
		{"Minister", "Minister"},
		{"mediator", "mediator"},
		{"", ""},
	} {
		if got := roleCase(tc.role, sw); got != tc.want {
			t.Errorf("roleCase(%q) = %q, want %q", tc.role, got, tc.want)
		}
	}
}
