package http

import (
	"context"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/pipeline"
)

// Reader is what the read side of the server needs of a store.
type Reader interface {
	Story(ctx context.Context, id chorus.StoryID) (*chorus.Story, error)
	StoryWindow(ctx context.Context, id chorus.StoryID, w chorus.ArticleWindow) (*chorus.Story, error)
	StoryOutline(ctx context.Context, id chorus.StoryID) (*chorus.Story, error)
	ArticleHeads(ctx context.Context, ids []chorus.ArticleID) (map[chorus.ArticleID]*chorus.Article, error)
	Articles(ctx context.Context, ids []chorus.ArticleID) (map[chorus.ArticleID]*chorus.Article, error)
	StoryMeta(ctx context.Context, id chorus.StoryID) (chorus.StoryMeta, error)
	StoryPage(ctx context.Context, f chorus.StoryFilter) ([]chorus.StoryListing, string, error)
	Article(ctx context.Context, id chorus.ArticleID) (*chorus.Article, error)
	StoryOf(ctx context.Context, id chorus.ArticleID) (chorus.StoryID, error)
	SearchHits(ctx context.Context, text string, limit int) ([]chorus.Hit, error)
	Arrivals(ctx context.Context, id chorus.StoryID) (map[chorus.ArticleID]time.Time, error)
}

// KeyStore looks API keys up.
type KeyStore interface {
	Key(ctx context.Context, id string) (chorus.APIKey, error)
}

// HookStore keeps webhook subscriptions and what they have announced.
type HookStore interface {
	PutWebhook(ctx context.Context, w chorus.Webhook) error
	Webhooks(ctx context.Context) ([]chorus.Webhook, error)
	DeleteWebhook(ctx context.Context, id string) error
	AnnounceClaim(ctx context.Context, story chorus.StoryID, claim string) (bool, error)
	// The delivery queue (see dispatcher).
	QueueDeliveries(ctx context.Context, ds []chorus.Delivery, now time.Time) error
	ClaimDeliveries(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]chorus.Delivery, error)
	RetryDelivery(ctx context.Context, id string, at time.Time, lastErr string) error
	EndDelivery(ctx context.Context, id string) error
	GiveUpDelivery(ctx context.Context, id string, lastErr string) error
	RedeliverGivenUp(ctx context.Context, hook string, now time.Time) (int, error)
	DeliveryBacklogs(ctx context.Context) (map[string]chorus.DeliveryBacklog, error)
}

// Store is everything the server reads and keeps besides ingesting.
type Store interface {
	Reader
	KeyStore
	HookStore
	ArticleByRaw(ctx context.Context, rawHash string) (chorus.ArticleID, error)
}

// Ingester stores documents and rebuilds the stories they touch:
// *pipeline.Desk on SQLite, where the server is the only writer, and
// *worker.SharedDesk on PostgreSQL, where it takes turns with the workers.
// The server calls it from one goroutine at a time.
type Ingester interface {
	Ingest(ctx context.Context, docs []chorus.Document) (pipeline.Result, error)
}

var _ Ingester = (*pipeline.Desk)(nil)
