package http

import (
	"bytes"
	_ "embed" // the OpenAPI document
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/ingest"
	"github.com/chorusnews/chorus/render"
)

//go:embed openapi.json
var openapiDoc []byte

// storyFilterOne is the cheapest query that proves the store answers.
var storyFilterOne = chorus.StoryFilter{Limit: 1}

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "public, max-age=300")
	_, err := w.Write(openapiDoc)
	return err
}

// writeJSON answers v as JSON.
func writeJSON(w http.ResponseWriter, status int, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("encode response: %w", err)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, err := w.Write(buf.Bytes())
	return err
}

// storyListing is a story in an API listing.
type storyListing struct {
	chorus.StorySummary
	Version  int           `json:"version"`
	Coverage []coverageDay `json:"coverage"`
}

type coverageDay struct {
	Day      string `json:"day"`
	Articles int    `json:"articles"`
}

type storyList struct {
	Stories    []storyListing `json:"stories"`
	NextCursor string         `json:"next_cursor,omitempty"`
}

// storyFilter reads the listing filters from the query string.
func storyFilter(q url.Values) (chorus.StoryFilter, error) {
	f := chorus.StoryFilter{Entity: q.Get("entity"), Outlet: q.Get("outlet"), Query: q.Get("q"), Cursor: q.Get("cursor")}
	if v := q.Get("since"); v != "" {
		t, err := ingest.ParseTime(v)
		if err != nil {
			return f, errorf(http.StatusBadRequest, "since: %q is not a date or time (use RFC 3339 or YYYY-MM-DD)", v)
		}
		f.Since = t
	}
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 200 {
			return f, errorf(http.StatusBadRequest, "limit: %q is not a number from 1 to 200", v)
		}
		f.Limit = n
	}
	for name, v := range map[string]string{"entity": f.Entity, "outlet": f.Outlet, "q": f.Query} {
		if len(v) > 500 {
			return f, errorf(http.StatusBadRequest, "%s: longer than 500 bytes", name)
		}
	}
	return f, nil
}

// listErr turns a store's listing error into an answer.
func listErr(err error) error {
	switch {
	case errors.Is(err, chorus.ErrBadCursor):
		return errorf(http.StatusBadRequest, "cursor: not one this server handed out")
	case errors.Is(err, chorus.ErrBadQuery):
		return errorf(http.StatusBadRequest, "q: there are no words to search for")
	}
	return err
}

func (s *Server) listStories(w http.ResponseWriter, r *http.Request) error {
	f, err := storyFilter(r.URL.Query())
	if err != nil {
		return err
	}
	page, next, err := s.store.StoryPage(r.Context(), f)
	if err != nil {
		return listErr(err)
	}
	out := storyList{Stories: make([]storyListing, 0, len(page)), NextCursor: next}
	for _, l := range page {
		sl := storyListing{StorySummary: l.StorySummary, Version: l.Version, Coverage: []coverageDay{}}
		for _, d := range l.Days {
			sl.Coverage = append(sl.Coverage, coverageDay{Day: d.Day, Articles: d.N})
		}
		out.Stories = append(out.Stories, sl)
	}
	if next != "" {
		q := r.URL.Query()
		q.Set("cursor", next)
		w.Header().Set("Link", fmt.Sprintf(`<%s?%s>; rel="next"`, r.URL.Path, q.Encode()))
	}
	return writeJSON(w, http.StatusOK, out)
}

// notFound turns a store's not-found into a 404 naming the thing.
func notFound(err error, what string, id string) error {
	if errors.Is(err, chorus.ErrNotFound) {
		return errorf(http.StatusNotFound, "there is no %s %q", what, id)
	}
	return err
}

// validID keeps ids to the characters ids have, so odd input never
// reaches a query or a log line unchecked.
func validID(id string) bool {
	if id == "" || len(id) > 64 {
		return false
	}
	for _, c := range id {
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

func (s *Server) getStory(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	if !validID(id) {
		return errorf(http.StatusNotFound, "there is no story %q", id)
	}
	win, err := articleWindow(r.URL.Query())
	if err != nil {
		return err
	}
	meta, err := s.versions.meta(r.Context(), chorus.StoryID(id))
	if err != nil {
		return notFound(err, "story", id)
	}
	// each page of a story's articles is its own representation
	etag := fmt.Sprintf(`"%s-%d-%s-%d"`, id, meta.Version, win.After, win.Limit)
	w.Header().Set("ETag", etag)
	w.Header().Set("Cache-Control", "no-cache")
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return nil
	}
	// the cache keeps the next page's After on a line before the JSON, so
	// the Link header never outlives or predates the body it goes with
	key := fmt.Sprintf("json:%s:%d:%s:%d", id, meta.Version, win.After, win.Limit)
	entry, ok := s.pages.get(key)
	if !ok {
		st, err := s.store.StoryWindow(r.Context(), chorus.StoryID(id), win)
		if err != nil {
			if win.After != "" && errors.Is(err, chorus.ErrNotFound) {
				return errorf(http.StatusBadRequest, "after: %q is not an article of story %q", win.After, id)
			}
			return notFound(err, "story", id)
		}
		buf := bytes.NewBufferString(string(st.ArticlesNext) + "\n")
		if err := render.JSON(buf, []*chorus.Story{st}); err != nil {
			return err
		}
		entry = buf.Bytes()
		s.pages.put(key, entry)
	}
	nl := bytes.IndexByte(entry, '\n')
	next, body := string(entry[:nl]), entry[nl+1:]
	if next != "" {
		q := r.URL.Query()
		q.Set("after", next)
		w.Header().Set("Link", fmt.Sprintf(`<%s?%s>; rel="next"`, r.URL.Path, q.Encode()))
	}
	w.Header().Set("Content-Type", "application/json")
	_, err = w.Write(body)
	return err
}

// A story's articles come a page at a time: a story that thousands of
// outlets carry would otherwise answer with every article's text.
const (
	defaultStoryArticles = 500
	maxStoryArticles     = 5000
)

// articleWindow reads ?articles= (the page size) and ?after= (the last
// article of the previous page, from articles_next).
func articleWindow(q url.Values) (chorus.ArticleWindow, error) {
	win := chorus.ArticleWindow{Limit: defaultStoryArticles}
	if v := q.Get("articles"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxStoryArticles {
			return win, errorf(http.StatusBadRequest, "articles: %q is not a number from 1 to %d", v, maxStoryArticles)
		}
		win.Limit = n
	}
	if v := q.Get("after"); v != "" {
		if !validID(v) {
			return win, errorf(http.StatusBadRequest, "after: %q is not an article id", v)
		}
		win.After = chorus.ArticleID(v)
	}
	return win, nil
}

// articleBody is an article as the API returns it: the stored article and
// the story it belongs to.
type articleBody struct {
	*chorus.Article
	Story chorus.StoryID `json:"story,omitempty"`
}

func (s *Server) getArticle(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	if !validID(id) {
		return errorf(http.StatusNotFound, "there is no article %q", id)
	}
	a, err := s.store.Article(r.Context(), chorus.ArticleID(id))
	if err != nil {
		return notFound(err, "article", id)
	}
	sid, err := s.store.StoryOf(r.Context(), a.ID)
	if err != nil && !errors.Is(err, chorus.ErrNotFound) {
		return err
	}
	w.Header().Set("Cache-Control", "public, max-age=3600") // articles never change
	return writeJSON(w, http.StatusOK, articleBody{Article: a, Story: sid})
}

// searchHit is one article found by a search.
type searchHit struct {
	Article   chorus.ArticleID `json:"article"`
	Title     string           `json:"title"`
	Outlet    string           `json:"outlet,omitempty"`
	Published time.Time        `json:"published,omitzero"`
	Story     chorus.StoryID   `json:"story,omitempty"`
	Snippet   string           `json:"snippet"`
	Marks     []chorus.Span    `json:"marks"`
}

type searchResult struct {
	Query string      `json:"query"`
	Hits  []searchHit `json:"hits"`
}

// searchQuery reads q and limit, which a search needs.
func searchQuery(q url.Values) (string, int, error) {
	text := strings.TrimSpace(q.Get("q"))
	if text == "" {
		return "", 0, errorf(http.StatusBadRequest, "q: say what to search for")
	}
	if len(text) > 500 {
		return "", 0, errorf(http.StatusBadRequest, "q: longer than 500 bytes")
	}
	limit := 20
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			return "", 0, errorf(http.StatusBadRequest, "limit: %q is not a number from 1 to 100", v)
		}
		limit = n
	}
	return text, limit, nil
}

func (s *Server) searchHits(r *http.Request) (string, []searchHit, error) {
	text, limit, err := searchQuery(r.URL.Query())
	if err != nil {
		return "", nil, err
	}
	hits, err := s.store.SearchHits(r.Context(), text, limit)
	if err != nil {
		return "", nil, listErr(err)
	}
	out := make([]searchHit, 0, len(hits))
	for _, h := range hits {
		marks := h.Marks
		if marks == nil {
			marks = []chorus.Span{}
		}
		out = append(out, searchHit{Article: h.Article, Title: h.Title, Outlet: h.Outlet, Published: h.Published,
			Story: h.Story, Snippet: h.Snippet, Marks: marks})
	}
	return text, out, nil
}

func (s *Server) search(w http.ResponseWriter, r *http.Request) error {
	text, hits, err := s.searchHits(r)
	if err != nil {
		return err
	}
	return writeJSON(w, http.StatusOK, searchResult{Query: text, Hits: hits})
}
