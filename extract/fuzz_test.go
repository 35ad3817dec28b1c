package extract

import (
	"os"
	"path/filepath"
	"strings"
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

// FuzzMarkup runs chorus's own HTML code without the three extractors
// (which make FuzzRead slow): markup metadata, the page's blocks, the
// vote with votes taken from the input, and the cleaning rules.
func FuzzMarkup(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/*/input.html")
	for _, s := range seeds {
		b, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, uint64(0x5555))
	}
	f.Add([]byte(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":[{"name":"A"}],"publisher":{"name":"B"}}]}</script>`), uint64(1))
	// nested past the parser's limit, so read flattened
	f.Add([]byte(strings.Repeat("<div><span>", 300)+"<p>Deep text.</p>"+strings.Repeat("</span></div>", 300)), uint64(3))
	f.Fuzz(func(t *testing.T, body []byte, votes uint64) {
		if !utf8.Valid(body) {
			body = []byte(string([]rune(string(body))))
		}
		root, err := parseFlattening(body)
		if err != nil {
			return
		}
		if depth, nodes := prepareTree(root); depth > maxDepth || nodes > maxNodes {
			return
		}
		d := &Draft{doc: chorus.Document{Source: "fuzz", Format: chorus.FormatHTML, Body: body}}
		d.readMarkupMetadata(root)
		blocks := pageBlocks(root)
		for i := range blocks {
			for v := range maxVoters {
				if votes>>(uint(i*maxVoters+v)%64)&1 == 1 {
					blocks[i].votes[v] = 1
				}
			}
		}
		d.blocks = chooseBlocks(blocks)
		d.applyHints()
		d.clean()
		for _, bl := range d.blocks {
			if !utf8.ValidString(bl.text) {
				t.Fatalf("block is not UTF-8: %q", bl.text)
			}
		}
		if d.wordCount() > 0 {
			if _, err := d.Article(); err != nil {
				t.Fatalf("Article: %v", err)
			}
		}
	})
}
