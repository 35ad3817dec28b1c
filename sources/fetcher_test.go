package sources_test

import (
	"context"
	"errors"
	"fmt"
	"html"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/sources"
)

func (e *env) articles() []*chorus.Article {
	var out []*chorus.Article
	if err := e.store.AllArticles(e.ctx, func(a *chorus.Article) error { out = append(out, a); return nil }); err != nil {
		e.web.t.Fatal(err)
	}
	return out
}

func TestFetchEveryFeedFormat(t *testing.T) {
	e := newEnv(t)
	w := e.web
	w.page("/n/tram", "tram", "")
	w.page("/n/orchard", "orchard", "")
	w.page("/n/library", "library", "")
	w.page("/n/bridge", "bridge", "")
	w.serve("/rss.xml", "application/rss+xml", rss("Courier",
		[3]string{w.url("/n/tram?utm_source=rss"), "Tram line opens in May", "A short teaser about trams."},
		[3]string{w.url("/n/orchard"), "Orchard planted", "A short teaser about trees."}))
	w.serve("/atom.xml", "application/atom+xml", `<feed xmlns="http://www.w3.org/2005/Atom"><title>Courier Atom</title>
<entry><title>Library hours</title><link href="`+w.url("/n/library")+`"/><id>a1</id><author><name>Ben Adeyemi</name></author>
<published>2026-03-02T09:00:00Z</published><category term="Education"/><summary>teaser</summary></entry></feed>`)
	w.serve("/feed.json", "application/feed+json", `{"version":"https://jsonfeed.org/version/1.1","title":"Courier JSON","items":[
{"id":"j1","url":"`+w.url("/n/bridge")+`","title":"Bridge closed","date_published":"2026-03-01T18:00:00Z","tags":["Roads"],"authors":[{"name":"Lea Marsh"}]}]}`)
	for _, p := range []string{"/rss.xml", "/atom.xml", "/feed.json"} {
		e.add(p)
	}
	rep := e.run(false)
	if len(rep.Added) != 4 {
		t.Fatalf("stored %d articles, want 4; reports %+v", len(rep.Added), rep.Sources)
	}
	for url, r := range byURL(rep) {
		if r.Err != nil || r.Source.Status != sources.StatusOK || r.Source.NewLast != r.New || r.FromSummary != 0 {
			t.Errorf("%s: %+v", url, r)
		}
		if next := r.Source.NextRun.Sub(e.clock.Now()); next < 50*time.Minute || next > 70*time.Minute {
			t.Errorf("%s: next run in %s, want about an hour", url, next)
		}
	}
	for _, a := range rep.Added {
		key, _, _ := strings.Cut(strings.TrimPrefix(a.Source, w.url("/n/")), "?")
		if !strings.Contains(a.Text, stories[key].paras[2]) {
			t.Errorf("%s: page text missing from %q", a.Source, a.Text)
		}
		if strings.Contains(a.Text, "teaser") {
			t.Errorf("%s: the feed summary was used although the page was read", a.Source)
		}
		if strings.Contains(a.URL, "utm_") {
			t.Errorf("%s: tracking parameter kept in %s", a.Source, a.URL)
		}
	}
	// Feed metadata is kept beside extraction's: the byline comes from the
	// feed (the pages name no author) and says so.
	for _, a := range rep.Added {
		if strings.HasSuffix(a.Source, "/n/library") {
			if a.Byline != "Ben Adeyemi" || a.Provenance["byline"] != "feed" {
				t.Errorf("library byline %q from %q", a.Byline, a.Provenance["byline"])
			}
			recs, err := e.store.Entries(e.ctx, a.ID)
			if err != nil || len(recs) != 1 || recs[0].TextFrom != sources.TextFromPage ||
				strings.Join(recs[0].Categories, ",") != "Education" || recs[0].GUID != "a1" {
				t.Errorf("entry records %+v, %v", recs, err)
			}
		}
	}
}

func TestConditionalGetAnswered304(t *testing.T) {
	e := newEnv(t)
	w := e.web
	w.page("/n/tram", "tram", "")
	feed := rss("Courier", [3]string{w.url("/n/tram"), "Tram", "teaser"})
	w.handle("/rss.xml", func(rw http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			rw.WriteHeader(http.StatusNotModified)
			return
		}
		rw.Header().Set("ETag", `"v1"`)
		rw.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(rw, feed)
	})
	e.add("/rss.xml")
	if rep := e.run(false); len(rep.Added) != 1 {
		t.Fatalf("first run stored %d", len(rep.Added))
	}
	// Not due yet: nothing is fetched.
	if rep := e.run(false); len(rep.Sources) != 0 {
		t.Fatalf("a source was fetched before it was due: %+v", rep.Sources)
	}
	e.clock.advance(2 * time.Hour)
	rep := e.run(false)
	if len(rep.Sources) != 1 || rep.Sources[0].Source.Status != sources.StatusNotModified || len(rep.Added) != 0 {
		t.Fatalf("second run: %+v", rep.Sources)
	}
	if got := w.hits("/rss.xml"); got != 2 {
		t.Errorf("feed fetched %d times, want 2", got)
	}
	if got := w.hits("/n/tram"); got != 1 {
		t.Errorf("page fetched %d times, want 1", got)
	}
}

func TestFailingSourcesAreMarkedAndTheRunGoesOn(t *testing.T) {
	e := newEnv(t)
	w := e.web
	w.page("/n/choir", "choir", "")
	w.serve("/good.xml", "application/rss+xml", rss("Good", [3]string{w.url("/n/choir"), "Choir wins", "teaser"}))
	w.serve("/broken.xml", "application/rss+xml", `<rss version="2.0"><channel><title>Broken</title><item><title>cut`)
	w.handle("/error.xml", func(rw http.ResponseWriter, r *http.Request) { http.Error(rw, "oops", http.StatusInternalServerError) })
	w.handle("/busy.xml", func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Retry-After", "7200")
		rw.WriteHeader(http.StatusTooManyRequests)
	})
	w.handle("/slow.xml", func(rw http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	w.serve("/page.html", "text/html", "<html><head><title>not a feed</title></head><body>hello</body></html>")
	for _, u := range []string{w.url("/good.xml"), w.on("broken.test", "/broken.xml"), w.on("error.test", "/error.xml"),
		w.on("busy.test", "/busy.xml"), w.on("slow.test", "/slow.xml"), w.on("other.test", "/page.html")} {
		e.add(u)
	}
	rep := e.run(false)
	if len(rep.Added) != 1 {
		t.Fatalf("stored %d articles, want the good feed's 1: %+v", len(rep.Added), rep.Sources)
	}
	before := e.articles()
	now := e.clock.Now()
	got := byURL(rep)
	for _, tc := range []struct {
		url      string
		contains string
		minNext  time.Duration
	}{
		{w.on("broken.test", "/broken.xml"), "parse feed", 100 * time.Minute},
		{w.on("error.test", "/error.xml"), "status 500", 100 * time.Minute},
		{w.on("busy.test", "/busy.xml"), "status 429", 2 * time.Hour},
		{w.on("slow.test", "/slow.xml"), "timed out", 100 * time.Minute},
		{w.on("other.test", "/page.html"), "not a feed", 100 * time.Minute},
	} {
		r := got[tc.url]
		if r.Err == nil || r.Source.Status != sources.StatusFailed || r.Source.Failures != 1 || !strings.Contains(r.Source.Error, tc.contains) {
			t.Errorf("%s: status %q failures %d error %q", tc.url, r.Source.Status, r.Source.Failures, r.Source.Error)
		}
		if next := r.Source.NextRun.Sub(now); next < tc.minNext {
			t.Errorf("%s: retried in %s, want at least %s", tc.url, next, tc.minNext)
		}
	}
	// Failing again backs off further; the stored article is untouched.
	e.clock.advance(3 * time.Hour)
	rep = e.run(false)
	if r := byURL(rep)[w.on("broken.test", "/broken.xml")]; r.Source.Failures != 2 || r.Source.NextRun.Sub(e.clock.Now()) < 200*time.Minute {
		t.Errorf("second failure: failures %d, next in %s", r.Source.Failures, r.Source.NextRun.Sub(e.clock.Now()))
	}
	after := e.articles()
	if len(after) != len(before) || after[0].ID != before[0].ID || after[0].Text != before[0].Text {
		t.Errorf("stored articles changed: %d before, %d after", len(before), len(after))
	}
	// Once fixed, the feed is read and its failures forgotten.
	w.serve("/broken.xml", "application/rss+xml", rss("Fixed", [3]string{w.url("/n/choir"), "Choir", "teaser"}))
	rep, err := e.f.Run(e.ctx, sources.RunOptions{All: true})
	if err != nil {
		t.Fatal(err)
	}
	if r := byURL(rep)[w.on("broken.test", "/broken.xml")]; r.Source.Status != sources.StatusOK || r.Source.Failures != 0 || r.Known != 1 {
		t.Errorf("fixed feed: %+v", r)
	}
}

func TestJunkPagesAndSummaryFallback(t *testing.T) {
	e := newEnv(t)
	w := e.web
	w.page("/n/market", "market", "")
	w.serve("/n/wall", "text/html", `<html><head><title>Please wait</title></head><body>`+junkNav+
		`<div id="app"></div><noscript>Enable JavaScript</noscript></body></html>`)
	w.handle("/robots.txt", func(rw http.ResponseWriter, r *http.Request) { fmt.Fprint(rw, "User-agent: *\nDisallow: /private/\n") })
	w.page("/private/orchard", "orchard", "")
	w.serve("/n/photo", "image/jpeg", "\xff\xd8\xff\xe0 not really a jpeg")
	w.serve("/rss.xml", "application/rss+xml", rss("Courier",
		[3]string{w.url("/n/market"), "Market moves", "The market moves to the square."},
		[3]string{w.url("/n/wall"), "Bridge closed", stories["bridge"].paras[0] + "\n\n" + stories["bridge"].paras[1]},
		[3]string{w.url("/private/orchard"), "Orchard planted", stories["orchard"].paras[0]},
		[3]string{w.url("/n/missing"), "Gone", stories["choir"].paras[0]},
		[3]string{w.url("/n/photo"), "Photo", ""},
	))
	e.add("/rss.xml")
	rep := e.run(false)
	r := rep.Sources[0]
	if r.New != 4 || r.FromSummary != 3 || len(r.Skipped) != 1 {
		t.Fatalf("new %d (from summary %d), skipped %v; want 4 (3) and 1", r.New, r.FromSummary, r.Skipped)
	}
	if w.hits("/private/orchard") != 0 {
		t.Error("a page robots.txt disallows was fetched")
	}
	for _, a := range rep.Added {
		recs, _ := e.store.Entries(e.ctx, a.ID)
		if len(recs) != 1 {
			t.Fatalf("%s: %d entry records", a.Source, len(recs))
		}
		page := strings.HasSuffix(a.Source, "/n/market")
		if page != (recs[0].TextFrom == sources.TextFromPage) {
			t.Errorf("%s: text from %q", a.Source, recs[0].TextFrom)
		}
		for _, junk := range []string{"Share this article", "cookies", "Most read", "Log in to leave", "Copyright", "Enable JavaScript"} {
			if strings.Contains(a.Text, junk) {
				t.Errorf("%s: junk %q kept in %q", a.Source, junk, a.Text)
			}
		}
	}
	// The entries handled are not fetched again, even the one that gave nothing.
	e.clock.advance(2 * time.Hour)
	w.serve("/rss.xml", "application/rss+xml", rss("Courier", [3]string{w.url("/n/photo"), "Photo", ""}, [3]string{w.url("/n/market"), "Market", ""}))
	rep = e.run(false)
	if r := rep.Sources[0]; r.Known != 2 || r.New != 0 || w.hits("/n/photo") != 1 {
		t.Errorf("second run: known %d new %d, photo fetched %d times", r.Known, r.New, w.hits("/n/photo"))
	}
}

func TestDuplicatesAcrossFeedsStoredOnce(t *testing.T) {
	e := newEnv(t)
	w := e.web
	canonical := w.url("/story/tram")
	w.page("/story/tram", "tram", canonical)
	w.page("/amp/story/tram", "tram", canonical+"?utm_source=amp") // other bytes, same article
	w.page("/story/library", "library", "")
	w.serve("/a.xml", "application/rss+xml", rss("A",
		[3]string{w.url("/story/tram?utm_source=feed-a&utm_medium=rss"), "Tram", "teaser"},
		[3]string{w.url("/story/library"), "Library", "teaser"}))
	w.serve("/b.xml", "application/rss+xml", rss("B",
		[3]string{w.url("/story/tram?fbclid=xyz&utm_source=feed-b"), "Tram", "teaser"},
		[3]string{w.url("/amp/story/tram"), "Tram (mobile)", "teaser"},
		[3]string{w.url("/story/library#comments"), "Library", "teaser"}))
	e.add("/a.xml")
	e.add("/b.xml")
	rep := e.run(false)
	if len(rep.Added) != 2 || len(e.articles()) != 2 {
		t.Fatalf("stored %d articles, want 2 (tram and library once each)", len(e.articles()))
	}
	tramHits := w.hits("/story/tram?utm_source=feed-a&utm_medium=rss") + w.hits("/story/tram?fbclid=xyz&utm_source=feed-b")
	// Which feed is read first decides whether the AMP copy or a tracking
	// URL is fetched first; either way one URL stands for the article and
	// the page is never fetched twice under the same canonical URL.
	if ampHits := w.hits("/amp/story/tram"); tramHits > 1 || tramHits+ampHits == 0 {
		t.Errorf("the tram page was fetched %d times by its two tracking URLs (AMP copy %d), want at most 1", tramHits, ampHits)
	}
	// A third feed linking the article with yet another tracker is known
	// before any page is fetched.
	w.serve("/c.xml", "application/rss+xml", rss("C", [3]string{w.url("/story/tram?gclid=1"), "Tram", "teaser"}))
	e.add("/c.xml")
	rep = e.run(false)
	if r := byURL(rep)[w.url("/c.xml")]; r.Known != 1 || w.hits("/story/tram?gclid=1") != 0 {
		t.Errorf("third feed: known %d, page fetched %d times", r.Known, w.hits("/story/tram?gclid=1"))
	}
}

func TestProbeDiscoversFeeds(t *testing.T) {
	e := newEnv(t)
	w := e.web
	w.serve("/", "text/html", `<html><head><title>Courier</title>
<link rel="alternate" type="application/rss+xml" href="/missing.xml">
<link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body>front page</body></html>`)
	w.serve("/rss.xml", "application/rss+xml", rss("Riverside Courier"))
	w.serve("/plain", "text/html", `<html><head><title>no feeds</title></head><body>x</body></html>`)
	src, feed, err := sources.Probe(e.ctx, e.f.Client, w.url("/"))
	if err != nil {
		t.Fatal(err)
	}
	if src.URL != w.url("/rss.xml") || src.Title != "Riverside Courier" || src.Kind != sources.KindFeed || feed.Format != "rss" {
		t.Errorf("Probe = %+v", src)
	}
	if _, _, err := sources.Probe(e.ctx, e.f.Client, w.url("/plain")); err == nil || !strings.Contains(err.Error(), "announces none") {
		t.Errorf("page without feeds: %v", err)
	}
}

func TestDocumentsFromURLs(t *testing.T) {
	e := newEnv(t)
	w := e.web
	w.page("/n/tram", "tram", "")
	w.page("/n/choir", "choir", "")
	w.serve("/rss.xml", "application/rss+xml", rss("Courier",
		[3]string{w.url("/n/choir"), "Choir", "teaser"}, [3]string{w.url("/n/gone"), "Gone", ""},
		[3]string{"", "Bridge notice", stories["bridge"].paras[0]}))
	var got []string
	var errs []error
	for doc, err := range sources.Documents(e.ctx, e.f.Client, []string{w.url("/n/tram"), w.url("/rss.xml"), w.url("/nothing")}, 10) {
		if err != nil {
			errs = append(errs, err)
			continue
		}
		got = append(got, strings.TrimPrefix(doc.Source, w.url("")))
	}
	if strings.Join(got, " ") != "/n/tram /rss.xml#3 /n/choir" {
		t.Errorf("documents %v", got)
	}
	if len(errs) != 2 || !errors.Is(errs[0], chorus.ErrSkipped) {
		t.Errorf("errors %v", errs)
	}
}

func TestRunStopsOnlyForItsContext(t *testing.T) {
	e := newEnv(t)
	e.add("/rss.xml")
	ctx, cancel := context.WithCancel(e.ctx)
	cancel()
	if _, err := e.f.Run(ctx, sources.RunOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled run: %v", err)
	}
}

func TestPageThatFailsForNowIsRetried(t *testing.T) {
	e := newEnv(t)
	w := e.web
	w.handle("/n/library", func(rw http.ResponseWriter, r *http.Request) {
		rw.Header().Set("Retry-After", "60")
		http.Error(rw, "busy", http.StatusServiceUnavailable)
	})
	w.serve("/rss.xml", "application/rss+xml", rss("Courier", [3]string{w.url("/n/library"), "Library", stories["library"].paras[0]}))
	e.add("/rss.xml")
	rep := e.run(false)
	if r := rep.Sources[0]; r.New != 0 || len(r.Skipped) != 1 || r.Source.ETag != "" {
		t.Fatalf("first run: new %d skipped %v", r.New, r.Skipped)
	}
	// The summary was not stored in the page's place; once the page
	// answers, the article is read from it.
	w.page("/n/library", "library", "")
	e.clock.advance(2 * time.Hour)
	rep = e.run(false)
	if r := rep.Sources[0]; r.New != 1 || r.FromSummary != 0 {
		t.Fatalf("second run: new %d from summary %d, skipped %v", r.New, r.FromSummary, r.Skipped)
	}
}

// A feed item that names no page (a live blog's updates, a notice board) is
// an article made of its own text, remembered across runs by its GUID or,
// lacking one, by its text, since new items push the old ones down.
func TestItemsWithoutAPageAreReadFromTheFeed(t *testing.T) {
	e := newEnv(t)
	w := e.web
	w.page("/n/market", "market", "")
	item := func(link, guid, title, text string) string {
		s := "<item><title>" + html.EscapeString(title) + "</title>"
		if link != "" {
			s += "<link>" + w.url(link) + "</link>"
		}
		if guid != "" {
			s += `<guid isPermaLink="false">` + guid + "</guid>"
		}
		return s + "<description>" + html.EscapeString(text) + "</description></item>"
	}
	feed := func(items ...string) string {
		return `<?xml version="1.0"?><rss version="2.0"><channel><title>Courier notices</title><link>https://courier.example/</link>` +
			strings.Join(items, "") + "</channel></rss>"
	}
	bridge := stories["bridge"].paras[0] + "\n\n" + stories["bridge"].paras[1]
	choir := stories["choir"].paras[0]
	w.serve("/notices.xml", "application/rss+xml", feed(
		item("/n/market", "m1", "Market moves", "teaser"),
		item("", "notice-7", "Bridge closed", bridge),
		item("", "", "Choir concert", choir),
		item("", "notice-9", "Empty notice", "")))
	e.add("/notices.xml")
	rep := e.run(false)
	r := rep.Sources[0]
	if r.New != 3 || r.FromSummary != 2 || len(r.Skipped) != 1 || !strings.Contains(r.Skipped[0].Error(), "names no page and carries no text") {
		t.Fatalf("new %d (from the feed %d), skipped %v; want 3 (2) and the empty notice", r.New, r.FromSummary, r.Skipped)
	}
	sourcesOf := map[string]bool{}
	for _, a := range rep.Added {
		sourcesOf[strings.TrimPrefix(a.Source, w.url(""))] = true
		if strings.HasPrefix(a.Title, "Bridge") && !strings.Contains(a.Text, stories["bridge"].paras[1]) {
			t.Errorf("the notice's text is not the article's: %q", a.Text)
		}
	}
	if !sourcesOf["/notices.xml#2"] || !sourcesOf["/notices.xml#3"] {
		t.Errorf("articles named %v, want the notices by their place in the feed", sourcesOf)
	}
	// A new item on top moves the others down; they are known all the same.
	e.clock.advance(2 * time.Hour)
	w.serve("/notices.xml", "application/rss+xml", feed(
		item("", "notice-10", "Tram trial", stories["tram"].paras[0]),
		item("/n/market", "m1", "Market moves", "teaser"),
		item("", "notice-7", "Bridge closed", bridge),
		item("", "", "Choir concert", choir),
		item("", "notice-9", "Empty notice", "")))
	rep = e.run(false)
	if r := rep.Sources[0]; r.New != 1 || r.Known != 4 {
		t.Errorf("second run: new %d known %d, want 1 and 4", r.New, r.Known)
	}
	if len(e.articles()) != 4 {
		t.Errorf("%d articles stored, want 4", len(e.articles()))
	}
}
