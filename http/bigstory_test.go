package http

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus/internal/cputime"

	"github.com/chorusnews/chorus"
)

// putBigStory stores a story of n invented articles in syndication groups
// of size (an origin and its copies, which print its text; the first group
// an origin and first copies), whose digest, timeline, quotes and claim
// cite a few dozen of them, as a long-running story's do, and the first
// group whole, as a wire story's digest cites every copy.
func putBigStory(tb testing.TB, e *testEnv, n, size, first int) chorus.StoryID {
	tb.Helper()
	store, ok := e.store.(chorus.Store)
	if !ok {
		tb.Skip("the store cannot be written to directly")
	}
	ctx := context.Background()
	start := time.Date(2026, 3, 2, 6, 0, 0, 0, time.UTC)
	body := []string{
		"The Marhold ferry strike entered its %dth day as crews at Riel harbour kept the night crossings idle.",
		"Union leader Anna Varga said the Tessin Ferries offer of a %d percent raise fell short of what crews had asked for.",
		"Port officials in Veskaria counted %d lorries waiting at the terminal by the evening, twice the usual queue.",
	}
	st := &chorus.Story{ID: "sbigstory", Headline: chorus.CitedText{Text: "Marhold ferry strike"}}
	var arts []*chorus.Article
	for i := range n {
		origin := i == 0 || (i > first && (i-first-1)%size == 0)
		g := len(st.Origins) - 1 // the group's number
		if origin {
			g++
		}
		title := fmt.Sprintf("Marhold ferry strike, day %d", i/50+1)
		text := title
		paras := []chorus.Span{{Start: 0, End: len(title)}}
		for k := range 36 { // about 4,000 bytes of text, as a news report has
			p := fmt.Sprintf(body[k%len(body)], g+k)
			paras = append(paras, chorus.Span{Start: len(text) + 2, End: len(text) + 2 + len(p)})
			text += "\n\n" + p
		}
		raw := chorus.ContentHash([]byte(fmt.Sprintf("big story document %d", i)))
		a := &chorus.Article{ID: chorus.NewArticleID(raw, "bench/1"), RawHash: raw, Extractor: "bench/1",
			Outlet: fmt.Sprintf("Outlet %d", i%40), Title: title, Published: start.Add(time.Duration(i) * time.Minute),
			Text: text, TitleSpan: paras[0], Paragraphs: paras}
		if _, err := store.PutArticle(ctx, a); err != nil {
			tb.Fatal(err)
		}
		arts = append(arts, a)
		if origin {
			st.Origins = append(st.Origins, chorus.Origin{Article: a.ID})
		} else {
			o := &st.Origins[len(st.Origins)-1]
			o.Copies = append(o.Copies, chorus.Copy{Article: a.ID, Shared: 0.9})
		}
		st.Articles = append(st.Articles, chorus.StoryArticle{Article: *a, Origin: st.Origins[len(st.Origins)-1].Article, Event: "ebig"})
	}
	st.IndependentOrigins = len(st.Origins)
	st.Outlets, st.Updated = 40, arts[n-1].Published
	cite := func(i, k int) chorus.Citation { return chorus.Cite(arts[i].ID, arts[i].Paragraphs[1+k]) }
	for s := range 8 { // each sentence carried by ten articles, the first by the first group
		var cs []chorus.Citation
		for i := s * 10 * 7 % n; len(cs) < 10 || s == 0 && i <= first; i++ {
			cs = append(cs, cite(i, s%3))
		}
		st.Digest = append(st.Digest, chorus.DigestSentence{Text: cs[0].Span().In(arts[s*70%n].Text), Citations: cs,
			Variants: []chorus.Variant{{Text: "another wording", Citations: []chorus.Citation{cite((s*70+500)%n, 1)}}}})
	}
	for e := range 5 {
		st.Timeline = append(st.Timeline, chorus.TimelineEntry{Date: fmt.Sprintf("2026-03-%02d", e+2), Granularity: "day",
			Text: "Crews stop the night crossings", Citations: []chorus.Citation{cite(e*300%n, 0), cite((e*300+10)%n, 0)}})
	}
	for q := range 3 {
		st.Quotes = append(st.Quotes, chorus.StoryQuote{Text: "fell short", Speaker: "Anna Varga", Direct: true,
			Citations: []chorus.Citation{cite((q*200+5)%n, 1)}})
	}
	st.Claims = []chorus.Claim{{ID: "c1", Kind: chorus.ClaimAgreed, Text: "Crews kept the night crossings idle.", Origins: 2,
		Articles: []chorus.ClaimArticle{{Article: arts[0].ID, Origin: arts[0].ID, Stance: chorus.Stated, Citation: cite(0, 0)},
			{Article: arts[10].ID, Origin: arts[10].ID, Stance: chorus.Stated, Citation: cite(10, 0)}}}}
	if err := store.PutStory(ctx, st); err != nil {
		tb.Fatal(err)
	}
	return st.ID
}

// storyReader reads a story for its page.
type storyReader func(context.Context, chorus.StoryID) (*chorus.Story, error)

// pageReader reads a story as the story page does, for a reader who came
// last at since.
func pageReader(e *testEnv, arrived map[chorus.ArticleID]time.Time, since time.Time) storyReader {
	return func(ctx context.Context, id chorus.StoryID) (*chorus.Story, error) {
		return e.srv.pageStory(ctx, id, arrived, since)
	}
}

// renderStory renders the page of a story read by read, for a reader who
// came last at since.
func renderStory(tb testing.TB, e *testEnv, id chorus.StoryID, read storyReader, arrived map[chorus.ArticleID]time.Time, since time.Time) []byte {
	st, err := read(context.Background(), id)
	if err != nil {
		tb.Fatal(err)
	}
	body, err := e.srv.ui.render("story", pageData{Title: st.Headline.Text, Body: viewStory(st, arrived, since)})
	if err != nil {
		tb.Fatal(err)
	}
	return body
}

// The page of a story of thousands of articles that cites a few dozen
// reads those texts and the titles it lists alone, and is the page of the
// story read whole, for a new reader and for one coming back.
func TestBigStoryPageReadsWhatItShows(t *testing.T) {
	e := newEnv(t, nil)
	const n, size = 700, 3 // 221 groups: 21 (62 articles) past the 200 shown
	id := putBigStory(t, e, n, size, 40)
	whole, err := e.store.Story(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	// the last five articles arrived after the reader's last visit
	since := time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC)
	arrived := map[chorus.ArticleID]time.Time{}
	for i, a := range whole.Articles {
		arrived[a.ID] = since.Add(time.Duration(i-n+5) * time.Hour)
	}
	for _, tc := range []struct {
		name    string
		arrived map[chorus.ArticleID]time.Time
		since   time.Time
	}{{"new reader", nil, time.Time{}}, {"returning reader", arrived, since}} {
		t.Run(tc.name, func(t *testing.T) {
			part, err := e.srv.pageStory(context.Background(), id, tc.arrived, tc.since)
			if err != nil {
				t.Fatal(err)
			}
			texts, heads := 0, 0
			for _, a := range part.Articles {
				if a.Text != "" {
					texts++
				}
				if a.Title != "" {
					heads++
				}
			}
			// 200 groups shown: the first with 20 of its 40 copies, the
			// others with their two
			if want := len(pageTexts(part)); texts != want || texts > 150 {
				t.Errorf("%d of %d texts read; the page cites %d", texts, n, want)
			}
			if heads > 21+199*size+len(pageTexts(part))+5 {
				t.Errorf("%d of %d articles read; the page lists about 620", heads, n)
			}
			want := string(renderStory(t, e, id, e.store.Story, tc.arrived, tc.since))
			got := string(renderStory(t, e, id, pageReader(e, tc.arrived, tc.since), tc.arrived, tc.since))
			if got != want {
				t.Error("the page read in part differs from the page read whole")
			}
			for _, w := range []string{"Union leader Anna Varga", "… and 20 more copies", "… and 62 more articles from 21 more origins"} {
				if !strings.Contains(got, w) {
					t.Errorf("the page lacks %q", w)
				}
			}
			if tc.since.IsZero() == strings.Contains(got, "What changed since") {
				t.Errorf("what changed shown: %v", !tc.since.IsZero())
			}
		})
	}
}

// BenchmarkStoryPage5000 reads and renders the page of a story of 5,000
// articles in groups of ten that cites about 130 of them: whole reads
// every article with its text (as the page did), shown the outline, the
// heads of the articles the page lists and the texts of those it cites.
// cpu-ms/op is the process's CPU time per page (the store's included).
func BenchmarkStoryPage5000(b *testing.B) { benchmarkStoryPage(b, 40) }

// BenchmarkWireStoryPage5000 is BenchmarkStoryPage5000 on a story whose
// first group is a wire story with 2,000 copies, all cited by the first
// sentence of the digest: the page reads their texts to show which
// outlets print which passage.
func BenchmarkWireStoryPage5000(b *testing.B) { benchmarkStoryPage(b, 2000) }

func benchmarkStoryPage(b *testing.B, first int) {
	e := newEnv(b, nil)
	id := putBigStory(b, e, 5000, 10, first)
	for _, bc := range []struct {
		name string
		read storyReader
	}{{"whole", e.store.Story}, {"shown", pageReader(e, nil, time.Time{})}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu, _ := cputime.Process()
			for b.Loop() {
				renderStory(b, e, id, bc.read, nil, time.Time{})
			}
			b.ReportMetric(cputime.MsPerOp(cpu, b.N), "cpu-ms/op")
		})
	}
}
