package sources_test

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chorusnews/chorus/fetch"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/sources"
	"github.com/chorusnews/chorus/sqlite"
)

// story is an invented article for the test web.
type story struct {
	title string
	paras []string
}

var stories = map[string]story{
	"tram": {"Tram line to the hospital opens in May", []string{
		"The new tram line between the central station and the county hospital will carry its first passengers in May, the transport board said on Tuesday after a final round of safety checks.",
		"Engineers finished laying the last section of track across the river bridge in January. Test runs at night have shown the journey takes eleven minutes, half the time of the current bus.",
		"The board expects around nine thousand trips a day in the first year. Fares will match the bus fares, and season tickets will be valid on both networks.",
		"Shopkeepers along the route, who lived with road works for two years, said they hoped the trams would bring customers back to the high street.",
	}},
	"orchard": {"Community orchard planted on old rail yard", []string{
		"Volunteers planted sixty apple and pear trees on Saturday on the disused rail yard behind the bus depot, turning a fenced wasteland into a community orchard.",
		"The land was handed to a residents' trust last autumn. Members spent the winter clearing rubble and bringing in topsoil donated by a local builder.",
		"Old local varieties were chosen, grafted by a nursery in the valley from trees that once grew in farm gardens around the town.",
		"The trust plans a first harvest festival in three years, when the young trees should bear enough fruit to share.",
	}},
	"library": {"Library extends opening hours for exam season", []string{
		"The central library will open until ten at night on weekdays from next Monday, giving students a quiet place to revise during the exam season.",
		"The longer hours are paid for by a one-year grant from the education fund. Two extra staff will be on duty each evening, and the café will stay open.",
		"Last year more than four hundred students asked for later opening in a survey run by the student council, which welcomed the decision.",
		"If the evenings are busy, the council said it would look at keeping the hours for the rest of the year.",
	}},
	"bridge": {"Footbridge closed after storm damage", []string{
		"The wooden footbridge over the canal at Mill Lane has been closed after Sunday's storm tore away part of its railing and loosened two deck beams.",
		"Inspectors found the main supports sound, but said the bridge cannot reopen until the railing is replaced. Walkers are being sent round by the lock, a detour of about ten minutes.",
		"Repairs should take three weeks, weather permitting. The bridge was last refurbished eight years ago.",
		"Residents asked for a temporary crossing for pupils who use the bridge to reach the primary school on the far bank.",
	}},
	"market": {"Farmers' market moves to the town square", []string{
		"The weekly farmers' market will move from the car park on Station Road to the town square from the first Saturday of next month.",
		"Stallholders had asked for the move for years, saying the car park was hard to find for visitors and exposed to wind.",
		"The square can take forty stalls, ten more than the old site, and the waiting list of growers and bakers will be offered the new places first.",
		"Parking will be free in the council car parks on market mornings during the first three months.",
	}},
	"choir": {"Youth choir wins national competition", []string{
		"The town's youth choir won first prize at the national choir competition on Sunday, beating twenty-two choirs from across the country.",
		"The thirty singers, aged eleven to eighteen, performed three pieces, including a song written for them by their conductor.",
		"The judges praised the choir's clear diction and its balance between the voices. The prize includes a recording session at a professional studio.",
		"The choir will give a homecoming concert in the parish church next Friday, with tickets free for families.",
	}},
}

// junkNav and junkTail are page furniture around the article.
const junkNav = `<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
<div class="share">Share this article on social media</div><div class="cookie">We use cookies to improve your experience. Accept all cookies</div>`
const junkTail = `<aside class="related"><h3>Most read</h3><ul><li><a href="/x">Council tax letters sent in error</a></li><li><a href="/y">Ten best walks this spring</a></li></ul></aside>
<section class="comments"><h3>Comments (12)</h3><p>Log in to leave a comment</p></section><footer>Copyright 2026 Riverside Courier. All rights reserved.</footer>`

// articlePage renders a story as a page with site furniture; canonical,
// when set, is announced with <link rel=canonical>.
func articlePage(key, canonical, variant string) string {
	s := stories[key]
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + html.EscapeString(s.title) + " | Riverside Courier</title>")
	if canonical != "" {
		b.WriteString(`<link rel="canonical" href="` + canonical + `">`)
	}
	b.WriteString("</head><body>" + junkNav + "<main><article><h1>" + html.EscapeString(s.title) + "</h1>")
	for _, p := range s.paras {
		b.WriteString("<p>" + html.EscapeString(p) + "</p>")
	}
	b.WriteString("</article></main>" + junkTail + "<!-- " + variant + " --></body></html>")
	return b.String()
}

// web is a local test server whose pages the tests set up; it counts hits.
type web struct {
	t   *testing.T
	srv *httptest.Server
	mu  sync.Mutex
	h   map[string]http.HandlerFunc
	n   map[string]int
}

func newWeb(t *testing.T) *web {
	w := &web{t: t, h: map[string]http.HandlerFunc{}, n: map[string]int{}}
	w.srv = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		w.mu.Lock()
		w.n[r.URL.RequestURI()]++
		h, ok := w.h[r.URL.Path]
		w.mu.Unlock()
		if !ok {
			http.NotFound(rw, r)
			return
		}
		h(rw, r)
	}))
	t.Cleanup(w.srv.Close)
	return w
}

// testHosts are the names the test web answers to; each is its own host
// for politeness (one 429 must not hold up the others).
var testHosts = []string{"courier.test", "busy.test", "slow.test", "broken.test", "error.test", "other.test"}

// url is path on the main test host.
func (w *web) url(path string) string { return w.on("courier.test", path) }

// on is path on the named test host.
func (w *web) on(host, path string) string { return "http://" + host + path }

// pins sends every test host to the server.
func (w *web) pins() map[string]string {
	m := map[string]string{}
	for _, h := range testHosts {
		m[h+":80"] = w.srv.Listener.Addr().String()
	}
	return m
}

// serve answers path with body of the given type.
func (w *web) serve(path, ctype, body string) {
	w.handle(path, func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Content-Type", ctype)
		fmt.Fprint(rw, body)
	})
}

func (w *web) handle(path string, h http.HandlerFunc) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.h[path] = h
}

// hits counts requests for a path with its query.
func (w *web) hits(uri string) int {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.n[uri]
}

// page serves a story at path.
func (w *web) page(path, key, canonical string) {
	w.serve(path, "text/html; charset=utf-8", articlePage(key, canonical, path))
}

// rss renders an RSS feed of (link, title, summary) items.
func rss(title string, items ...[3]string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>` + html.EscapeString(title) + `</title><link>https://courier.example/</link>`)
	for i, it := range items {
		fmt.Fprintf(&b, `<item><title>%s</title><link>%s</link><guid>g-%d</guid><dc:creator>Nadia Okafor</dc:creator><category>Local</category><pubDate>Mon, 02 Mar 2026 0%d:00:00 +0000</pubDate><description>%s</description></item>`,
			html.EscapeString(it[1]), html.EscapeString(it[0]), i, i%10, html.EscapeString(it[2]))
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

// testClock is a settable clock for the schedule and politeness waits.
type testClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *testClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *testClock) Sleep(ctx context.Context, d time.Duration) error {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
	return ctx.Err()
}

func (c *testClock) advance(d time.Duration) { c.Sleep(context.Background(), d) }

// env is a store, a desk and a fetcher wired to a test web.
type env struct {
	web   *web
	store *sqlite.Store
	clock *testClock
	f     *sources.Fetcher
	ctx   context.Context
}

func newEnv(t *testing.T) *env {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	store, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "chorus.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	desk, err := pipeline.Open(ctx, store, pipeline.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	clk := &testClock{now: time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)}
	w := newWeb(t)
	client := fetch.New(fetch.Options{AllowPrivate: true, MinInterval: -1, Clock: clk, Timeout: 500 * time.Millisecond, Pins: w.pins()})
	return &env{web: w, store: store, clock: clk, ctx: ctx,
		f: &sources.Fetcher{Client: client, Store: store, Desk: desk, Clock: clk, Workers: 3}}
}

// add stores a source for a path of the test web.
func (e *env) add(url string) sources.Source {
	e.web.t.Helper()
	if strings.HasPrefix(url, "/") {
		url = e.web.url(url)
	}
	s := sources.Source{URL: url, Kind: sources.KindFeed, Title: url, Interval: time.Hour, Added: e.clock.Now()}
	if _, err := e.store.AddSource(e.ctx, &s); err != nil {
		e.web.t.Fatal(err)
	}
	return s
}

func (e *env) run(all bool) *sources.Report {
	e.web.t.Helper()
	rep, err := e.f.Run(e.ctx, sources.RunOptions{All: all})
	if err != nil {
		e.web.t.Fatalf("Run: %v", err)
	}
	return rep
}

// byURL indexes a run's source reports by source URL.
func byURL(rep *sources.Report) map[string]sources.SourceReport {
	m := map[string]sources.SourceReport{}
	for _, r := range rep.Sources {
		m[r.Source.URL] = r
	}
	return m
}
