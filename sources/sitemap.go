package sources

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"net/url"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// sitemapXML is the union of a urlset and a sitemapindex, with the news
// extension (namespace http://www.google.com/schemas/sitemap-news/0.9).
// Element names are matched by local name, as sitemaps in the wild are
// loose about namespaces.
type sitemapXML struct {
	XMLName xml.Name
	URLs    []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
		News    *struct {
			Publication struct {
				Name     string `xml:"name"`
				Language string `xml:"language"`
			} `xml:"publication"`
			PublicationDate string `xml:"publication_date"`
			Title           string `xml:"title"`
			Keywords        string `xml:"keywords"`
		} `xml:"news"`
	} `xml:"url"`
	Sitemaps []struct {
		Loc     string `xml:"loc"`
		LastMod string `xml:"lastmod"`
	} `xml:"sitemap"`
}

// parseSitemap reads a sitemap, a news sitemap or a sitemap index.
func parseSitemap(body []byte, base *url.URL) (*Feed, error) {
	var sm sitemapXML
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false
	dec.CharsetReader = charset.NewReaderLabel
	if err := dec.Decode(&sm); err != nil {
		return nil, fmt.Errorf("parse sitemap: %w", err)
	}
	f := &Feed{Kind: KindSitemap, Format: "sitemap"}
	if base != nil {
		f.SiteURL = (&url.URL{Scheme: base.Scheme, Host: base.Host, Path: "/"}).String()
	}
	if strings.EqualFold(sm.XMLName.Local, "sitemapindex") {
		f.Format = "sitemap index"
		var kids []Entry
		for _, s := range sm.Sitemaps {
			if loc := resolve(base, s.Loc); loc != "" && len(kids) < maxEntries {
				kids = append(kids, Entry{URL: loc, Updated: parseW3CDate(s.LastMod)})
			}
		}
		// The most recently changed child sitemaps first: they hold the news.
		for _, k := range Newest(kids, 0, time.Time{}) {
			f.Sitemaps = append(f.Sitemaps, k.URL)
		}
		return f, nil
	}
	for _, u := range sm.URLs {
		if len(f.Entries) >= maxEntries {
			break
		}
		loc := resolve(base, u.Loc)
		if loc == "" {
			continue
		}
		e := Entry{URL: loc, Updated: parseW3CDate(u.LastMod)}
		if n := u.News; n != nil {
			f.Format = "news sitemap"
			e.Title = clean(n.Title)
			e.Outlet = clean(n.Publication.Name)
			e.Lang = strings.TrimSpace(n.Publication.Language)
			e.Published = parseW3CDate(n.PublicationDate)
			e.Categories = cleanAll(strings.Split(n.Keywords, ","))
		}
		f.Entries = append(f.Entries, e)
	}
	return f, nil
}

// parseW3CDate reads the W3C datetime forms sitemaps use, from a bare year
// to a full timestamp; it returns the zero time for anything else.
func parseW3CDate(s string) time.Time {
	s = strings.TrimSpace(s)
	for _, layout := range []string{
		time.RFC3339Nano, time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02T15:04:05",
		"2006-01-02", "2006-01", "2006",
	} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	return time.Time{}
}
