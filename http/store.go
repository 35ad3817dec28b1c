package http

import (
	"context"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/sqlite"
)

// Reader is what the read side of the server needs of a store.
type Reader interface {
	Story(ctx context.Context, id chorus.StoryID) (*chorus.Story, error)
	StoryMeta(ctx context.Context, id chorus.StoryID) (sqlite.StoryMeta, error)
	StoryPage(ctx context.Context, f sqlite.StoryFilter) ([]sqlite.StoryListing, string, error)
	Article(ctx context.Context, id chorus.ArticleID) (*chorus.Article, error)
	StoryOf(ctx context.Context, id chorus.ArticleID) (chorus.StoryID, error)
	SearchHits(ctx context.Context, text string, limit int) ([]sqlite.Hit, error)
	Arrivals(ctx context.Context, id chorus.StoryID) (map[chorus.ArticleID]time.Time, error)
}

// KeyStore looks API keys up.
type KeyStore interface {
	Key(ctx context.Context, id string) (sqlite.APIKey, error)
}

// HookStore keeps webhook subscriptions and what they have announced.
type HookStore interface {
	PutWebhook(ctx context.Context, w sqlite.Webhook) error
	Webhooks(ctx context.Context) ([]sqlite.Webhook, error)
	DeleteWebhook(ctx context.Context, id string) error
	AnnounceClaim(ctx context.Context, story chorus.StoryID, claim string) (bool, error)
}

// Store is everything the server reads and keeps besides ingesting.
type Store interface {
	Reader
	KeyStore
	HookStore
	ArticleByRaw(ctx context.Context, rawHash string) (chorus.ArticleID, error)
}

// Ingester stores documents and rebuilds the stories they touch;
// *pipeline.Desk is one. The server calls it from one goroutine at a time.
type Ingester interface {
	Ingest(ctx context.Context, docs []chorus.Document) (pipeline.Result, error)
}

var _ Store = (*sqlite.Store)(nil)
var _ Ingester = (*pipeline.Desk)(nil)
