package chorus

import (
	"context"
	"time"
)

// SourceKind is what a source is read as.
type SourceKind string

// The kinds of source.
const (
	SourceFeed    SourceKind = "feed"
	SourceSitemap SourceKind = "sitemap"
)

// Source is a feed or sitemap chorus follows.
type Source struct {
	ID       int64
	URL      string
	Kind     SourceKind
	Title    string
	SiteURL  string
	Category string
	// Interval is how often the source is fetched when all goes well.
	Interval time.Duration
	Added    time.Time
	SourceState
}

// SourceStatus is the outcome of a source's last fetch.
type SourceStatus string

// The statuses a source can be in.
const (
	SourceNew         SourceStatus = "new"          // never fetched
	SourceOK          SourceStatus = "ok"           // fetched and read
	SourceNotModified SourceStatus = "not modified" // the server said nothing changed
	SourceFailed      SourceStatus = "failed"       // see Error; retried with backoff
	SourceDeferred    SourceStatus = "deferred"     // the host asked us to wait; retried after
)

// SourceState is what the last fetches of a source left behind.
type SourceState struct {
	// ETag and LastModified are the feed's validators for conditional GET.
	ETag         string
	LastModified string
	LastFetch    time.Time
	Status       SourceStatus
	// Error says what went wrong, when Status is failed or deferred.
	Error string
	// Failures counts failed fetches in a row; it sets the backoff.
	Failures int
	// Runs counts fetches; with the URL it seeds the schedule's jitter.
	Runs int
	// NewLast and NewTotal count the articles stored from this source at
	// the last fetch and in all.
	NewLast  int
	NewTotal int
	NextRun  time.Time
}

// URLAlias ties a URL an article was reached by to the article's canonical
// URL. Article is empty when the URL was read and gave nothing to store (a
// page with no article text and no usable summary), so it is not fetched
// again.
type URLAlias struct {
	URL       string
	Canonical string
	Article   ArticleID
}

// FeedEntry keeps what a source said about one of its entries (author,
// dates, categories), beside what extraction found in the page, and whether
// the stored text came from the page or from the feed's summary.
type FeedEntry struct {
	Source     int64
	URL        string // canonical
	Article    ArticleID
	GUID       string
	Title      string
	Authors    []string
	Categories []string
	Published  time.Time
	Updated    time.Time
	// TextFrom is TextFromPage or TextFromSummary.
	TextFrom string
	Seen     time.Time
}

// Where an article's text came from.
const (
	TextFromPage    = "page"
	TextFromSummary = "feed-summary"
)

// SourceStore keeps the sources chorus follows, the URLs it has read and
// what feeds said about their entries.
type SourceStore interface {
	// AddSource stores s unless a source with its URL exists; it sets s.ID,
	// and when the source existed it fills s with the stored one.
	AddSource(ctx context.Context, s *Source) (created bool, err error)
	// Sources lists every source by id.
	Sources(ctx context.Context) ([]Source, error)
	// RemoveSource forgets a source and its entries (never the articles
	// stored from it); chorus.ErrNotFound when there is no such source.
	RemoveSource(ctx context.Context, id int64) error
	// SaveState records the state after a fetch.
	SaveState(ctx context.Context, id int64, st SourceState) error
	// LookupURL finds the alias of a URL (canonical form), if any.
	LookupURL(ctx context.Context, url string) (URLAlias, bool, error)
	// PutAliases records aliases; an existing URL keeps its first alias
	// unless that one had no article.
	PutAliases(ctx context.Context, as []URLAlias) error
	// PutEntries records entry metadata, replacing earlier records of the
	// same source and URL.
	PutEntries(ctx context.Context, es []FeedEntry) error
}
