package worker

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/postgres"
	"github.com/chorusnews/chorus/sources"
)

// fetchPayload is a fetch job's payload.
type fetchPayload struct {
	Source int64 `json:"source"`
}

// ScheduleFetches enqueues a fetch job for every source due at now. The
// job id names the source and its run count, so workers scheduling at the
// same time add each fetch once, and a source is fetched again only after
// its last fetch was recorded.
func ScheduleFetches(ctx context.Context, store *postgres.Store, now time.Time) (int, error) {
	srcs, err := store.Sources(ctx)
	if err != nil {
		return 0, fmt.Errorf("schedule fetches: %w", err)
	}
	var jobs []postgres.NewJob
	for _, s := range srcs {
		if !sources.Due(s, now) {
			continue
		}
		payload, _ := json.Marshal(fetchPayload{Source: s.ID})
		jobs = append(jobs, postgres.NewJob{
			ID:   "fetch:" + strconv.FormatInt(s.ID, 10) + ":" + strconv.Itoa(s.Runs),
			Kind: KindFetch, Payload: payload, Priority: 2, MaxAttempts: 3,
		})
	}
	n, err := store.Enqueue(ctx, jobs...)
	if err != nil {
		return 0, fmt.Errorf("schedule fetches: %w", err)
	}
	return n, nil
}

// fetch runs a fetch job: read the source and its new pages, then extract,
// analyse and store what they hold as a batch for the clusterer.
func (w *Worker) fetch(ctx context.Context, j *postgres.Job) error {
	var p fetchPayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return permanentError{fmt.Errorf("fetch job payload: %w", err)}
	}
	if w.Client == nil {
		return permanentError{errors.New("this worker has no web client")}
	}
	in := &batchIngester{w: w}
	f := &sources.Fetcher{Client: w.Client, Store: w.Store, Desk: in, Workers: 1}
	rep, err := f.Run(ctx, sources.RunOptions{IDs: []int64{p.Source}})
	if err != nil {
		return err
	}
	summary := map[string]int{"sources": len(rep.Sources), "added": len(rep.Added)}
	blob, _ := json.Marshal(summary)
	return w.Store.Complete(ctx, j, blob)
}

// batchIngester is the fetcher's Ingester in a worker: it stores what it
// extracts and leaves the clustering to a cluster job.
type batchIngester struct{ w *Worker }

func (b *batchIngester) Ingest(ctx context.Context, docs []chorus.Document) (pipeline.Result, error) {
	var res pipeline.Result
	var fresh []chorus.Document
	for _, d := range docs {
		seen, err := b.w.Store.HasRaw(ctx, d.RawHash)
		if err != nil {
			return res, err
		}
		if seen {
			res.Duplicates++
			continue
		}
		fresh = append(fresh, d)
	}
	arts, skipped := pipeline.Extract(fresh)
	res.Skipped = skipped
	arts = pipeline.StreamOrder(arts)
	if len(arts) == 0 {
		return res, nil
	}
	ans := make([]*chorus.Analysis, len(arts))
	parts := [][]byte{[]byte(KindFetch)}
	batch := postgres.BatchResult{}
	for i, a := range arts {
		ans[i] = analyze.Analyze(a)
		parts = append(parts, []byte(a.RawHash))
		batch.Articles = append(batch.Articles, string(a.ID))
	}
	err := b.w.Store.InTx(ctx, func(tx *postgres.Store) error {
		res.Added = res.Added[:0]
		for _, a := range arts {
			ok, err := tx.PutArticle(ctx, a)
			if err != nil {
				return err
			}
			if ok {
				res.Added = append(res.Added, a)
			}
		}
		if err := tx.PutAnalyses(ctx, ans); err != nil {
			return err
		}
		if err := tx.AddBatch(ctx, "f"+chorus.ContentHash(parts...)[:31], batch); err != nil {
			return err
		}
		return requestClustering(ctx, tx)
	})
	if err != nil {
		return pipeline.Result{}, fmt.Errorf("store fetched articles: %w", err)
	}
	b.w.count(func(s *Stats) { s.Articles += len(res.Added) })
	return res, nil
}
