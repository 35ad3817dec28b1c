package sources

import (
	"errors"

	"github.com/chorusnews/chorus"
)

// FeedFile reads a feed saved to disk (RSS, Atom or JSON Feed) into one
// document per entry (see FeedEntries), for ingest.Limits.Feeds: the
// documents read, and an error for each entry or file refused.
func FeedFile(source string, raw []byte) ([]chorus.Document, []error) {
	entries, err := FeedEntries(source, raw)
	if err != nil {
		return nil, []error{err}
	}
	var docs []chorus.Document
	var errs []error
	for _, e := range entries {
		if e.Err != nil {
			errs = append(errs, e.Err)
			continue
		}
		docs = append(docs, e.Doc)
	}
	return docs, errs
}

// EntryDocument is one entry of a feed read into a document, or why it
// could not be.
type EntryDocument struct {
	Doc chorus.Document
	Err error
}

// FeedEntries reads the bytes of a feed that came without its pages (a
// saved file, an upload) into one document per entry, in the feed's order,
// made of the entry's own content: reading them must not reach the network
// (to fetch the pages, give chorus the feed's URL). Each document's source
// is source and the entry's place among the feed's items ("feed.xml#3"),
// an entry that names no page included; the feed's
// metadata are its hints, its title the outlet when the entry names none.
// An entry with no content is refused by name. The error is for the feed
// as a whole: not a feed, broken, a sitemap, or no entries.
func FeedEntries(source string, raw []byte) ([]EntryDocument, error) {
	feed, err := Parse(raw, "")
	if err == nil && feed.SiteURL != "" {
		// a saved feed has no URL of its own: its links are read against
		// the site it names, as a reader would
		feed, err = Parse(raw, feed.SiteURL)
	}
	if errors.Is(err, ErrNotFeed) {
		return nil, &chorus.InputError{Source: source, Reason: "not RSS, Atom or JSON Feed", Err: ErrNotFeed}
	}
	if err != nil {
		return nil, &chorus.InputError{Source: source, Reason: "broken feed", Err: err}
	}
	if feed.Kind == KindSitemap {
		return nil, &chorus.InputError{Source: source,
			Reason: "a sitemap lists pages but holds no text; give chorus its URL to fetch them"}
	}
	// entries that name no page are read too: their text is all there is
	entries := feed.Items()
	if len(entries) == 0 {
		return nil, &chorus.InputError{Source: source, Reason: "feed has no entries"}
	}
	out := make([]EntryDocument, len(entries))
	for i, e := range entries {
		where := itemSource(source, e)
		doc, ok := summaryDocument(e, "read from a feed that came without its pages")
		if !ok {
			out[i].Err = &chorus.InputError{Source: where,
				Reason: "entry carries no text; give chorus the feed's URL to fetch its page"}
			continue
		}
		doc.Source = where
		if doc.Hints.Outlet == "" {
			doc.Hints.Outlet = feed.Title
		}
		out[i].Doc = doc
	}
	return out, nil
}
