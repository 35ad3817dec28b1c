package http

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// TestStorySections renders a made-up story that has every section, so the
// sections the demo corpus does not fill yet (claims, quotes) are checked too.
func TestStorySections(t *testing.T) {
	text := "Flood inquiry opens\n\nThe inquiry opened on Monday. \"We will find out why,\" the judge said. Seven people died, officials said. Nine people died, a union said."
	span := func(sub string) chorus.Citation {
		i := strings.Index(text, sub)
		return chorus.Citation{Article: "a1", Start: i, End: i + len(sub)}
	}
	st := &chorus.Story{ID: "s1", Headline: chorus.CitedText{Text: "Flood inquiry opens"},
		Updated: time.Date(2025, 3, 20, 9, 0, 0, 0, time.UTC),
		Articles: []chorus.StoryArticle{
			{Article: chorus.Article{ID: "a1", Outlet: "Meridian", Title: "Flood inquiry opens", Text: text, Published: time.Date(2025, 3, 20, 9, 0, 0, 0, time.UTC)}, Origin: "a1",
				Joined: &chorus.Joined{Names: []string{"Kaskel", "Temna"}, Words: []string{"inquiry"}}},
			{Article: chorus.Article{ID: "a2", URL: "https://www.courier.example/x", Title: "Inquiry opens", Text: text}, Origin: "a1"},
			{Article: chorus.Article{ID: "a3", Outlet: "Diário de Temna", Title: "Inquérito aberto", Lang: "pt", Text: "Inquérito aberto"}, Origin: "a3"}},
		Origins:  []chorus.Origin{{Article: "a1", Copies: []chorus.Copy{{Article: "a2", Shared: 0.78}}}},
		Digest:   []chorus.DigestSentence{{Text: "The inquiry opened on Monday.", Citations: []chorus.Citation{span("The inquiry opened on Monday.")}}},
		Quotes:   []chorus.StoryQuote{{Text: "We will find out why,", Speaker: "the judge", Direct: true, Citations: []chorus.Citation{span("We will find out why,")}}},
		Timeline: []chorus.TimelineEntry{{Date: "2025-03-17", Text: "The inquiry opened on Monday.", Citations: []chorus.Citation{span("The inquiry opened on Monday.")}}},
		Claims: []chorus.Claim{
			{ID: "c1", Kind: chorus.ClaimDisputed, Text: "Seven people died", Origins: 1, Dispute: "d1", Value: "Seven", Source: "officials",
				Articles: []chorus.ClaimArticle{{Article: "a1", Stance: chorus.Stated, Citation: span("Seven people died, officials said.")}}},
			{ID: "c2", Kind: chorus.ClaimDisputed, Text: "Nine people died", Origins: 1, Dispute: "d1", Value: "Nine", Source: "a union",
				Articles: []chorus.ClaimArticle{{Article: "a2", Stance: chorus.Stated, Citation: span("Nine people died, a union said.")}}},
			{ID: "c3", Kind: chorus.ClaimAgreed, Text: "The inquiry opened on Monday", Origins: 2, Facets: map[string]string{"attribution": "the court"}, Articles: []chorus.ClaimArticle{
				{Article: "a1", Stance: chorus.Stated, Citation: span("The inquiry opened on Monday.")},
				{Article: "a2", Stance: chorus.Stated, Citation: span("The inquiry opened on Monday.")}}}},
	}
	u, err := newUI()
	if err != nil {
		t.Fatal(err)
	}
	body, err := u.render("story", pageData{Title: "t", Body: viewStory(st, nil, time.Time{})})
	if err != nil {
		t.Fatal(err)
	}
	page := string(body)
	for _, want := range []string{
		`id="h-claims"`, `<strong class="flag">⚑ Disputed</strong>`, `<strong>Seven</strong> (officials) vs <strong>Nine</strong> (a union)`, `id="h-quotes"`,
		`<strong>the judge</strong>: “We will find out why,”`, `<strong>17 Mar 2025</strong>`, "Agreed by 2 independent origins", `The inquiry opened on Monday <span class="by">(according to the court)</span>`, "origin of 1 copy", "repeats 78% of Meridian", "courier.example",
		"shares Kaskel, Temna; inquiry", "in Portuguese: names, quotes, dates and claims not read",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("story page lacks %q", want)
		}
	}
}

func TestChart(t *testing.T) {
	c := chart(map[string]int{"2025-03-01": 2, "2025-03-03": 1}, 120, 24, 10)
	if len(c.Bars) != 2 || c.Range != "1 Mar – 3 Mar 2025" || !strings.Contains(c.Label, "1 Mar: 2 articles") {
		t.Errorf("chart %+v", c)
	}
	if c.Bars[0].H <= c.Bars[1].H || c.Bars[1].X <= c.Bars[0].X {
		t.Errorf("bars do not scale or order: %+v", c.Bars)
	}
	long := map[string]int{}
	for d := range 90 {
		long[time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, d).Format("2006-01-02")] = 1
	}
	if n := len(chart(long, 120, 24, 10).Bars); n > maxBars {
		t.Errorf("%d bars for 90 days, want at most %d", n, maxBars)
	}
	if c := chart(nil, 120, 24, 10); len(c.Bars) != 0 {
		t.Error("bars without days")
	}
}

// A wire story reposted thousands of times keeps a page a person can read:
// markers, passages' outlets and source lists are capped and the rest
// counted.
func TestStoryPageOfAWireStory(t *testing.T) {
	text := "Ferry strike ends\n\nThe Tessin ferry strike ended on Friday after a deal on pay."
	sentence := "The Tessin ferry strike ended on Friday after a deal on pay."
	at := strings.Index(text, sentence)
	st := &chorus.Story{ID: "swire", Headline: chorus.CitedText{Text: "Ferry strike ends"}}
	origin := chorus.Origin{Article: "a0000"}
	var cites []chorus.Citation
	const copies, loners = 3000, 250
	for i := range copies + 1 + loners {
		id := chorus.ArticleID(fmt.Sprintf("a%04d", i))
		st.Articles = append(st.Articles, chorus.StoryArticle{Article: chorus.Article{ID: id, Outlet: fmt.Sprintf("Outlet %d", i),
			Title: "Ferry strike ends", Text: text}, Origin: "a0000"})
		if i >= 1 && i <= copies {
			origin.Copies = append(origin.Copies, chorus.Copy{Article: id, Shared: 1})
		}
		if i <= copies {
			cites = append(cites, chorus.Citation{Article: id, Start: at, End: at + len(sentence)})
		}
	}
	st.Origins = []chorus.Origin{origin}
	st.Digest = []chorus.DigestSentence{{Text: sentence, Citations: cites}}
	u, err := newUI()
	if err != nil {
		t.Fatal(err)
	}
	v := viewStory(st, nil, time.Time{})
	body, err := u.render("story", pageData{Title: "t", Body: v})
	if err != nil {
		t.Fatal(err)
	}
	page := string(body)
	for _, want := range []string{
		"[+2989]",                // 3,001 carriers, 12 markers shown
		"· and 2989 more",        // the passage's outlets
		"origin of 3000 copies",  // counted whole
		"… and 2980 more copies", // 20 shown
		"… and 51 more articles from 51 more origins", // 251 origins, 200 shown
	} {
		if !strings.Contains(page, want) {
			t.Errorf("wire story page lacks %q", want)
		}
	}
	if len(page) > 200_000 {
		t.Errorf("the page of a story of %d articles is %d bytes; it should not grow with the copies", len(st.Articles), len(page))
	}
}
