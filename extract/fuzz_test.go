package extract

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// FuzzRead feeds arbitrary bytes to Read and Article as HTML and as text.
// Whatever the input, extraction must not panic, must finish, and must
// either refuse the input with an error or return valid UTF-8 text whose
// paragraph spans lie inside it. Seeds are the golden cases' inputs and
// the corpus under testdata/fuzz/FuzzRead.
func FuzzRead(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*/input.*")
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, true)
		f.Add(b, false)
	}
	f.Add([]byte("<html><body><p>x</p>"), true)
	f.Add([]byte("Title\n\nBy Someone\n12 June, 2024\n\nA line of text that is long enough to be kept as a paragraph."), false)
	f.Fuzz(func(t *testing.T, body []byte, isHTML bool) {
		if !utf8.Valid(body) {
			// ingest converts everything to UTF-8 before extraction.
			body = []byte(string([]rune(string(body))))
		}
		doc := chorus.Document{Source: "fuzz", Format: chorus.FormatText, Body: body, RawHash: "h"}
		if isHTML {
			doc.Format = chorus.FormatHTML
		}
		d, err := Read(doc)
		if err != nil {
			return
		}
		a, err := d.Article()
		if err != nil {
			return
		}
		if !utf8.ValidString(a.Text) {
			t.Fatalf("text is not UTF-8: %q", a.Text)
		}
		for _, p := range a.Paragraphs {
			if !p.Valid(len(a.Text)) {
				t.Fatalf("paragraph span %v outside text of %d bytes", p, len(a.Text))
			}
		}
		if !a.TitleSpan.Valid(len(a.Text)) {
			t.Fatalf("title span %v outside text of %d bytes", a.TitleSpan, len(a.Text))
		}
	})
}
