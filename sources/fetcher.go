package sources

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/fetch"
	"github.com/chorusnews/chorus/pipeline"
)

// Ingester stores documents and clusters them (a *pipeline.Desk).
type Ingester interface {
	Ingest(ctx context.Context, docs []chorus.Document) (pipeline.Result, error)
}

// Fetcher fetches the due sources once and ingests what is new.
type Fetcher struct {
	Client *fetch.Client
	Store  Store
	Desk   Ingester
	// Clock gives the time the schedule is computed from; fetch.SystemClock
	// when nil.
	Clock fetch.Clock
	// Workers is how many sources are fetched at once (requests to one host
	// still go one at a time); 8 when zero.
	Workers int
	// MaxEntries is how many of a source's newest entries are looked at per
	// fetch; 50 when zero.
	MaxEntries int
	// MaxAge drops sitemap entries dated longer ago; 7 days when zero.
	MaxAge time.Duration
	// Batch is how many documents are ingested together; 200 when zero.
	Batch int
	// Progress, when set, is called after each source is done.
	Progress func(done, total int, r SourceReport)
}

// SourceReport is what one fetch of one source did.
type SourceReport struct {
	Source Source // with its new state
	// New counts articles stored; FromSummary those of them whose text is
	// the feed's summary.
	New         int
	FromSummary int
	// Known counts entries skipped because their URL was handled before;
	// Duplicates those that turned out to be an article already stored
	// (same bytes, or reached by another URL or another source).
	Known      int
	Duplicates int
	// Skipped are entries that gave nothing to store.
	Skipped []error
	// Err is why the source itself could not be read.
	Err error
}

// Report is what a run did.
type Report struct {
	Sources []SourceReport
	Added   []*chorus.Article
	Stories []chorus.StoryID
}

// RunOptions choose what a run fetches.
type RunOptions struct {
	// All fetches every source, due or not.
	All bool
	// IDs, when set, limits the run to these sources.
	IDs []int64
}

func (f *Fetcher) defaults() {
	if f.Clock == nil {
		f.Clock = fetch.SystemClock{}
	}
	if f.Workers <= 0 {
		f.Workers = 8
	}
	if f.MaxEntries <= 0 {
		f.MaxEntries = 50
	}
	if f.MaxAge <= 0 {
		f.MaxAge = 7 * 24 * time.Hour
	}
	if f.Batch <= 0 {
		f.Batch = 200
	}
}

// Due returns the sources a run with opts would fetch.
func (f *Fetcher) Due(ctx context.Context, opts RunOptions) ([]Source, error) {
	f.defaults()
	all, err := f.Store.Sources(ctx)
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	want := map[int64]bool{}
	for _, id := range opts.IDs {
		want[id] = true
	}
	now := f.Clock.Now()
	var due []Source
	for _, s := range all {
		if len(want) > 0 && !want[s.ID] {
			continue
		}
		if opts.All || len(want) > 0 || Due(s, now) {
			due = append(due, s)
		}
	}
	return due, nil
}

// Run fetches the sources opts selects, each once, and ingests their new
// entries. A source that fails is marked and rescheduled; the run goes on.
// Only a failing store or a cancelled context stops it.
func (f *Fetcher) Run(ctx context.Context, opts RunOptions) (*Report, error) {
	due, err := f.Due(ctx, opts)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	srcs := make(chan Source)
	jobs := make(chan *job)
	cl := &claims{seen: map[string]bool{}}
	var wg sync.WaitGroup
	for range min(f.Workers, max(1, len(due))) {
		wg.Go(func() {
			for s := range srcs {
				j := f.fetchSource(ctx, s, cl)
				select {
				case jobs <- j:
				case <-ctx.Done():
					return
				}
			}
		})
	}
	go func() {
		defer close(srcs)
		for _, s := range due {
			select {
			case srcs <- s:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() { wg.Wait(); close(jobs) }()

	rep := &Report{}
	stories := map[chorus.StoryID]bool{}
	var pending []*job
	docs := 0
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		if err := f.ingest(ctx, pending, rep, stories); err != nil {
			return err
		}
		for _, j := range pending {
			r := f.finish(j)
			if err := f.Store.SaveState(ctx, j.src.ID, r.Source.SourceState); err != nil {
				return fmt.Errorf("save state of source %d: %w", j.src.ID, err)
			}
			rep.Sources = append(rep.Sources, r)
			if f.Progress != nil {
				f.Progress(len(rep.Sources), len(due), r)
			}
		}
		pending, docs = pending[:0], 0
		return nil
	}
	for j := range jobs {
		pending = append(pending, j)
		for _, it := range j.items {
			if it.hasDoc {
				docs++
			}
		}
		if docs >= f.Batch {
			if err := flush(); err != nil {
				cancel()
				return rep, err
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	if err := flush(); err != nil {
		return rep, err
	}
	return rep, nil
}

// claims are the URLs taken by a source in this run, so that an article two
// feeds link to is fetched once even when both are fetched at once.
type claims struct {
	mu   sync.Mutex
	seen map[string]bool
}

// claim takes url, reporting false when another entry took it first.
func (c *claims) claim(url string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.seen[url] {
		return false
	}
	c.seen[url] = true
	return true
}

// job is one source fetched, waiting to be ingested.
type job struct {
	src         Source
	res         *fetch.Response
	notModified bool
	err         error
	items       []*item
	known, dups int
	// temporary is set when an entry failed in a way worth retrying, so the
	// feed's validators are not saved and the next run reads it in full.
	temporary bool
}

// item is one new entry of a source.
type item struct {
	entry Entry
	// keys are the canonical URLs the entry was reached by; canonical is
	// the one the page names itself by, when it was read.
	keys      []string
	canonical string
	doc       chorus.Document
	hasDoc    bool
	textFrom  string
	// fallback is the feed's summary, used when the page yields no article.
	fallback    chorus.Document
	hasFallback bool
	article     *chorus.Article
	duplicate   bool
	err         error
}

// fetchSource fetches a source and the pages of its new entries.
func (f *Fetcher) fetchSource(ctx context.Context, s Source, cl *claims) *job {
	j := &job{src: s}
	res, err := f.Client.Get(ctx, fetch.Request{URL: s.URL, ETag: s.ETag, LastModified: s.LastModified, Accept: fetch.FeedTypes})
	if err != nil {
		j.err = err
		return j
	}
	j.res = res
	if res.NotModified {
		j.notModified = true
		return j
	}
	feed, err := Parse(res.Body, res.URL)
	if err != nil {
		j.err = err
		return j
	}
	var since time.Time
	if feed.Kind == KindSitemap {
		since = f.Clock.Now().Add(-f.MaxAge)
	}
	entries := feed.Items()
	if len(feed.Sitemaps) > 0 {
		entries = childEntries(ctx, f.Client, feed.Sitemaps, since)
	}
	for _, e := range Newest(entries, f.MaxEntries, since) {
		if ctx.Err() != nil {
			j.err = ctx.Err()
			return j
		}
		canon := Canonical(e.URL)
		if e.URL == "" {
			canon = unlinkedKey(Canonical(res.URL), e)
		}
		if known, err := f.known(ctx, canon); err != nil || known {
			if err != nil {
				j.err = err
				return j
			}
			j.known++
			continue
		}
		if !cl.claim(canon) {
			j.dups++
			continue
		}
		it := &item{entry: e, keys: []string{canon}}
		j.items = append(j.items, it)
		if e.URL == "" {
			// nothing to fetch: the feed's text of the item is the article
			it.doc, it.err = unlinkedDocument(res.URL, e)
			it.hasDoc, it.textFrom = it.err == nil, TextFromSummary
			continue
		}
		p, err := fetchPage(ctx, f.Client, e)
		if err != nil {
			// A page that may answer later (timeout, 5xx, 429, a host that
			// asked us to wait) is tried again next run rather than stored
			// as its summary for good.
			var fe *fetch.Error
			if (errors.As(err, &fe) && fe.Temporary()) || ctx.Err() != nil {
				it.err = &chorus.InputError{Source: e.URL, Reason: "page not read yet, will retry", Err: err}
				j.temporary = true
				continue
			}
			if doc, ok := summaryDocument(e, reason(err)); ok {
				it.doc, it.hasDoc, it.textFrom = doc, true, TextFromSummary
				continue
			}
			it.err = &chorus.InputError{Source: e.URL, Reason: "page not read and no summary in the feed", Err: err}
			continue
		}
		// The page may name itself differently from the entry (a mobile or
		// AMP copy, a redirect): that name may be known or claimed already.
		dup := false
		for _, k := range []string{p.final, p.canonical} {
			if k == "" || contains(it.keys, k) {
				continue
			}
			it.keys = append(it.keys, k)
			known, err := f.known(ctx, k)
			if err != nil {
				j.err = err
				return j
			}
			if known || !cl.claim(k) {
				dup = true
			}
		}
		if dup {
			it.duplicate = true
			continue
		}
		it.canonical = firstNonEmpty(p.canonical, p.final)
		it.doc, it.hasDoc, it.textFrom = p.doc, true, TextFromPage
		it.fallback, it.hasFallback = summaryDocument(e, "the page has no article text")
	}
	return j
}

// known reports whether a canonical URL was handled before.
func (f *Fetcher) known(ctx context.Context, url string) (bool, error) {
	_, ok, err := f.Store.LookupURL(ctx, url)
	if err != nil {
		return false, fmt.Errorf("look up %s: %w", url, err)
	}
	return ok, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
