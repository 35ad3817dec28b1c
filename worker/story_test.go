package worker

import (
	"context"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/postgres"
	"github.com/chorusnews/chorus/worker/synth"
)

// TestStaleRebuildIsRedone plays the race that story jobs leave open: a
// worker rebuilding a story from an older log writes it after a clustering
// step placed more articles in it. The step asked for the story again
// while the old rebuild ran, so the queue runs it once more, and the
// story ends as one process ingesting everything builds it.
func TestStaleRebuildIsRedone(t *testing.T) {
	ctx := context.Background()
	docs := synth.Documents(600, synth.Options{Seed: 2})
	want := ingestSQLite(t, docs)
	s := openStore(t)
	first, second := docs[:2*BatchSize], docs[2*BatchSize:]
	if _, _, err := Submit(ctx, s, first, BatchSize); err != nil {
		t.Fatal(err)
	}
	drain(t, s, 1)

	// The slow worker: its desk has read the log of the first batches.
	slow := NewSharedDesk(s, pipeline.DefaultOptions, quietLog())
	if err := slow.Load(ctx); err != nil {
		t.Fatal(err)
	}
	sid := largestStory(t, s)
	if err := s.Request(ctx, storyJob(sid, 0)); err != nil {
		t.Fatal(err)
	}
	j, err := s.Claim(ctx, "slow", time.Minute)
	if err != nil || j == nil || j.ID != storyJob(sid, 0).ID {
		t.Fatalf("claim the story job: %v, %+v", err, j)
	}

	// Meanwhile another worker extracts and places the rest.
	if _, _, err := Submit(ctx, s, second, BatchSize); err != nil {
		t.Fatal(err)
	}
	wctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	w := newWorker(s, "fast")
	done := make(chan error, 1)
	go func() { done <- w.Drain(wctx) }()
	waitClustered(t, s)

	// The slow rebuild lands last, from the old log, and completes its job.
	err = s.InTx(ctx, func(tx *postgres.Store) error {
		if err := slow.desk.Using(tx).Rebuild(ctx, sid); err != nil {
			return err
		}
		return tx.Complete(ctx, j, nil)
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := allStories(t, s); got[sid] == want[sid] {
		t.Fatalf("the slow rebuild wrote the final story; the test shows nothing")
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, allStories(t, s)); diff != "" {
		t.Errorf("stories differ from chorus ingest's (-ingest +workers):\n%.3000s", diff)
	}
}

// largestStory is the story with the most articles.
func largestStory(t *testing.T, s *postgres.Store) chorus.StoryID {
	t.Helper()
	sums, err := s.Stories(context.Background(), chorus.StoryQuery{Limit: 1 << 20})
	if err != nil || len(sums) == 0 {
		t.Fatalf("stories: %v (%d)", err, len(sums))
	}
	best := sums[0]
	for _, sum := range sums {
		if sum.Articles > best.Articles {
			best = sum
		}
	}
	return best.ID
}

// waitClustered waits until every extract job is done and the clustering
// step has placed what they stored: only story jobs are left.
func waitClustered(t *testing.T, s *postgres.Store) {
	t.Helper()
	deadline := time.Now().Add(4 * time.Minute)
	for {
		counts, err := s.JobCounts(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		busy := false
		for _, c := range counts {
			if c.Kind != KindStory && c.State != postgres.JobDone {
				busy = true
			}
		}
		if !busy {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("still extracting or clustering: %+v", counts)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestEarliestBatchReadingKept submits the same bytes in two batches with
// different publication times and lets the later batch's extract job
// finish first: the store must keep the earlier batch's reading, as
// `chorus ingest` does, or the stories would depend on which worker was
// faster.
func TestEarliestBatchReadingKept(t *testing.T) {
	ctx := context.Background()
	docs := synth.Documents(2*BatchSize, synth.Options{Seed: 3})
	repost := docs[3]
	repost.Source = "synth/repost.txt"
	repost.Hints.Published = docs[3].Hints.Published.Add(30 * time.Hour)
	docs[BatchSize+5] = repost
	want := ingestSQLite(t, docs)

	s := openStore(t)
	if _, _, err := Submit(ctx, s, docs, BatchSize); err != nil {
		t.Fatal(err)
	}
	w := newWorker(s, "w")
	w.defaults()
	var jobs []*postgres.Job
	for range 2 {
		j, err := s.Claim(ctx, w.ID, time.Minute, KindExtract)
		if err != nil || j == nil {
			t.Fatalf("claim extract job: %v, %v", j, err)
		}
		jobs = append(jobs, j)
	}
	w.run(ctx, jobs[1]) // the later batch commits first
	w.run(ctx, jobs[0])
	arts, _ := pipeline.Extract(docs[3:4])
	got, err := s.Article(ctx, arts[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Published.Equal(docs[3].Hints.Published) {
		t.Errorf("stored the reading published %s, want the first batch's %s", got.Published, docs[3].Hints.Published)
	}
	drain(t, s, 1)
	if diff := cmp.Diff(want, allStories(t, s)); diff != "" {
		t.Errorf("stories differ from chorus ingest's (-ingest +workers):\n%.3000s", diff)
	}
	checkConsistent(t, s, distinct(docs))
}
