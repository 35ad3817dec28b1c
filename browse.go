package chorus

import (
	"errors"
	"time"
)

// The types below are what a store serving readers over HTTP offers
// besides keeping articles and stories: paged story listings, search hits
// with snippets, API keys and webhook subscriptions. They live here, not
// in a store package, so that the server depends on the vocabulary alone
// and runs on any store that speaks it (SQLite or PostgreSQL).

// ErrBadQuery marks a search query a store cannot run, such as one with
// no words in it; servers answer it as the client's mistake.
var ErrBadQuery = errors.New("bad search query")

// ErrBadCursor marks a paging cursor the store did not hand out.
var ErrBadCursor = errors.New("bad cursor")

// ErrBusy marks a write refused because another process holds what it
// needs for longer than the writer would wait (the clustering lock of a
// shared store, say); trying again later can succeed, so servers answer it
// as unavailable for now, not as a failure.
var ErrBusy = errors.New("busy")

// MaxPage caps a listing or search page whatever the caller asks, so one
// request cannot make a store read everything.
const MaxPage = 200

// StoryFilter selects a page of stories for a listing. Empty fields do not
// filter.
type StoryFilter struct {
	// Since keeps stories updated at or after it.
	Since time.Time
	// Entity keeps stories that name this person, organisation or place
	// (its name or any variant, case ignored).
	Entity string
	// Outlet keeps stories with an article from this outlet (case ignored).
	Outlet string
	// Query keeps stories with an article matching these words; it is
	// plain text, never the store's own query syntax.
	Query string
	// Cursor continues a listing where an earlier page ended.
	Cursor string
	// Limit caps the page (0 means 50; at most MaxPage).
	Limit int
}

// StoryListing is a story as a listing shows it.
type StoryListing struct {
	StorySummary
	// Version grows each time the story's content changes.
	Version int
	// Lede is the first sentence of the story's digest.
	Lede string
	// Days counts the story's articles per publication day, oldest first.
	Days []DayCount
}

// DayCount is how many of a story's articles were published on Day.
type DayCount struct {
	Day string // YYYY-MM-DD
	N   int
}

// StoryMeta is what a store knows about a story besides its content; it
// is one small row, so a server can check its cache before loading the
// story itself.
type StoryMeta struct {
	Version int
	Created time.Time // when the story was first stored
	Changed time.Time // when its content last changed
}

// Hit is one article matching a search, with a snippet of the text around
// the match.
type Hit struct {
	Article   ArticleID
	Title     string
	Outlet    string
	Published time.Time
	// Story is the story the article belongs to ("" while it belongs to none).
	Story StoryID
	// Snippet is a short excerpt of the text around the matched words.
	Snippet string
	// Marks are the byte spans of the matched words inside Snippet.
	Marks []Span
}

// APIKey is an API key as stored: never the secret, only its hash.
type APIKey struct {
	ID            string
	Name          string
	Hash          string // hex SHA-256 of the secret
	RatePerMinute int
	Created       time.Time
	Revoked       time.Time // zero while the key works
}

// Webhook is a subscription: events of the named kinds are POSTed to URL,
// signed with Secret.
type Webhook struct {
	ID      string
	URL     string
	Secret  string
	Events  []string
	KeyID   string // the API key that created it
	Created time.Time
}

// Delivery is one webhook event owed to one subscription. Stores keep it
// until the receiver takes it or its attempts run out, so neither a
// restart nor a receiver that is down for hours loses an event, and a slow
// receiver delays only its own deliveries.
type Delivery struct {
	// ID names the delivery: the event's id and the webhook's.
	ID    string
	Hook  string // the webhook's id
	Event string // the event's id, sent so a receiver can drop repeats
	Type  string // the event's type ("story.updated")
	Body  []byte // the JSON sent; it is signed afresh at each attempt
	// Attempts counts the attempts that failed so far.
	Attempts int
}

// DeliveryBacklog is what a webhook is still owed, for its owner to see
// whether its receiver keeps up.
type DeliveryBacklog struct {
	// Pending counts the deliveries queued for it; Failing those of them
	// whose last attempt failed, the latest error in LastError. GivenUp
	// counts those whose attempts ran out, kept to be sent again.
	Pending, Failing, GivenUp int
	LastError                 string
}

// KeepGivenUp bounds the given-up deliveries kept per webhook: the latest
// are kept, so a receiver gone for good cannot fill the store.
const KeepGivenUp = 1000
