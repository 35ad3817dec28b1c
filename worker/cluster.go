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
// batches ready in submission order, delete the stories they merged away,
// ask for a story job for each story they touched or merged away (the
// rebuilds, the costly part, run outside the lock), and mark the batches
// and the job done. When the lock is taken the job is handed back
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
		placed, err := d.Assign(ctx, ids)
		if err != nil {
			return err
		}
		if err := requestStories(ctx, tx, placed, w.StoryDelay); err != nil {
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

// storyJob is the job that rebuilds story sid. It is one job per story,
// asked for with Request, so a story is never rebuilt by two workers at
// once, and the requests that arrive while it waits (delay, at most) are
// served by one rebuild: under a steady stream a story that every
// clustering step touches is rebuilt once per delay, not once per step.
// It runs before extract jobs (priority 0, after the clustering job, which
// is older), so stories follow their articles closely.
func storyJob(sid chorus.StoryID, delay time.Duration) postgres.NewJob {
	return postgres.NewJob{ID: "story:" + string(sid), Kind: KindStory, Payload: []byte(sid), Priority: 0, Delay: delay}
}

// requestStories asks for the stories a placement touched or merged away
// to be rebuilt (a merged story's job deletes it, again, should a rebuild
// that started before the merge have written it back).
func requestStories(ctx context.Context, tx *postgres.Store, r pipeline.Result, delay time.Duration) error {
	for _, list := range [][]chorus.StoryID{r.Stories, r.Merged} {
		for _, sid := range list {
			if err := tx.Request(ctx, storyJob(sid, delay)); err != nil {
				return err
			}
		}
	}
	return nil
}

// story runs a story job: rebuild the story from the clustering log and
// complete the job in the same transaction.
func (w *Worker) story(ctx context.Context, j *postgres.Job) error {
	sid := chorus.StoryID(j.Payload)
	if sid == "" {
		return permanentError{errors.New("story job without a story id")}
	}
	w.deskOnce.Do(func() { w.desk = NewSharedDesk(w.Store, w.Options, w.Log.With("worker", w.ID)) })
	start := time.Now()
	err := w.desk.Rebuild(ctx, sid, func(tx *postgres.Store) error { return tx.Complete(ctx, j, nil) })
	if err != nil {
		return fmt.Errorf("rebuild story %s: %w", sid, err)
	}
	w.count(func(s *Stats) {
		s.Rebuilt++
		s.Rebuild += time.Since(start)
	})
	return nil
}
