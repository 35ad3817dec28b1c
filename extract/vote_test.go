package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"
)

func TestGramSetCover(t *testing.T) {
	tests := []struct {
		name, out string
		blocks    []string
		want      []float64
	}{
		{"whole block", "one two three four five", []string{"one two three four five"}, []float64{1}},
		{"half a block", "one two three four", []string{"one two three four five six"}, []float64{0.5}},
		{"absent", "one two three", []string{"seven eight nine"}, []float64{0}},
		// The output holds the paragraph once: only the first copy on the
		// page gets the vote.
		{"consumed", "a long paragraph of words", []string{"a long paragraph of words", "a long paragraph of words"}, []float64{1, 0}},
		{"short block", "Ramp built twice and more", []string{"Ramp built"}, []float64{1}},
		{"punctuation ignored", "“Quoted,” she said.", []string{"Quoted she said"}, []float64{1}},
	}
	for _, tt := range tests {
		set := newGramSet(tt.out)
		var got []float64
		for _, b := range tt.blocks {
			got = append(got, set.cover(wordHashes(b)))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestKeepBlock checks the two-vote rules: each dissent is judged by what
// the dissenting extractor is good at removing.
func TestKeepBlock(t *testing.T) {
	long := strings.Repeat("word ", 20)
	short := "a short line"
	plain := func(text string) pageBlock { return pageBlock{text: text, chars: 100} }
	tests := []struct {
		name                string
		b                   pageBlock
		yes                 [maxVoters]bool
		before, after, want bool
	}{
		{"unanimous", plain(short), [3]bool{true, true, true}, false, false, true},
		{"one vote", plain(long), [3]bool{true, false, false}, false, false, false},
		{"readability and distiller in the core", plain(short), [3]bool{false, true, true}, false, false, true},
		{"readability and distiller, a caption", pageBlock{text: short, chars: 100, inFigure: true}, [3]bool{false, true, true}, false, false, false},
		{"readability and distiller before the core", plain(long), [3]bool{false, true, true}, true, false, false},
		{"trafilatura and distiller in the core", plain(short), [3]bool{true, false, true}, false, false, true},
		{"trafilatura and distiller after the core", plain(long), [3]bool{true, false, true}, false, true, false},
		{"trafilatura and distiller, in chrome", pageBlock{text: long, chars: 100, inChrome: true}, [3]bool{true, false, true}, false, false, false},
		{"trafilatura and readability, short, outside", plain(short), [3]bool{true, true, false}, false, true, false},
		{"trafilatura and readability, long, outside", plain(long), [3]bool{true, true, false}, false, true, true},
		{"trafilatura and readability, links", pageBlock{text: long, chars: 100, linkChars: 80}, [3]bool{true, true, false}, false, false, false},
		{"named furniture", pageBlock{text: long, chars: 100, ownBoiler: true}, [3]bool{true, true, true}, false, false, false},
		{"lone link above the article", pageBlock{text: "Shipping", chars: 8, linkChars: 8}, [3]bool{true, true, true}, true, false, false},
		{"lone link inside the article", pageBlock{text: "Shipping", chars: 8, linkChars: 8}, [3]bool{true, true, true}, false, false, true},
	}
	for _, tt := range tests {
		if got := keepBlock(tt.b, tt.yes, tt.before, tt.after); got != tt.want {
			t.Errorf("%s: keepBlock = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestAbstain checks that an extractor that found nothing sides with the
// agreement of the others.
func TestAbstain(t *testing.T) {
	blocks := []pageBlock{{votes: [3]float64{1, 0.8, 0}}, {votes: [3]float64{0, 1, 0}}}
	abstain(blocks, [3]bool{true, true, false})
	if got := []float64{blocks[0].votes[2], blocks[1].votes[2]}; !cmp.Equal(got, []float64{0.8, 0}) {
		t.Errorf("distiller's votes = %v, want [0.8 0]", got)
	}
	one := []pageBlock{{votes: [3]float64{0, 0.9, 0}}}
	abstain(one, [3]bool{false, true, false})
	if one[0].votes != [3]float64{0.9, 0.9, 0.9} {
		t.Errorf("votes with one extractor left = %v, want all 0.9", one[0].votes)
	}
	none := []pageBlock{{votes: [3]float64{0, 0, 0}}}
	abstain(none, [3]bool{})
	if none[0].votes != [3]float64{} {
		t.Errorf("votes with no extractor = %v, want zero", none[0].votes)
	}
}

func TestPageBlocks(t *testing.T) {
	doc := parseHTML(t, `<html><body><nav><a href="/">Home</a></nav>
		<div class="story"><p>First <b>bold</b> paragraph.</p><p style="display: none">Hidden.</p>
		<figure><figcaption>A caption.</figcaption></figure>
		<table><tr><td>Pos.</td><td>Driver</td></tr></table>
		<div class="share-bar">Share this</div><script>var x = 1;</script></div></body></html>`)
	type view struct {
		Text                           string
		Chrome, Figure, Own, LinkWhole bool
	}
	var got []view
	for _, b := range pageBlocks(doc) {
		got = append(got, view{b.text, b.inChrome, b.inFigure, b.ownBoiler, b.linkChars == b.chars})
	}
	want := []view{
		{"Home", true, false, false, true},
		{"First bold paragraph.", false, false, false, false},
		{"A caption.", false, true, false, false},
		{"Pos.", false, false, false, false},
		{"Driver", false, false, false, false},
		{"Share this", false, false, true, false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pageBlocks (-want +got):\n%s", diff)
	}
}

func parseHTML(t *testing.T, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestExtendCore checks that a full lead paragraph two extractors want
// joins the core it leads into, and that a short line or a caption does not.
func TestExtendCore(t *testing.T) {
	para := strings.Repeat("word ", 30) + "end."
	blocks := []pageBlock{
		{text: "Menu"},               // 0: nobody's, short: skipped
		{text: para, inFigure: true}, // 1: a caption stops the run
		{text: para},                 // 2: lead paragraph
		{text: "x"},                  // 3: empty widget, skipped
		{text: para},                 // 4: core
		{text: para},                 // 5: core
		{text: "Related stories"},    // 6: stops the run
		{text: para},                 // 7
	}
	yes := [][maxVoters]bool{{}, {true, true, false}, {false, true, true}, {}, {true, true, true}, {true, true, true}, {true, true, false}, {true, true, false}}
	first, last := extendCore(blocks, yes, 4, 5)
	if first != 2 || last != 5 {
		t.Errorf("extendCore = %d, %d, want 2, 5", first, last)
	}
}
