package sources

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

const rssFeed = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>The Harbour Gazette</title>
  <link>https://gazette.example/</link>
  <language>en-gb</language>
  <item>
    <title>Ferry timetable changes for winter</title>
    <link>/news/ferry-timetable?utm_source=rss&amp;utm_medium=feed</link>
    <guid isPermaLink="false">gz-1001</guid>
    <dc:creator>Mara Oyelaran</dc:creator>
    <pubDate>Mon, 02 Mar 2026 08:30:00 +0000</pubDate>
    <category>Transport</category>
    <category>Local</category>
    <description>The crossing will run less often from November.</description>
  </item>
  <item>
    <title>Harbour wall repairs begin</title>
    <link>https://gazette.example/news/harbour-wall</link>
    <pubDate>Sun, 01 Mar 2026 17:00:00 +0000</pubDate>
    <content:encoded><![CDATA[<p>Work crews arrived on Sunday.</p>]]></content:encoded>
    <description>Short teaser.</description>
  </item>
</channel>
</rss>`

const atomFeed = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <title>Valley Post</title>
  <link href="https://valley.example/"/>
  <id>urn:valley</id>
  <updated>2026-03-02T10:00:00Z</updated>
  <entry>
    <title>School roof approved</title>
    <link rel="alternate" href="https://valley.example/2026/school-roof"/>
    <id>urn:valley:1</id>
    <author><name>Ilse Brandt</name></author>
    <published>2026-03-02T09:00:00+01:00</published>
    <updated>2026-03-02T09:30:00+01:00</updated>
    <category term="Education"/>
    <summary>The council voted for the repair.</summary>
  </entry>
</feed>`

const jsonFeed = `{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Lake Ledger",
  "home_page_url": "https://ledger.example/",
  "language": "nl",
  "items": [
    {"id": "l-7", "url": "https://ledger.example/a/7", "title": "Boat show returns",
     "content_html": "<p>Exhibitors filled the quay.</p>", "date_published": "2026-03-01T12:00:00Z",
     "authors": [{"name": "Tomás Quirke"}], "tags": ["Events"]}
  ]
}`

func TestParseFeeds(t *testing.T) {
	mar := func(d, h, m int) time.Time { return time.Date(2026, 3, d, h, m, 0, 0, time.UTC) }
	for _, tc := range []struct {
		name, body, base string
		want             *Feed
	}{
		{"rss", rssFeed, "https://gazette.example/feed.xml", &Feed{Kind: KindFeed, Format: "rss", Title: "The Harbour Gazette",
			SiteURL: "https://gazette.example/", Entries: []Entry{
				{URL: "https://gazette.example/news/ferry-timetable?utm_source=rss&utm_medium=feed", GUID: "gz-1001",
					Title: "Ferry timetable changes for winter", Authors: []string{"Mara Oyelaran"}, Published: mar(2, 8, 30),
					Categories: []string{"Transport", "Local"}, Summary: "The crossing will run less often from November.", Item: 1, Lang: "en-gb"},
				{URL: "https://gazette.example/news/harbour-wall", Title: "Harbour wall repairs begin", Published: mar(1, 17, 0),
					Summary: "<p>Work crews arrived on Sunday.</p>", Item: 2, Lang: "en-gb"},
			}}},
		{"atom", atomFeed, "https://valley.example/atom", &Feed{Kind: KindFeed, Format: "atom", Title: "Valley Post",
			SiteURL: "https://valley.example/", Entries: []Entry{
				{URL: "https://valley.example/2026/school-roof", GUID: "urn:valley:1", Title: "School roof approved",
					Authors: []string{"Ilse Brandt"}, Published: mar(2, 8, 0), Updated: mar(2, 8, 30),
					Categories: []string{"Education"}, Summary: "The council voted for the repair.", Item: 1, Lang: "de"},
			}}},
		{"json feed", jsonFeed, "https://ledger.example/feed.json", &Feed{Kind: KindFeed, Format: "json", Title: "Lake Ledger",
			SiteURL: "https://ledger.example/", Entries: []Entry{
				{URL: "https://ledger.example/a/7", GUID: "l-7", Title: "Boat show returns", Authors: []string{"Tomás Quirke"},
					Published: mar(1, 12, 0), Categories: []string{"Events"}, Summary: "<p>Exhibitors filled the quay.</p>", Item: 1, Lang: "nl"},
			}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Parse([]byte(tc.body), tc.base)
			if err != nil {
				t.Fatal(err)
			}
			opt := cmp.Comparer(func(a, b time.Time) bool { return a.Equal(b) })
			if diff := cmp.Diff(tc.want, got, opt); diff != "" {
				t.Errorf("Parse (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseSitemaps(t *testing.T) {
	news := `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://dunes.example/n/1</loc>
    <news:news><news:publication><news:name>Dunes Daily</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>2026-03-02T07:00:00Z</news:publication_date><news:title>Sand fence vote</news:title>
      <news:keywords>council, coast</news:keywords></news:news></url>
  <url><loc>/n/2</loc><lastmod>2026-03-01</lastmod></url>
</urlset>`
	f, err := Parse([]byte(news), "https://dunes.example/news-sitemap.xml")
	if err != nil {
		t.Fatal(err)
	}
	want := &Feed{Kind: KindSitemap, Format: "news sitemap", SiteURL: "https://dunes.example/", Entries: []Entry{
		{URL: "https://dunes.example/n/1", Title: "Sand fence vote", Outlet: "Dunes Daily", Lang: "en",
			Published: time.Date(2026, 3, 2, 7, 0, 0, 0, time.UTC), Categories: []string{"council", "coast"}},
		{URL: "https://dunes.example/n/2", Updated: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)},
	}}
	if diff := cmp.Diff(want, f); diff != "" {
		t.Errorf("news sitemap (-want +got):\n%s", diff)
	}

	index := `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://dunes.example/old.xml</loc><lastmod>2025-01-01</lastmod></sitemap>
  <sitemap><loc>https://dunes.example/new.xml.gz</loc><lastmod>2026-03-02</lastmod></sitemap>
</sitemapindex>`
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(index))
	zw.Close()
	f, err = Parse(gz.Bytes(), "https://dunes.example/sitemap.xml.gz")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"https://dunes.example/new.xml.gz", "https://dunes.example/old.xml"}, f.Sitemaps); diff != "" || f.Format != "sitemap index" {
		t.Errorf("sitemap index %q (-want +got):\n%s", f.Format, diff)
	}
}

func TestParseRefuses(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		notFeed    bool
	}{
		{"html page", "<!DOCTYPE html><html><head><title>x</title></head><body>hi</body></html>", true},
		{"plain text", "just words", true},
		{"empty", "", true},
		{"broken rss", "<rss version=\"2.0\"><channel><title>t</title><item><title>cut off", false},
		{"broken json", `{"version": "https://jsonfeed.org/version/1.1", "items": [`, false},
		{"not gzip", "\x1f\x8bnot really", false},
	} {
		_, err := Parse([]byte(tc.body), "https://x.example/")
		if err == nil {
			t.Errorf("%s: no error", tc.name)
			continue
		}
		if errors.Is(err, ErrNotFeed) != tc.notFeed {
			t.Errorf("%s: err = %v, want ErrNotFeed %v", tc.name, err, tc.notFeed)
		}
	}
}

func TestDiscoverAndCanonical(t *testing.T) {
	page := `<!DOCTYPE html><html><head>
<link rel="stylesheet" href="/s.css">
<link rel="alternate" type="application/rss+xml" title="All" href="/feed.xml">
<link rel="alternate" type="application/atom+xml" href="https://cdn.example/atom">
<link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
<link rel="alternate" type="application/rss+xml" href="/feed.xml">
<meta property="og:url" content="https://site.example/og">
<link rel="canonical" href="/story/1?utm_campaign=x">
</head><body><link rel="alternate" type="application/rss+xml" href="/late.xml"></body></html>`
	feeds, canon := headLinks([]byte(page), "https://site.example/story/1?ref=home")
	if diff := cmp.Diff([]string{"https://site.example/feed.xml", "https://cdn.example/atom"}, feeds); diff != "" {
		t.Errorf("feeds (-want +got):\n%s", diff)
	}
	if canon != "https://site.example/story/1?utm_campaign=x" {
		t.Errorf("canonical = %q", canon)
	}
	_, og := headLinks([]byte(`<head><meta property="og:url" content="/og"></head>`), "https://site.example/")
	if og != "https://site.example/og" {
		t.Errorf("og:url fallback = %q", og)
	}
}

func TestCanonical(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"https://News.Example/a?utm_source=rss&utm_medium=x", "https://news.example/a"},
		{"https://news.example/a?id=7&fbclid=abc&gclid=def&page=2", "https://news.example/a?id=7&page=2"},
		{"HTTP://news.example:80/a#comments", "http://news.example/a"},
		{"https://news.example:443", "https://news.example/"},
		{"https://news.example:8443/a", "https://news.example:8443/a"},
		{"https://news.example/a?mc_cid=1&mc_eid=2&_ga=3&UTM_Term=4", "https://news.example/a"},
		{"https://news.example/a?", "https://news.example/a"},
		{"https://user:pw@news.example/a", "https://news.example/a"},
		{"https://news.example/a?b=2&a=1", "https://news.example/a?b=2&a=1"},
		{"mailto:x@example.org", "mailto:x@example.org"},
		{"/relative", "/relative"},
	} {
		if got := Canonical(tc.in); got != tc.want {
			t.Errorf("Canonical(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNewest(t *testing.T) {
	d := func(day int) time.Time { return time.Date(2026, 3, day, 0, 0, 0, 0, time.UTC) }
	in := []Entry{{URL: "a", Published: d(1)}, {URL: "b"}, {URL: "c", Updated: d(3)}, {URL: "d", Published: d(2)}, {URL: "old", Published: d(1).AddDate(0, -1, 0)}}
	var got []string
	for _, e := range Newest(in, 4, d(1)) {
		got = append(got, e.URL)
	}
	if diff := cmp.Diff([]string{"c", "d", "a", "b"}, got); diff != "" {
		t.Errorf("Newest (-want +got):\n%s", diff)
	}
}

func TestOPMLRoundTrip(t *testing.T) {
	in := `<?xml version="1.0"?>
<opml version="1.0"><head><title>mine</title></head><body>
  <outline text="Top level" type="rss" xmlUrl="https://top.example/rss" htmlUrl="https://top.example/"/>
  <outline text="World">
    <outline text="Harbour Gazette" title="Harbour Gazette" type="rss" xmlUrl="https://gazette.example/feed.xml"/>
    <outline text="Europe"><outline text="Valley &amp; Co" xmlUrl="https://valley.example/atom"/></outline>
  </outline>
  <outline text="a note without a feed"/>
</body></opml>`
	got, err := ReadOPML(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Outline{
		{Title: "Top level", URL: "https://top.example/rss", SiteURL: "https://top.example/"},
		{Title: "Harbour Gazette", URL: "https://gazette.example/feed.xml", Category: "World"},
		{Title: "Valley & Co", URL: "https://valley.example/atom", Category: "Europe"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("ReadOPML (-want +got):\n%s", diff)
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, "chorus sources", time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC), got); err != nil {
		t.Fatal(err)
	}
	back, err := ReadOPML(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s\n%s", diff, buf.String())
	}
	if _, err := ReadOPML(strings.NewReader("<rss></rss>")); err == nil {
		t.Error("a non-OPML document was read")
	}
}

func TestNextRun(t *testing.T) {
	now := time.Date(2026, 3, 2, 12, 0, 0, 0, time.UTC)
	const u = "https://gazette.example/feed.xml"
	within := func(got time.Time, base time.Duration) bool {
		d := got.Sub(now)
		return d >= time.Duration(0.9*float64(base))-time.Second && d <= time.Duration(1.1*float64(base))+time.Second
	}
	for _, tc := range []struct {
		failures int
		retry    time.Duration
		base     time.Duration
	}{
		{0, 0, time.Hour},
		{1, 0, 2 * time.Hour},
		{3, 0, 8 * time.Hour},
		{12, 0, 24 * time.Hour},
		{0, 5 * time.Hour, 5 * time.Hour},
	} {
		got := NextRun(now, u, 4, time.Hour, tc.failures, tc.retry)
		if !within(got, tc.base) {
			t.Errorf("failures %d retry %s: next in %s, want about %s", tc.failures, tc.retry, got.Sub(now), tc.base)
		}
		if again := NextRun(now, u, 4, time.Hour, tc.failures, tc.retry); !again.Equal(got) {
			t.Errorf("not reproducible: %s then %s", got, again)
		}
	}
	if got := NextRun(now, u, 0, time.Minute, 0, 0); got.Sub(now) < 4*time.Minute {
		t.Errorf("interval under the minimum was used: %s", got.Sub(now))
	}
	// Jitter spreads sources that share an interval.
	seen := map[time.Time]bool{}
	for run := range 20 {
		seen[NextRun(now, u, run, time.Hour, 0, 0)] = true
	}
	if len(seen) < 10 {
		t.Errorf("jitter gave only %d distinct times in 20 runs", len(seen))
	}
}

func TestFeedFile(t *testing.T) {
	docs, errs := FeedFile("saved/gazette.xml", []byte(rssFeed))
	if len(errs) != 0 || len(docs) != 2 {
		t.Fatalf("rss: %d documents, errors %v; want 2 and none", len(docs), errs)
	}
	first := docs[0]
	if first.Source != "saved/gazette.xml#1" || first.Hints.Outlet != "The Harbour Gazette" ||
		first.Hints.URL != "https://gazette.example/news/ferry-timetable" || !strings.Contains(string(first.Body), "less often from November") {
		t.Errorf("first entry: source %q, outlet %q, url %q, body %q", first.Source, first.Hints.Outlet, first.Hints.URL, first.Body)
	}
	if !strings.Contains(string(docs[1].Body), "Work crews arrived") {
		t.Errorf("second entry is read from its full content: %q", docs[1].Body)
	}
	for _, body := range []string{atomFeed, jsonFeed} {
		if docs, errs := FeedFile("f", []byte(body)); len(docs) != 1 || len(errs) != 0 {
			t.Errorf("%.40q: %d documents, errors %v", body, len(docs), errs)
		}
	}
	noText := strings.Replace(rssFeed, "<description>The crossing will run less often from November.</description>", "", 1)
	docs, errs = FeedFile("g.rss", []byte(noText))
	if len(docs) != 1 || len(errs) != 1 || !strings.Contains(errs[0].Error(), "g.rss#1: entry carries no text") {
		t.Errorf("an entry without text: %d documents, errors %v; want the other read and it named", len(docs), errs)
	}
	// an entry that names no page is read from its text, in its place
	unlinked := strings.Replace(rssFeed, "<link>/news/ferry-timetable?utm_source=rss&amp;utm_medium=feed</link>", "", 1)
	docs, errs = FeedFile("u.rss", []byte(unlinked))
	if len(errs) != 0 || len(docs) != 2 || docs[0].Source != "u.rss#1" || docs[0].Hints.URL != "" ||
		!strings.Contains(string(docs[0].Body), "less often from November") {
		t.Errorf("an entry without a link: %d documents (first %q), errors %v", len(docs), docs[0].Source, errs)
	}
	for body, want := range map[string]string{
		`<html><body><p>A page</p></body></html>`: "not a feed",
		`<rss><channel><item><title>Cut`:          "broken feed",
		`<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://a.example/x</loc></url></urlset>`: "sitemap",
		`<rss version="2.0"><channel><title>Empty</title></channel></rss>`:                                                                    "no entries",
	} {
		if docs, errs := FeedFile("h.xml", []byte(body)); len(docs) != 0 || len(errs) != 1 || !strings.Contains(errs[0].Error(), want) {
			t.Errorf("%.40q: %d documents, errors %v; want one error about %q", body, len(docs), errs, want)
		}
	}
}
