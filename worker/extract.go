package worker

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/postgres"
)

// BatchSize is how many documents an extract job holds by default: the
// batch `chorus ingest` extracts together, so that lines a source repeats
// across a batch are recognised as its boilerplate alike on both paths.
const BatchSize = 200

// extractPayload is an extract job's payload.
type extractPayload struct {
	Docs []chorus.Document `json:"docs"`
}

// Submit enqueues docs as extract jobs of up to size documents each, in
// order, and returns the ids of the jobs and how many were new. A job's id
// is the hash of its documents' raw hashes, so submitting the same batch
// again adds nothing.
func Submit(ctx context.Context, store *postgres.Store, docs []chorus.Document, size int) (ids []string, added int, err error) {
	if size <= 0 {
		size = BatchSize
	}
	var jobs []postgres.NewJob
	for start := 0; start < len(docs); start += size {
		batch := docs[start:min(start+size, len(docs))]
		parts := [][]byte{[]byte(KindExtract)}
		for _, d := range batch {
			parts = append(parts, []byte(d.RawHash))
		}
		payload, err := json.Marshal(extractPayload{Docs: batch})
		if err != nil {
			return nil, 0, fmt.Errorf("submit: %w", err)
		}
		id := "x" + chorus.ContentHash(parts...)[:31]
		ids = append(ids, id)
		jobs = append(jobs, postgres.NewJob{ID: id, Kind: KindExtract, Payload: payload, Priority: 1})
	}
	added, err = store.Enqueue(ctx, jobs...)
	if err != nil {
		return nil, 0, fmt.Errorf("submit: %w", err)
	}
	return ids, added, nil
}

// extract runs an extract job: extract and analyse outside any
// transaction (the costly part), then store articles, analyses and the
// job's completion together, and ask for a clustering step.
func (w *Worker) extract(ctx context.Context, j *postgres.Job) error {
	var p extractPayload
	if err := json.Unmarshal(j.Payload, &p); err != nil {
		return permanentError{fmt.Errorf("extract job payload: %w", err)}
	}
	t0 := time.Now()
	arts, skipped := pipeline.Extract(p.Docs)
	arts = pipeline.StreamOrder(arts)
	result := postgres.BatchResult{Articles: make([]string, len(arts))}
	ids := make([]chorus.ArticleID, len(arts))
	for i, a := range arts {
		result.Articles[i] = string(a.ID)
		ids[i] = a.ID
	}
	for _, e := range skipped {
		result.Skipped = append(result.Skipped, e.Error())
	}
	t1 := time.Now()
	// The same bytes may come in several batches; the earliest batch's
	// reading is the one kept (see PutBatchArticle). This job analyses the
	// articles it may store: new ones, and those stored from a later batch.
	stored, err := w.Store.ArticleBatches(ctx, ids)
	if err != nil {
		return err
	}
	ans := map[chorus.ArticleID]*chorus.Analysis{}
	for _, a := range arts {
		if b, ok := stored[a.ID]; !ok || b.Replaceable(j.Seq) {
			ans[a.ID] = analyze.Analyze(a)
		}
		if err := ctx.Err(); err != nil {
			return err
		}
	}
	blob, err := json.Marshal(result)
	if err != nil {
		return err
	}
	t2 := time.Now()
	// Articles are inserted in id order, so that two jobs holding the same
	// articles lock them in the same order and never deadlock.
	byID := slices.Clone(arts)
	slices.SortFunc(byID, func(a, b *chorus.Article) int {
		return cmpString(string(a.ID), string(b.ID))
	})
	created := 0
	err = w.Store.InTx(ctx, func(tx *postgres.Store) error {
		created = 0
		var fresh, replaced []*chorus.Analysis
		for _, a := range byID {
			ok, isNew, err := tx.PutBatchArticle(ctx, a, j.Seq)
			if err != nil {
				return err
			}
			if !ok {
				// An earlier batch's reading is stored (perhaps since the
				// check above); its analysis is that batch's to store.
				continue
			}
			an := ans[a.ID]
			if an == nil {
				// The check above found a reading this job could not
				// replace; one that can be replaced now cannot have been
				// stored since, but an analysis is cheap insurance.
				an = analyze.Analyze(a)
			}
			if isNew {
				created++
				fresh = append(fresh, an)
			} else {
				replaced = append(replaced, an)
			}
		}
		if err := tx.PutAnalyses(ctx, fresh); err != nil {
			return err
		}
		if err := tx.ReplaceAnalyses(ctx, replaced); err != nil {
			return err
		}
		if err := tx.Complete(ctx, j, blob); err != nil {
			return err
		}
		if w.beforeCommit != nil {
			w.beforeCommit()
		}
		return requestClustering(ctx, tx)
	})
	if err != nil {
		return fmt.Errorf("store batch: %w", err)
	}
	w.count(func(s *Stats) {
		s.Articles += created
		s.Extract += t1.Sub(t0)
		s.Analyze += t2.Sub(t1)
		s.Store += time.Since(t2)
	})
	return nil
}

func cmpString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// clusterJob is the one clustering job; Request queues it.
var clusterJob = postgres.NewJob{ID: "cluster", Kind: KindCluster, Payload: []byte{}, Priority: 0}

func requestClustering(ctx context.Context, s *postgres.Store) error {
	return s.Request(ctx, clusterJob)
}
