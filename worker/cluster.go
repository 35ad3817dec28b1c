package worker

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/postgres"
)

// clusterResult is what a clustering step records.
type clusterResult struct {
	Batches int   `json:"batches"`
	Placed  int   `json:"placed"`
	Stories int   `json:"stories"`
	Merged  int   `json:"merged"`
	Seq     int64 `json:"seq"`
}

// cluster runs one clustering step: in one transaction, under the
// clustering lock, catch up with the log, place the articles of the
// batches ready in submission order, write their stories, and mark the
// batches and the job done. When the lock is taken the job is handed back
// to wait its turn; when more batches are ready than one step takes, the
// job is asked for again.
func (w *Worker) cluster(ctx context.Context, j *postgres.Job) error {
	w.deskOnce.Do(func() { w.desk = NewSharedDesk(w.Store, w.Options, w.Log.With("worker", w.ID)) })
	var res clusterResult
	start := time.Now()
	err := w.desk.Step(ctx, func(tx *postgres.Store, d *pipeline.Desk) error {
		batches, err := tx.ReadyBatches(ctx, w.ClusterBatches)
		if err != nil {
			return err
		}
		var ids []chorus.ArticleID
		var jobs []string
		for _, b := range batches {
			jobs = append(jobs, b.JobID)
			for _, id := range b.Articles {
				ids = append(ids, chorus.ArticleID(id))
			}
		}
		placed, err := d.Place(ctx, ids)
		if err != nil {
			return err
		}
		if err := tx.MarkClustered(ctx, jobs); err != nil {
			return err
		}
		res = clusterResult{Batches: len(batches), Placed: len(placed.Added), Stories: len(placed.Stories),
			Merged: len(placed.Merged), Seq: d.Seq()}
		blob, err := json.Marshal(res)
		if err != nil {
			return err
		}
		if err := tx.Complete(ctx, j, blob); err != nil {
			return err
		}
		if len(batches) == w.ClusterBatches {
			return requestClustering(ctx, tx)
		}
		return nil
	})
	if errors.Is(err, ErrClusterBusy) {
		return errBusy
	}
	if err != nil {
		return fmt.Errorf("clustering step: %w", err)
	}
	w.count(func(s *Stats) {
		s.Placed += res.Placed
		s.Cluster += time.Since(start)
	})
	return nil
}
