package sources

import (
	"bytes"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzParse feeds arbitrary bytes to the feed and sitemap reader: it must
// not panic, and whatever it returns must be usable (absolute http(s)
// entry URLs, a known kind).
func FuzzParse(f *testing.F) {
	for _, s := range []string{rssFeed, atomFeed, jsonFeed,
		`<urlset><url><loc>/a</loc><lastmod>2026</lastmod></url></urlset>`,
		`<sitemapindex><sitemap><loc>https://x.example/s.xml</loc></sitemap></sitemapindex>`,
		"<rss><channel><item><link>javascript:alert(1)</link></item>",
		`{"version":"https://jsonfeed.org/version/1","items":[{"url":"//x.example/a"}]}`,
		"<html><head></head></html>", "\x1f\x8b\x08\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		feed, err := Parse(b, "https://base.example/feed")
		if err != nil {
			return
		}
		if feed.Kind != KindFeed && feed.Kind != KindSitemap {
			t.Fatalf("kind %q", feed.Kind)
		}
		for _, e := range feed.Entries {
			if !strings.HasPrefix(e.URL, "http://") && !strings.HasPrefix(e.URL, "https://") {
				t.Fatalf("entry URL %q is not absolute http(s)", e.URL)
			}
		}
	})
}

// FuzzReadOPML checks the OPML reader never panics and that what it reads
// survives a write and a second read unchanged (as a set: writing groups
// sources by category).
func FuzzReadOPML(f *testing.F) {
	f.Add([]byte(`<opml version="2.0"><body><outline text="A" xmlUrl="https://a.example/rss"/>` +
		`<outline text="F"><outline text="B" xmlUrl="https://b.example/rss" htmlUrl="https://b.example/"/></outline></body></opml>`))
	f.Add([]byte(`<opml><body><outline title="x" text="y" xmlUrl=" u "><outline xmlUrl="v"/></outline></body></opml>`))
	f.Add([]byte(`<opml><body><outline text="&amp;&lt;" xmlUrl="&#x1;"/></body></opml>`))
	f.Fuzz(func(t *testing.T, b []byte) {
		first, err := ReadOPML(bytes.NewReader(b))
		if err != nil {
			return
		}
		for _, o := range first {
			for _, s := range []string{o.Title, o.URL, o.SiteURL, o.Category} {
				if !xmlSafe(s) {
					return
				}
			}
		}
		var buf bytes.Buffer
		if err := WriteOPML(&buf, "t", time.Time{}, first); err != nil {
			t.Fatalf("write: %v", err)
		}
		second, err := ReadOPML(&buf)
		if err != nil {
			t.Fatalf("reading what was written: %v\n%s", err, buf.String())
		}
		if a, b := keys(first), keys(second); a != b {
			t.Fatalf("round trip changed the sources:\n%s\n---\n%s", a, b)
		}
	})
}

// xmlSafe reports whether s survives XML: valid UTF-8 made only of the
// characters XML 1.0 allows.
func xmlSafe(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if (r < 0x20 && r != '\t' && r != '\n' && r != '\r') || r == 0xFFFE || r == 0xFFFF || r == utf8.RuneError {
			return false
		}
	}
	return true
}

func keys(os []Outline) string {
	var ks []string
	for _, o := range os {
		ks = append(ks, strings.Join([]string{o.Title, o.URL, o.SiteURL, o.Category}, "\x00"))
	}
	sort.Strings(ks)
	return strings.Join(ks, "\n")
}

// FuzzFeedFile feeds arbitrary bytes to the saved-feed reader: it must not
// panic, every document must be named after the file and an entry and hold
// UTF-8, and a refusal must come as an error, never as nothing at all.
func FuzzFeedFile(f *testing.F) {
	for _, s := range []string{rssFeed, atomFeed, jsonFeed,
		`<rss><channel><link>https://x.example/</link><item><link>/a</link><description>x</description></item></channel></rss>`,
		`<urlset><url><loc>https://x.example/a</loc></url></urlset>`, "", "\x00\xff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		docs, errs := FeedFile("saved.xml", b)
		if len(docs) == 0 && len(errs) == 0 {
			t.Fatal("neither documents nor errors")
		}
		for _, d := range docs {
			if !strings.HasPrefix(d.Source, "saved.xml#") || !utf8.Valid(d.Body) {
				t.Fatalf("document %q: body valid UTF-8 %v", d.Source, utf8.Valid(d.Body))
			}
		}
	})
}
