package extract

import (
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readMarkupMetadata reads what the page says about itself: JSON-LD first
// (the most deliberate statement), then OpenGraph and other <meta> tags,
// then <link rel=canonical>, <html lang> and <title>. Each field keeps the
// first source that gave it.
func (d *Draft) readMarkupMetadata(doc *html.Node) {
	var metas []*html.Node
	var ldScripts []string
	var titleText, htmlLang, canonical string
	stack := []*html.Node{doc}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				metas = append(metas, n)
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					ldScripts = append(ldScripts, n.FirstChild.Data)
				}
			case atom.Title:
				if titleText == "" && n.FirstChild != nil {
					titleText = n.FirstChild.Data
				}
			case atom.Html:
				htmlLang = attr(n, "lang")
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && canonical == "" {
					canonical = attr(n, "href")
				}
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	for _, s := range ldScripts {
		d.readJSONLD(s)
	}
	byKey := map[string]string{}
	for _, m := range metas {
		key := strings.ToLower(attr(m, "property"))
		if key == "" {
			key = strings.ToLower(attr(m, "name"))
		}
		if key == "" {
			key = strings.ToLower(attr(m, "itemprop"))
		}
		if key == "" {
			key = strings.ToLower(attr(m, "http-equiv"))
		}
		if v := strings.TrimSpace(attr(m, "content")); key != "" && v != "" {
			if _, ok := byKey[key]; !ok {
				byKey[key] = v
			}
		}
	}
	for _, k := range []string{"og:title", "twitter:title", "dc.title"} {
		d.meta.set("title", byKey[k], "meta:"+k)
	}
	for _, k := range []string{"og:site_name", "application-name", "publisher", "dc.publisher"} {
		if plausibleOutlet(byKey[k]) {
			d.meta.set("outlet", byKey[k], "meta:"+k)
		}
	}
	if plausibleOutlet(d.ldPublisher) {
		d.meta.set("outlet", d.ldPublisher, "json-ld")
	}
	for _, k := range []string{"author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author"} {
		if v := byKey[k]; !strings.Contains(v, "://") {
			d.meta.set("byline", strings.TrimPrefix(strings.TrimPrefix(v, "By "), "by "), "meta:"+k)
		}
	}
	for _, k := range []string{"article:published_time", "datepublished", "og:published_time", "pubdate", "publishdate",
		"date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date"} {
		if t, ok := parseMachineTime(byKey[k]); ok {
			d.meta.setTime(t, "meta:"+k)
		}
	}
	for _, u := range []struct{ v, from string }{{canonical, "link:canonical"}, {byKey["og:url"], "meta:og:url"}} {
		if strings.HasPrefix(u.v, "http") && !isSiteRoot(u.v) {
			d.meta.set("url", u.v, u.from)
		}
	}
	d.meta.set("section", byKey["article:section"], "meta:article:section")
	d.meta.set("lang", normalizeLang(htmlLang), "html:lang")
	d.meta.set("lang", normalizeLang(byKey["content-language"]), "meta:content-language")
	if titleText != "" {
		title, site := splitTitle(titleText, d.meta.outlet)
		d.meta.set("title", title, "html:title")
		if plausibleOutlet(site) && wordCount(site) <= 5 {
			d.titleSite = site // weighed against the URL in applyHints
		}
	}
}

// readJSONLD reads a NewsArticle-like object from one JSON-LD script.
func (d *Draft) readJSONLD(src string) {
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			if !isArticleType(x["@type"]) {
				return
			}
			d.meta.set("title", str(x["headline"]), "json-ld")
			if t, ok := parseMachineTime(str(x["datePublished"])); ok {
				d.meta.setTime(t, "json-ld")
			}
			d.meta.set("byline", names(x["author"]), "json-ld")
			if p, ok := x["publisher"].(map[string]any); ok && d.ldPublisher == "" {
				// Kept aside: the page's own og:site_name names the site
				// better, as syndicated pages give the wire here.
				d.ldPublisher = str(p["name"])
			}
			d.meta.set("section", str(x["articleSection"]), "json-ld")
			d.meta.set("lang", normalizeLang(str(x["inLanguage"])), "json-ld")
			if u := str(x["url"]); strings.HasPrefix(u, "http") && !isSiteRoot(u) {
				d.meta.set("url", u, "json-ld")
			}
		}
	}
	visit(v, 0)
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "Report"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case []any:
		if len(x) > 0 {
			return str(x[0])
		}
	}
	return ""
}

// names joins the author names of a JSON-LD author value (a string, an
// object with a name, or a list of either).
func names(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return str(x["name"])
	case []any:
		var out []string
		for _, e := range x {
			if n := names(e); n != "" {
				out = append(out, n)
			}
		}
		return strings.Join(out, ", ")
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// splitTitle splits a <title> into the headline and the site name pages
// append to it ("Headline | Site", "Headline - Site"); site is "" when
// there is none.
func splitTitle(t, outlet string) (title, site string) {
	t = normalizeSpace(t)
	for _, sep := range []string{" | ", " - ", " — ", " – ", " :: "} {
		if i := strings.LastIndex(t, sep); i > 0 {
			tail := strings.TrimSpace(t[i+len(sep):])
			if (outlet != "" && strings.EqualFold(tail, outlet)) || wordCount(tail) <= 3 {
				return strings.TrimSpace(t[:i]), tail
			}
		}
	}
	return t, ""
}

// withoutOutlet cuts the outlet's name from the end of a headline
// ("Governor doubles down on campaign | TheHill"): pages put it in
// og:title and JSON-LD headlines too, not only in <title>, and a story
// headline that ends with one outlet's name reads as that outlet's. Only
// the outlet's exact name is cut, since a title's last words after a dash
// may be its own ("Riel - Tessin ferry resumes").
func withoutOutlet(title, outlet string) string {
	if outlet == "" {
		return title
	}
	t := normalizeSpace(title)
	for _, sep := range []string{" | ", " - ", " — ", " – ", " :: "} {
		if head, tail, ok := cutLast(t, sep); ok && strings.EqualFold(strings.TrimSpace(tail), outlet) && wordCount(head) >= 3 {
			return strings.TrimSpace(head)
		}
	}
	return title
}

// cutLast cuts s around the last instance of sep.
func cutLast(s, sep string) (before, after string, found bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

func normalizeLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_,; "); i > 0 {
		s = s[:i]
	}
	if len(s) != 2 && len(s) != 3 {
		return ""
	}
	return s
}

var machineLayouts = []string{
	time.RFC3339Nano, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.000Z0700", "2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04:05", "2006-01-02",
	time.RFC1123Z, time.RFC1123,
}

// parseMachineTime reads the machine-readable dates of metadata, keeping
// the zone when one is given.
func parseMachineTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, false
	}
	for _, l := range machineLayouts {
		if t, err := time.Parse(l, s); err == nil && t.Year() > 1900 && t.Year() < 2200 {
			return t, true
		}
	}
	return time.Time{}, false
}

// isSiteRoot reports whether a URL is a site's home page, which pages
// sometimes give as their own address by mistake.
func isSiteRoot(raw string) bool {
	u, err := url.Parse(raw)
	return err == nil && strings.Trim(u.Path, "/") == "" && u.RawQuery == ""
}

// hostingPlatforms name the software or service a site runs on, which
// JSON-LD and meta tags sometimes give instead of the site's name.
var hostingPlatforms = map[string]bool{"blogger": true, "wordpress": true, "medium": true, "tumblr": true,
	"blogspot": true, "substack": true, "wix": true, "squarespace": true, "ghost": true}

// plausibleOutlet rejects values that are not a publication's name: a
// URL, a copyright notice, a hosting platform, a sentence.
func plausibleOutlet(v string) bool {
	v = strings.TrimSpace(v)
	if v == "" || strings.Contains(v, "://") || strings.Contains(v, "@") || wordCount(v) > 8 {
		return false
	}
	low := strings.ToLower(v)
	return !strings.Contains(low, "copyright") && !strings.Contains(low, "©") && !hostingPlatforms[low]
}
