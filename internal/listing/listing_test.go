package listing

import (
	"errors"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

func TestCursorRoundTrip(t *testing.T) {
	tests := []struct{ key, id string }{
		{"2025-03-12T08:15:00.000000000Z", "s1"},
		{"", "s2"}, // stories without an update time sort last with an empty key
		{"key with spaces", "0123456789abcdef"},
	}
	for _, tc := range tests {
		key, id, err := DecodeCursor(EncodeCursor(tc.key, tc.id))
		if err != nil || key != tc.key || id != tc.id {
			t.Errorf("round trip of (%q, %q) = (%q, %q, %v)", tc.key, tc.id, key, id, err)
		}
	}
}

func TestDecodeCursorRejects(t *testing.T) {
	for _, c := range []string{"", "!!!", EncodeCursor("k", ""), "a2V5"} { // "a2V5" is "key" with no separator
		if _, _, err := DecodeCursor(c); !errors.Is(err, chorus.ErrBadCursor) {
			t.Errorf("DecodeCursor(%q) err = %v, want ErrBadCursor", c, err)
		}
	}
}

func TestUpdatedKeyOrdersInstants(t *testing.T) {
	east := time.Date(2025, 3, 12, 9, 0, 0, 0, time.FixedZone("", 2*3600)) // 07:00 UTC
	west := time.Date(2025, 3, 12, 8, 0, 0, 0, time.UTC)
	if !(UpdatedKey(east) < UpdatedKey(west)) {
		t.Errorf("UpdatedKey(%v) = %s should sort before UpdatedKey(%v) = %s", east, UpdatedKey(east), west, UpdatedKey(west))
	}
	if got := UpdatedKey(west.Add(time.Nanosecond)); got != "2025-03-12T08:00:00.000000001Z" {
		t.Errorf("UpdatedKey keeps nanoseconds at a fixed width: got %s", got)
	}
}
