package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/chorusnews/chorus"
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
	}
	var orphans []chorus.ArticleID
	err := store.AllArticles(ctx, func(a *chorus.Article) error {
		sid := d.place(a)
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
	if err := d.writeStories(ctx, stale); err != nil {
		return nil, err
	}
	return d, nil
}

// place clusters a stored article and records where it went.
func (d *Desk) place(a *chorus.Article) chorus.StoryID {
	asg := d.idx.Add(clusterDoc(a))
	d.articles[a.ID] = a
	d.members[asg.Story] = append(d.members[asg.Story], a.ID)
	d.events[a.ID] = asg.Event
	d.storyOf[a.ID] = asg.Story
	return asg.Story
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
	var order []chorus.StoryID
	for _, a := range streamOrder(arts) {
		created, err := d.store.PutArticle(ctx, a)
		if err != nil {
			return res, fmt.Errorf("store article %s: %w", a.Source, err)
		}
		if !created {
			res.Duplicates++
			continue
		}
		sid := d.place(a)
		res.Added = append(res.Added, a)
		if !touched[sid] {
			touched[sid] = true
			order = append(order, sid)
		}
	}
	res.Stories = order
	if err := d.writeStories(ctx, touched); err != nil {
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
		for _, id := range d.members[sid] {
			arts = append(arts, d.articles[id])
		}
		st := BuildStory(sid, arts, d.events, d.opts.Story)
		if err := d.store.PutStory(ctx, st); err != nil {
			return fmt.Errorf("store story %s: %w", sid, err)
		}
	}
	return nil
}
