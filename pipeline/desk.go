package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/cluster"
)

// Store is what the desk needs of a store.
type Store interface {
	chorus.ArticleStore
	chorus.StoryStore
	StoryOf(ctx context.Context, id chorus.ArticleID) (chorus.StoryID, error)
}

// Desk ingests articles into a store one batch at a time and keeps the
// stories they join up to date. Adding articles rebuilds only the stories
// they join.
//
// The clustering state is rebuilt at Open by replaying the stored articles
// in the order they were stored, which reproduces every earlier assignment
// because clustering is deterministic. A Desk is not safe for concurrent
// use; one process writes at a time.
type Desk struct {
	store    Store
	opts     Options
	idx      *cluster.Index
	articles map[chorus.ArticleID]*chorus.Article
	members  map[chorus.StoryID][]chorus.ArticleID
	events   map[chorus.ArticleID]chorus.EventID
	storyOf  map[chorus.ArticleID]chorus.StoryID
	// analyses caches recent analyses, so rebuilding a story does not
	// tag every older article again
	analyses *analysisCache
}

// Open loads the clustering state from the store and repairs any story an
// interrupted ingest left unwritten.
func Open(ctx context.Context, store Store, opts Options) (*Desk, error) {
	d := &Desk{
		store:    store,
		opts:     opts,
		idx:      cluster.New(opts.Cluster),
		articles: map[chorus.ArticleID]*chorus.Article{},
		members:  map[chorus.StoryID][]chorus.ArticleID{},
		events:   map[chorus.ArticleID]chorus.EventID{},
		storyOf:  map[chorus.ArticleID]chorus.StoryID{},
		analyses: newAnalysisCache(analysisCacheSize),
	}
	var orphans []chorus.ArticleID
	var gone []chorus.StoryID
	err := store.AllArticles(ctx, func(a *chorus.Article) error {
		sid, merged := d.place(a)
		gone = append(gone, merged...)
		if got, err := store.StoryOf(ctx, a.ID); errors.Is(err, chorus.ErrNotFound) || (err == nil && got != sid) {
			orphans = append(orphans, a.ID)
		} else if err != nil {
			return err
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load stored articles: %w", err)
	}
	stale := map[chorus.StoryID]bool{}
	for _, id := range orphans {
		stale[d.storyOf[id]] = true
	}
	if err := d.deleteStories(ctx, gone); err != nil {
		return nil, err
	}
	if err := d.writeStories(ctx, stale); err != nil {
		return nil, err
	}
	return d, nil
}

// place clusters a stored article and records where it went. When the
// article showed other stories to be one with its own, their articles move
// into it; those stories' ids are returned to be deleted.
func (d *Desk) place(a *chorus.Article) (chorus.StoryID, []chorus.StoryID) {
	an := d.analysis(a)
	asg := d.idx.Add(cluster.WithEntities(cluster.DocOf(a), an))
	d.articles[a.ID] = a
	d.members[asg.Story] = append(d.members[asg.Story], a.ID)
	d.events[a.ID] = asg.Event
	d.storyOf[a.ID] = asg.Story
	for _, m := range asg.Merged {
		for _, id := range d.members[m] {
			d.storyOf[id] = asg.Story
		}
		d.members[asg.Story] = append(d.members[asg.Story], d.members[m]...)
		delete(d.members, m)
	}
	return asg.Story, asg.Merged
}

// analysis returns an article's analysis, from the cache when it is there.
func (d *Desk) analysis(a *chorus.Article) *chorus.Analysis {
	if an := d.analyses.get(a.ID); an != nil {
		return an
	}
	an := analyze.Analyze(a)
	d.analyses.put(a.ID, an)
	return an
}

// deleteStories removes stories merged into others.
func (d *Desk) deleteStories(ctx context.Context, ids []chorus.StoryID) error {
	for _, id := range ids {
		if err := d.store.DeleteStory(ctx, id); err != nil {
			return fmt.Errorf("delete merged story %s: %w", id, err)
		}
	}
	return nil
}

// Result reports what one ingest did.
type Result struct {
	// Added are the new articles stored, in the order they were clustered.
	Added []*chorus.Article
	// Duplicates counts documents already stored (same bytes).
	Duplicates int
	// Skipped are the documents refused, each an *chorus.InputError.
	Skipped []error
	// Stories are the stories the new articles joined or founded.
	Stories []chorus.StoryID
	// Merged are stories the new articles showed to be part of another;
	// they were deleted and their articles moved.
	Merged []chorus.StoryID
}

// Ingest extracts, stores and clusters documents, then rebuilds the stories
// they touched. Documents whose bytes were stored before are counted as
// duplicates and not extracted again.
func (d *Desk) Ingest(ctx context.Context, docs []chorus.Document) (Result, error) {
	var res Result
	var fresh []chorus.Document
	for _, doc := range docs {
		seen, err := d.store.HasRaw(ctx, doc.RawHash)
		if err != nil {
			return res, fmt.Errorf("check stored documents: %w", err)
		}
		if seen {
			res.Duplicates++
			continue
		}
		fresh = append(fresh, doc)
	}
	arts, errs := Extract(fresh)
	res.Skipped = errs
	touched := map[chorus.StoryID]bool{}
	var order, gone []chorus.StoryID
	for _, a := range streamOrder(arts) {
		created, err := d.store.PutArticle(ctx, a)
		if err != nil {
			return res, fmt.Errorf("store article %s: %w", a.Source, err)
		}
		if !created {
			res.Duplicates++
			continue
		}
		sid, merged := d.place(a)
		res.Added = append(res.Added, a)
		if !touched[sid] {
			touched[sid] = true
			order = append(order, sid)
		}
		for _, m := range merged {
			delete(touched, m)
			gone = append(gone, m)
		}
	}
	res.Stories = nil
	for _, sid := range order {
		if touched[sid] {
			res.Stories = append(res.Stories, sid)
		}
	}
	res.Merged = gone
	if err := d.writeStories(ctx, touched); err != nil {
		return res, err
	}
	if err := d.deleteStories(ctx, gone); err != nil {
		return res, err
	}
	return res, nil
}

// writeStories rebuilds and stores the given stories.
func (d *Desk) writeStories(ctx context.Context, ids map[chorus.StoryID]bool) error {
	sorted := make([]chorus.StoryID, 0, len(ids))
	for sid := range ids {
		sorted = append(sorted, sid)
	}
	slices.Sort(sorted)
	for _, sid := range sorted {
		if sid == "" {
			continue
		}
		var arts []*chorus.Article
		known := map[chorus.ArticleID]*chorus.Analysis{}
		for _, id := range d.members[sid] {
			a := d.articles[id]
			arts = append(arts, a)
			known[id] = d.analysis(a)
		}
		st := buildStory(sid, arts, known, d.events, d.opts.Story)
		if err := d.store.PutStory(ctx, st); err != nil {
			return fmt.Errorf("store story %s: %w", sid, err)
		}
	}
	return nil
}

// analysisCacheSize bounds the analyses a desk keeps: enough for the
// stories being written to, a few megabytes of tokens.
const analysisCacheSize = 2000

// analysisCache is a small first-in-first-out cache of analyses.
type analysisCache struct {
	size  int
	m     map[chorus.ArticleID]*chorus.Analysis
	order []chorus.ArticleID
}

func newAnalysisCache(size int) *analysisCache {
	return &analysisCache{size: size, m: map[chorus.ArticleID]*chorus.Analysis{}}
}

func (c *analysisCache) get(id chorus.ArticleID) *chorus.Analysis { return c.m[id] }

func (c *analysisCache) put(id chorus.ArticleID, an *chorus.Analysis) {
	if _, ok := c.m[id]; ok {
		return
	}
	if len(c.order) >= c.size {
		delete(c.m, c.order[0])
		c.order = c.order[1:]
	}
	c.m[id] = an
	c.order = append(c.order, id)
}
