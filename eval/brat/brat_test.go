package brat

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// sampleText has characters of two and three bytes before the annotated
// spans, so that character and byte offsets differ.
const sampleText = "Café talk.\n\n“We will win,” Ana said. “Soon.”\n\nPrices rose, officials said."

// sampleAnn annotates sampleText in characters, as brat does.
const sampleAnn = "T1\tSource 27 30\tAna\n" +
	"T2\tCue 31 35\tsaid\n" +
	"T3\tContent 12 26;37 44\t“We will win,” “Soon.”\n" +
	"T4\tAttribution 31 35\tsaid\n" +
	"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n" +
	"T5\tContent 46 57\tPrices rose\n" +
	"T6\tCue 69 73\tsaid\n" +
	"E2\tAttribution:T6 Content:T5 Cue:T6\n" +
	"E3\tAttribution:T6 Cue:T6\n" +
	"E4\tContent:T5 Source:T99\n" +
	"A1\tDirect E1\n" +
	"#1\tAnnotatorNotes E1\treference=Ana Lopez\n"

// sp is the byte span of the n-th occurrence (from 0) of sub in text.
func sp(text, sub string, n int) chorus.Span {
	off := 0
	for ; n > 0; n-- {
		off += strings.Index(text[off:], sub) + len(sub)
	}
	i := off + strings.Index(text[off:], sub)
	return chorus.Span{Start: i, End: i + len(sub)}
}

func TestParseAnn(t *testing.T) {
	got, err := ParseAnn(sampleText, sampleAnn)
	if err != nil {
		t.Fatal(err)
	}
	want := []Quote{
		{ID: "E1", Content: []chorus.Span{sp(sampleText, "“We will win,”", 0), sp(sampleText, "“Soon.”", 0)},
			Source: []chorus.Span{sp(sampleText, "Ana", 0)}, Cue: []chorus.Span{sp(sampleText, "said", 0)}},
		{ID: "E2", Content: []chorus.Span{sp(sampleText, "Prices rose", 0)}, Cue: []chorus.Span{sp(sampleText, "said", 1)}},
		// E4's first argument is taken for its trigger, as the reference scorer does
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ParseAnn (-want +got):\n%s", diff)
	}
	if _, err := ParseAnn(sampleText, "T1\tContent 3 x\tbad\n"); err == nil {
		t.Error("bad offsets: no error")
	}
}

func TestRuneIndex(t *testing.T) {
	idx := newRuneIndex(sampleText)
	for c := 0; c <= len([]rune(sampleText))+2; c++ {
		if back := idx.charAt(idx.byteAt(c)); back != c {
			t.Fatalf("char %d → byte %d → char %d", c, idx.byteAt(c), back)
		}
	}
	if got := idx.byteAt(4); got != 5 || sampleText[3:5] != "é" {
		t.Errorf("byteAt(4) = %d, want 5 (after the two bytes of é)", got)
	}
}

func TestReadDir(t *testing.T) {
	write := func(path, data string) {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// PolNeAR layout: two annotators of one document, the first by name counts
	polnear := t.TempDir()
	write(filepath.Join(polnear, "text", "doc_a.txt"), sampleText)
	write(filepath.Join(polnear, "text", "doc_b.txt"), "No quotes here.")
	write(filepath.Join(polnear, "attributions", "doc_a_x1.ann"), sampleAnn)
	write(filepath.Join(polnear, "attributions", "doc_a_x2.ann"), "")
	// flat layout
	flat := t.TempDir()
	write(filepath.Join(flat, "doc_a.txt"), sampleText)
	write(filepath.Join(flat, "doc_a.ann"), sampleAnn)
	for _, dir := range []string{polnear, flat} {
		docs, err := ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs) == 0 || docs[0].Name != "doc_a" || len(docs[0].Quotes) != 2 {
			t.Errorf("%s: got %d docs, first %+v", dir, len(docs), docs)
		}
	}
	if _, err := ReadDir(filepath.Join(flat, "missing")); err == nil {
		t.Error("missing folder: no error")
	}
}

func TestWriteAnnRoundTrip(t *testing.T) {
	qs, err := ParseAnn(sampleText, sampleAnn)
	if err != nil {
		t.Fatal(err)
	}
	// a content span across a paragraph break is written as two fragments
	multi := Quote{ID: "E3", Content: []chorus.Span{{Start: sp(sampleText, "“Soon.”", 0).Start, End: sp(sampleText, "Prices", 0).End}}}
	path := filepath.Join(t.TempDir(), "doc.ann")
	if err := WriteAnn(path, sampleText, append(qs, multi)); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseAnn(sampleText, string(raw))
	if err != nil {
		t.Fatal(err)
	}
	multi.Content = []chorus.Span{sp(sampleText, "“Soon.”", 0), sp(sampleText, "Prices", 0)}
	want := append(qs, multi)
	SortQuotes(want)
	if diff := cmp.Diff(want, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s\n%s", diff, raw)
	}
}

func TestFragments(t *testing.T) {
	text := "a “b\n\n  c” d\r\n"
	got := Fragments(text, []chorus.Span{{Start: 2, End: len(text)}, {Start: 0, End: 99}})
	want := []chorus.Span{sp(text, "“b", 0), sp(text, "c” d", 0)}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Fragments (-want +got):\n%s", diff)
	}
}

func TestParagraphs(t *testing.T) {
	text := "One.\n\n  Two, three.  \nFour\n"
	var got []string
	for _, p := range Paragraphs(text) {
		got = append(got, p.In(text))
	}
	if diff := cmp.Diff([]string{"One.", "Two, three.", "Four"}, got); diff != "" {
		t.Errorf("Paragraphs (-want +got):\n%s", diff)
	}
}
