package http

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// putBigStory stores a story of n invented articles in syndication groups
// of ten (an origin and nine copies), whose digest, timeline, quotes and
// claim cite a few dozen of them, as a long-running story's do.
func putBigStory(tb testing.TB, e *testEnv, n int) chorus.StoryID {
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
	st := &chorus.Story{ID: "sbigstory", Headline: chorus.CitedText{Text: "Marhold ferry strike"}, IndependentOrigins: n / 10}
	var arts []*chorus.Article
	for i := range n {
		title := fmt.Sprintf("Marhold ferry strike, day %d", i/50+1)
		text := title
		paras := []chorus.Span{{Start: 0, End: len(title)}}
		for k := range 36 { // about 4,000 bytes of text, as a news report has
			p := fmt.Sprintf(body[k%len(body)], i/10+k)
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
		origin := arts[i/10*10].ID
		st.Articles = append(st.Articles, chorus.StoryArticle{Article: *a, Origin: origin, Event: "ebig"})
		if i%10 == 0 {
			st.Origins = append(st.Origins, chorus.Origin{Article: a.ID})
		} else {
			o := &st.Origins[len(st.Origins)-1]
			o.Copies = append(o.Copies, chorus.Copy{Article: a.ID, Shared: 0.9})
		}
	}
	st.Outlets, st.Updated = 40, arts[n-1].Published
	cite := func(i, k int) chorus.Citation { return chorus.Cite(arts[i].ID, arts[i].Paragraphs[1+k]) }
	for s := range 8 { // each sentence carried by one group's ten articles
		var cs []chorus.Citation
		for i := s * 10 * 7 % n; len(cs) < 10; i++ {
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

// renderStory renders the plain page of a story read by read.
func renderStory(tb testing.TB, e *testEnv, id chorus.StoryID, read func(context.Context, chorus.StoryID) (*chorus.Story, error)) []byte {
	st, err := read(context.Background(), id)
	if err != nil {
		tb.Fatal(err)
	}
	body, err := e.srv.ui.render("story", pageData{Title: st.Headline.Text, Body: viewStory(st, nil, time.Time{})})
	if err != nil {
		tb.Fatal(err)
	}
	return body
}

// The page of a story of a thousand articles that cites a few dozen reads
// those texts alone, and is the page of the story read whole.
func TestBigStoryPageReadsTheCitedTexts(t *testing.T) {
	e := newEnv(t, nil)
	id := putBigStory(t, e, 1000)
	part, err := e.srv.pageStory(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	read := 0
	for _, a := range part.Articles {
		if a.Text != "" {
			read++
		}
	}
	if want := len(pageTexts(part)); read != want || read > 120 {
		t.Errorf("%d of %d texts read; the page cites %d", read, len(part.Articles), want)
	}
	whole := renderStory(t, e, id, e.store.Story)
	got := renderStory(t, e, id, e.srv.pageStory)
	if string(got) != string(whole) {
		t.Error("the page read with the cited texts differs from the page read whole")
	}
	if !strings.Contains(string(got), "Union leader Anna Varga") {
		t.Error("the page lacks a cited passage")
	}
}

// BenchmarkStoryPage5000 reads and renders the page of a story of 5,000
// articles that cites 100 of them: whole reads every article's text (as
// the page did), cited only the texts the page cites. cpu-ms/op is the
// process's CPU time per page (the store's included).
func BenchmarkStoryPage5000(b *testing.B) {
	e := newEnv(b, nil)
	id := putBigStory(b, e, 5000)
	for _, bc := range []struct {
		name string
		read func(context.Context, chorus.StoryID) (*chorus.Story, error)
	}{{"whole", e.store.Story}, {"cited", e.srv.pageStory}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			cpu := processCPU()
			for b.Loop() {
				renderStory(b, e, id, bc.read)
			}
			b.ReportMetric(float64(processCPU()-cpu)/float64(time.Millisecond)/float64(b.N), "cpu-ms/op")
		})
	}
}
