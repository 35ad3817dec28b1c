package quotes_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	aquotes "github.com/chorusnews/chorus/analyze/quotes"
	"github.com/chorusnews/chorus/story/quotes"
)

// article builds an article and its analysis from text written for the test
// (paragraphs separated by blank lines).
func article(id, text string) (*chorus.Article, *chorus.Analysis) {
	var paras []chorus.Span
	off := 0
	for _, p := range strings.Split(text, "\n\n") {
		paras = append(paras, chorus.Span{Start: off, End: off + len(p)})
		off += len(p) + 2
	}
	a := &chorus.Article{ID: chorus.ArticleID(id), Text: text, Paragraphs: paras}
	toks, sents := analyze.Segment(text, paras)
	return a, &chorus.Analysis{Article: a.ID, Tokens: toks, Sentences: sents, Quotes: aquotes.Find(text, toks, sents, nil)}
}

func merge(texts ...string) ([]*chorus.Article, []quotes.Quote) {
	var arts []*chorus.Article
	an := map[chorus.ArticleID]*chorus.Analysis{}
	for i, t := range texts {
		a, x := article(string(rune('a'+i)), t)
		arts = append(arts, a)
		an[a.ID] = x
	}
	return arts, quotes.Merge(arts, an, quotes.DefaultOptions)
}

// summary is a merged quote as text: its text, speaker, cited articles
// (in citation order) and variant texts.
type summary struct {
	Text, Speaker string
	Articles      string
	Variants      []string
}

func summarize(qs []quotes.Quote) []summary {
	var out []summary
	for _, q := range qs {
		s := summary{Text: q.Text, Speaker: q.Speaker}
		for _, c := range q.Citations {
			s.Articles += string(c.Article)
		}
		for _, v := range q.Variants {
			s.Variants = append(s.Variants, v.Text)
		}
		out = append(out, s)
	}
	return out
}

func TestMerge(t *testing.T) {
	for _, tc := range []struct {
		name  string
		texts []string
		want  []summary
	}{
		{"one quote in three outlets, one of them trimming it and one rewording a word",
			[]string{
				`“We made real progress today on the ceasefire and on aid,” Russian Foreign Minister Sergei Lavrov said on Friday.`,
				`“We made real progress today on the ceasefire,” Sergey Lavrov told reporters.`,
				`Mr. Lavrov said: “We made real progress today on the truce and on aid.”`,
			},
			// the trimmed copy holds the quote's words, so it is cited; the
			// reworded one is a variant with its own citation
			[]summary{{"We made real progress today on the ceasefire and on aid", "Sergei Lavrov", "ab",
				[]string{"We made real progress today on the truce and on aid."}}}},
		{"a split quote keeps its parts, in order, and matches the whole quote elsewhere; punctuation makes no variant",
			[]string{
				`“The talks were hard,” Kerry said. “But we will keep going until the guns fall silent.”`,
				`“The talks were hard, but we will keep going until the guns fall silent,” John Kerry said.`,
			},
			[]summary{{"The talks were hard … But we will keep going until the guns fall silent.", "John Kerry", "aab", nil}}},
		{"different quotes of one speaker stay apart, the more widely carried first",
			[]string{
				`“The convoy will leave on Monday morning,” Kerry said. “Nobody should doubt our resolve in this,” he added.`,
				`“Nobody should doubt our resolve in this,” Kerry said.`,
			},
			[]summary{{"Nobody should doubt our resolve in this", "Kerry", "ab", nil},
				{"The convoy will leave on Monday morning", "Kerry", "a", nil}}},
		{"people who share a surname are not merged, and a bare surname between them stays as written",
			[]string{
				`“I will fight for every family in this country,” Hillary Clinton said.`,
				`“I will fight for every family in this country,” Bill Clinton said.`,
				`“Trade deals must protect workers,” Clinton said.`,
			},
			[]summary{{"I will fight for every family in this country", "Hillary Clinton", "a", nil},
				{"I will fight for every family in this country", "Bill Clinton", "b", nil},
				{"Trade deals must protect workers", "Clinton", "c", nil}}},
		{"short quotes merge only when their words are the same",
			[]string{`“Not this week,” Kerry said. “Not this month,” Lavrov said.`, `“Not this week,” Kerry said.`},
			[]summary{{"Not this week", "Kerry", "ab", nil}, {"Not this month", "Lavrov", "a", nil}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, got := merge(tc.texts...)
			if diff := cmp.Diff(tc.want, summarize(got)); diff != "" {
				t.Errorf("Merge (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMergeCitesTheQuotedWords(t *testing.T) {
	arts, qs := merge(`“We made progress,” Lavrov said.`, `Lavrov said: “We made progress.”`)
	if len(qs) != 1 || len(qs[0].Citations) != 2 {
		t.Fatalf("got %+v", qs)
	}
	for i, c := range qs[0].Citations {
		if got := c.Span().In(arts[i].Text); !strings.HasPrefix(got, "We made progress") {
			t.Errorf("citation %d covers %q", i, got)
		}
	}
	if qs[0].Articles != 2 || !qs[0].Direct || qs[0].Cue != "said" {
		t.Errorf("got %+v", qs[0])
	}
}

func TestMergeWithoutAnalyses(t *testing.T) {
	a, _ := article("a", `“We made progress,” Lavrov said.`)
	if got := quotes.Merge([]*chorus.Article{a}, nil, quotes.Options{}); len(got) != 0 {
		t.Errorf("got %+v", got)
	}
}

func TestMergeDeterministic(t *testing.T) {
	texts := []string{
		`“We made real progress today,” Sergei Lavrov said. “The talks were hard,” he added. Prices rose, officials said.`,
		`“We made real progress today,” Lavrov said. According to the monitors, the truce was broken twice.`,
		`Kerry said the talks had been useful. “The talks were hard,” Sergey Lavrov said.`,
	}
	_, first := merge(texts...)
	for range 20 {
		if _, again := merge(texts...); !cmp.Equal(first, again) {
			t.Fatalf("two merges differ:\n%s", cmp.Diff(first, again))
		}
	}
}

// Every citation of a merged quote holds its words (or is held by them),
// even when the attribution that repeats the quote goes on to say more in
// another fragment: that fragment is not cited for it.
func TestCitationsHoldTheQuote(t *testing.T) {
	arts, qs := merge(
		"“You will see things the Marhold ferry can do that no other boat on the lake can do,” Varga says.\n\n" +
			"“The Marhold ferry was built from the keel up for the northern route,” says Varga. " +
			"“You will see things the Marhold ferry can do that no other boat on the lake can do.”")
	texts := map[chorus.ArticleID]string{}
	for _, a := range arts {
		texts[a.ID] = a.Text
	}
	norm := func(s string) string {
		return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !('a' <= r && r <= 'z')
		}), " ")
	}
	cited := 0
	for _, q := range qs {
		for _, c := range q.Citations {
			cited++
			span, text := norm(c.Span().In(texts[c.Article])), norm(q.Text)
			if !strings.Contains(span, text) && !strings.Contains(text, span) {
				t.Errorf("quote %q cites %q", q.Text, c.Span().In(texts[c.Article]))
			}
		}
	}
	if cited < 3 {
		t.Errorf("%d citations, want the three fragments cited by the quotes they hold: %+v", cited, summarize(qs))
	}
	// the fragment that says something else is a quote of its own
	if !slices.ContainsFunc(qs, func(q quotes.Quote) bool { return strings.HasPrefix(q.Text, "The Marhold ferry was built") }) {
		t.Errorf("the other fragment's quote is lost: %+v", summarize(qs))
	}
}

// An attribution nested in another of the same article is a quote of its
// own, with its own source, not the outer one said again.
func TestNestedAttributionsStayApart(t *testing.T) {
	text := "Dealers have reported a rise in enquiries for old harbour charts, the Marhold guild said."
	span := func(s string) chorus.Span {
		i := strings.Index(text, s)
		return chorus.Span{Start: i, End: i + len(s)}
	}
	a := &chorus.Article{ID: "a", Text: text, Paragraphs: []chorus.Span{{Start: 0, End: len(text)}}}
	an := &chorus.Analysis{Article: "a", Quotes: []chorus.Quote{
		{Content: span("Dealers have reported a rise in enquiries for old harbour charts"), Speaker: span("the Marhold guild"),
			SpeakerName: "the Marhold guild", Cue: span("said")},
		{Content: span("a rise in enquiries for old harbour charts"), Speaker: span("Dealers"), SpeakerName: "Dealers",
			Cue: span("have reported")},
	}}
	qs := quotes.Merge([]*chorus.Article{a}, map[chorus.ArticleID]*chorus.Analysis{"a": an}, quotes.DefaultOptions)
	var got []string
	for _, q := range qs {
		got = append(got, q.Speaker+": "+q.Text)
	}
	want := []string{"the Marhold guild: Dealers have reported a rise in enquiries for old harbour charts", "Dealers: a rise in enquiries for old harbour charts"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("quotes (-want +got):\n%s", diff)
	}
}

// A story's quote list is who said what: "the strike is expected to end"
// names nobody's words, while a speaker's report stays.
func TestImpressionsOfNobodyAreNoQuotes(t *testing.T) {
	_, qs := merge("The Kessin ferry strike is expected to end on Friday after the crews vote on the new offer. " +
		"The talks appeared to stall on Thursday over the night rota. " +
		"The union said the crews would vote on the offer on Friday morning.")
	var got []string
	for _, q := range qs {
		got = append(got, q.Speaker+": "+q.Text)
	}
	if len(got) != 1 || !strings.HasPrefix(got[0], "The union: ") {
		t.Errorf("quotes %q, want only the union's", got)
	}
}

func TestQuotesTooShortToTellAreLeftOut(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"a newsletter's title in quotation marks",
			`No cause has been found yet, said the airline's staff newsletter, "Update."`,
			nil},
		{"a short direct quotation with a verb stays",
			`"It is shameful," the harbour master said of the delay.`,
			[]string{"the harbour master: It is shameful"}},
		{"an indirect quote that is only its cue's object",
			"The ferry company denied the allegations. Its chief executive said the crews would be paid in full by Friday.",
			[]string{"Its chief executive: the crews would be paid in full by Friday"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, qs := merge(tc.text)
			var got []string
			for _, q := range qs {
				got = append(got, q.Speaker+": "+q.Text)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("quotes (-want +got):\n%s", diff)
			}
		})
	}
}
