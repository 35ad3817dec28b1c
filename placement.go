package chorus

import "context"

// Placement records where incremental clustering put one article. The
// placements of a store, replayed in Seq order through the clusterer,
// rebuild its state exactly (clustering is deterministic), so a process
// that opens a store or catches up with other processes never has to
// analyse the stored articles again: it needs only their text and the
// names kept here.
type Placement struct {
	// Seq numbers placements 1, 2, 3… in the order the articles were clustered.
	Seq     int64
	Article ArticleID
	// Story and Event are what the clusterer assigned when the article was
	// added; a later merge may have folded Story into another story.
	Story StoryID
	Event EventID
	// Entities are the names the tagger found in the article, one per
	// mention: with the article's title, text and date, all the clusterer
	// reads.
	Entities []string
	// Dedup is the article's record in the near-duplicate index
	// (dedup.Index.AppendRecords): written once, never changed.
	Dedup []byte
}

// PlacedArticle is a placement with its article and the story the article
// is stored in now ("" when none), as ClusterStore.Placements yields them.
type PlacedArticle struct {
	Placement
	Article *Article
	Current StoryID
}

// ClusterStore keeps what incremental clustering and story building need
// besides the articles, so that no process re-runs the tagger over the
// whole store: each article's analysis and the clustering log. sqlite and
// postgres implement it; storetest checks them.
type ClusterStore interface {
	// PutAnalyses stores what analysis found in articles: mentions, quotes
	// and time expressions. Tokens and sentences are cheap to recompute and
	// are not kept. An analysis stored once is not replaced.
	PutAnalyses(ctx context.Context, ans []*Analysis) error
	// Analyses returns the stored analyses of ids, without tokens and
	// sentences; ids without one are absent from the map.
	Analyses(ctx context.Context, ids []ArticleID) (map[ArticleID]*Analysis, error)
	// Articles returns the stored articles among ids.
	Articles(ctx context.Context, ids []ArticleID) (map[ArticleID]*Article, error)
	// PutPlacements appends placements to the clustering log in one
	// transaction. A placement whose Seq or article is logged already fails
	// the whole call: two clusterers must never both append.
	PutPlacements(ctx context.Context, ps []Placement) error
	// Placements calls fn for every placement with Seq > after, in Seq order.
	Placements(ctx context.Context, after int64, fn func(PlacedArticle) error) error
	// Unplaced calls fn for every stored article that has no placement, in
	// ingest order.
	Unplaced(ctx context.Context, fn func(*Article) error) error
}
