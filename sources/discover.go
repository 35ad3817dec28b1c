package sources

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// feedLinkTypes are the <link rel="alternate" type=...> values that name a feed.
var feedLinkTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/feed+json": true,
	"application/json":      true,
	"application/rdf+xml":   true,
	"text/xml":              true,
	"application/xml":       true,
}

// headLimit bounds how much of a page is scanned for <head> links.
const headLimit = 512 << 10

// headLinks scans a page's markup up to the end of <head> (or headLimit
// bytes) and returns its feed links, in page order, and its canonical URL
// (<link rel=canonical>, else og:url), all resolved against base. It reads
// tokens rather than building a tree, so it is cheap enough to run on every
// page before extraction.
func headLinks(page []byte, base string) (feeds []string, canonical string) {
	b, _ := url.Parse(base)
	if len(page) > headLimit {
		page = page[:headLimit]
	}
	z := html.NewTokenizer(bytes.NewReader(page))
	var ogURL string
	seen := map[string]bool{}
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return feeds, firstNonEmpty(canonical, ogURL)
		case html.EndTagToken:
			if name, _ := z.TagName(); atom.Lookup(name) == atom.Head {
				return feeds, firstNonEmpty(canonical, ogURL)
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Body {
				return feeds, firstNonEmpty(canonical, ogURL)
			}
			if !hasAttr || (a != atom.Link && a != atom.Meta) {
				continue
			}
			attrs := map[string]string{}
			for {
				k, v, more := z.TagAttr()
				attrs[strings.ToLower(string(k))] = string(v)
				if !more {
					break
				}
			}
			if a == atom.Meta {
				if strings.EqualFold(attrs["property"], "og:url") && ogURL == "" {
					ogURL = resolve(b, attrs["content"])
				}
				continue
			}
			rels := strings.Fields(strings.ToLower(attrs["rel"]))
			for _, rel := range rels {
				switch rel {
				case "canonical":
					if canonical == "" {
						canonical = resolve(b, attrs["href"])
					}
				case "alternate":
					t := strings.ToLower(strings.TrimSpace(strings.Split(attrs["type"], ";")[0]))
					if feedLinkTypes[t] {
						if u := resolve(b, attrs["href"]); u != "" && !seen[u] {
							seen[u] = true
							feeds = append(feeds, u)
						}
					}
				}
			}
		}
	}
}

// Discover returns the feeds a page announces with <link rel="alternate">,
// in page order, resolved against the page's URL.
func Discover(page []byte, base string) []string {
	feeds, _ := headLinks(page, base)
	return feeds
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
