package sqlite

import "testing"

func TestPlainQuery(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		ok       bool
	}{
		{"dam gate", `"dam" "gate"`, true},
		{"U.S.", `"U.S."`, true},
		{`say "hi`, `"say" """hi"`, true},
		{`" '' --`, "", false},
		{"NEAR(a b)", `"NEAR(a" "b)"`, true},
		{"", "", false},
	} {
		got, ok := PlainQuery(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("PlainQuery(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
