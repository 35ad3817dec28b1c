package pipeline

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/cluster"
	"github.com/chorusnews/chorus/dedup"
	"github.com/chorusnews/chorus/story"
)

// Store is what the desk needs of a store: the articles, the stories, and
// what clustering keeps (analyses and the clustering log).
type Store interface {
	chorus.ArticleStore
	chorus.StoryStore
	chorus.ClusterStore
}

// Desk ingests articles into a store and keeps the stories they join up to
// date. Adding articles rebuilds only the stories they join.
//
// Every placement (which article went where, in which order) is logged in
// the store with the article's names and near-duplicate record. Opening a
// desk replays the log through the clusterer, which reproduces every
// earlier assignment because clustering is deterministic; replaying reads
// the articles' text but never runs the tagger again. Stories are rebuilt
// from stored articles and stored analyses.
//
// A Desk is not safe for concurrent use. Several processes may share one
// store only if they serialise their placing (see Sync): the postgres
// workers hold a lock around Sync and Place.
type Desk struct {
	store Store
	opts  Options
	st    *deskState
}

// deskState is the clustering state a desk keeps in memory; Using shares it.
type deskState struct {
	idx   *cluster.Index
	dedup *dedup.Index
	// seq is the last placement in the log this state includes.
	seq     int64
	members map[chorus.StoryID][]chorus.ArticleID
	events  map[chorus.ArticleID]chorus.EventID
	storyOf map[chorus.ArticleID]chorus.StoryID
	// current is the story each replayed article was stored in, for repair.
	current map[chorus.ArticleID]chorus.StoryID
	// diverged counts replayed placements the clusterer now puts elsewhere.
	diverged int
	// cache keeps recent articles and analyses, so rebuilding a story does
	// not read and re-segment every member again.
	cache *memo
	// heads keeps what a story needs of every placed article it does not
	// read (see writeStories), so that rebuilding a story of thousands of
	// articles reads the texts of a few dozen, not of all of them.
	heads map[chorus.ArticleID]head
	// syndication remembers the syndication groups of events and the
	// alignments of their articles, so that a story regrouped after every
	// batch regroups only the events that changed.
	syndication *dedup.Memo
	// broken is set when a failed call left this state ahead of the store;
	// the desk must be loaded again.
	broken error
}

// ErrStale is returned by a desk whose memory no longer matches the store
// after a failed write; load a new desk.
var ErrStale = errors.New("desk is stale after a failed write; load it again")

// Open loads the clustering state from the store and repairs what an
// interrupted ingest left behind: stored articles never placed are placed
// (analysed first when their analysis was not stored), and stories that
// are missing or out of date are rebuilt. Only a process that is the
// store's single writer may call Open; shared stores use Load.
func Open(ctx context.Context, store Store, opts Options) (*Desk, error) {
	d, err := Load(ctx, store, opts)
	if err != nil {
		return nil, err
	}
	var ids []chorus.ArticleID
	err = store.Unplaced(ctx, func(a *chorus.Article) error {
		d.st.cache.putArticle(a)
		ids = append(ids, a.ID)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load unplaced articles: %w", err)
	}
	res, err := d.place(ctx, ids)
	if err != nil {
		return nil, err
	}
	stale := map[chorus.StoryID]bool{}
	for _, sid := range res.Stories {
		stale[sid] = true
	}
	var gone []chorus.StoryID
	seen := map[chorus.StoryID]bool{}
	for id, cur := range d.st.current {
		sid := d.st.storyOf[id]
		if cur != sid {
			stale[sid] = true
		}
		if cur != "" && !seen[cur] && d.st.idx.Resolve(cur) != cur {
			seen[cur] = true
			gone = append(gone, cur)
		}
	}
	slices.Sort(gone)
	d.st.current = nil
	if err := d.writeStories(ctx, stale); err != nil {
		return nil, err
	}
	if err := d.deleteStories(ctx, gone); err != nil {
		return nil, err
	}
	return d, nil
}

// Load replays the store's clustering log and returns a desk that writes
// nothing until asked to place articles.
func Load(ctx context.Context, store Store, opts Options) (*Desk, error) {
	x, err := dedup.NewIndex(dedup.DefaultOptions)
	if err != nil {
		return nil, err
	}
	d := &Desk{store: store, opts: opts, st: &deskState{
		idx:     cluster.New(opts.Cluster),
		members: map[chorus.StoryID][]chorus.ArticleID{},
		events:  map[chorus.ArticleID]chorus.EventID{},
		storyOf: map[chorus.ArticleID]chorus.StoryID{},
		current: map[chorus.ArticleID]chorus.StoryID{},
		cache:   newMemo(cacheSize),
		heads:   map[chorus.ArticleID]head{},
		// words and shingles of a few thousand articles: tens of megabytes
		syndication: dedup.NewMemo(2 * cacheSize),
	}}
	// The near-duplicate index is decoded from its logged records in one
	// go, which is cheaper than hashing every text again.
	records, _ := x.MarshalBinary()
	err = store.Placements(ctx, 0, func(p chorus.PlacedArticle) error {
		d.replay(p)
		d.st.current[p.Placement.Article] = p.Current
		records = append(records, p.Dedup...)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("replay clustering log: %w", err)
	}
	if d.st.dedup, err = dedup.UnmarshalIndex(records); err != nil {
		return nil, fmt.Errorf("replay clustering log: %w", err)
	}
	return d, nil
}

// Using returns a desk sharing d's state that reads and writes through
// store (a transaction on d's store, say).
func (d *Desk) Using(store Store) *Desk {
	return &Desk{store: store, opts: d.opts, st: d.st}
}

// Seq is the last placement of the log the desk has replayed or written.
func (d *Desk) Seq() int64 { return d.st.seq }

// Diverged counts logged placements that replaying put elsewhere, which
// happens only when clustering options or code changed since they were
// logged; their stories are rebuilt by Open.
func (d *Desk) Diverged() int { return d.st.diverged }

// Sync replays the placements other processes appended to the log since
// the desk last read or wrote it.
func (d *Desk) Sync(ctx context.Context) error {
	if d.st.broken != nil {
		return d.st.broken
	}
	err := d.store.Placements(ctx, d.st.seq, func(p chorus.PlacedArticle) error {
		d.replay(p)
		d.st.dedup.Add(dedup.DocOf(p.Article))
		return nil
	})
	if err != nil {
		// Placements replayed before the error are in memory and in the
		// log alike, so the state is still consistent.
		return fmt.Errorf("sync clustering log: %w", err)
	}
	return nil
}

// replay adds a logged placement to the clusterer.
func (d *Desk) replay(p chorus.PlacedArticle) {
	doc := cluster.DocOf(p.Article)
	doc.Entities = p.Entities
	sid, ev, _ := d.add(doc, p.Article)
	if sid != p.Story || ev != p.Event {
		d.st.diverged++
	}
	d.st.seq = p.Seq
}

// add clusters doc and records where it went. When the article showed
// other stories to be one with its own, their articles move into it; those
// stories' ids are returned to be deleted.
func (d *Desk) add(doc cluster.Doc, a *chorus.Article) (chorus.StoryID, chorus.EventID, []chorus.StoryID) {
	st := d.st
	asg := st.idx.Add(doc)
	marks := story.NewMarks(a.Title, doc.Entities)
	marks.Score = asg.EventScore
	st.heads[doc.ID] = head{outlet: a.Outlet, title: a.Title, published: a.Published, marks: marks}
	st.members[asg.Story] = append(st.members[asg.Story], doc.ID)
	st.events[doc.ID] = asg.Event
	st.storyOf[doc.ID] = asg.Story
	for _, m := range asg.Merged {
		for _, id := range st.members[m] {
			st.storyOf[id] = asg.Story
		}
		st.members[asg.Story] = append(st.members[asg.Story], st.members[m]...)
		delete(st.members, m)
	}
	return asg.Story, asg.Event, asg.Merged
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
	// Copies counts new articles that repeat a stored article from another
	// outlet (a syndicated copy), whatever story either is in.
	Copies int
}

// Ingest extracts, stores, analyses and clusters documents, then rebuilds
// the stories they touched. Documents whose bytes were stored before are
// counted as duplicates and not analysed again. They are still extracted
// with the rest: extraction reads a batch as a whole (lines a source
// repeats across it are its boilerplate), and a batch must come out the
// same whichever of its documents a store already holds, or the workers,
// which extract batches in parallel, would not build what this does.
func (d *Desk) Ingest(ctx context.Context, docs []chorus.Document) (Result, error) {
	arts, errs := Extract(docs)
	arts = streamOrder(arts)
	var fresh []*chorus.Article
	for _, a := range arts {
		seen, err := d.store.HasRaw(ctx, a.RawHash)
		if err != nil {
			return Result{}, fmt.Errorf("check stored documents: %w", err)
		}
		if !seen {
			fresh = append(fresh, a)
		}
	}
	ans := make([]*chorus.Analysis, len(fresh))
	for i, a := range fresh {
		ans[i] = analyze.Analyze(a)
	}
	res, err := d.Add(ctx, fresh, ans)
	// Every document not refused is a new article or repeats one: stored
	// before, or earlier in this batch.
	res.Duplicates = len(docs) - len(errs) - len(res.Added)
	res.Skipped = errs
	return res, err
}

// Add stores articles extracted and analysed elsewhere (ans[i] is the
// analysis of arts[i]), then places the new ones in the order given and
// rebuilds the stories they touched. Articles stored before count as
// duplicates.
func (d *Desk) Add(ctx context.Context, arts []*chorus.Article, ans []*chorus.Analysis) (Result, error) {
	var res Result
	var ids []chorus.ArticleID
	var fresh []*chorus.Analysis
	for i, a := range arts {
		created, err := d.store.PutArticle(ctx, a)
		if err != nil {
			return res, fmt.Errorf("store article %s: %w", a.Source, err)
		}
		if !created {
			res.Duplicates++
			continue
		}
		d.st.cache.putArticle(a)
		d.st.cache.putAnalysis(ans[i])
		ids = append(ids, a.ID)
		fresh = append(fresh, ans[i])
	}
	if err := d.store.PutAnalyses(ctx, fresh); err != nil {
		return res, fmt.Errorf("store analyses: %w", err)
	}
	placed, err := d.Place(ctx, ids)
	placed.Duplicates += res.Duplicates
	return placed, err
}

// Place clusters stored articles in the order given, logs where they went,
// and rebuilds and stores the stories they touched. Articles placed before
// are skipped. Their analyses are read from the store (and computed and
// stored when missing).
func (d *Desk) Place(ctx context.Context, ids []chorus.ArticleID) (Result, error) {
	res, err := d.Assign(ctx, ids)
	if err != nil {
		return res, err
	}
	touched := map[chorus.StoryID]bool{}
	for _, sid := range res.Stories {
		touched[sid] = true
	}
	return res, d.writeStories(ctx, touched)
}

// Assign places stored articles as Place does and deletes the stories they
// merged away, but leaves the stories they joined unwritten: the caller
// has them rebuilt with Rebuild. The postgres workers do so to keep the
// rebuilds, the costly part of a placement, out of the clustering lock:
// each touched story becomes a job of its own that any worker runs.
func (d *Desk) Assign(ctx context.Context, ids []chorus.ArticleID) (Result, error) {
	if d.st.broken != nil {
		return Result{}, d.st.broken
	}
	res, err := d.place(ctx, ids)
	if err != nil {
		return res, err
	}
	return res, d.deleteStories(ctx, res.Merged)
}

// Rebuild writes story sid as the placements the desk has read make it,
// or deletes it when it has no articles left (it was merged into
// another). Rebuilding twice from the same placements writes the same
// story, so a rebuild may be repeated or run by any process that has
// synced the log.
func (d *Desk) Rebuild(ctx context.Context, sid chorus.StoryID) error {
	if d.st.broken != nil {
		return d.st.broken
	}
	if len(d.st.members[sid]) == 0 {
		return d.deleteStories(ctx, []chorus.StoryID{sid})
	}
	return d.writeStories(ctx, map[chorus.StoryID]bool{sid: true})
}

// place clusters and logs articles without writing their stories.
func (d *Desk) place(ctx context.Context, ids []chorus.ArticleID) (Result, error) {
	var res Result
	var fresh []chorus.ArticleID
	seen := make(map[chorus.ArticleID]bool, len(ids))
	for _, id := range ids {
		if _, ok := d.st.storyOf[id]; !ok && !seen[id] {
			seen[id] = true
			fresh = append(fresh, id)
		}
	}
	if len(fresh) == 0 {
		return res, nil
	}
	arts, ans, err := d.load(ctx, fresh)
	if err != nil {
		return res, err
	}
	st := d.st
	touched := map[chorus.StoryID]bool{}
	var order []chorus.StoryID
	var logged []chorus.Placement
	for _, id := range fresh {
		a := arts[id]
		if a == nil {
			return res, fmt.Errorf("place %s: %w", id, chorus.ErrNotFound)
		}
		doc := cluster.WithEntities(cluster.DocOf(a), ans[id])
		// From here on memory is ahead of the store until the log is written.
		st.broken = ErrStale
		sid, ev, merged := d.add(doc, a)
		n := st.dedup.Len()
		for _, m := range st.dedup.Add(dedup.DocOf(a)) {
			if m.SameOrigin {
				res.Copies++
				break
			}
		}
		logged = append(logged, chorus.Placement{Seq: st.seq + int64(len(logged)) + 1, Article: id, Story: sid, Event: ev,
			Entities: doc.Entities, Dedup: st.dedup.AppendRecords(nil, n)})
		res.Added = append(res.Added, a)
		if !touched[sid] {
			touched[sid] = true
			order = append(order, sid)
		}
		for _, m := range merged {
			delete(touched, m)
			res.Merged = append(res.Merged, m)
		}
	}
	if err := d.store.PutPlacements(ctx, logged); err != nil {
		return res, fmt.Errorf("log placements: %w", err)
	}
	st.seq += int64(len(logged))
	st.broken = nil
	for _, sid := range order {
		if touched[sid] {
			res.Stories = append(res.Stories, sid)
		}
	}
	return res, nil
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

// writeStories rebuilds and stores the given stories.
func (d *Desk) writeStories(ctx context.Context, ids map[chorus.StoryID]bool) error {
	sorted := make([]chorus.StoryID, 0, len(ids))
	for sid := range ids {
		if sid != "" {
			sorted = append(sorted, sid)
		}
	}
	slices.Sort(sorted)
	for _, sid := range sorted {
		list, read, origins, err := d.storyArticles(ctx, d.st.members[sid])
		if err != nil {
			return fmt.Errorf("store story %s: %w", sid, err)
		}
		ans, err := d.loadAnalyses(ctx, read)
		if err != nil {
			return fmt.Errorf("store story %s: %w", sid, err)
		}
		marks := make(map[chorus.ArticleID]*story.Marks, len(list))
		for _, a := range list {
			if h, ok := d.st.heads[a.ID]; ok {
				marks[a.ID] = h.marks
			}
		}
		st := composeStory(sid, list, read, ans, marks, origins, d.st.events, d.opts.Story)
		if err := d.store.PutStory(ctx, st); err != nil {
			return fmt.Errorf("store story %s: %w", sid, err)
		}
	}
	return nil
}

// head is what a story needs of an article it does not read: its events
// are labelled, its articles ordered, its outlets counted by these.
type head struct {
	outlet, title string
	published     time.Time
	// marks are the article's most mentioned names and its headline's
	// words, for what the story says the article shares with its event:
	// worked out once here, not on every rebuild of its story.
	marks *story.Marks
}

// storyArticles returns the articles of a story (members, in order), the
// ones its sections read, and its syndication groups. Whole articles (with
// their texts) are loaded only where they are needed: for the articles
// read, for the copies of those (a digest sentence cites a copy where it
// holds the sentence), and for the members of events whose groups the
// syndication memo does not hold. Every other member is its head, which is
// all that Build uses of an article it does not read; the store keeps
// only ids, outlets and times of a story's articles anyway (see
// chorus.Story.Stored). A story of 10,000 articles then costs the reading
// of a few dozen texts per rebuild, not 10,000.
func (d *Desk) storyArticles(ctx context.Context, members []chorus.ArticleID) (list, read []*chorus.Article, origins []chorus.Origin, err error) {
	st := d.st
	list = make([]*chorus.Article, len(members))
	whole := make(map[chorus.ArticleID]bool, len(members))
	var need []chorus.ArticleID
	for i, id := range members {
		if a := st.cache.article(id); a != nil {
			list[i], whole[id] = a, true
		} else if h, ok := st.heads[id]; ok {
			list[i] = &chorus.Article{ID: id, Outlet: h.outlet, Title: h.title, Published: h.published}
		} else {
			need = append(need, id)
		}
	}
	// Events whose groups the memo has forgotten (or never had) are
	// grouped from their texts. (After Trim, what Has says holds until
	// the next Trim.)
	st.syndication.Trim()
	for _, ids := range eventMembers(members, st.events) {
		if !st.syndication.Has(ids) {
			need = append(need, ids...)
		}
	}
	if err := d.fill(ctx, list, whole, need); err != nil {
		return nil, nil, nil, err
	}
	origins = storyOrigins(list, st.events, st.syndication)
	read = readingSet(list, origins, st.events, ReadLimit)
	reading := make(map[chorus.ArticleID]bool, len(read))
	for _, a := range read {
		reading[a.ID] = true
	}
	need = need[:0]
	for _, o := range origins {
		group := append([]chorus.ArticleID{o.Article}, copyIDs(o)...)
		if slices.ContainsFunc(group, func(id chorus.ArticleID) bool { return reading[id] }) {
			need = append(need, group...)
		}
	}
	if err := d.fill(ctx, list, whole, need); err != nil {
		return nil, nil, nil, err
	}
	read = read[:0]
	for _, a := range list {
		if reading[a.ID] {
			read = append(read, a)
		}
	}
	return list, read, origins, nil
}

// fill replaces the heads of list among ids with whole articles.
func (d *Desk) fill(ctx context.Context, list []*chorus.Article, whole map[chorus.ArticleID]bool, ids []chorus.ArticleID) error {
	ids = slices.DeleteFunc(slices.Clone(ids), func(id chorus.ArticleID) bool { return whole[id] })
	if len(ids) == 0 {
		return nil
	}
	arts, err := d.loadArticles(ctx, ids)
	if err != nil {
		return err
	}
	for _, id := range ids {
		if arts[id] == nil {
			return fmt.Errorf("article %s: %w", id, chorus.ErrNotFound)
		}
	}
	for i, a := range list {
		if full := arts[a.ID]; full != nil && !whole[a.ID] {
			list[i], whole[a.ID] = full, true
		}
	}
	return nil
}

// copyIDs lists the copies of a syndication group.
func copyIDs(o chorus.Origin) []chorus.ArticleID {
	out := make([]chorus.ArticleID, len(o.Copies))
	for i, c := range o.Copies {
		out[i] = c.Article
	}
	return out
}

// load returns the articles and complete analyses of ids.
func (d *Desk) load(ctx context.Context, ids []chorus.ArticleID) (map[chorus.ArticleID]*chorus.Article, map[chorus.ArticleID]*chorus.Analysis, error) {
	arts, err := d.loadArticles(ctx, ids)
	if err != nil {
		return nil, nil, err
	}
	list := make([]*chorus.Article, 0, len(ids))
	for _, id := range ids {
		if a := arts[id]; a != nil {
			list = append(list, a)
		}
	}
	ans, err := d.loadAnalyses(ctx, list)
	if err != nil {
		return nil, nil, err
	}
	return arts, ans, nil
}

// loadArticles returns the stored articles among ids, from the cache or
// else from the store.
func (d *Desk) loadArticles(ctx context.Context, ids []chorus.ArticleID) (map[chorus.ArticleID]*chorus.Article, error) {
	c := d.st.cache
	arts := make(map[chorus.ArticleID]*chorus.Article, len(ids))
	var need []chorus.ArticleID
	for _, id := range ids {
		if a := c.article(id); a != nil {
			arts[id] = a
		} else {
			need = append(need, id)
		}
	}
	if len(need) == 0 {
		return arts, nil
	}
	got, err := d.store.Articles(ctx, need)
	if err != nil {
		return nil, err
	}
	for id, a := range got {
		arts[id] = a
		c.putArticle(a)
	}
	return arts, nil
}

// loadAnalyses returns the complete analyses of arts: from the cache, else
// from the store (re-segmenting the stored analysis), else by analysing
// the article and storing the analysis.
func (d *Desk) loadAnalyses(ctx context.Context, arts []*chorus.Article) (map[chorus.ArticleID]*chorus.Analysis, error) {
	c := d.st.cache
	ans := make(map[chorus.ArticleID]*chorus.Analysis, len(arts))
	var need []chorus.ArticleID
	for _, a := range arts {
		if an := c.analysis(a.ID); an != nil {
			ans[a.ID] = an
		} else {
			need = append(need, a.ID)
		}
	}
	if len(need) == 0 {
		return ans, nil
	}
	stored, err := d.store.Analyses(ctx, need)
	if err != nil {
		return nil, err
	}
	var fresh []*chorus.Analysis
	for _, a := range arts {
		if ans[a.ID] != nil {
			continue
		}
		an := stored[a.ID]
		if an == nil {
			an = analyze.Analyze(a)
			fresh = append(fresh, an)
		} else {
			an.Tokens, an.Sentences = analyze.Segment(a.Text, a.Paragraphs)
		}
		ans[a.ID] = an
		c.putAnalysis(an)
	}
	if err := d.store.PutAnalyses(ctx, fresh); err != nil {
		return nil, err
	}
	return ans, nil
}

// cacheSize bounds the articles and analyses a desk keeps: enough for the
// stories being written to, a few megabytes of text and tokens.
const cacheSize = 2000

// memo is a small first-in-first-out cache of articles and analyses.
type memo struct {
	size  int
	arts  map[chorus.ArticleID]*chorus.Article
	ans   map[chorus.ArticleID]*chorus.Analysis
	order []chorus.ArticleID
}

func newMemo(size int) *memo {
	return &memo{size: size, arts: map[chorus.ArticleID]*chorus.Article{}, ans: map[chorus.ArticleID]*chorus.Analysis{}}
}

func (c *memo) article(id chorus.ArticleID) *chorus.Article   { return c.arts[id] }
func (c *memo) analysis(id chorus.ArticleID) *chorus.Analysis { return c.ans[id] }

func (c *memo) putArticle(a *chorus.Article) {
	c.note(a.ID)
	c.arts[a.ID] = a
}

func (c *memo) putAnalysis(an *chorus.Analysis) {
	c.note(an.Article)
	c.ans[an.Article] = an
}

// note makes room for id, evicting the oldest entry when full.
func (c *memo) note(id chorus.ArticleID) {
	if c.arts[id] != nil || c.ans[id] != nil {
		return
	}
	if len(c.order) >= c.size {
		old := c.order[0]
		delete(c.arts, old)
		delete(c.ans, old)
		c.order = c.order[1:]
	}
	c.order = append(c.order, id)
}

// StreamOrder is the order Ingest clusters a batch of articles in: by
// publication time, undated articles last, ties in the order given. The
// workers extract a batch and have it placed in this order too.
func StreamOrder(arts []*chorus.Article) []*chorus.Article { return streamOrder(arts) }
