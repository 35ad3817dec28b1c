package story

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
)

// article builds an article whose text is its title then its paragraphs,
// as extraction lays them out.
func article(id, outlet string, day int, title string, paras ...string) *chorus.Article {
	a := &chorus.Article{ID: chorus.ArticleID(id), Outlet: outlet, Title: title}
	if day > 0 {
		a.Published = time.Date(2025, 3, day, 9, 0, 0, 0, time.UTC)
	}
	var b strings.Builder
	b.WriteString(title)
	a.TitleSpan = chorus.Span{End: b.Len()}
	a.Paragraphs = append(a.Paragraphs, a.TitleSpan)
	for _, p := range paras {
		b.WriteString("\n\n")
		start := b.Len()
		b.WriteString(p)
		a.Paragraphs = append(a.Paragraphs, chorus.Span{Start: start, End: b.Len()})
	}
	a.Text = b.String()
	return a
}

// floodStory is a small story written for the tests: a wire report and a
// repost of it, a paper that adds a word to the wire's lead and words the
// death toll its own way, and a later report of the inquiry.
func floodStory() Input {
	lead := "A spillway gate at the Kaskel reservoir gave way late on Tuesday, sending a surge of water down the Temna valley."
	toll := "At least seven people were killed and thousands were forced from their homes in three villages."
	arts := []*chorus.Article{
		article("wire", "Meridian Wire", 12, "Dam gate fails, flooding Temna valley",
			lead+" "+toll,
			"Rescue teams in boats searched the flooded streets of Brodny and Sadovo through the night.",
			"The reservoir operator said the gate had been inspected in January and found sound."),
		article("repost", "Valley Daily", 12, "Dam gate fails, flooding Temna valley",
			lead+" "+toll,
			"Rescue teams in boats searched the flooded streets of Brodny and Sadovo through the night."),
		article("paper", "Ostrelka Post", 13, "Seven dead after Kaskel dam gate gives way",
			"A steel spillway gate at the Kaskel reservoir gave way late on Tuesday, sending a surge of water down the Temna valley.",
			"Thousands were forced from their homes in three villages, and at least seven people were killed.",
			"He said the warning siren in Sadovo had not sounded."),
		article("inquiry", "Capital Herald", 17, "Judge to lead Kaskel flood inquiry",
			"Prime Minister Lidiya Rusanova appointed a retired judge, Halina Borecka, to lead an independent inquiry into the Kaskel dam failure.",
			"The inquiry must report by the end of April, and parliament approved a flood fund of 420 million euros."),
	}
	in := Input{ID: "s1", Articles: arts, Analyses: map[chorus.ArticleID]*chorus.Analysis{},
		Origins: []chorus.Origin{
			{Article: "wire", Copies: []chorus.Copy{{Article: "repost", Shared: 0.9}}},
			{Article: "paper"}, {Article: "inquiry"},
		}}
	for _, a := range arts {
		in.Analyses[a.ID] = analyze.Analyze(a)
	}
	return in
}

func textOf(arts []chorus.StoryArticle, c chorus.Citation) string {
	for _, a := range arts {
		if a.ID == c.Article {
			return c.Span().In(a.Text)
		}
	}
	return ""
}

func TestDigestCitationsHoldTheirSentence(t *testing.T) {
	for _, budget := range []int{30, 60, 120} {
		s := Build(floodStory(), Options{Words: budget})
		if len(s.Digest) == 0 {
			t.Fatalf("%d words: empty digest", budget)
		}
		for _, d := range s.Digest {
			if len(d.Citations) == 0 {
				t.Errorf("%d words: %q cites nothing", budget, d.Text)
			}
			sw := citeWords(d.Text)
			for _, c := range d.Citations {
				cw := citeWords(textOf(s.Articles, c))
				if len(cw) == 0 || !(subsequence(sw, cw) || subsequence(cw, sw)) {
					t.Errorf("%d words: %q cites %q", budget, d.Text, textOf(s.Articles, c))
				}
			}
			for _, v := range d.Variants {
				for _, c := range v.Citations {
					if got := textOf(s.Articles, c); got != v.Text {
						t.Errorf("variant %q cites %q", v.Text, got)
					}
				}
			}
		}
		if cw := words(textOf(s.Articles, s.Headline.Citations[0])); !slices.Equal(cw, words(s.Headline.Text)) {
			t.Errorf("headline %q cites %q", s.Headline.Text, textOf(s.Articles, s.Headline.Citations[0]))
		}
	}
}

func TestCiteWordsMatchTheChecker(t *testing.T) {
	got := citeWords("U.S._British talks, Al Qaeda’s ½ “deal” 2016")
	want := []string{"u", "s", "_british", "talks", "al", "qaeda", "s", "½", "deal", "2016"}
	if !slices.Equal(got, want) {
		t.Errorf("citeWords = %q, want %q", got, want)
	}
}

func TestDigestMergesCopiesAcrossOutlets(t *testing.T) {
	s := Build(floodStory(), Options{Words: 120})
	var lead *chorus.DigestSentence
	for i, d := range s.Digest {
		if strings.Contains(d.Text, "spillway gate") {
			if lead != nil {
				t.Errorf("the lead is told twice: %q and %q", lead.Text, d.Text)
			}
			lead = &s.Digest[i]
		}
	}
	if lead == nil {
		t.Fatalf("digest lacks the lead:\n%v", s.Digest)
	}
	if want := []chorus.ArticleID{"wire", "repost", "paper"}; !slices.Equal(lead.Articles, want) {
		t.Errorf("lead lists articles %v, want %v", lead.Articles, want)
	}
	if lead.Outlets != 3 || len(lead.Citations) != 3 {
		t.Errorf("lead: %d outlets, %d citations; want 3 and 3 (the paper's added word is a deletion away)", lead.Outlets, len(lead.Citations))
	}
}

func TestDigestSentencesCanStandAlone(t *testing.T) {
	s := Build(floodStory(), Options{Words: 200})
	for _, d := range s.Digest {
		if strings.HasPrefix(d.Text, "He said") {
			t.Errorf("digest holds %q, whose speaker is in no digest sentence", d.Text)
		}
	}
}

func TestDigestHearsEveryOriginAndReadsInOrder(t *testing.T) {
	s := Build(floodStory(), Options{Words: 80})
	cited := map[chorus.ArticleID]bool{}
	var days []time.Time
	for _, d := range s.Digest {
		for _, id := range d.Articles {
			cited[id] = true
		}
		for _, a := range s.Articles {
			if a.ID == d.Articles[0] {
				days = append(days, a.Published.Truncate(24*time.Hour))
			}
		}
	}
	for _, o := range []chorus.ArticleID{"wire", "paper", "inquiry"} {
		if !cited[o] {
			t.Errorf("origin %s unheard in %q", o, texts(s.Digest))
		}
	}
	if !slices.IsSortedFunc(days, func(a, b time.Time) int { return a.Compare(b) }) {
		t.Errorf("digest not in the order of its days: %q", texts(s.Digest))
	}
}

func TestDigestAdaptsToBudget(t *testing.T) {
	prev := 0
	for _, words := range []int{20, 50, 100, 200} {
		n := 0
		for _, d := range Build(floodStory(), Options{Words: words}).Digest {
			n += len(strings.Fields(d.Text))
		}
		if n < prev {
			t.Errorf("%d words: digest of %d words, shorter than at a smaller budget (%d)", words, n, prev)
		}
		prev = n
	}
}

func TestDigestDeterministic(t *testing.T) {
	a := texts(Build(floodStory(), Options{Words: 60}).Digest)
	for i := 0; i < 5; i++ {
		if b := texts(Build(floodStory(), Options{Words: 60}).Digest); !slices.Equal(a, b) {
			t.Fatalf("digest changed between runs:\n%q\n%q", a, b)
		}
	}
}

func texts(ds []chorus.DigestSentence) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.Text)
	}
	return out
}

// A story whose articles have no title of their own is headed by its
// first sentence with words, not by a rule of dots a pasted text opens
// with.
func TestHeadlineSkipsWordlessSentences(t *testing.T) {
	text := "................................ Marhold, Veskaria. A stolen delivery van was found on Monday near the Tessin bridge with its cargo untouched. Police said the driver had left the keys inside."
	a := &chorus.Article{ID: "only", Text: text, Paragraphs: []chorus.Span{{Start: 0, End: len(text)}}}
	in := Input{ID: "s9", Articles: []*chorus.Article{a}, Analyses: map[chorus.ArticleID]*chorus.Analysis{a.ID: analyze.Analyze(a)},
		Origins: []chorus.Origin{{Article: a.ID}}}
	s := Build(in, Options{Words: 60})
	if got := s.Headline.Text; !strings.Contains(got, "Marhold") {
		t.Errorf("headline %q, want the first sentence with words", got)
	}
}
