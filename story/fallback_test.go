package story

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
)

// truncatedStory is a story of two short reports written for the tests,
// each cut off in the middle of its last sentence, as an excerpt is.
func truncatedStory() Input {
	arts := []*chorus.Article{
		article("one", "Valley Post", 6, "Bridge closed after barge strike",
			"A grain barge struck a pillar of the Orlan bridge on Friday night, and engineers closed the bridge to all traffic until further notice.",
			"The barge's crew of four was unhurt, the river authority said.",
			"Inspectors from the river authority began diving at the pillar on Saturday morning to measure how far the stone had cracked and whether the"),
		article("two", "River News", 6, "Orlan bridge shut",
			"Engineers closed the Orlan bridge after a grain barge hit one of its pillars late on Friday.",
			"Drivers face a detour of forty kilometres through the hill villages while the bridge stays shut, and the"),
	}
	in := Input{ID: "s3", Articles: arts, Analyses: map[chorus.ArticleID]*chorus.Analysis{},
		Origins: []chorus.Origin{{Article: "one"}, {Article: "two"}}}
	for _, a := range arts {
		in.Analyses[a.ID] = analyze.Analyze(a)
	}
	return in
}

// A digest whose whole sentences cannot fill its budget may end with one
// unfinished sentence of a cut-off article, printed last; one that has
// room for only whole sentences uses none.
func TestDigestFallsBackOnAnUnfinishedSentenceLast(t *testing.T) {
	unfinished := func(d chorus.DigestSentence) bool {
		return !strings.HasSuffix(strings.TrimSpace(d.Text), ".")
	}
	s := Build(truncatedStory(), Options{Words: 300})
	n := 0
	for i, d := range s.Digest {
		if unfinished(d) {
			n++
			if i != len(s.Digest)-1 {
				t.Errorf("unfinished sentence %q is printed before the digest's end", d.Text)
			}
		}
	}
	if n != 1 {
		t.Errorf("digest holds %d unfinished sentences, want 1:\n%v", n, s.Digest)
	}
	for _, d := range Build(truncatedStory(), Options{Words: 30}).Digest {
		if unfinished(d) {
			t.Errorf("a 30-word digest holds unfinished %q", d.Text)
		}
	}
}

func TestQuotedShare(t *testing.T) {
	for _, c := range []struct {
		text string
		want float64
	}{
		{"The river authority's divers were unhurt.", 0},
		{`"We will rebuild it," the mayor said.`, 4.0 / 7},
		{"The mayor said ``we will rebuild it.''", 4.0 / 7},
		{"“It holds,” said Ada Renn, who leads the inspectors’ team.", 2.0 / 10},
	} {
		if got := quotedShare(c.text); got < c.want-1e-9 || got > c.want+1e-9 {
			t.Errorf("quotedShare(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
