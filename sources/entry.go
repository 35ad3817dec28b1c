package sources

import (
	"context"
	"errors"
	"fmt"
	"html"
	"iter"
	"mime"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/fetch"
	"github.com/chorusnews/chorus/ingest"
)

// hints are what the feed says about an entry, handed to extraction, which
// prefers what the page itself says and falls back to these.
func hints(e Entry) chorus.Hints {
	return chorus.Hints{
		URL:       Canonical(e.URL),
		Title:     e.Title,
		Outlet:    e.Outlet,
		Byline:    strings.Join(e.Authors, ", "),
		Published: e.Date(),
		Lang:      e.Lang,
		From:      "feed",
	}
}

// page is an entry's article page read into a document.
type page struct {
	doc chorus.Document
	// canonical is the page's own canonical URL (rel=canonical, og:url),
	// tracking parameters removed; "" when it names none.
	canonical string
	// final is the URL the page came from after redirects, canonicalised.
	final string
}

// fetchPage fetches an entry's article page.
func fetchPage(ctx context.Context, c *fetch.Client, e Entry) (page, error) {
	res, err := c.Get(ctx, fetch.Request{URL: e.URL, Accept: fetch.PageTypes})
	if err != nil {
		return page{}, err
	}
	mt, _, _ := mime.ParseMediaType(res.ContentType)
	isHTML := mt != "text/plain"
	doc, err := ingest.Bytes(res.URL, res.Body, isHTML, res.ContentType)
	if err != nil {
		return page{}, err
	}
	doc.Hints = hints(e)
	doc.Hints.TextFrom = TextFromSummary
	p := page{doc: doc, final: Canonical(res.URL)}
	if isHTML {
		if _, canon := headLinks(doc.Body, res.URL); canon != "" {
			p.canonical = Canonical(canon)
		}
	}
	return p, nil
}

// summaryDocument makes a document of the feed's own summary of an entry,
// the fallback when the page cannot be read or yields no article. Its note
// says so, and the entry record stores TextFromSummary.
func summaryDocument(e Entry, why string) (chorus.Document, bool) {
	s := strings.TrimSpace(e.Summary)
	if s == "" {
		return chorus.Document{}, false
	}
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
	b.WriteString(html.EscapeString(e.Title))
	b.WriteString("</title></head><body><article>")
	if strings.ContainsAny(s, "<>") {
		b.WriteString(s)
	} else {
		for _, para := range strings.Split(s, "\n\n") {
			if para = strings.TrimSpace(para); para != "" {
				b.WriteString("<p>" + html.EscapeString(para) + "</p>")
			}
		}
	}
	b.WriteString("</article></body></html>")
	doc, err := ingest.Bytes(e.URL, []byte(b.String()), true, "text/html; charset=utf-8")
	if err != nil {
		return chorus.Document{}, false
	}
	doc.Hints = hints(e)
	doc.Hints.TextFrom = TextFromSummary
	doc.Notes = append(doc.Notes, "text from the feed's summary, not the page: "+why)
	return doc, true
}

// Documents fetches each URL and yields documents for chorus ingest and
// digest: an article page as one document; a feed or sitemap as the pages
// of its newest entries (at most perFeed of them), each with the feed's
// metadata as hints and the feed's summary as fallback. Failures are
// yielded as *chorus.InputError naming the URL, and iteration goes on.
func Documents(ctx context.Context, c *fetch.Client, urls []string, perFeed int) iter.Seq2[chorus.Document, error] {
	return func(yield func(chorus.Document, error) bool) {
		for _, u := range urls {
			if !documentsOf(ctx, c, u, perFeed, yield) {
				return
			}
		}
	}
}

func documentsOf(ctx context.Context, c *fetch.Client, u string, perFeed int, yield func(chorus.Document, error) bool) bool {
	res, err := c.Get(ctx, fetch.Request{URL: u, Accept: fetch.FeedTypes})
	if err != nil {
		return yield(chorus.Document{}, &chorus.InputError{Source: u, Reason: "fetch failed", Err: err})
	}
	feed, err := Parse(res.Body, res.URL)
	if errors.Is(err, ErrNotFeed) {
		mt, _, _ := mime.ParseMediaType(res.ContentType)
		doc, err := ingest.Bytes(res.URL, res.Body, mt != "text/plain", res.ContentType)
		if err != nil {
			return yield(chorus.Document{}, err)
		}
		doc.Hints.URL = Canonical(res.URL)
		return yield(doc, nil)
	}
	if err != nil {
		return yield(chorus.Document{}, &chorus.InputError{Source: u, Reason: "broken feed", Err: err})
	}
	entries := feed.Items()
	if feed.Kind == KindSitemap && len(feed.Sitemaps) > 0 {
		entries = childEntries(ctx, c, feed.Sitemaps, time.Time{})
	}
	for _, e := range Newest(entries, perFeed, time.Time{}) {
		doc, err := entryDocument(ctx, c, e)
		if e.URL == "" {
			doc, err = unlinkedDocument(res.URL, e)
		}
		if ctx.Err() != nil {
			return false
		}
		if !yield(doc, err) {
			return false
		}
	}
	return true
}

// entryDocument reads an entry's page, falling back to its summary.
func entryDocument(ctx context.Context, c *fetch.Client, e Entry) (chorus.Document, error) {
	p, err := fetchPage(ctx, c, e)
	if err == nil {
		return p.doc, nil
	}
	if doc, ok := summaryDocument(e, reason(err)); ok {
		return doc, nil
	}
	return chorus.Document{}, &chorus.InputError{Source: e.URL, Reason: "page not read and no summary in the feed", Err: err}
}

// unlinkedDocument reads an entry that names no page from its own text,
// the only text there is, named as its feed's item.
func unlinkedDocument(feedURL string, e Entry) (chorus.Document, error) {
	where := itemSource(feedURL, e)
	doc, ok := summaryDocument(e, "the entry names no page")
	if !ok {
		return chorus.Document{}, &chorus.InputError{Source: where, Reason: "entry names no page and carries no text"}
	}
	doc.Source = where
	return doc, nil
}

// reason is a short phrase for why a page was not used.
func reason(err error) string {
	var fe *fetch.Error
	if errors.As(err, &fe) {
		if fe.Kind == fetch.KindStatus {
			return fmt.Sprintf("page answered status %d", fe.Status)
		}
		return "page " + fe.Kind.String()
	}
	var ie *chorus.InputError
	if errors.As(err, &ie) {
		return "page " + ie.Reason
	}
	return "page unreadable"
}
