package ner

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNewToken(t *testing.T) {
	tests := []struct {
		raw        string
		word       string
		lower      string
		shape      string
		short      string
		possessive bool
		cap, caps  bool
	}{
		{"London", "London", "london", "Xxxxx", "Xx", false, true, false},
		{"NATO", "NATO", "nato", "XXXX", "X", false, true, true},
		{"U.S.", "U.S.", "u.s.", "X.X.", "X.X.", false, true, true},
		{"1996-08-22", "1996-08-22", "1996-08-22", "dddd-dd-dd", "d-d-d", false, false, false},
		{"Kerry's", "Kerry", "kerry", "Xxxxx", "Xx", true, true, false},
		{"Kerry\u2019s", "Kerry", "kerry", "Xxxxx", "Xx", true, true, false},
		{"Reuters'", "Reuters", "reuters", "Xxxxx", "Xx", true, true, false},
		{"\u201c", "\"", "\"", "\"", "\"", false, false, false},
		{"'s", "'s", "'s", "'x", "'x", false, false, false},
		{"Zürich", "Zürich", "zürich", "Xxxxx", "Xx", false, true, false},
	}
	for _, tt := range tests {
		tok := newToken(tt.raw, nil)
		got := []any{tok.word, tok.lower, tok.hShape, tok.hShort, tok.possessive, tok.cap, tok.allCaps}
		want := []any{tt.word, tt.lower, hashString(tt.shape), hashString(tt.short), tt.possessive, tt.cap, tt.caps}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("newToken(%q) (-want +got):\n%s", tt.raw, diff)
		}
	}
}

func TestCapBucket(t *testing.T) {
	tests := []struct {
		capped, total int
		want          uint8
	}{{0, 0, 0}, {0, 5, 1}, {1, 10, 2}, {5, 10, 3}, {9, 10, 4}, {7, 7, 5}}
	for _, tt := range tests {
		if got := capBucket(tt.capped, tt.total); got != tt.want {
			t.Errorf("capBucket(%d, %d) = %d, want %d", tt.capped, tt.total, got, tt.want)
		}
	}
}
