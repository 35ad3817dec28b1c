package http

import (
	"encoding/xml"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// feedFormat is Atom or JSON Feed.
type feedFormat int

const (
	feedAtom feedFormat = iota
	feedJSON
)

// feedItem is an entry of either format before it is written.
type feedItem struct {
	ID, URL, Title, Summary string
	Updated                 time.Time
}

type feed struct {
	Title, SelfURL, HomeURL, NextURL string
	Updated                          time.Time
	Items                            []feedItem
}

// baseURL is where links in feeds point: the configured public URL, or the
// host the request came to.
func (s *Server) baseURL(r *http.Request) string {
	if s.cfg.BaseURL != "" {
		return strings.TrimRight(s.cfg.BaseURL, "/")
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

// feedDigestSentences caps the digest an entry carries.
const feedDigestSentences = 5

func (s *Server) storiesFeed(f feedFormat) handler {
	return func(w http.ResponseWriter, r *http.Request) error {
		filter, err := storyFilter(r.URL.Query())
		if err != nil {
			return err
		}
		if filter.Limit == 0 {
			filter.Limit = 30
		}
		page, next, err := s.store.StoryPage(r.Context(), filter)
		if err != nil {
			return listErr(err)
		}
		base := s.baseURL(r)
		fd := feed{Title: "chorus — " + describeFilter(filter), SelfURL: base + r.URL.RequestURI(), HomeURL: base + "/?" + uiQuery(r.URL.Query())}
		if next != "" {
			q := r.URL.Query()
			q.Set("cursor", next)
			fd.NextURL = base + r.URL.Path + "?" + q.Encode()
		}
		for _, l := range page {
			st, err := s.store.StoryOutline(r.Context(), l.ID) // the digest is all it reads
			if err != nil {
				return err
			}
			var sum []string
			for i, d := range st.Digest {
				if i == feedDigestSentences {
					break
				}
				sum = append(sum, d.Text)
			}
			fd.Items = append(fd.Items, feedItem{ID: base + "/stories/" + string(l.ID), URL: base + "/stories/" + string(l.ID),
				Title: l.Headline, Summary: countsOf(l.StorySummary) + "\n\n" + strings.Join(sum, "\n\n"), Updated: l.Updated})
			if l.Updated.After(fd.Updated) {
				fd.Updated = l.Updated
			}
		}
		return writeFeed(w, f, fd)
	}
}

func (s *Server) searchFeed(f feedFormat) handler {
	return func(w http.ResponseWriter, r *http.Request) error {
		text, hits, err := s.searchHits(r)
		if err != nil {
			return err
		}
		base := s.baseURL(r)
		fd := feed{Title: "chorus — search: " + text, SelfURL: base + r.URL.RequestURI(),
			HomeURL: base + "/search?q=" + url.QueryEscape(text)}
		for _, h := range hits {
			u := base + "/articles/" + string(h.Article)
			if h.Story != "" {
				u += "?story=" + string(h.Story)
			}
			title := h.Title
			if h.Outlet != "" {
				title = h.Outlet + ": " + title
			}
			fd.Items = append(fd.Items, feedItem{ID: base + "/articles/" + string(h.Article), URL: u, Title: title,
				Summary: h.Snippet, Updated: h.Published})
			if h.Published.After(fd.Updated) {
				fd.Updated = h.Published
			}
		}
		return writeFeed(w, f, fd)
	}
}

// describeFilter names a listing for a feed's title.
func describeFilter(f chorus.StoryFilter) string {
	var parts []string
	if f.Query != "" {
		parts = append(parts, "matching "+f.Query)
	}
	if f.Entity != "" {
		parts = append(parts, "naming "+f.Entity)
	}
	if f.Outlet != "" {
		parts = append(parts, "from "+f.Outlet)
	}
	if len(parts) == 0 {
		return "stories"
	}
	return "stories " + strings.Join(parts, ", ")
}

// uiQuery keeps the filters a page understands.
func uiQuery(q url.Values) string {
	out := url.Values{}
	for _, k := range []string{"q", "entity", "outlet", "since"} {
		if v := q.Get(k); v != "" {
			out.Set(k, v)
		}
	}
	return out.Encode()
}

func countsOf(s chorus.StorySummary) string {
	return plural(s.Articles, "article") + " · " + plural(s.Outlets, "outlet") + " · " +
		plural(s.IndependentOrigins, "independent origin")
}

// epoch stands in for unknown times, which Atom does not allow to be absent.
var epoch = time.Unix(0, 0).UTC()

func orEpoch(t time.Time) time.Time {
	if t.IsZero() {
		return epoch
	}
	return t
}

type atomLink struct {
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

type atomEntry struct {
	ID      string     `xml:"id"`
	Title   atomText   `xml:"title"`
	Updated string     `xml:"updated"`
	Link    []atomLink `xml:"link"`
	Summary atomText   `xml:"summary"`
}

type atomFeed struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string   `xml:"id"`
	Title   atomText `xml:"title"`
	Updated string   `xml:"updated"`
	Author  struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Link    []atomLink  `xml:"link"`
	Entries []atomEntry `xml:"entry"`
}

type jsonFeedItem struct {
	ID           string `json:"id"`
	URL          string `json:"url"`
	Title        string `json:"title"`
	ContentText  string `json:"content_text"`
	DateModified string `json:"date_modified,omitempty"`
}

type jsonFeed struct {
	Version     string         `json:"version"`
	Title       string         `json:"title"`
	HomePageURL string         `json:"home_page_url"`
	FeedURL     string         `json:"feed_url"`
	NextURL     string         `json:"next_url,omitempty"`
	Items       []jsonFeedItem `json:"items"`
}

func writeFeed(w http.ResponseWriter, f feedFormat, fd feed) error {
	if f == feedJSON {
		jf := jsonFeed{Version: "https://jsonfeed.org/version/1.1", Title: fd.Title, HomePageURL: fd.HomeURL,
			FeedURL: fd.SelfURL, NextURL: fd.NextURL, Items: []jsonFeedItem{}}
		for _, it := range fd.Items {
			ji := jsonFeedItem{ID: it.ID, URL: it.URL, Title: it.Title, ContentText: it.Summary}
			if !it.Updated.IsZero() {
				ji.DateModified = it.Updated.Format(time.RFC3339)
			}
			jf.Items = append(jf.Items, ji)
		}
		w.Header().Set("Content-Type", "application/feed+json")
		b, err := jsonMarshal(jf)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	}
	af := atomFeed{ID: fd.SelfURL, Title: atomText{Type: "text", Body: fd.Title},
		Updated: orEpoch(fd.Updated).Format(time.RFC3339),
		Link:    []atomLink{{Rel: "self", Type: "application/atom+xml", Href: fd.SelfURL}, {Rel: "alternate", Type: "text/html", Href: fd.HomeURL}}}
	af.Author.Name = "chorus"
	if fd.NextURL != "" {
		af.Link = append(af.Link, atomLink{Rel: "next", Type: "application/atom+xml", Href: fd.NextURL})
	}
	for _, it := range fd.Items {
		af.Entries = append(af.Entries, atomEntry{ID: it.ID, Title: atomText{Type: "text", Body: it.Title},
			Updated: orEpoch(it.Updated).Format(time.RFC3339), Link: []atomLink{{Rel: "alternate", Type: "text/html", Href: it.URL}},
			Summary: atomText{Type: "text", Body: it.Summary}})
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	if _, err := w.Write([]byte(xml.Header)); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	return enc.Encode(af)
}
