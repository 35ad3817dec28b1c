package http

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/render"
)

func decode[T any](t *testing.T, r reply) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(r.body, &v); err != nil {
		t.Fatalf("decode %s: %v", r.body, err)
	}
	return v
}

func TestStoriesPaging(t *testing.T) {
	e := newEnv(t, nil)
	var ids []chorus.StoryID
	path := "/api/stories?limit=1"
	for pages := 0; ; pages++ {
		if pages > 5 {
			t.Fatal("paging does not end")
		}
		r := e.do("GET", path, "", "", "")
		if r.status != http.StatusOK {
			t.Fatalf("GET %s: %d %s", path, r.status, r.body)
		}
		l := decode[storyList](t, r)
		for _, s := range l.Stories {
			ids = append(ids, s.ID)
		}
		if l.NextCursor == "" {
			break
		}
		if !strings.Contains(r.header.Get("Link"), `rel="next"`) {
			t.Errorf("no Link rel=next with a next cursor")
		}
		path = "/api/stories?limit=1&cursor=" + l.NextCursor
	}
	all := decode[storyList](t, e.do("GET", "/api/stories", "", "", ""))
	var want []chorus.StoryID
	for _, s := range all.Stories {
		want = append(want, s.ID)
	}
	if len(want) != 3 {
		t.Fatalf("demo corpus has %d stories, want 3", len(want))
	}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("pages of one differ from one page (-one page +paged):\n%s", diff)
	}
}

// Headline patterns of the demo corpus's three stories: which article's
// title heads a story is the story stage's choice, so any of them passes.
const (
	dam   = `(?i)dam|flood|kaskel`
	port  = `(?i)thessara|kalessia|port|strike`
	atlas = `(?i)atlas`
)

func TestStoryFilters(t *testing.T) {
	e := newEnv(t, nil)
	tests := []struct {
		query string
		want  []string // a pattern each expected story's headline matches, in order
	}{
		{"entity=Lidiya+Rusanova", []string{dam}},
		{"entity=lidiya%20rusanova", []string{dam}},
		{"outlet=Meridian", []string{dam}},
		{"q=dockworkers", []string{port}},
		{"q=atlas", []string{atlas}},
		{"q=%22U.S.%22", nil},
		{"since=2025-03-16", []string{port, dam}},
		{"since=2030-01-01", nil},
		{"outlet=Meridian&q=dockworkers", nil},
		{"entity=Nobody+Atall", nil},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			r := e.do("GET", "/api/stories?"+tt.query, "", "", "")
			if r.status != http.StatusOK {
				t.Fatalf("status %d: %s", r.status, r.body)
			}
			l := decode[storyList](t, r)
			if len(l.Stories) != len(tt.want) {
				t.Fatalf("%d stories, want %d: %s", len(l.Stories), len(tt.want), r.body)
			}
			for i, w := range tt.want {
				if !regexp.MustCompile(w).MatchString(l.Stories[i].Headline) {
					t.Errorf("story %d is %q, want one matching %q", i, l.Stories[i].Headline, w)
				}
			}
		})
	}
}

func TestBadRequests(t *testing.T) {
	e := newEnv(t, nil)
	tests := []struct {
		method, path, ct, body string
		key                    bool
		want                   int
	}{
		{"GET", "/api/stories?limit=0", "", "", false, 400},
		{"GET", "/api/stories?limit=abc", "", "", false, 400},
		{"GET", "/api/stories?since=yesterday", "", "", false, 400},
		{"GET", "/api/stories?cursor=%21%21", "", "", false, 400},
		{"GET", "/api/stories?cursor=YWJj", "", "", false, 400},
		{"GET", "/api/stories?q=%22", "", "", false, 400},
		{"GET", "/api/search", "", "", false, 400},
		{"GET", "/api/search?q=%22%22%22", "", "", false, 400},
		{"GET", "/api/search?q=x&limit=1000", "", "", false, 400},
		{"GET", "/api/stories/nope", "", "", false, 404},
		{"GET", "/api/stories/..%2f..%2fetc", "", "", false, 404},
		{"GET", "/api/articles/0123456789abcdef0123456789abcdef", "", "", false, 404},
		{"POST", "/api/articles", "application/json", `{"text":"x"}`, false, 401},
		{"POST", "/api/articles", "application/xml", `<a/>`, true, 415},
		{"POST", "/api/articles", "application/json", `"just a string"`, true, 400},
		{"POST", "/api/articles", "application/json", `[]`, true, 400},
		{"POST", "/api/articles", "application/json", `[{"text":`, true, 400},
		{"POST", "/api/webhooks", "application/json", `{"url":"ftp://x"}`, true, 400},
		{"POST", "/api/webhooks", "application/json", `{"url":"http://127.0.0.1:1/","events":["story.deleted"]}`, true, 400},
		{"DELETE", "/api/webhooks/wh_none", "", "", true, 404},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			key := ""
			if tt.key {
				key = e.key
			}
			r := e.do(tt.method, tt.path, tt.ct, tt.body, key)
			if r.status != tt.want {
				t.Fatalf("status %d, want %d: %s", r.status, tt.want, r.body)
			}
			if ct := r.header.Get("Content-Type"); ct != "application/problem+json" {
				t.Errorf("Content-Type %q, want application/problem+json", ct)
			}
			p := decode[problem](t, r)
			if p.Status != tt.want || p.Detail == "" {
				t.Errorf("problem %+v lacks status or detail", p)
			}
		})
	}
}

func TestSearchEscapesInput(t *testing.T) {
	e := newEnv(t, nil)
	for _, q := range []string{"U.S.", `dam "gate`, `"`, "AND OR NOT", "kaskel*", "NEAR(a b)", "title:dam", "dam)", "ünïcödé"} {
		r := e.do("GET", "/api/search?q="+urlEscape(q), "", "", "")
		if r.status != http.StatusOK && r.status != http.StatusBadRequest {
			t.Errorf("q=%q: status %d: %s", q, r.status, r.body)
		}
	}
	res := decode[searchResult](t, e.do("GET", "/api/search?q="+urlEscape(`spillway "gate`), "", "", ""))
	if len(res.Hits) == 0 {
		t.Fatal("no hits for spillway gate")
	}
	for _, h := range res.Hits {
		if h.Story == "" || len(h.Marks) == 0 {
			t.Errorf("hit %+v lacks a story or marks", h)
		}
		for _, m := range h.Marks {
			if got := strings.ToLower(m.In(h.Snippet)); got != "spillway" && got != "gate" {
				t.Errorf("mark %v covers %q", m, got)
			}
		}
	}
}

func urlEscape(s string) string {
	r := strings.NewReplacer("%", "%25", " ", "%20", `"`, "%22", "&", "%26", "+", "%2B", "#", "%23", "(", "%28", ")", "%29", "*", "%2A", ":", "%3A")
	return r.Replace(s)
}

func TestStoryArticlesPaged(t *testing.T) {
	e := newEnv(t, nil)
	l := decode[storyList](t, e.do("GET", "/api/stories", "", "", ""))
	var biggest chorus.StoryID
	most := 0
	for _, sum := range l.Stories {
		if sum.Articles > most {
			biggest, most = sum.ID, sum.Articles
		}
	}
	if most < 5 {
		t.Fatalf("the demo's biggest story has %d articles; the test needs at least 5", most)
	}
	full, err := e.store.Story(context.Background(), biggest)
	if err != nil {
		t.Fatal(err)
	}
	var want, got []chorus.ArticleID
	for _, a := range full.Articles {
		want = append(want, a.ID)
	}
	path := "/api/stories/" + string(biggest) + "?articles=2"
	for pages := 0; ; pages++ {
		if pages > most {
			t.Fatal("paging does not end")
		}
		r := e.do("GET", path, "", "", "")
		if r.status != http.StatusOK {
			t.Fatalf("GET %s: %d %s", path, r.status, r.body)
		}
		doc := decode[struct{ Stories []chorus.Story }](t, r)
		st := doc.Stories[0]
		if len(st.Articles) > 2 || st.ArticlesTotal != most || len(st.Digest) != len(full.Digest) {
			t.Fatalf("page %d: %d articles of %d, digest %d sentences; want at most 2 of %d with the whole digest (%d)",
				pages, len(st.Articles), st.ArticlesTotal, len(st.Digest), most, len(full.Digest))
		}
		for _, a := range st.Articles {
			if a.Text == "" {
				t.Errorf("article %s on the page has no text", a.ID)
			}
			got = append(got, a.ID)
		}
		link := r.header.Get("Link")
		if st.ArticlesNext == "" {
			if link != "" {
				t.Errorf("last page has a Link header %q", link)
			}
			break
		}
		if !strings.Contains(link, "after="+string(st.ArticlesNext)) || !strings.Contains(link, `rel="next"`) {
			t.Errorf("Link %q does not lead to the page after %s", link, st.ArticlesNext)
		}
		path = "/api/stories/" + string(biggest) + "?articles=2&after=" + string(st.ArticlesNext)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("pages together (-whole story +pages):\n%s", diff)
	}

	for _, q := range []string{"articles=0", "articles=x", "articles=5001", "after=NOT-AN-ID", "after=0123456789abcdef"} {
		if r := e.do("GET", "/api/stories/"+string(biggest)+"?"+q, "", "", ""); r.status != http.StatusBadRequest {
			t.Errorf("?%s: status %d, want 400: %s", q, r.status, r.body)
		}
	}
}

func TestStoryIsTheDigestSchema(t *testing.T) {
	e := newEnv(t, nil)
	l := decode[storyList](t, e.do("GET", "/api/stories", "", "", ""))
	for _, sum := range l.Stories {
		r := e.do("GET", "/api/stories/"+string(sum.ID), "", "", "")
		if r.status != 200 {
			t.Fatalf("status %d", r.status)
		}
		st, err := e.store.Story(context.Background(), sum.ID)
		if err != nil {
			t.Fatal(err)
		}
		st.ArticlesTotal = len(st.Articles) // one page holds a demo story
		var want bytes.Buffer
		if err := render.JSON(&want, []*chorus.Story{st}); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want.String(), string(r.body)); diff != "" {
			t.Errorf("story %s differs from render.JSON:\n%s", sum.ID, diff)
		}
		etag := r.header.Get("ETag")
		req, _ := http.NewRequest("GET", e.http.URL+"/api/stories/"+string(sum.ID), nil)
		req.Header.Set("If-None-Match", etag)
		resp, err := e.http.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusNotModified {
			t.Errorf("If-None-Match %s: status %d, want 304", etag, resp.StatusCode)
		}
		for _, a := range st.Articles[:1] {
			ar := decode[map[string]any](t, e.do("GET", "/api/articles/"+string(a.ID), "", "", ""))
			if ar["story"] != string(sum.ID) || ar["text"] != a.Text {
				t.Errorf("article %s: story %v, text equal %v", a.ID, ar["story"], ar["text"] == a.Text)
			}
		}
	}
}

func TestPostArticles(t *testing.T) {
	e := newEnv(t, nil)
	one := `{"title":"Kaskel dam inquiry names three engineers","outlet":"Test Wire","published":"2025-03-20T09:00:00Z",
		"text":"Kaskel dam inquiry names three engineers\n\nThe independent inquiry into the Kaskel dam gate failure in the Temna valley named three engineers on Thursday whose inspections of the spillway gate it will examine first, Prime Minister Lidiya Rusanova said."}`
	r := e.do("POST", "/api/articles", "application/json", one, e.key)
	if r.status != http.StatusCreated {
		t.Fatalf("first post: %d %s", r.status, r.body)
	}
	res := decode[ingestResponse](t, r)
	if len(res.Articles) != 1 || res.Articles[0].Status != statusCreated || res.Articles[0].Story == "" {
		t.Fatalf("first post: %+v", res)
	}
	if len(res.Stories) != 1 || res.Stories[0].ID != res.Articles[0].Story {
		t.Fatalf("stories %+v do not name the article's story", res.Stories)
	}
	// The same article with its keys in another order and other spacing is the same article.
	var m map[string]any
	if err := json.Unmarshal([]byte(one), &m); err != nil {
		t.Fatal(err)
	}
	again, _ := json.MarshalIndent(m, "", "    ")
	r2 := e.do("POST", "/api/articles", "application/json", string(again), e.key)
	if r2.status != http.StatusOK {
		t.Fatalf("second post: %d %s", r2.status, r2.body)
	}
	res2 := decode[ingestResponse](t, r2)
	if res2.Articles[0].Status != statusDuplicate || res2.Articles[0].Article != res.Articles[0].Article ||
		res2.Articles[0].Story != res.Articles[0].Story {
		t.Errorf("second post: %+v, want the same article as a duplicate", res2.Articles[0])
	}

	batch := `[{"title":"A","text":"Rare books bulletin notes a new catalogue\n\nThe Harwood library published a catalogue of its restored atlases on Friday, listing the recovered seventeenth-century atlas first. The volunteer who spotted the atlas at a market stall will open an exhibition of the collection next month, the library said. Conservators spent six weeks repairing the binding and two damaged maps before the atlas went back on its shelf."},
		{"title":"no body"},
		{"text":"   "},
		{"title":"A","text":"Rare books bulletin notes a new catalogue\n\nThe Harwood library published a catalogue of its restored atlases on Friday, listing the recovered seventeenth-century atlas first. The volunteer who spotted the atlas at a market stall will open an exhibition of the collection next month, the library said. Conservators spent six weeks repairing the binding and two damaged maps before the atlas went back on its shelf."}]`
	rb := e.do("POST", "/api/articles", "application/json", batch, e.key)
	if rb.status != http.StatusCreated {
		t.Fatalf("batch: %d %s", rb.status, rb.body)
	}
	resb := decode[ingestResponse](t, rb)
	var got []string
	for _, it := range resb.Articles {
		got = append(got, it.Status)
		if it.Status == statusSkipped && it.Reason == "" {
			t.Errorf("item %d skipped without a reason", it.Index)
		}
	}
	if want := []string{statusCreated, statusSkipped, statusSkipped, statusDuplicate}; !slices.Equal(got, want) {
		t.Errorf("batch statuses %v, want %v", got, want)
	}

	page := `<!doctype html><html><head><title>Port strike enters second week</title><meta property="og:site_name" content="Harbour Gazette"></head>
		<body><article><h1>Port strike enters second week</h1><p>Dockworkers at the port of Thessara kept the cranes idle for an eighth day on Tuesday, and the union said talks with the port authority had not resumed since the crane accident.</p>
		<p>Shipping lines said they were diverting vessels to other ports along the coast.</p></article></body></html>`
	rh := e.do("POST", "/api/articles?url=https%3A%2F%2Fharbour.example%2Fstrike&outlet=Harbour+Gazette", "text/html; charset=utf-8", page, e.key)
	if rh.status != http.StatusCreated {
		t.Fatalf("html upload: %d %s", rh.status, rh.body)
	}
	resh := decode[ingestResponse](t, rh)
	a, err := e.store.Article(context.Background(), resh.Articles[0].Article)
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != "https://harbour.example/strike" || !strings.Contains(a.Text, "eighth day") {
		t.Errorf("uploaded article: url %q, text %q", a.URL, a.Text)
	}
}

func TestAuth(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.Read = ReadKeyed })
	if r := e.do("GET", "/api/stories", "", "", ""); r.status != 401 || r.header.Get("WWW-Authenticate") == "" {
		t.Errorf("keyed read without key: %d", r.status)
	}
	if r := e.do("GET", "/api/stories", "", "", e.key); r.status != 200 {
		t.Errorf("keyed read with key: %d", r.status)
	}
	if r := e.do("GET", "/healthz", "", "", ""); r.status != 200 {
		t.Errorf("health without key: %d", r.status)
	}
	bad := e.key[:len(e.key)-2] + "xx"
	if r := e.do("GET", "/api/stories", "", "", bad); r.status != 401 {
		t.Errorf("wrong secret: %d", r.status)
	}
	id, _, _ := splitToken(e.key)
	if err := e.store.RevokeKey(context.Background(), id, e.srv.now()); err != nil {
		t.Fatal(err)
	}
	if r := e.do("GET", "/api/stories", "", "", e.key); r.status != 401 {
		t.Errorf("revoked key: %d", r.status)
	}
}

func TestRateLimit(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.AnonPerMinute = 20 })
	limited := 0
	for range 30 {
		r := e.do("GET", "/api/stories?limit=1", "", "", "")
		if r.status == http.StatusTooManyRequests {
			limited++
			if r.header.Get("Retry-After") == "" {
				t.Error("429 without Retry-After")
			}
		}
	}
	// A burst of 30 against 20 a minute (a bucket of 5) is mostly refused.
	if limited < 20 {
		t.Errorf("%d of 30 refused, want at least 20", limited)
	}
	// A key has its own bucket.
	if r := e.do("GET", "/api/stories?limit=1", "", "", e.key); r.status != 200 {
		t.Errorf("keyed request after the anonymous flood: %d", r.status)
	}
}

func TestBodyLimit(t *testing.T) {
	e := newEnv(t, func(c *Config) { c.MaxBodyBytes = 4 << 10 })
	big := `{"title":"big","text":"` + strings.Repeat("word ", 2000) + `"}`
	if r := e.do("POST", "/api/articles", "application/json", big, e.key); r.status != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized body: %d %s", r.status, r.body)
	}
}

func TestMetrics(t *testing.T) {
	off := newEnv(t, nil)
	if r := off.do("GET", "/metrics", "", "", ""); r.status != 404 {
		t.Errorf("metrics off: %d", r.status)
	}
	on := newEnv(t, func(c *Config) { c.Metrics = true })
	on.do("GET", "/api/stories", "", "", "")
	r := on.do("GET", "/metrics", "", "", "")
	if r.status != 200 || !strings.Contains(string(r.body), `chorus_http_requests_total{method="GET",route="GET /api/stories",status="200"} 1`) {
		t.Errorf("metrics on: %d\n%.2000s", r.status, r.body)
	}
	elsewhere := newEnv(t, func(c *Config) { c.Metrics = true; c.MetricsAllow, _ = ParsePrefixes("10.0.0.0/8") })
	if r := elsewhere.do("GET", "/metrics", "", "", ""); r.status != 403 {
		t.Errorf("metrics from a network not allowed: %d", r.status)
	}
}

func TestRoutesMatchDocument(t *testing.T) {
	e := newEnv(t, nil)
	var doc struct {
		Paths map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(openapiDoc, &doc); err != nil {
		t.Fatal(err)
	}
	var documented []string
	for p, ops := range doc.Paths {
		for m := range ops {
			documented = append(documented, strings.ToUpper(m)+" "+p)
		}
	}
	var served []string
	for _, p := range e.srv.patterns {
		_, path, _ := strings.Cut(p, " ")
		if documentedPath(path) {
			served = append(served, p)
		}
	}
	slices.Sort(documented)
	slices.Sort(served)
	if diff := cmp.Diff(documented, served); diff != "" {
		t.Errorf("routes and the OpenAPI document differ (-document +served):\n%s", diff)
	}
}

func documentedPath(p string) bool {
	return documented(p) || p == "/metrics"
}

func TestConfigValidate(t *testing.T) {
	c := DefaultConfig()
	c.Addr, c.Read, c.MaxBatch, c.BaseURL = "nowhere", "everyone", 0, "ftp://x"
	err := c.Validate()
	if err == nil {
		t.Fatal("bad settings validated")
	}
	for _, name := range []string{"addr", "read", "max-batch", "base-url"} {
		if !strings.Contains(err.Error(), name+":") {
			t.Errorf("error %q does not name %s", err, name)
		}
	}
	if err := DefaultConfig().Validate(); err != nil {
		t.Errorf("defaults: %v", err)
	}
}

func TestWritesWaitForTheDesk(t *testing.T) {
	e := newEnv(t, nil)
	e.srv.SetDesk(nil)
	r := e.do("POST", "/api/articles", "application/json", `{"text":"x"}`, e.key)
	if r.status != http.StatusServiceUnavailable || r.header.Get("Retry-After") == "" {
		t.Errorf("a write before the desk is ready: %d, Retry-After %q", r.status, r.header.Get("Retry-After"))
	}
	if r := e.do("GET", "/api/stories", "", "", ""); r.status != 200 {
		t.Errorf("a read before the desk is ready: %d", r.status)
	}
}

// A feed posted as the body stores each entry that carries its text and
// names those that do not; the server fetches no pages.
func TestPostFeed(t *testing.T) {
	e := newEnv(t, nil)
	feed := `<?xml version="1.0"?><rss version="2.0"><channel><title>Tessin Tribune</title><link>https://tribune.example/</link>
<item><title>Tessin ferry returns to its night timetable</title><link>/ferry/night</link><pubDate>Mon, 10 Mar 2025 07:00:00 GMT</pubDate>
<description>The Tessin ferry will run its night crossings to Riel again from Friday, the operator said on Monday, after a month in which repairs to the quay at Riel had kept the boat in port after dark.</description></item>
<item><title>Pictures of the week</title><link>https://tribune.example/pictures</link></item>
</channel></rss>`
	r := e.do("POST", "/api/articles", "application/rss+xml", feed, e.key)
	if r.status != http.StatusCreated {
		t.Fatalf("feed post: %d %s", r.status, r.body)
	}
	res := decode[ingestResponse](t, r)
	if len(res.Articles) != 2 || res.Articles[0].Status != statusCreated || res.Articles[1].Status != statusSkipped ||
		!strings.Contains(res.Articles[1].Reason, "entry carries no text") {
		t.Fatalf("feed post: %+v", res.Articles)
	}
	a, err := e.store.Article(context.Background(), res.Articles[0].Article)
	if err != nil {
		t.Fatal(err)
	}
	if a.URL != "https://tribune.example/ferry/night" || a.Outlet != "Tessin Tribune" || !strings.Contains(a.Text, "night crossings to Riel") {
		t.Errorf("entry stored as url %q, outlet %q, text %q", a.URL, a.Outlet, a.Text)
	}
	if r := e.do("POST", "/api/articles", "application/atom+xml", `<feed><title>Cut`, e.key); r.status != http.StatusBadRequest ||
		!strings.Contains(string(r.body), "broken feed") {
		t.Errorf("broken feed: %d %s", r.status, r.body)
	}
}
