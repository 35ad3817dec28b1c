package http

import (
	"context"
	"fmt"
	"html"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// get fetches a page with optional cookies.
func (e *testEnv) get(t *testing.T, path string, cookies ...*http.Cookie) (*http.Response, string) {
	t.Helper()
	req, _ := http.NewRequest("GET", e.http.URL+path, nil)
	for _, c := range cookies {
		req.AddCookie(c)
	}
	resp, err := e.http.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func damStory(t *testing.T, e *testEnv) *chorus.Story {
	t.Helper()
	page, _, err := e.store.StoryPage(context.Background(), storyFilterFor("Meridian"))
	if err != nil || len(page) != 1 {
		t.Fatalf("find the dam story: %v (%d)", err, len(page))
	}
	st, err := e.store.Story(context.Background(), page[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestStoryPage(t *testing.T) {
	e := newEnv(t, nil)
	st := damStory(t, e)
	resp, body := e.get(t, "/stories/"+string(st.ID))
	if resp.StatusCode != 200 {
		t.Fatalf("status %d", resp.StatusCode)
	}
	if !strings.Contains(resp.Header.Get("Content-Security-Policy"), "default-src 'self'") {
		t.Error("no content security policy")
	}
	for _, want := range []string{
		"<main", `role="search"`, `<nav class="toc" aria-label="On this page">`, html.EscapeString(st.Headline.Text),
		`id="h-digest"`, `id="h-timeline"`, `id="h-people"`, `id="h-sources"`, "repeats ", `role="tooltip"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("story page lacks %q", want)
		}
	}
	// Every digest sentence's popup carries the passage each cited article prints.
	d := st.Digest[0]
	for _, c := range d.Citations {
		for _, a := range st.Articles {
			if a.ID == c.Article && !strings.Contains(body, html.EscapeString(c.Span().In(a.Text))) {
				t.Errorf("the popup lacks the passage of %s", a.Outlet)
			}
		}
	}
	// Markers link to the article with the span to highlight.
	c := d.Citations[0]
	link := fmt.Sprintf("/articles/%s?story=%s&amp;hl=%d-%d#hl", c.Article, st.ID, c.Start, c.End)
	if !strings.Contains(body, link) {
		t.Errorf("no citation link %s", link)
	}
	// The second view comes from the cache and is the same page.
	_, again := e.get(t, "/stories/"+string(st.ID))
	if again != body {
		t.Error("the cached page differs")
	}
}

func TestArticleHighlight(t *testing.T) {
	e := newEnv(t, nil)
	st := damStory(t, e)
	c := st.Digest[0].Citations[0]
	var a *chorus.StoryArticle
	for i := range st.Articles {
		if st.Articles[i].ID == c.Article {
			a = &st.Articles[i]
		}
	}
	_, body := e.get(t, fmt.Sprintf("/articles/%s?story=%s&hl=%d-%d", c.Article, st.ID, c.Start, c.End))
	m := regexp.MustCompile(`<mark id="hl" tabindex="-1">([^<]*)</mark>`).FindStringSubmatch(body)
	if m == nil {
		t.Fatal("no highlighted passage")
	}
	if got := html.UnescapeString(m[1]); got != c.Span().In(a.Text) {
		t.Errorf("highlighted %q, want %q", got, c.Span().In(a.Text))
	}
	if _, text, _ := strings.Cut(body, `<div class="text">`); strings.Contains(text, "<p>"+html.EscapeString(a.Title)+"</p>") {
		t.Error("the body repeats the title the heading shows")
	}
	if !strings.Contains(body, `href="/stories/`+string(st.ID)+`"`) {
		t.Error("no way back to the story")
	}
	for _, hl := range []string{"9-2", "0-999999", "x-y", "-1-4"} {
		resp, body := e.get(t, "/articles/"+string(c.Article)+"?hl="+url.QueryEscape(hl))
		if resp.StatusCode != 200 || strings.Contains(body, `<mark`) {
			t.Errorf("hl=%s: status %d, marked %v", hl, resp.StatusCode, strings.Contains(body, "<mark"))
		}
	}
}

func TestWhatChanged(t *testing.T) {
	e := newEnv(t, nil)
	st := damStory(t, e)
	path := "/stories/" + string(st.ID)
	resp, body := e.get(t, path)
	if strings.Contains(body, "What changed") {
		t.Error("a first visit is told what changed")
	}
	var seen *http.Cookie
	for _, c := range resp.Cookies() {
		if c.Name == seenCookie(string(st.ID)) {
			seen = c
		}
	}
	if seen == nil {
		t.Fatal("no cookie remembers the visit")
	}
	// Nothing arrived since: no banner for the returning reader.
	if _, body := e.get(t, path, seen); strings.Contains(body, "What changed") {
		t.Error("a returning reader is told of changes when there are none")
	}
	// The cookie says the last visit was long ago; an article arrives.
	seen.Value = fmt.Sprint(time.Now().Add(-time.Hour).UnixMilli())
	post := `{"title":"Dam operator names new director","outlet":"Test Wire","published":"2025-03-22T09:00:00Z",
		"text":"Dam operator names new director\n\nThe Temna Hydroelectric Company named a new director-general on Saturday after the Kaskel dam gate failure, as Prime Minister Lidiya Rusanova's inquiry into the spillway gate began its hearings in the Temna valley. The company said the new director would meet the families of those killed next week."}`
	res := decode[ingestResponse](t, e.do("POST", "/api/articles", "application/json", post, e.key))
	if res.Articles[0].Story != st.ID {
		t.Skipf("the article founded %s instead of joining %s; the clustering decides", res.Articles[0].Story, st.ID)
	}
	_, body = e.get(t, path, seen)
	if !strings.Contains(body, "What changed since") || !strings.Contains(body, "Dam operator names new director") {
		t.Error("a returning reader is not told of the new article")
	}
	_, body = e.get(t, path+"?since=2000-01-01")
	if !strings.Contains(body, "What changed since 1 Jan 2000") {
		t.Error("?since= shows no changes")
	}
}

func TestListAndSearchPages(t *testing.T) {
	e := newEnv(t, nil)
	_, body := e.get(t, "/")
	if strings.Count(body, `class="story-item"`) != 3 || !strings.Contains(body, `<svg class="chart"`) {
		t.Errorf("list page: %d stories, chart %v", strings.Count(body, `class="story-item"`), strings.Contains(body, "<svg"))
	}
	_, body = e.get(t, "/?entity=Lidiya+Rusanova")
	if strings.Count(body, `class="story-item"`) != 1 {
		t.Error("entity filter on the list page")
	}
	_, body = e.get(t, "/search?q="+url.QueryEscape(`"U.S." crane`))
	if !strings.Contains(body, "Matching passages") {
		t.Error("search page with punctuation")
	}
	_, body = e.get(t, "/search?q=crane")
	if !strings.Contains(body, "<mark>crane</mark>") && !strings.Contains(body, "<mark>Crane</mark>") {
		t.Error("search page does not mark the matched word")
	}
	resp, body := e.get(t, "/stories/snothere")
	if resp.StatusCode != 404 || !strings.Contains(body, "<main") {
		t.Errorf("missing story: %d, an HTML page %v", resp.StatusCode, strings.Contains(body, "<main"))
	}
	if resp, _ := e.get(t, "/static/style.css"); resp.StatusCode != 200 {
		t.Errorf("stylesheet: %d", resp.StatusCode)
	}
}

// A story page read with only the texts it cites is the page of the story
// read whole.
func TestStoryPageReadsTheCitedTexts(t *testing.T) {
	e := newEnv(t, nil)
	ctx := context.Background()
	page, _, err := e.store.StoryPage(ctx, chorus.StoryFilter{Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	unread := 0
	for _, l := range page {
		whole, err := e.store.Story(ctx, l.ID)
		if err != nil {
			t.Fatal(err)
		}
		part, err := e.srv.pageStory(ctx, l.ID, nil, time.Time{})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range part.Articles {
			if a.Text == "" {
				unread++
			}
		}
		want, err := e.srv.ui.render("story", pageData{Title: whole.Headline.Text, Body: viewStory(whole, nil, time.Time{})})
		if err != nil {
			t.Fatal(err)
		}
		got, err := e.srv.ui.render("story", pageData{Title: part.Headline.Text, Body: viewStory(part, nil, time.Time{})})
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(want) {
			t.Errorf("story %s: the page read with the cited texts differs from the page read whole", l.ID)
		}
	}
	t.Logf("%d stories, %d articles' texts left unread", len(page), unread)
}
