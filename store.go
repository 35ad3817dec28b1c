package chorus

import (
	"context"
	"time"
)

// ArticleStore keeps articles. Articles are immutable: putting an article
// whose id exists already changes nothing.
type ArticleStore interface {
	// HasRaw reports whether a document with this raw content hash has been
	// stored, so ingest can skip it before extracting.
	HasRaw(ctx context.Context, rawHash string) (bool, error)
	// PutArticle stores a unless an article with its id exists; created
	// reports whether it was new.
	PutArticle(ctx context.Context, a *Article) (created bool, err error)
	// Article returns one article, or ErrNotFound.
	Article(ctx context.Context, id ArticleID) (*Article, error)
	// AllArticles calls fn for every stored article in ingest order.
	AllArticles(ctx context.Context, fn func(*Article) error) error
}

// StoryQuery selects stories for a listing.
type StoryQuery struct {
	// Limit caps the number returned (0 means the store's default).
	Limit int
	// Since keeps stories updated at or after this time.
	Since time.Time
}

// StoryStore keeps the stories built from the stored articles.
type StoryStore interface {
	// PutStory stores s, replacing any story with its id, and records which
	// story and event each of its articles belongs to. Its articles must be
	// stored already: the story keeps their texts by reference (see
	// Story.Stored), and Story fails on one that is missing.
	PutStory(ctx context.Context, s *Story) error
	// Story returns one story with all its articles, or ErrNotFound.
	Story(ctx context.Context, id StoryID) (*Story, error)
	// StoryWindow returns one story with the page of its articles w picks
	// (see Story.Window), reading only those articles' texts.
	StoryWindow(ctx context.Context, id StoryID, w ArticleWindow) (*Story, error)
	// StoryOutline returns one story with each article as Story.Stored
	// keeps it (its id, outlet, time, origin, event and Joined), or
	// ErrNotFound, reading no article: enough to number and count the
	// articles. A reader of a story of thousands of articles reads the
	// few it shows with ArticleHeads and the texts it quotes with Articles.
	StoryOutline(ctx context.Context, id StoryID) (*Story, error)
	// ArticleHeads returns the stored articles among ids without their
	// texts and paragraphs: what lists them (titles, outlets, times).
	ArticleHeads(ctx context.Context, ids []ArticleID) (map[ArticleID]*Article, error)
	// Stories lists stories, most recently updated first.
	Stories(ctx context.Context, q StoryQuery) ([]StorySummary, error)
	// DeleteStory removes a story that was merged into another.
	DeleteStory(ctx context.Context, id StoryID) error
}

// Store is everything chorus keeps; sqlite and postgres implement it and
// storetest checks that they behave alike.
type Store interface {
	ArticleStore
	StoryStore
	Close() error
}
