package sources

import "github.com/chorusnews/chorus"

// The vocabulary of following sources lives in the root package, so that
// stores can keep it without importing this package; these aliases keep
// the names short here.
type (
	// Source is a feed or sitemap chorus follows.
	Source = chorus.Source
	// Status is the outcome of a source's last fetch.
	Status = chorus.SourceStatus
	// State is what the last fetches of a source left behind.
	State = chorus.SourceState
	// Alias ties a URL to the article's canonical URL.
	Alias = chorus.URLAlias
	// EntryRecord keeps what a source said about one of its entries.
	EntryRecord = chorus.FeedEntry
	// Store is what following sources needs of a store.
	Store = chorus.SourceStore
	// Kind is what a source is read as.
	Kind = chorus.SourceKind
)

// The statuses a source can be in.
const (
	StatusNew         = chorus.SourceNew
	StatusOK          = chorus.SourceOK
	StatusNotModified = chorus.SourceNotModified
	StatusFailed      = chorus.SourceFailed
	StatusDeferred    = chorus.SourceDeferred
)

// The kinds of source.
const (
	KindFeed    = chorus.SourceFeed
	KindSitemap = chorus.SourceSitemap
)

// Where an article's text came from.
const (
	TextFromPage    = chorus.TextFromPage
	TextFromSummary = chorus.TextFromSummary
)
