package timex

import (
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// FuzzFind checks that Find never panics, returns ordered, disjoint spans
// that lie on UTF-8 boundaries and match their Text, and is deterministic.
func FuzzFind(f *testing.F) {
	seeds := []string{
		"The ministers met on Thursday, July 14, 2016, and will meet again next month.",
		"late Thursday night; 10:35 a.m. (0735 GMT) Friday; the 1990s; mid-2014; 7/14/2016",
		"Prices rose 3.8 percent from a year earlier in the third quarter of 1989.",
		"Über 2000 Menschen – 24 hours – über “Monday” and 2 1/2 years, Aug. 1 and 25",
		"April 24 and 25 - 1998-99 - the year two thousand - nineteen ninety-six",
		"", "a", "Q3 2016", "at noon", "\xff\xfe Monday",
	}
	for i, s := range seeds {
		f.Add(s, int64(i*1000))
	}
	f.Fuzz(func(t *testing.T, text string, days int64) {
		var anchor time.Time
		if days%7 != 0 {
			anchor = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%20000))
		}
		got := Find(text, anchor)
		prev := 0
		for _, r := range got {
			if r.Start < prev || r.End <= r.Start || r.End > len(text) {
				t.Fatalf("bad span %v after %d in %q", r.Span, prev, text)
			}
			if !boundary(text, r.Start) || !boundary(text, r.End) {
				t.Fatalf("span %v splits a UTF-8 sequence in %q", r.Span, text)
			}
			if r.Text != text[r.Start:r.End] {
				t.Fatalf("Text %q != span text %q", r.Text, text[r.Start:r.End])
			}
			prev = r.End
		}
		if diff := cmp.Diff(got, Find(text, anchor)); diff != "" {
			t.Fatalf("not deterministic on %q:\n%s", text, diff)
		}
	})
}

// boundary reports whether byte i starts a character as decoding walks the
// string (an invalid byte counts as one character).
func boundary(s string, i int) bool {
	for k := 0; k < len(s); {
		if k == i {
			return true
		}
		if k > i {
			return false
		}
		_, w := utf8.DecodeRuneInString(s[k:])
		k += w
	}
	return i == len(s)
}
