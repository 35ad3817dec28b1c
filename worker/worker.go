// Package worker runs chorus's scale-out ingest: any number of worker
// processes, on any number of machines, take jobs from the queue in one
// PostgreSQL store (postgres.Store) and share the work of fetching,
// extracting, analysing and clustering.
//
// Four kinds of job exist. An extract job holds a batch of documents: a
// worker extracts and analyses them, then stores the articles, their
// analyses and the job's completion in one transaction. A fetch job reads
// one source and does the same with what it found. A cluster job places
// the articles of finished batches into events and stories; it runs under
// a lock, one at a time, batches strictly in submission order (see
// postgres.ReadyBatches), so the placements are the same however many
// workers ran and whichever finished first, and asks for a story job per
// story it touched. A story job rebuilds one story outside the lock, on
// any worker, so the costly part of clustering scales with the workers.
//
// Every job is idempotent — ids are content hashes, articles are stored
// at most once, a job commits its results together with its completion —
// so a job whose worker died is simply run again once its lease runs out.
// Failed jobs are retried with exponential backoff, up to their attempts.
package worker

import (
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/chorusnews/chorus/fetch"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/postgres"
)

// Job kinds.
const (
	KindExtract = "extract"
	KindCluster = "cluster"
	KindFetch   = "fetch"
	KindStory   = "story"
)

// Worker takes jobs from the queue and runs them until its context ends.
type Worker struct {
	Store *postgres.Store
	// ID names the worker in the queue; host:pid when empty.
	ID string
	// Options configure the stages.
	Options pipeline.Options
	// Lease is how long a claimed job stays the worker's without a renewal;
	// it is renewed every third of it. A job of a worker that died is run
	// again this long after. 30s when zero.
	Lease time.Duration
	// Poll is how long an idle worker waits before looking again; 250ms when zero.
	Poll time.Duration
	// Backoff is the wait before a failed job's first retry, doubled for
	// each further attempt up to MaxBackoff; 1s and 5m when zero.
	Backoff, MaxBackoff time.Duration
	// ClusterBatches caps the batches one clustering step places; 10 when zero.
	ClusterBatches int
	// StoryDelay is how long a story's rebuild waits after the clustering
	// step that first asks for it, so that the steps that touch it
	// meanwhile share one rebuild: a bound on how far a story lags its
	// articles, traded for fewer rebuilds under load. 2s when zero; none
	// when negative.
	StoryDelay time.Duration
	// Kinds limits the jobs the worker takes to these kinds; all when
	// empty. Workers that take no cluster or story jobs never load the
	// clustering state (the whole log, replayed), which is what lets many
	// extracting workers run beside a few that cluster.
	Kinds []string
	// Client fetches sources for fetch jobs; fetch jobs fail without one.
	Client *fetch.Client
	// ScheduleEvery is how often the worker enqueues fetch jobs for the
	// due sources (workers agree on the jobs, so any number may); a minute
	// when zero, never when negative or when the worker has no Client.
	ScheduleEvery time.Duration
	// Log receives what the worker does; slog.Default when nil.
	Log *slog.Logger

	// beforeCommit, when set (by tests), runs inside an extract job's
	// transaction before it commits.
	beforeCommit func()

	desk     *SharedDesk // the clustering state, made on the first cluster job
	deskOnce sync.Once

	mu    sync.Mutex
	stats Stats
}

// Stats count what a worker did.
type Stats struct {
	Jobs, Failed, Retried int
	Articles              int // new articles stored by extract and fetch jobs
	Placed                int // articles placed by cluster jobs
	Rebuilt               int // stories written by story jobs
	// Where the time went: extracting, analysing, the extract jobs'
	// transactions, the clustering steps (placing under the lock), and
	// the story jobs (rebuilding and writing stories).
	Extract, Analyze, Store, Cluster, Rebuild time.Duration
}

// Stats returns what the worker has done so far.
func (w *Worker) Stats() Stats {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.stats
}

func (w *Worker) count(f func(*Stats)) {
	w.mu.Lock()
	f(&w.stats)
	w.mu.Unlock()
}

func (w *Worker) defaults() {
	if w.ID == "" {
		host, _ := os.Hostname()
		w.ID = host + ":" + strconv.Itoa(os.Getpid())
	}
	if w.Lease <= 0 {
		w.Lease = 30 * time.Second
	}
	if w.Poll <= 0 {
		w.Poll = 250 * time.Millisecond
	}
	if w.Backoff <= 0 {
		w.Backoff = time.Second
	}
	if w.MaxBackoff <= 0 {
		w.MaxBackoff = 5 * time.Minute
	}
	if w.ClusterBatches <= 0 {
		w.ClusterBatches = 10
	}
	if w.StoryDelay == 0 {
		w.StoryDelay = 2 * time.Second
	}
	w.StoryDelay = max(w.StoryDelay, 0)
	if w.ScheduleEvery == 0 {
		w.ScheduleEvery = time.Minute
	}
	if w.Log == nil {
		w.Log = slog.Default()
	}
	if w.Options.Cluster.EventThreshold == 0 {
		w.Options = pipeline.DefaultOptions
	}
}

// Run claims and runs jobs until ctx ends. When the database cannot be
// reached it waits, doubling the wait up to five seconds, and tries again:
// a worker outlives a restart of PostgreSQL.
func (w *Worker) Run(ctx context.Context) error {
	w.defaults()
	wait := w.Poll
	var scheduled time.Time
	for ctx.Err() == nil {
		if w.Client != nil && w.ScheduleEvery > 0 && time.Since(scheduled) >= w.ScheduleEvery {
			if _, err := ScheduleFetches(ctx, w.Store, time.Now()); err != nil {
				w.Log.Warn("cannot schedule fetches", "worker", w.ID, "err", err)
			} else {
				scheduled = time.Now()
			}
		}
		j, err := w.Store.Claim(ctx, w.ID, w.Lease, w.Kinds...)
		if err != nil {
			if ctx.Err() != nil {
				break
			}
			w.Log.Warn("cannot claim a job; waiting", "worker", w.ID, "wait", wait, "err", err)
			sleep(ctx, wait)
			wait = min(2*wait, 5*time.Second)
			continue
		}
		wait = w.Poll
		if j == nil {
			sleep(ctx, w.Poll)
			continue
		}
		w.run(ctx, j)
	}
	return nil
}

// Drain runs jobs until none is ready or running anywhere (everything
// submitted is done or failed) or ctx ends. Tests and benchmarks use it.
func (w *Worker) Drain(ctx context.Context) error {
	w.defaults()
	for ctx.Err() == nil {
		j, err := w.Store.Claim(ctx, w.ID, w.Lease, w.Kinds...)
		if err != nil {
			sleep(ctx, w.Poll)
			continue
		}
		if j != nil {
			w.run(ctx, j)
			continue
		}
		counts, err := w.Store.JobCounts(ctx)
		if err != nil {
			sleep(ctx, w.Poll)
			continue
		}
		busy := false
		for _, c := range counts {
			if c.State != postgres.JobDone && c.State != postgres.JobFailed {
				busy = true
			}
		}
		if !busy {
			return nil
		}
		sleep(ctx, w.Poll)
	}
	return ctx.Err()
}

// errBusy says a job cannot start now (the clustering lock is taken).
var errBusy = errors.New("busy")

// permanentError marks a failure that retrying cannot mend.
type permanentError struct{ error }

func (e permanentError) Unwrap() error { return e.error }

// run runs one claimed job, renewing its lease while it runs, and records
// the outcome.
func (w *Worker) run(ctx context.Context, j *postgres.Job) {
	log := w.Log.With("worker", w.ID, "job", j.ID, "kind", j.Kind, "attempt", j.Attempts)
	if j.Attempts > j.MaxAttempts {
		// Its workers kept dying under it.
		cause := fmt.Errorf("abandoned: %d attempts ended without a result", j.Attempts-1)
		if _, err := w.Store.Fail(ctx, j, cause, 0, true); err != nil {
			log.Warn("cannot fail job", "err", err)
		}
		return
	}
	jctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var wg sync.WaitGroup
	wg.Go(func() { w.heartbeat(jctx, cancel, j) })
	start := time.Now()
	err := w.handle(jctx, j)
	lost := errors.Is(context.Cause(jctx), postgres.ErrLostLease)
	cancel(nil)
	wg.Wait()
	switch {
	case err == nil:
		w.count(func(s *Stats) { s.Jobs++ })
		log.Debug("job done", "took", time.Since(start).Round(time.Millisecond))
	case errors.Is(err, errBusy):
		if err := w.Store.Release(ctx, j, w.Poll); err != nil {
			log.Warn("cannot release job", "err", err)
		}
	case ctx.Err() != nil:
		// Stopping: hand the job back for another worker.
		if err := w.Store.Release(context.WithoutCancel(ctx), j, 0); err != nil {
			log.Warn("cannot release job", "err", err)
		}
	case lost || errors.Is(err, postgres.ErrLostLease):
		log.Warn("job taken over by another worker", "err", err)
	default:
		var perm permanentError
		final, ferr := w.Store.Fail(ctx, j, err, w.backoff(j), errors.As(err, &perm))
		if ferr != nil {
			log.Warn("cannot record failure; the lease will run out", "err", err, "record", ferr)
			return
		}
		w.count(func(s *Stats) {
			if final {
				s.Failed++
			} else {
				s.Retried++
			}
		})
		log.Warn("job failed", "err", err, "final", final)
	}
}

// heartbeat renews j's lease until ctx ends; when the lease is lost it
// cancels the job.
func (w *Worker) heartbeat(ctx context.Context, cancel context.CancelCauseFunc, j *postgres.Job) {
	t := time.NewTicker(w.Lease / 3)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			err := w.Store.Extend(ctx, j, w.Lease)
			if errors.Is(err, postgres.ErrLostLease) {
				cancel(err)
				return
			}
			// Other errors (the server restarting) are retried at the next
			// tick; if they last, the lease runs out and the job runs again.
		}
	}
}

// backoff is the wait before j's next attempt: Backoff doubled per
// attempt, capped, with a jitter of up to a quarter drawn from the job id
// so that jobs failing together do not return together.
func (w *Worker) backoff(j *postgres.Job) time.Duration {
	d := w.Backoff
	for i := 1; i < j.Attempts && d < w.MaxBackoff; i++ {
		d *= 2
	}
	d = min(d, w.MaxBackoff)
	h := fnv.New32a()
	h.Write([]byte(j.ID))
	return d + time.Duration(h.Sum32()%1000)*d/4000
}

func (w *Worker) handle(ctx context.Context, j *postgres.Job) error {
	switch j.Kind {
	case KindExtract:
		return w.extract(ctx, j)
	case KindCluster:
		return w.cluster(ctx, j)
	case KindFetch:
		return w.fetch(ctx, j)
	case KindStory:
		return w.story(ctx, j)
	}
	return permanentError{fmt.Errorf("unknown job kind %q", j.Kind)}
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
