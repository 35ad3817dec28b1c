package http

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// ui holds the parsed page templates.
type ui struct {
	pages  map[string]*template.Template
	static http.Handler
}

func newUI() (*ui, error) {
	u := &ui{pages: map[string]*template.Template{}}
	layout, err := template.New("layout.html").Funcs(template.FuncMap{"plural": plural}).ParseFS(templateFS, "templates/layout.html")
	if err != nil {
		return nil, fmt.Errorf("parse layout: %w", err)
	}
	for _, name := range []string{"list", "search", "story", "article", "error"} {
		t, err := template.Must(layout.Clone()).ParseFS(templateFS, "templates/"+name+".html")
		if err != nil {
			return nil, fmt.Errorf("parse %s page: %w", name, err)
		}
		u.pages[name] = t
	}
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		return nil, err
	}
	u.static = http.StripPrefix("/static/", http.FileServerFS(sub))
	return u, nil
}

// pageData is what every page's layout needs; Body is the page's own.
type pageData struct {
	Title string
	Query string // the search box's value
	Feeds []feedLink
	Body  any
}

type feedLink struct {
	Type, Title, Href string
}

// render executes a page into a buffer, so a failure can still be answered
// with an error page instead of half a page.
func (u *ui) render(name string, d pageData) ([]byte, error) {
	var buf bytes.Buffer
	if err := u.pages[name].Execute(&buf, d); err != nil {
		return nil, fmt.Errorf("render %s page: %w", name, err)
	}
	return buf.Bytes(), nil
}

func writeHTML(w http.ResponseWriter, status int, body []byte) error {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	w.WriteHeader(status)
	_, err := w.Write(body)
	return err
}

func (s *Server) static(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Cache-Control", "public, max-age=3600")
	s.ui.static.ServeHTTP(w, r)
	return nil
}

func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, detail string) {
	body, err := s.ui.render("error", pageData{Title: http.StatusText(status),
		Body: map[string]any{"Status": status, "Title": http.StatusText(status), "Detail": detail}})
	if err != nil {
		s.log.Error("render error page", "err", err)
		http.Error(w, detail, status)
		return
	}
	_ = writeHTML(w, status, body)
}

// filterView is the listing's filter form and what it is set to.
type filterView struct {
	Q, Entity, Outlet, Since string
}

func (f filterView) Active() bool {
	return f.Q != "" || f.Entity != "" || f.Outlet != "" || f.Since != ""
}

// listItem is one story in the list.
type listItem struct {
	Href     string
	Headline string
	Lede     string
	Counts   string
	Updated  string
	Chart    chartView
}

type listBody struct {
	Filter   filterView
	Stories  []listItem
	NextHref string
	Hits     []hitView
	Searched bool
}

type hitView struct {
	Title   string
	Outlet  string
	Date    string
	Href    string
	Snippet []snippetPart
}

type snippetPart struct {
	Text string
	Mark bool
}

// listStoriesPage loads a page of the listing as the UI shows it.
func (s *Server) listItems(r *http.Request) (filterView, chorus.StoryFilter, []listItem, string, error) {
	q := r.URL.Query()
	fv := filterView{Q: q.Get("q"), Entity: q.Get("entity"), Outlet: q.Get("outlet"), Since: q.Get("since")}
	f, err := storyFilter(q)
	if err != nil {
		return fv, f, nil, "", err
	}
	if f.Limit == 0 {
		f.Limit = 25
	}
	page, next, err := s.store.StoryPage(r.Context(), f)
	if err != nil {
		return fv, f, nil, "", listErr(err)
	}
	var items []listItem
	for _, l := range page {
		days := map[string]int{}
		for _, d := range l.Days {
			days[d.Day] = d.N
		}
		items = append(items, listItem{Href: "/stories/" + string(l.ID), Headline: l.Headline, Lede: l.Lede,
			Counts: countsOf(l.StorySummary), Updated: dateLabel(l.Updated), Chart: chart(days, 120, 24, 10)})
	}
	nextHref := ""
	if next != "" {
		nq := url.Values{}
		for k, v := range q {
			nq[k] = v
		}
		nq.Set("cursor", next)
		nextHref = r.URL.Path + "?" + nq.Encode()
	}
	return fv, f, items, nextHref, nil
}

func (s *Server) listPage(w http.ResponseWriter, r *http.Request) error {
	fv, f, items, next, err := s.listItems(r)
	if err != nil {
		return err
	}
	fq := uiQuery(r.URL.Query())
	body, err := s.ui.render("list", pageData{Title: describeFilter(f), Query: fv.Q,
		Feeds: []feedLink{{"application/atom+xml", "Atom feed of these stories", "/feeds/stories.atom?" + fq},
			{"application/feed+json", "JSON Feed of these stories", "/feeds/stories.json?" + fq}},
		Body: listBody{Filter: fv, Stories: items, NextHref: next}})
	if err != nil {
		return err
	}
	return writeHTML(w, http.StatusOK, body)
}

func (s *Server) searchPage(w http.ResponseWriter, r *http.Request) error {
	text := strings.TrimSpace(r.URL.Query().Get("q"))
	if text == "" {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return nil
	}
	fv, _, items, next, err := s.listItems(r)
	if err != nil {
		return err
	}
	_, hits, err := s.searchHits(r)
	if err != nil {
		return err
	}
	var hv []hitView
	for _, h := range hits {
		href := "/articles/" + string(h.Article)
		if h.Story != "" {
			href += "?story=" + string(h.Story)
		}
		hv = append(hv, hitView{Title: h.Title, Outlet: chorus.OutletLabel(h.Outlet, "", ""), Date: dateLabel(h.Published), Href: href,
			Snippet: cutSnippet(h.Snippet, h.Marks)})
	}
	qe := url.QueryEscape(text)
	body, err := s.ui.render("search", pageData{Title: "Search: " + text, Query: text,
		Feeds: []feedLink{{"application/atom+xml", "Atom feed of this search", "/feeds/search.atom?q=" + qe},
			{"application/feed+json", "JSON Feed of this search", "/feeds/search.json?q=" + qe}},
		Body: listBody{Filter: fv, Stories: items, NextHref: next, Hits: hv, Searched: true}})
	if err != nil {
		return err
	}
	return writeHTML(w, http.StatusOK, body)
}

// cutSnippet splits a snippet into plain and matched runs.
func cutSnippet(s string, marks []chorus.Span) []snippetPart {
	var out []snippetPart
	pos := 0
	for _, m := range marks {
		if !m.Valid(len(s)) || m.Start < pos {
			continue
		}
		if m.Start > pos {
			out = append(out, snippetPart{Text: s[pos:m.Start]})
		}
		out = append(out, snippetPart{Text: s[m.Start:m.End], Mark: true})
		pos = m.End
	}
	if pos < len(s) {
		out = append(out, snippetPart{Text: s[pos:]})
	}
	return out
}

// seenCookie names the cookie that remembers a reader's last visit to a story.
func seenCookie(id string) string { return "seen_" + id }

// storyPage shows one story. A reader who has been here before (a cookie)
// or who asks (?since=) is told what arrived since; everyone else gets the
// page cached for the story's version.
func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	if !validID(id) {
		return errorf(http.StatusNotFound, "there is no story %q", id)
	}
	ctx := r.Context()
	meta, err := s.versions.meta(ctx, chorus.StoryID(id))
	if err != nil {
		return notFound(err, "story", id)
	}
	var since time.Time
	explicit := false
	if v := r.URL.Query().Get("since"); v != "" {
		t, err := parseSince(v)
		if err != nil {
			return errorf(http.StatusBadRequest, "since: %q is not a date or time", v)
		}
		since, explicit = t, true
	} else if c, err := r.Cookie(seenCookie(id)); err == nil {
		if ms, err := strconv.ParseInt(c.Value, 10, 64); err == nil {
			since = time.UnixMilli(ms)
		}
		// Nothing changed since the last visit: the plain page will do.
		if !meta.Changed.After(since) {
			since = time.Time{}
		}
	}
	http.SetCookie(w, &http.Cookie{Name: seenCookie(id), Value: strconv.FormatInt(s.now().UnixMilli(), 10),
		Path: "/stories/" + id, MaxAge: 180 * 24 * 3600, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	w.Header().Set("Cache-Control", "private, no-cache")
	if since.IsZero() {
		if body, ok := s.pages.get(pageKey(chorus.StoryID(id), meta.Version)); ok {
			return writeHTML(w, http.StatusOK, body)
		}
	}
	if since.IsZero() {
		st, err := s.pageStory(ctx, chorus.StoryID(id), nil, since)
		if err != nil {
			return notFound(err, "story", id)
		}
		body, err := s.plainStoryPage(st, meta.Version)
		if err != nil {
			return err
		}
		return writeHTML(w, http.StatusOK, body)
	}
	arrived, err := s.store.Arrivals(ctx, chorus.StoryID(id))
	if err != nil {
		return err
	}
	st, err := s.pageStory(ctx, chorus.StoryID(id), arrived, since)
	if err != nil {
		return notFound(err, "story", id)
	}
	v := viewStory(st, arrived, since)
	if v.Since != nil && len(v.Since.Articles) == 0 && !explicit {
		v.Since = nil
	}
	body, err := s.ui.render("story", pageData{Title: st.Headline.Text, Body: v})
	if err != nil {
		return err
	}
	return writeHTML(w, http.StatusOK, body)
}

// pageStory reads a story for its page: its outline, which numbers and
// counts the articles; the heads of the articles the page lists
// (pageHeads: the arrivals since since among them); and the texts of
// those it quotes (pageTexts). A story of thousands of articles is read
// without the others' texts, and without most of their heads.
func (s *Server) pageStory(ctx context.Context, id chorus.StoryID, arrived map[chorus.ArticleID]time.Time, since time.Time) (*chorus.Story, error) {
	st, err := s.store.StoryOutline(ctx, id)
	if err != nil {
		return nil, err
	}
	texts := pageTexts(st)
	full, err := s.store.Articles(ctx, texts)
	if err != nil {
		return nil, fmt.Errorf("get story %s: %w", id, err)
	}
	heads := slices.DeleteFunc(pageHeads(st, arrived, since), func(id chorus.ArticleID) bool { return full[id] != nil })
	head, err := s.store.ArticleHeads(ctx, heads)
	if err != nil {
		return nil, fmt.Errorf("get story %s: %w", id, err)
	}
	for _, ids := range [][]chorus.ArticleID{texts, heads} {
		for _, a := range ids {
			if full[a] == nil && head[a] == nil {
				return nil, fmt.Errorf("article %s of story %s: %w", a, id, chorus.ErrNotFound)
			}
		}
	}
	for i := range st.Articles {
		a := &st.Articles[i]
		if f := full[a.ID]; f != nil {
			a.Article = *f
		} else if h := head[a.ID]; h != nil {
			a.Article = *h
		}
	}
	return st, nil
}

// pageKey names the plain page of a story version in the cache.
func pageKey(id chorus.StoryID, version int) string {
	return fmt.Sprintf("page:%s:%d", id, version)
}

// plainStoryPage renders the page everyone without news gets, and keeps it
// under the story's version.
func (s *Server) plainStoryPage(st *chorus.Story, version int) ([]byte, error) {
	body, err := s.ui.render("story", pageData{Title: st.Headline.Text, Body: viewStory(st, nil, time.Time{})})
	if err != nil {
		return nil, err
	}
	s.pages.put(pageKey(st.ID, version), body)
	return body, nil
}

// parseSince reads ?since=: a date, a time, or Unix seconds.
func parseSince(v string) (time.Time, error) {
	if sec, err := strconv.ParseInt(v, 10, 64); err == nil {
		return time.Unix(sec, 0), nil
	}
	t, err := time.Parse(time.RFC3339, v)
	if err == nil {
		return t, nil
	}
	return time.Parse("2006-01-02", v)
}

// articleView is an article page: its text by paragraph, with the cited
// passage (when one is asked for) marked.
type articleView struct {
	Title, Outlet, Date, Byline, URL string
	Story                            *storyRef
	Paragraphs                       [][]snippetPart
	Highlight                        bool
	HighlightAt                      int // paragraph holding the start of the passage
}

type storyRef struct {
	Href, Headline string
}

func (s *Server) articlePage(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	if !validID(id) {
		return errorf(http.StatusNotFound, "there is no article %q", id)
	}
	ctx := r.Context()
	a, err := s.store.Article(ctx, chorus.ArticleID(id))
	if err != nil {
		return notFound(err, "article", id)
	}
	v := articleView{Title: a.Title, Outlet: a.OutletLabel(), Date: dateLabel(a.Published), Byline: a.Byline, URL: a.URL}
	sid, err := s.store.StoryOf(ctx, a.ID)
	if err == nil {
		if st, err := s.store.StoryOutline(ctx, sid); err == nil {
			v.Story = &storyRef{Href: "/stories/" + string(sid), Headline: st.Headline.Text}
		}
	}
	hl, ok := parseSpan(r.URL.Query().Get("hl"), len(a.Text))
	v.Highlight = ok
	v.Paragraphs, v.HighlightAt = paragraphs(a, hl, ok)
	body, err := s.ui.render("article", pageData{Title: a.Title, Body: v})
	if err != nil {
		return err
	}
	w.Header().Set("Cache-Control", "public, max-age=300")
	return writeHTML(w, http.StatusOK, body)
}

// parseSpan reads "start-end", keeping it only when it lies in a text of n bytes.
func parseSpan(v string, n int) (chorus.Span, bool) {
	a, b, ok := strings.Cut(v, "-")
	if !ok {
		return chorus.Span{}, false
	}
	start, err1 := strconv.Atoi(a)
	end, err2 := strconv.Atoi(b)
	sp := chorus.Span{Start: start, End: end}
	if err1 != nil || err2 != nil || !sp.Valid(n) || sp.Len() == 0 {
		return chorus.Span{}, false
	}
	return sp, true
}

// paragraphs cuts the article's body into paragraphs, each split into
// plain and highlighted runs. The title paragraph is left out (the page
// shows the title as its heading) unless the highlight falls in it.
func paragraphs(a *chorus.Article, hl chorus.Span, on bool) ([][]snippetPart, int) {
	spans := a.Paragraphs
	if len(spans) == 0 {
		spans = []chorus.Span{{Start: 0, End: len(a.Text)}}
	}
	var out [][]snippetPart
	at := -1
	for _, p := range spans {
		if !p.Valid(len(a.Text)) {
			continue
		}
		isTitle := (a.TitleSpan.Len() > 0 && p == a.TitleSpan) || strings.TrimSpace(a.Text[p.Start:p.End]) == strings.TrimSpace(a.Title)
		if isTitle && !(on && hl.Overlaps(p)) {
			continue
		}
		if !on || !hl.Overlaps(p) {
			out = append(out, []snippetPart{{Text: a.Text[p.Start:p.End]}})
			continue
		}
		s, e := max(p.Start, hl.Start), min(p.End, hl.End)
		var parts []snippetPart
		if s > p.Start {
			parts = append(parts, snippetPart{Text: a.Text[p.Start:s]})
		}
		parts = append(parts, snippetPart{Text: a.Text[s:e], Mark: true})
		if e < p.End {
			parts = append(parts, snippetPart{Text: a.Text[e:p.End]})
		}
		if at < 0 {
			at = len(out)
		}
		out = append(out, parts)
	}
	return out, at
}
