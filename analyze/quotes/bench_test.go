package quotes_test

import (
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/analyze/quotes"
	"github.com/chorusnews/chorus/eval/brat"
)

// benchArticle is a made-up news report with the usual mix of direct,
// split, continued and reported quotes.
var benchArticle = strings.Repeat(`Foreign ministers from both countries met in Geneva on Friday for a second day of talks on the ceasefire.

“We made real progress today,” Russian Foreign Minister Sergei Lavrov told reporters after the meeting. “But a great deal of work remains, and nobody should expect miracles.”

“The next step is up to the parties on the ground,” he added.

Kalessian Foreign Minister Tomas Varga said the two sides had agreed on a list of practical measures, according to a note issued by his ministry. A senior Veskarian official, who asked not to be named, said that the steps would be made public next week.

The ceasefire has been broken repeatedly, monitors said, and aid convoys are still waiting at the border. According to the United Nations, more than 400,000 people remain cut off from help.

The diplomat warned that the talks could collapse if the fighting went on. “We cannot negotiate while the shelling continues,” Kerry said.

`, 3)

func BenchmarkFind(b *testing.B) {
	toks, sents := analyze.Segment(benchArticle, brat.Paragraphs(benchArticle))
	b.SetBytes(int64(len(benchArticle)))
	b.ReportAllocs()
	for b.Loop() {
		quotes.Find(benchArticle, toks, sents, nil)
	}
}

// BenchmarkFindPolNeARDev finds the quotes of every PolNeAR dev text per
// iteration (segmentation done beforehand); ns/op divided by 84 is the
// cost of one news article.
func BenchmarkFindPolNeARDev(b *testing.B) {
	docs, err := brat.ReadDir(polnearDev(b))
	if err != nil {
		b.Fatal(err)
	}
	type seg struct {
		text  string
		toks  []chorus.Token
		sents []chorus.Sentence
	}
	var segs []seg
	n := 0
	for _, d := range docs {
		toks, sents := analyze.Segment(d.Text, brat.Paragraphs(d.Text))
		segs = append(segs, seg{d.Text, toks, sents})
		n += len(d.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range segs {
			quotes.Find(s.text, s.toks, s.sents, nil)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(segs))/1000, "µs/doc")
}
