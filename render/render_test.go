package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// sampleStory is a two-article story with one cited digest sentence.
func sampleStory() *chorus.Story {
	text1 := "Bridge reopens\n\nThe Orla bridge reopened on Friday after repairs <fast>."
	text2 := "Orla bridge open again\n\nThe Orla bridge reopened on Friday after repairs <fast>. Traffic resumed."
	s1 := strings.Index(text1, "The Orla")
	s2 := strings.Index(text2, "The Orla")
	n := len("The Orla bridge reopened on Friday after repairs <fast>.")
	a1 := chorus.Article{ID: "a1", Title: "Bridge reopens", Outlet: "Orla Post", Text: text1,
		Published: time.Date(2025, 4, 4, 9, 0, 0, 0, time.UTC)}
	a2 := chorus.Article{ID: "a2", Title: "Orla bridge open again", Text: text2}
	return &chorus.Story{
		ID:       "s1",
		Updated:  time.Date(2025, 4, 4, 9, 0, 0, 0, time.UTC),
		Headline: chorus.CitedText{Text: "Bridge reopens", Citations: []chorus.Citation{{Article: "a1", Start: 0, End: 14}}},
		Articles: []chorus.StoryArticle{{Article: a1, Origin: "a1"}, {Article: a2, Origin: "a1"}},
		Outlets:  2, IndependentOrigins: 1,
		Origins: []chorus.Origin{{Article: "a1", Copies: []chorus.Copy{{Article: "a2", Shared: 0.8}}}},
		Digest: []chorus.DigestSentence{{Text: text1[s1 : s1+n],
			Citations: []chorus.Citation{{Article: "a1", Start: s1, End: s1 + n}, {Article: "a2", Start: s2, End: s2 + n}},
			Articles:  []chorus.ArticleID{"a1", "a2"}, Outlets: 2}},
	}
}

func TestMarkdown(t *testing.T) {
	var buf bytes.Buffer
	if err := Markdown(&buf, []*chorus.Story{sampleStory()}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"# Bridge reopens\n",
		"2 articles · 2 outlets · 1 independent origin · updated 4 Apr 2025",
		"The Orla bridge reopened on Friday after repairs <fast>.[1][2]",
		"1. **Orla Post** — Bridge reopens (4 Apr 2025) · origin of 1 copy",
		"2. **unknown outlet** — Orla bridge open again (undated) · repeats 80% of [1]",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
}

func TestHTMLEscapesAndMarks(t *testing.T) {
	var buf bytes.Buffer
	if err := HTML(&buf, []*chorus.Story{sampleStory()}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "<fast>") {
		t.Error("article text was not escaped")
	}
	if got := strings.Count(out, "<mark "); got != 2 {
		t.Errorf("got %d highlighted passages, want 2 (one per cited article)", got)
	}
	for _, want := range []string{`href="#s1-a1"`, `href="#s1-a2"`, `id="s1-a2"`, "prefers-color-scheme: dark", `<main>`} {
		if !strings.Contains(out, want) {
			t.Errorf("html lacks %s", want)
		}
	}
}

func TestJSONListsAreNeverNull(t *testing.T) {
	var buf bytes.Buffer
	if err := JSON(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if strings.TrimSpace(buf.String()) != `{
  "stories": []
}` {
		t.Errorf("empty output = %s", buf.String())
	}
	buf.Reset()
	s := sampleStory()
	s.People, s.Quotes, s.Timeline, s.Claims, s.Events = []chorus.Person{}, []chorus.StoryQuote{}, []chorus.TimelineEntry{}, []chorus.Claim{}, []chorus.Event{}
	if err := JSON(&buf, []*chorus.Story{s}); err != nil {
		t.Fatal(err)
	}
	var back map[string][]map[string]any
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"people", "quotes", "timeline", "claims", "events", "digest", "articles"} {
		if v, ok := back["stories"][0][k]; !ok || v == nil {
			t.Errorf("%s is missing or null", k)
		}
	}
}

func TestParseFormat(t *testing.T) {
	for in, want := range map[string]Format{"md": FormatMarkdown, "markdown": FormatMarkdown, "JSON": FormatJSON, "html": FormatHTML} {
		if got, err := ParseFormat(in); err != nil || got != want {
			t.Errorf("ParseFormat(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseFormat("pdf"); err == nil {
		t.Error("pdf accepted")
	}
}

// A story with more sources than a matrix can show lists its agreed claims,
// each with its sources' markers (the first MaxMarks, then a count), in
// every format.
func TestClaimsOfAWideStoryAreAList(t *testing.T) {
	s := &chorus.Story{ID: "swide", Headline: chorus.CitedText{Text: "Veskaria ferry strike ends"}}
	claim := chorus.Claim{ID: "c1", Kind: chorus.ClaimAgreed, Text: "The ferry crews accepted the offer", Origins: 20}
	for i := range 20 {
		id := chorus.ArticleID(fmt.Sprintf("a%02d", i))
		s.Articles = append(s.Articles, chorus.StoryArticle{Article: chorus.Article{ID: id, Text: "x"}, Origin: id})
		stance := chorus.Stated
		if i == 1 {
			stance = chorus.Differs
		}
		claim.Articles = append(claim.Articles, chorus.ClaimArticle{Article: id, Origin: id, Stance: stance})
	}
	s.Claims = []chorus.Claim{claim}
	v := ClaimsSections(s)
	if len(v.Sources) != 0 || len(v.Agreed) != 1 || v.Agreed[0].Rows[0].Cells != nil {
		t.Fatalf("a 20-source story laid out as a matrix: %+v", v)
	}
	var md bytes.Buffer
	if err := ClaimsMarkdown(&md, s); err != nil {
		t.Fatal(err)
	}
	want := "- The ferry crews accepted the offer [1][2≠][3][4][5][6][7][8][9][10][11][12][+8]\n"
	if !strings.Contains(md.String(), want) || strings.Contains(md.String(), "|") {
		t.Errorf("markdown:\n%s\nwant the line %q and no table", md.String(), want)
	}
	var page bytes.Buffer
	if err := HTML(&page, []*chorus.Story{s}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(page.String(), `<table class="claims">`) || !strings.Contains(page.String(), "[12][&#43;8]") {
		t.Errorf("html keeps a matrix or lacks the markers:\n%s", page.String())
	}
}

func TestJoinedNote(t *testing.T) {
	for _, tc := range []struct {
		j    *chorus.Joined
		want string
	}{
		{nil, ""},
		{&chorus.Joined{Names: []string{"Riel", "Tessin Ferries"}, Words: []string{"ferry"}}, "shares Riel, Tessin Ferries; ferry"},
		{&chorus.Joined{Words: []string{"ferry", "strike"}, Score: 0.412}, "shares ferry, strike (similarity 0.41)"},
		{&chorus.Joined{Score: 0.205}, "similarity 0.20 to its event"},
	} {
		if got := JoinedNote(tc.j); got != tc.want {
			t.Errorf("JoinedNote(%+v) = %q, want %q", tc.j, got, tc.want)
		}
	}
}

// TestLanguageNote checks that an article English readers skip says so
// where its source is listed, in Markdown and in HTML.
func TestLanguageNote(t *testing.T) {
	s := sampleStory()
	s.Articles[1].Lang = "pt"
	s.Articles = append(s.Articles, chorus.StoryArticle{Article: chorus.Article{ID: "a3", Title: "Tessin ferry", Lang: "xx"}, Origin: "a3"})
	var md, page bytes.Buffer
	if err := Markdown(&md, []*chorus.Story{s}); err != nil {
		t.Fatal(err)
	}
	if err := HTML(&page, []*chorus.Story{s}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"1. **Orla Post** — Bridge reopens (4 Apr 2025) · origin of 1 copy · `a1`",
		"(undated) · repeats 80% of [1] · in Portuguese: names, quotes, dates and claims not read",
		"Tessin ferry (undated) · in language xx: names",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.String())
		}
	}
	if want := "repeats 80% of [1] · in Portuguese"; !strings.Contains(page.String(), want) {
		t.Errorf("html lacks %q", want)
	}
}

// TestOnlyGroupsTellSharedLabelsApart: wire stories pasted as text all
// carry their agency's name; what each alone reports is headed with the
// articles' numbers, while an outlet of its own keeps its bare name.
func TestOnlyGroupsTellSharedLabelsApart(t *testing.T) {
	s := &chorus.Story{ID: "swire", Headline: chorus.CitedText{Text: "Marhold harbour reopens"}}
	for i, credit := range []string{"AP", "AP", "AP", ""} {
		id := chorus.ArticleID(fmt.Sprintf("a%d", i+1))
		a := chorus.Article{ID: id, Text: "x", Credit: credit}
		if i == 3 {
			a.Outlet = "Tessin Post"
		}
		s.Articles = append(s.Articles, chorus.StoryArticle{Article: a, Origin: id})
	}
	only := func(text string, ids ...chorus.ArticleID) chorus.Claim {
		c := chorus.Claim{ID: text, Kind: chorus.ClaimOnly, Text: text, Origins: 1}
		for _, id := range ids {
			c.Articles = append(c.Articles, chorus.ClaimArticle{Article: id, Origin: ids[0], Stance: chorus.Stated})
		}
		return c
	}
	s.Claims = []chorus.Claim{only("The pier opened at dawn", "a1"), only("The mayor cut the ribbon", "a2", "a3"),
		only("Ferries resume on Monday", "a4"), only("The harbour master retired", "a1")}
	var got []string
	for _, g := range ClaimsSections(s).Only {
		got = append(got, fmt.Sprintf("%s:%d", g.Outlet, len(g.Items)))
	}
	want := []string{"AP [1]:2", "AP [2][3]:1", "Tessin Post:1"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("only groups = %v, want %v", got, want)
	}
}

// A claim lifted from "X said that …" is shown as X's, in Markdown and
// HTML alike; a bare pronoun names nobody and is left out, and an article
// that opened the sentence is lower-cased.
func TestClaimsNameWhoMadeThem(t *testing.T) {
	s := &chorus.Story{ID: "sby", Headline: chorus.CitedText{Text: "Kaskel gate inquiry"}}
	for _, id := range []chorus.ArticleID{"a1", "a2"} {
		s.Articles = append(s.Articles, chorus.StoryArticle{Article: chorus.Article{ID: id, Text: "x", Outlet: "Outlet " + string(id)}, Origin: id})
	}
	claim := func(kind chorus.ClaimKind, text, who string, ids ...chorus.ArticleID) chorus.Claim {
		c := chorus.Claim{ID: text, Kind: kind, Text: text, Origins: len(ids), Facets: map[string]string{"attribution": who}}
		for _, id := range ids {
			c.Articles = append(c.Articles, chorus.ClaimArticle{Article: id, Origin: id, Stance: chorus.Stated})
		}
		return c
	}
	disputed := func(text, value, source string, id chorus.ArticleID) chorus.Claim {
		c := claim(chorus.ClaimDisputed, text, "", id)
		c.Dispute, c.Value, c.Source = "d1", value, source
		return c
	}
	s.Claims = []chorus.Claim{
		disputed("Seven people died", "Seven", "he", "a1"), disputed("Nine people died", "Nine", "The union", "a2"),
		claim(chorus.ClaimAgreed, "the gate had passed its last inspection", "The operator", "a1", "a2"),
		claim(chorus.ClaimOnly, "the spillway was never rebuilt", "Opposition deputies", "a1"),
		claim(chorus.ClaimOnly, "more rain is due on Friday", "he", "a2"),
	}
	var md bytes.Buffer
	if err := ClaimsMarkdown(&md, s); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"| the gate had passed its last inspection (according to the operator) |",
		"- the spillway was never rebuilt (according to Opposition deputies) [1]",
		"- more rain is due on Friday [2]",
		"- Disputed: **Seven** vs **Nine** (the union)",
	} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("markdown lacks %q:\n%s", want, md.String())
		}
	}
	var page bytes.Buffer
	if err := HTML(&page, []*chorus.Story{s}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(page.String(), "never rebuilt <span class=\"meta\">(according to Opposition deputies)</span>") ||
		strings.Contains(page.String(), "according to he") {
		t.Errorf("html attributions:\n%s", page.String())
	}
}

func TestTimexLabel(t *testing.T) {
	for _, tc := range []struct{ value, want string }{
		{"2016-07-14", "14 Jul 2016"},
		{"2016-08", "Aug 2016"},
		{"2016", "2016"},
		{"2016-W28", "week of 11 Jul 2016"},
		{"2019-W46", "week of 11 Nov 2019"},
		{"2021-W01", "week of 4 Jan 2021"},
		{"2020-W53", "week of 28 Dec 2020"},
		{"2016-W99", "2016-W99"},
		{"2016-Q3", "Q3 2016"},
		{"2016-SU", "summer 2016"},
		{"PRESENT_REF", "PRESENT_REF"},
	} {
		if got := timexLabel(tc.value); got != tc.want {
			t.Errorf("timexLabel(%q) = %q, want %q", tc.value, got, tc.want)
		}
	}
}

func TestListOf(t *testing.T) {
	for _, tc := range []struct {
		names []string
		want  string
	}{
		{nil, ""},
		{[]string{"CNS"}, "CNS"},
		{[]string{"CNS", "Meridian"}, "CNS and Meridian"},
		{[]string{"CNS", "Meridian", "The Ledger"}, "CNS, Meridian and The Ledger"},
	} {
		if got := listOf(tc.names); got != tc.want {
			t.Errorf("listOf(%q) = %q, want %q", tc.names, got, tc.want)
		}
	}
}
