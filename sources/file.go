package sources

import (
	"errors"
	"fmt"

	"github.com/chorusnews/chorus"
)

// FeedFile reads a feed saved to disk (RSS, Atom or JSON Feed) into one
// document per entry, made of the entry's own content: a saved feed comes
// without its pages, and reading a file must not reach the network (to
// fetch the pages, give chorus the feed's URL). Each document's source is
// the file and the entry's place in it ("feed.xml#3"); the feed's metadata
// are its hints, its title the outlet when the entry names none. An entry
// with no content is refused by name, the others still read.
func FeedFile(source string, raw []byte) ([]chorus.Document, []error) {
	feed, err := Parse(raw, "")
	if err == nil && feed.SiteURL != "" {
		// a saved feed has no URL of its own: its links are read against
		// the site it names, as a reader would
		feed, err = Parse(raw, feed.SiteURL)
	}
	if errors.Is(err, ErrNotFeed) {
		return nil, []error{&chorus.InputError{Source: source, Reason: "not a feed (RSS, Atom or JSON Feed)"}}
	}
	if err != nil {
		return nil, []error{&chorus.InputError{Source: source, Reason: "broken feed", Err: err}}
	}
	if feed.Kind == KindSitemap {
		return nil, []error{&chorus.InputError{Source: source,
			Reason: "a sitemap lists pages but holds no text; give chorus its URL to fetch them"}}
	}
	if len(feed.Entries) == 0 {
		return nil, []error{&chorus.InputError{Source: source, Reason: "feed has no entries with a link"}}
	}
	var docs []chorus.Document
	var errs []error
	for i, e := range feed.Entries {
		where := fmt.Sprintf("%s#%d", source, i+1)
		doc, ok := summaryDocument(e, "read from a saved feed, which carries no pages")
		if !ok {
			errs = append(errs, &chorus.InputError{Source: where,
				Reason: "entry carries no text; give chorus the feed's URL to fetch its page"})
			continue
		}
		doc.Source = where
		if doc.Hints.Outlet == "" {
			doc.Hints.Outlet = feed.Title
		}
		docs = append(docs, doc)
	}
	return docs, errs
}
