package quotes_test

import (
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// onBoundary reports whether byte offset i of text starts a character (or
// ends the text).
func onBoundary(text string, i int) bool {
	return i == len(text) || i >= 0 && i < len(text) && utf8.RuneStart(text[i])
}

// FuzzFind checks that Find never panics, returns spans that lie inside the
// text on character boundaries, in content order, and the same quotes
// every time.
func FuzzFind(f *testing.F) {
	for _, s := range []string{
		`“We will win,” she said. “The other side knows it.”`,
		"The minister said: “The first part.\n\n“The second part.”",
		`''It is over,'' Mr. Smith said. According to the monitors, the truce held.`,
		`Lavrov: ‘We agreed’ «Oui,» „Ja“, said Smith, who said “no`,
		"\"\"\"'''‘’“”«»„", "said said, said: “", "The problem is, he added, the ferry has no crew.",
		"Sen. Ilse Varn (D-Vsk.), who abstained twice, said “yes.”\n\n“Also this,” he added",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		qs := find(text, nil)
		valid := utf8.ValidString(text) // articles are UTF-8; any other bytes only must not crash
		for i, q := range qs {
			for name, s := range map[string]chorus.Span{"content": q.Content, "speaker": q.Speaker, "cue": q.Cue} {
				if s == (chorus.Span{}) && name != "content" {
					continue
				}
				if !s.Valid(len(text)) || valid && (!onBoundary(text, s.Start) || !onBoundary(text, s.End)) {
					t.Fatalf("quote %d: bad %s span %v in %q", i, name, s, text)
				}
			}
			if q.Content.Len() == 0 {
				t.Fatalf("quote %d: empty content in %q", i, text)
			}
			if i > 0 && q.Content.Start < qs[i-1].Content.Start {
				t.Fatalf("quotes out of order in %q", text)
			}
			if valid && !utf8.ValidString(q.SpeakerName) {
				t.Fatalf("quote %d: speaker name %q is not UTF-8", i, q.SpeakerName)
			}
		}
		if diff := cmp.Diff(qs, find(text, nil)); diff != "" {
			t.Fatalf("two runs differ on %q:\n%s", text, diff)
		}
	})
}
