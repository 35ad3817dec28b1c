package sources

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"golang.org/x/net/html/charset"
)

// Outline is one source in an OPML file.
type Outline struct {
	Title    string
	URL      string // xmlUrl: the feed
	SiteURL  string // htmlUrl
	Category string // the enclosing folder outline's title, if any
}

type opmlDoc struct {
	XMLName xml.Name    `xml:"opml"`
	Version string      `xml:"version,attr"`
	Head    opmlHead    `xml:"head"`
	Body    []opmlEntry `xml:"body>outline"`
}

type opmlHead struct {
	Title       string `xml:"title,omitempty"`
	DateCreated string `xml:"dateCreated,omitempty"`
}

type opmlEntry struct {
	Text     string      `xml:"text,attr"`
	Title    string      `xml:"title,attr,omitempty"`
	Type     string      `xml:"type,attr,omitempty"`
	XMLURL   string      `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string      `xml:"htmlUrl,attr,omitempty"`
	Children []opmlEntry `xml:"outline"`
}

// maxOutlines and maxDepth bound what an OPML file may make us do.
const (
	maxOutlines  = 10_000
	maxOPMLDepth = 32
)

// ReadOPML reads the feeds of an OPML subscription list. Folders become
// categories (the innermost folder's title); outlines without an xmlUrl
// that are not folders are ignored.
func ReadOPML(r io.Reader) ([]Outline, error) {
	var doc opmlDoc
	dec := xml.NewDecoder(io.LimitReader(r, 16<<20))
	dec.Strict = false
	dec.CharsetReader = charset.NewReaderLabel
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("read opml: %w", err)
	}
	if !strings.EqualFold(doc.XMLName.Local, "opml") {
		return nil, errors.New("read opml: root element is not <opml>")
	}
	var out []Outline
	var walk func(es []opmlEntry, category string, depth int)
	walk = func(es []opmlEntry, category string, depth int) {
		if depth > maxOPMLDepth {
			return
		}
		for _, e := range es {
			if len(out) >= maxOutlines {
				return
			}
			title := clean(firstNonEmpty(e.Title, e.Text))
			if u := strings.TrimSpace(e.XMLURL); u != "" {
				out = append(out, Outline{Title: title, URL: u, SiteURL: strings.TrimSpace(e.HTMLURL), Category: category})
			}
			if len(e.Children) > 0 {
				walk(e.Children, firstNonEmpty(title, category), depth+1)
			}
		}
	}
	walk(doc.Body, "", 0)
	return out, nil
}

// WriteOPML writes outlines as an OPML 2.0 subscription list, grouped in
// folders by category in the order categories first appear.
func WriteOPML(w io.Writer, title string, created time.Time, outlines []Outline) error {
	doc := opmlDoc{Version: "2.0", Head: opmlHead{Title: title}}
	if !created.IsZero() {
		doc.Head.DateCreated = created.UTC().Format(time.RFC1123Z)
	}
	folders := map[string]int{}
	for _, o := range outlines {
		e := opmlEntry{Text: o.Title, Title: o.Title, Type: "rss", XMLURL: o.URL, HTMLURL: o.SiteURL}
		if o.Category == "" {
			doc.Body = append(doc.Body, e)
			continue
		}
		i, ok := folders[o.Category]
		if !ok {
			i = len(doc.Body)
			folders[o.Category] = i
			doc.Body = append(doc.Body, opmlEntry{Text: o.Category, Title: o.Category})
		}
		doc.Body[i].Children = append(doc.Body[i].Children, e)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write opml: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write opml: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("write opml: %w", err)
	}
	return nil
}
