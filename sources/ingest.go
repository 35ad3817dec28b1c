package sources

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/fetch"
)

// ingest hands the documents of a group of fetched sources to the desk,
// retries pages that yielded no article with the feed's summary, and
// records the URL aliases and entry metadata.
func (f *Fetcher) ingest(ctx context.Context, jobs []*job, rep *Report, stories map[chorus.StoryID]bool) error {
	var docs []chorus.Document
	byHash := map[string][]*item{}
	bySource := map[string]*item{}
	for _, j := range jobs {
		for _, it := range j.items {
			if it.hasDoc {
				docs = append(docs, it.doc)
				byHash[it.doc.RawHash] = append(byHash[it.doc.RawHash], it)
				bySource[it.doc.Source] = it
			}
		}
	}
	skipped, err := f.ingestDocs(ctx, docs, byHash, rep, stories)
	if err != nil {
		return err
	}
	var again []chorus.Document
	retried := map[string]*item{}
	for _, e := range skipped {
		it := bySource[errSource(e)]
		if it == nil {
			continue
		}
		if it.textFrom == TextFromPage && it.hasFallback {
			it.textFrom, it.doc = TextFromSummary, it.fallback
			again = append(again, it.fallback)
			byHash[it.fallback.RawHash] = append(byHash[it.fallback.RawHash], it)
			retried[it.fallback.Source] = it
			continue
		}
		it.err = e
	}
	if len(again) > 0 {
		skipped, err := f.ingestDocs(ctx, again, byHash, rep, stories)
		if err != nil {
			return err
		}
		for _, e := range skipped {
			if it := retried[errSource(e)]; it != nil {
				it.err = e
			}
		}
	}
	return f.record(ctx, jobs)
}

// ingestDocs ingests docs and gives each new article to the first item
// that carried its bytes; it returns the documents refused.
func (f *Fetcher) ingestDocs(ctx context.Context, docs []chorus.Document, byHash map[string][]*item, rep *Report, stories map[chorus.StoryID]bool) ([]error, error) {
	if len(docs) == 0 {
		return nil, nil
	}
	res, err := f.Desk.Ingest(ctx, docs)
	if err != nil {
		return nil, fmt.Errorf("ingest fetched articles: %w", err)
	}
	rep.Added = append(rep.Added, res.Added...)
	for _, sid := range res.Stories {
		if !stories[sid] {
			stories[sid] = true
			rep.Stories = append(rep.Stories, sid)
		}
	}
	for _, a := range res.Added {
		for _, it := range byHash[a.RawHash] {
			if it.article == nil {
				it.article = a
				break
			}
		}
	}
	return res.Skipped, nil
}

func errSource(err error) string {
	var ie *chorus.InputError
	if errors.As(err, &ie) {
		return ie.Source
	}
	return ""
}

// record stores, for every entry handled, the URLs it was reached by and
// what the feed said about it. Entries that failed for a reason worth
// retrying are left out, so the next run tries them again.
func (f *Fetcher) record(ctx context.Context, jobs []*job) error {
	now := f.Clock.Now()
	var aliases []Alias
	var entries []EntryRecord
	for _, j := range jobs {
		for _, it := range j.items {
			if it.hasDoc && it.article == nil && it.err == nil {
				it.duplicate = true
			}
			if it.err != nil && temporary(it.err) {
				continue
			}
			canonical := firstNonEmpty(it.canonical, it.keys[0])
			var id chorus.ArticleID
			if it.article != nil {
				id = it.article.ID
				if it.article.URL != "" {
					canonical = Canonical(it.article.URL)
				}
			}
			keys := it.keys
			if !contains(keys, canonical) {
				keys = append(keys, canonical)
			}
			for _, k := range keys {
				aliases = append(aliases, Alias{URL: k, Canonical: canonical, Article: id})
			}
			if it.article == nil && !it.duplicate {
				continue
			}
			e := it.entry
			entries = append(entries, EntryRecord{
				Source: j.src.ID, URL: canonical, Article: id, GUID: e.GUID, Title: e.Title,
				Authors: e.Authors, Categories: e.Categories, Published: e.Published, Updated: e.Updated,
				TextFrom: it.textFrom, Seen: now,
			})
		}
	}
	if err := f.Store.PutAliases(ctx, aliases); err != nil {
		return fmt.Errorf("record url aliases: %w", err)
	}
	if err := f.Store.PutEntries(ctx, entries); err != nil {
		return fmt.Errorf("record feed entries: %w", err)
	}
	return nil
}

// temporary reports whether an entry's failure may go away by itself.
func temporary(err error) bool {
	var fe *fetch.Error
	return errors.As(err, &fe) && fe.Temporary()
}

// finish works out a source's report and new state from its fetch.
func (f *Fetcher) finish(j *job) SourceReport {
	now := f.Clock.Now()
	s := j.src
	st := s.SourceState
	st.Runs++
	st.LastFetch = now
	r := SourceReport{Known: j.known, Duplicates: j.dups, Err: j.err}
	var fe *fetch.Error
	switch {
	case j.err != nil && errors.As(j.err, &fe) && fe.Kind == fetch.KindDeferred:
		st.Status, st.Error, st.NewLast = StatusDeferred, j.err.Error(), 0
		st.NextRun = now.Add(max(fe.RetryAfter, time.Minute)).Round(time.Second)
	case j.err != nil:
		st.Status, st.Error, st.NewLast = StatusFailed, j.err.Error(), 0
		st.Failures++
		var retryAfter time.Duration
		if fe != nil {
			retryAfter = fe.RetryAfter
		}
		st.NextRun = NextRun(now, s.URL, st.Runs, s.Interval, st.Failures, retryAfter)
	case j.notModified:
		st.Status, st.Error, st.Failures, st.NewLast = StatusNotModified, "", 0, 0
		st.NextRun = NextRun(now, s.URL, st.Runs, s.Interval, 0, 0)
	default:
		for _, it := range j.items {
			switch {
			case it.article != nil:
				r.New++
				if it.textFrom == TextFromSummary {
					r.FromSummary++
				}
			case it.err != nil:
				r.Skipped = append(r.Skipped, it.err)
			case it.duplicate:
				r.Duplicates++
			}
		}
		st.Status, st.Error, st.Failures = StatusOK, "", 0
		st.NewLast = r.New
		st.NewTotal += r.New
		if !j.temporary {
			st.ETag, st.LastModified = j.res.ETag, j.res.LastModified
		}
		st.NextRun = NextRun(now, s.URL, st.Runs, s.Interval, 0, 0)
	}
	s.SourceState = st
	r.Source = s
	return r
}
