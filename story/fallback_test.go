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

// A digest whose whole sentences cannot fill its budget may end with the
// unfinished sentences of cut-off articles, printed after every whole
// one; one that has room for only whole sentences uses none.
func TestDigestFallsBackOnAnUnfinishedSentenceLast(t *testing.T) {
	unfinished := func(d chorus.DigestSentence) bool {
		return !strings.HasSuffix(strings.TrimSpace(d.Text), ".")
	}
	s := Build(truncatedStory(), Options{Words: 300})
	n := 0
	for i, d := range s.Digest {
		if unfinished(d) {
			n++
		} else if n > 0 {
			t.Errorf("whole sentence %q (%d) is printed after an unfinished one", d.Text, i)
		}
	}
	if n != 2 {
		t.Errorf("digest holds %d unfinished sentences, want both:\n%v", n, s.Digest)
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

// A cut-off last sentence that tells what the reports share is chosen
// before a whole sentence that tells less, even when whole sentences
// could fill the budget: it is printed last, and alone of its kind.
func TestDigestPrefersAnUnfinishedSentenceThatSaysMore(t *testing.T) {
	arts := []*chorus.Article{
		article("one", "Valley Post", 6, "Veskaria dam",
			"Engineers at the Marhold dam opened three spillway gates on Friday as the Veskaria river rose past its spring record.",
			"A choir from the nearby town of Riel sang at the harvest fair in the old market hall during the weekend, and a baker from Tessin sold plum cakes to the crowd.",
			"Villages below the Marhold dam were told to move cattle to higher ground while the spillway gates stay open and the Veskaria river"),
		article("two", "River News", 6, "Marhold spillway",
			"The Marhold dam opened its spillway gates after the Veskaria river rose past its spring record.",
			"Farmers downstream were told to move cattle to higher ground, and the open spillway gates flooded two roads."),
	}
	in := Input{ID: "s4", Articles: arts, Analyses: map[chorus.ArticleID]*chorus.Analysis{},
		Origins: []chorus.Origin{{Article: "one"}, {Article: "two"}}}
	for _, a := range arts {
		in.Analyses[a.ID] = analyze.Analyze(a)
	}
	s := Build(in, Options{Words: 65})
	var texts []string
	for _, d := range s.Digest {
		texts = append(texts, d.Text)
	}
	last := texts[len(texts)-1]
	if !strings.HasPrefix(last, "Villages below the Marhold dam were told") {
		t.Errorf("digest does not end with the cut-off sentence:\n%s", strings.Join(texts, "\n"))
	}
	for _, x := range texts {
		if strings.Contains(x, "choir") {
			t.Errorf("digest holds the unrelated whole sentence:\n%s", strings.Join(texts, "\n"))
		}
	}
}

// A cut-off last sentence that continues the one before it ("She said
// …") may close the digest, right after that sentence, which moves to the
// end with it.
func TestDigestEndsWithAnUnfinishedContinuationAfterItsSentence(t *testing.T) {
	arts := []*chorus.Article{
		article("one", "Valley Post", 6, "Veskaria dam",
			"The Marhold dam's chief engineer, Ilse Varga, ordered three spillway gates opened at dawn on Friday.",
			"She said the Veskaria river would crest at the Marhold dam on Sunday night and that the spillway gates"),
		article("two", "River News", 6, "Marhold spillway",
			"Engineers opened the spillway gates of the Marhold dam on Friday as the reservoir behind it rose towards its crest.",
			"Water from the gates reached the bridge at Tessin by noon, and police closed the bridge to traffic.",
			"Farmers near Riel moved their cattle to higher ground as the river rose through the afternoon."),
	}
	in := Input{ID: "s6", Articles: arts, Analyses: map[chorus.ArticleID]*chorus.Analysis{},
		Origins: []chorus.Origin{{Article: "one"}, {Article: "two"}}}
	for _, a := range arts {
		in.Analyses[a.ID] = analyze.Analyze(a)
	}
	var texts []string
	for _, d := range Build(in, Options{Words: 120}).Digest {
		texts = append(texts, d.Text)
	}
	n := len(texts)
	if n < 2 || !strings.HasPrefix(texts[n-1], "She said the Veskaria river") || !strings.HasPrefix(texts[n-2], "The Marhold dam's chief engineer") {
		t.Errorf("digest does not end with the cut-off continuation after its sentence:\n%s", strings.Join(texts, "\n"))
	}
}

// A cut-off sentence competes with whole ones only in a digest whose
// budget holds much of its story; in a shorter one it is a fallback.
func TestUnfinishedCompetesOnlyInALongDigest(t *testing.T) {
	v := vocab{}
	w := map[concept]float64{conceptKey(v.id("marhold"), v.id("dam")): 1}
	cands := []Candidate{
		{Text: "The Marhold dam", Words: 3, Stems: []string{"the", "marhold", "dam"}, After: -1, Eligible: true, unfinished: true},
		{Text: "At the Marhold dam.", Words: 4, Stems: []string{"at", "the", "marhold", "dam"}, Group: 1, After: -1, Eligible: true},
	}
	for _, c := range []struct {
		share float64
		want  bool
	}{{0.9, false}, {unfinishedShare, false}, {0.2, true}} {
		p := coverage{weights: w, vocab: v, wordShare: c.share}.problem(cands, 100)
		if len(p.items) != 2 {
			t.Fatalf("share %v: %d items, want 2", c.share, len(p.items))
		}
		if got := p.items[0].fallback; got != c.want {
			t.Errorf("share %v: unfinished sentence is a fallback: %v, want %v", c.share, got, c.want)
		}
		if p.items[1].fallback {
			t.Errorf("share %v: whole sentence is a fallback", c.share)
		}
	}
}
