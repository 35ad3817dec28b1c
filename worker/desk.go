package worker

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/postgres"
)

// ErrClusterBusy says another process holds the clustering lock.
var ErrClusterBusy = fmt.Errorf("clustering lock held by another process: %w", chorus.ErrBusy)

// SharedDesk is one process's clustering state over a PostgreSQL store
// that other processes write too. Clustering is one stream (see
// postgres/cluster.go), so every step that places articles runs in one
// transaction under the clustering lock, after replaying what the others
// logged since. Workers run their cluster jobs through it, and chorus serve
// ingests what is POSTed through it, so the two take turns. Unlike
// pipeline.Open it repairs nothing at start: that is for a single writer,
// and here others are writing.
type SharedDesk struct {
	store *postgres.Store
	opts  pipeline.Options
	log   *slog.Logger
	// LockWait is how long Ingest waits for the clustering lock before
	// giving up; 30 seconds when zero.
	LockWait time.Duration

	mu   sync.Mutex
	desk *pipeline.Desk // nil until the first step, and after a failed one
}

// NewSharedDesk returns a desk over store that loads the clustering log on
// its first step. log receives warnings; slog.Default when nil.
func NewSharedDesk(store *postgres.Store, opts pipeline.Options, log *slog.Logger) *SharedDesk {
	if log == nil {
		log = slog.Default()
	}
	return &SharedDesk{store: store, opts: opts, log: log}
}

// Load replays the clustering log now, so the first step does not wait
// for it.
func (s *SharedDesk) Load(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.load(ctx)
}

func (s *SharedDesk) load(ctx context.Context) error {
	if s.desk != nil {
		return nil
	}
	d, err := pipeline.Load(ctx, s.store, s.opts)
	if err != nil {
		return err
	}
	if n := d.Diverged(); n > 0 {
		s.log.Warn("clustering log replays differently here (other options or version?)", "placements", n)
	}
	s.desk = d
	return nil
}

// Step runs fn in one transaction holding the clustering lock, with a desk
// caught up with the log that reads and writes through the transaction.
// When another process holds the lock it returns ErrClusterBusy at once.
// When fn or the commit fails, the transaction leaves no trace, and the
// state placed in memory is dropped to be loaded again.
func (s *SharedDesk) Step(ctx context.Context, fn func(tx *postgres.Store, d *pipeline.Desk) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.load(ctx); err != nil {
		return err
	}
	err := s.store.InTx(ctx, func(tx *postgres.Store) error {
		ok, err := tx.TryClusterLock(ctx)
		if err != nil {
			return err
		}
		if !ok {
			return ErrClusterBusy
		}
		d := s.desk.Using(tx)
		if err := d.Sync(ctx); err != nil {
			return err
		}
		return fn(tx, d)
	})
	if err != nil && !errors.Is(err, ErrClusterBusy) {
		s.desk = nil
	}
	return err
}

// Rebuild writes story sid as the clustering log makes it now, in one
// transaction with done (which completes the job that asked for it). It
// does not take the clustering lock: the log only grows, and a rebuild
// reads what was committed to it. A rebuild that raced a newer placement
// may write a story one step behind; the step that made the placement
// asked for the story again (see requestStories), and the queue runs that
// request after this one, so the last write is always from the whole log.
func (s *SharedDesk) Rebuild(ctx context.Context, sid chorus.StoryID, done func(tx *postgres.Store) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.load(ctx); err != nil {
		return err
	}
	// A failure here leaves the desk as consistent with the store as
	// before: Sync only adds what was committed, and a rebuild writes
	// nothing to the desk but its caches.
	return s.store.InTx(ctx, func(tx *postgres.Store) error {
		d := s.desk.Using(tx)
		if err := d.Sync(ctx); err != nil {
			return err
		}
		if err := d.Rebuild(ctx, sid); err != nil {
			return err
		}
		return done(tx)
	})
}

// Ingest extracts, stores and clusters docs in one step, waiting up to
// LockWait for the clustering lock while a worker holds it. It is the
// server's Ingester on PostgreSQL.
func (s *SharedDesk) Ingest(ctx context.Context, docs []chorus.Document) (pipeline.Result, error) {
	wait := s.LockWait
	if wait <= 0 {
		wait = 30 * time.Second
	}
	deadline := time.Now().Add(wait)
	pause := 20 * time.Millisecond
	for {
		var res pipeline.Result
		err := s.Step(ctx, func(tx *postgres.Store, d *pipeline.Desk) error {
			var err error
			if res, err = d.Ingest(ctx, docs); err != nil {
				return err
			}
			// Ingest wrote its stories itself, so that the caller reads
			// them at once. A story job already running read an older log:
			// it runs again after this, or its write would be the last.
			for _, list := range [][]chorus.StoryID{res.Stories, res.Merged} {
				for _, sid := range list {
					if err := tx.Redo(ctx, storyJob(sid, 0).ID); err != nil {
						return err
					}
				}
			}
			return nil
		})
		if !errors.Is(err, ErrClusterBusy) {
			return res, err
		}
		left := time.Until(deadline)
		if left <= 0 {
			return pipeline.Result{}, fmt.Errorf("ingest: waited %s: %w", wait, err)
		}
		select {
		case <-ctx.Done():
			return pipeline.Result{}, ctx.Err()
		case <-time.After(min(pause, left)):
		}
		pause = min(2*pause, time.Second)
	}
}
