// Package sources follows news sources: feeds (RSS, Atom, JSON Feed) and
// sitemaps (news sitemaps included), kept in a store with their fetch state,
// refreshed on a per-source schedule with jitter and backoff, read through
// the polite, safe client of package fetch. Each entry's article page is
// fetched and handed to the pipeline with the feed's metadata as hints; the
// feed's own summary is used only when the page yields nothing, and is
// marked as such. URLs are canonicalised and remembered, so an article
// reached from two feeds, or by two URLs, is fetched and stored once.
package sources

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html/charset"
)

// Feed is a parsed feed or sitemap.
type Feed struct {
	Kind Kind
	// Format names the format read: "rss", "atom", "json", "sitemap",
	// "news sitemap" or "sitemap index".
	Format  string
	Title   string
	SiteURL string
	Entries []Entry
	// Unlinked are the feed's items that name no page: nothing to fetch,
	// so each is read from its own text, named as its feed's item
	// ("…/feed.xml#3"), whether the feed was saved, posted or fetched.
	Unlinked []Entry
	// Sitemaps are the child sitemaps a sitemap index lists.
	Sitemaps []string
}

// Entry is one item of a feed or URL of a sitemap, with the metadata the
// source gave for it.
type Entry struct {
	// URL is the article page, absolute.
	URL        string
	GUID       string
	Title      string
	Authors    []string
	Published  time.Time
	Updated    time.Time
	Categories []string
	// Summary is the entry's content as the feed carries it (HTML or text):
	// the full content when there is one, else the description.
	Summary string
	// Outlet is the publication's name when the source states it (news
	// sitemaps do).
	Outlet string
	// Lang is the language the source declares for the entry (an RSS
	// channel's language, an Atom feed's xml:lang, a news sitemap's).
	Lang string
	// Item is the entry's place among the feed's items, from 1.
	Item int
}

// Date is the entry's publication date, else its update date.
func (e Entry) Date() time.Time {
	if !e.Published.IsZero() {
		return e.Published
	}
	return e.Updated
}

// ErrNotFeed means the bytes are neither a feed nor a sitemap (often an
// HTML page, on which a feed may be discovered).
var ErrNotFeed = errors.New("not a feed or sitemap")

// Limits on what a feed may hold: inflating a gzipped sitemap stops at
// maxInflated bytes; entries past maxEntries are ignored.
const (
	maxInflated = 50 << 20
	maxEntries  = 50_000
)

// Parse reads a feed or sitemap. base is the URL it came from; relative
// links are resolved against it. Gzipped bodies (sitemap.xml.gz) are
// inflated first.
func Parse(body []byte, base string) (*Feed, error) {
	if bytes.HasPrefix(body, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			return nil, fmt.Errorf("read gzip: %w", err)
		}
		inflated, err := io.ReadAll(io.LimitReader(zr, maxInflated+1))
		if err != nil {
			return nil, fmt.Errorf("read gzip: %w", err)
		}
		if len(inflated) > maxInflated {
			return nil, fmt.Errorf("gzipped feed inflates past %d MiB", maxInflated>>20)
		}
		body = inflated
	}
	baseURL, _ := url.Parse(base)
	switch root := rootElement(body); root {
	case "rss", "rdf", "feed", "{":
		return parseFeed(body, baseURL)
	case "urlset", "sitemapindex":
		return parseSitemap(body, baseURL)
	default:
		return nil, ErrNotFeed
	}
}

// rootElement returns the local name of the first XML element in b,
// lowercased, or "{" when b is a JSON object, or "" when it is neither.
func rootElement(b []byte) string {
	t := bytes.TrimLeft(b, "\xef\xbb\xbf \t\r\n")
	if len(t) > 0 && t[0] == '{' {
		return "{"
	}
	dec := xml.NewDecoder(bytes.NewReader(t))
	dec.Strict = false
	dec.CharsetReader = charset.NewReaderLabel
	for range 64 {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		if se, ok := tok.(xml.StartElement); ok {
			return strings.ToLower(se.Name.Local)
		}
	}
	return ""
}

// parseFeed reads RSS, Atom or JSON Feed through gofeed.
func parseFeed(body []byte, base *url.URL) (f *Feed, err error) {
	// gofeed has panicked on malformed input in the past; a bad feed must
	// fail that source only.
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("parse feed: %v", r)
		}
	}()
	gf, err := gofeed.NewParser().Parse(bufio.NewReader(bytes.NewReader(body)))
	if err != nil {
		if errors.Is(err, gofeed.ErrFeedTypeNotDetected) {
			return nil, ErrNotFeed
		}
		return nil, fmt.Errorf("parse feed: %w", err)
	}
	f = &Feed{Kind: KindFeed, Format: gf.FeedType, Title: clean(gf.Title), SiteURL: resolve(base, gf.Link)}
	for n, it := range gf.Items {
		if it == nil || len(f.Entries)+len(f.Unlinked) >= maxEntries {
			continue
		}
		link := it.Link
		if link == "" && len(it.Links) > 0 {
			link = it.Links[0]
		}
		if link == "" && strings.HasPrefix(it.GUID, "http") {
			link = it.GUID
		}
		link = resolve(base, link)
		e := Entry{URL: link, GUID: strings.TrimSpace(it.GUID), Title: clean(it.Title), Categories: cleanAll(it.Categories), Item: n + 1,
			Lang: strings.TrimSpace(gf.Language)}
		for _, p := range it.Authors {
			if p != nil && clean(p.Name) != "" {
				e.Authors = append(e.Authors, clean(p.Name))
			}
		}
		if len(e.Authors) == 0 && it.DublinCoreExt != nil {
			e.Authors = cleanAll(it.DublinCoreExt.Creator)
		}
		if it.PublishedParsed != nil {
			e.Published = *it.PublishedParsed
		}
		if it.UpdatedParsed != nil {
			e.Updated = *it.UpdatedParsed
		}
		e.Summary = strings.TrimSpace(it.Content)
		if e.Summary == "" {
			e.Summary = strings.TrimSpace(it.Description)
		}
		if e.URL == "" {
			f.Unlinked = append(f.Unlinked, e)
			continue
		}
		f.Entries = append(f.Entries, e)
	}
	return f, nil
}

// resolve makes ref absolute against base; it returns "" for anything that
// is not then an http(s) URL.
func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// Items are all of the feed's entries, linked or not, in the feed's order.
func (f *Feed) Items() []Entry {
	out := append(slices.Clone(f.Entries), f.Unlinked...)
	slices.SortStableFunc(out, func(a, b Entry) int { return a.Item - b.Item })
	return out
}

// unlinkedKey names an entry that names no page, so that it is remembered
// across runs as a page is by its URL: the feed's URL and the entry's GUID,
// or, when it has none, a digest of its title and text. An item's place in
// the feed will not do, since new items push the old ones down.
func unlinkedKey(feedURL string, e Entry) string {
	if e.GUID != "" && len(e.GUID) <= 200 && !strings.ContainsAny(e.GUID, " \t\n") {
		return feedURL + "#guid:" + e.GUID
	}
	sum := sha256.Sum256([]byte(e.GUID + "\x00" + e.Title + "\x00" + e.Summary))
	return feedURL + "#text:" + hex.EncodeToString(sum[:12])
}

// itemSource names an entry that names no page as its feed's item, as a
// saved feed's entries are named ("…/feed.xml#3").
func itemSource(feedURL string, e Entry) string {
	return fmt.Sprintf("%s#%d", feedURL, e.Item)
}

func clean(s string) string { return strings.Join(strings.Fields(s), " ") }

func cleanAll(in []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, s := range in {
		if s = clean(s); s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// Newest returns up to n entries, newest first; undated entries keep their
// place after the dated ones. Entries older than since (when not zero) are
// dropped, as news sitemaps and long feeds carry archives.
func Newest(entries []Entry, n int, since time.Time) []Entry {
	var out []Entry
	for _, e := range entries {
		if !since.IsZero() && !e.Date().IsZero() && e.Date().Before(since) {
			continue
		}
		out = append(out, e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Date(), out[j].Date()
		if a.IsZero() != b.IsZero() {
			return !a.IsZero()
		}
		return a.After(b)
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}
