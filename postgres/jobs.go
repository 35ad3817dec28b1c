package postgres

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"
)

// The job queue is a table claimed with FOR UPDATE SKIP LOCKED. That is
// enough here because the jobs are few and coarse (a batch of documents, a
// clustering step, a source), so the queue sees a few claims a second, not
// thousands; and a queue in the store's own schema and transactions lets a
// job commit its results and its completion atomically, which is what
// makes retries safe.

// Job states.
const (
	JobQueued  = "queued"
	JobRunning = "running"
	JobRetry   = "retry" // failed, waiting for its next attempt
	JobDone    = "done"
	JobFailed  = "failed" // out of attempts
)

// ErrLostLease is returned when a job's lease ran out and another worker
// took the job: the caller must drop what it did.
var ErrLostLease = errors.New("job lease lost")

// Job is one unit of work in the queue.
type Job struct {
	ID          string
	Seq         int64
	Kind        string
	State       string
	Payload     []byte
	Result      []byte
	Attempts    int
	MaxAttempts int
	RunAt       time.Time
	LeaseUntil  time.Time
	Worker      string
	Error       string
	Created     time.Time
	Started     time.Time
	Finished    time.Time
}

// NewJob is a job to enqueue.
type NewJob struct {
	// ID names the work (a content hash): a job whose id exists is not added.
	ID      string
	Kind    string
	Payload []byte
	// Priority orders ready jobs, lower first; then submission order.
	Priority int
	// MaxAttempts bounds the attempts; 10 when zero.
	MaxAttempts int
	// Delay holds a job requested with Request back this long from the
	// request that queues it, so that requests arriving meanwhile are
	// served by one run (see Request).
	Delay time.Duration
}

const jobColumns = `id, seq, kind, state, payload, result, attempts, max_attempts, run_at, lease_until,
	worker, error, created, started, finished`

func scanJob(row pgx.Row) (*Job, error) {
	var (
		j                        Job
		lease, started, finished *time.Time
	)
	err := row.Scan(&j.ID, &j.Seq, &j.Kind, &j.State, &j.Payload, &j.Result, &j.Attempts, &j.MaxAttempts,
		&j.RunAt, &lease, &j.Worker, &j.Error, &j.Created, &started, &finished)
	if err != nil {
		return nil, err
	}
	for dst, src := range map[*time.Time]*time.Time{&j.LeaseUntil: lease, &j.Started: started, &j.Finished: finished} {
		if src != nil {
			*dst = *src
		}
	}
	return &j, nil
}

// Enqueue adds the jobs whose ids are new, in the order given, and
// returns how many it added.
func (s *Store) Enqueue(ctx context.Context, jobs ...NewJob) (int, error) {
	added := 0
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		for _, j := range jobs {
			max := j.MaxAttempts
			if max <= 0 {
				max = 10
			}
			tag, err := tx.Exec(ctx, `INSERT INTO jobs (id, kind, priority, payload, max_attempts)
				VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`, j.ID, j.Kind, j.Priority, j.Payload, max)
			if err != nil {
				return fmt.Errorf("job %s: %w", j.ID, err)
			}
			added += int(tag.RowsAffected())
		}
		return nil
	})
	if err != nil {
		return 0, fmt.Errorf("enqueue: %w", err)
	}
	return added, nil
}

// Claim takes the next ready job — queued, due for a retry, or running
// under a lease that ran out — of one of kinds (any kind when none are
// given), marks it running under worker's lease and returns it; nil when
// no job is ready. Jobs locked by another claim are skipped, not waited for.
func (s *Store) Claim(ctx context.Context, worker string, lease time.Duration, kinds ...string) (*Job, error) {
	row := s.q.QueryRow(ctx, `WITH next AS (
			SELECT id FROM jobs
			WHERE ((state IN ('queued', 'retry') AND run_at <= now())
			   OR (state = 'running' AND lease_until < now()))
			  AND (coalesce(cardinality($3::text[]), 0) = 0 OR kind = ANY ($3))
			ORDER BY priority, seq
			LIMIT 1
			FOR UPDATE SKIP LOCKED)
		UPDATE jobs j SET state = 'running', attempts = j.attempts + 1, worker = $1,
			lease_until = now() + $2::interval, started = now(), again = false
		FROM next WHERE j.id = next.id
		RETURNING `+qualified("j", jobColumns), worker, lease, kinds)
	j, err := scanJob(row)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("claim job: %w", err)
	}
	return j, nil
}

// fence is the condition that j is still the attempt this worker claimed.
const fence = `id = $1 AND attempts = $2 AND state = 'running'`

// Extend renews j's lease; ErrLostLease when the job was taken from us.
func (s *Store) Extend(ctx context.Context, j *Job, lease time.Duration) error {
	tag, err := s.q.Exec(ctx, `UPDATE jobs SET lease_until = now() + $3::interval WHERE `+fence, j.ID, j.Attempts, lease)
	if err != nil {
		return fmt.Errorf("extend lease of job %s: %w", j.ID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("extend lease of job %s: %w", j.ID, ErrLostLease)
	}
	return nil
}

// Complete marks j done with its result; ErrLostLease when the job was
// taken from us (the caller's transaction must then roll back). A job
// asked for again while it ran is queued again instead.
func (s *Store) Complete(ctx context.Context, j *Job, result []byte) error {
	tag, err := s.q.Exec(ctx, `UPDATE jobs SET
			state = CASE WHEN again THEN 'queued' ELSE 'done' END,
			attempts = CASE WHEN again THEN 0 ELSE attempts END,
			run_at = now(), again = false, result = $3, error = '', lease_until = NULL,
			finished = CASE WHEN again THEN NULL ELSE now() END
		WHERE `+fence, j.ID, j.Attempts, result)
	if err != nil {
		return fmt.Errorf("complete job %s: %w", j.ID, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("complete job %s: %w", j.ID, ErrLostLease)
	}
	return nil
}

// Fail records why j failed. It is retried after retryIn unless it has
// used its attempts (or permanent is set), in which case it fails for
// good; final reports which.
func (s *Store) Fail(ctx context.Context, j *Job, cause error, retryIn time.Duration, permanent bool) (final bool, err error) {
	msg := cause.Error()
	var state string
	err = s.q.QueryRow(ctx, `UPDATE jobs SET
			state = CASE WHEN $5 OR attempts >= max_attempts THEN 'failed' ELSE 'retry' END,
			error = $3, run_at = now() + $4::interval, lease_until = NULL,
			finished = CASE WHEN $5 OR attempts >= max_attempts THEN now() END
		WHERE `+fence+` RETURNING state`, j.ID, j.Attempts, msg, retryIn, permanent).Scan(&state)
	if errors.Is(err, pgx.ErrNoRows) {
		return false, fmt.Errorf("fail job %s: %w", j.ID, ErrLostLease)
	}
	if err != nil {
		return false, fmt.Errorf("fail job %s: %w", j.ID, err)
	}
	return state == JobFailed, nil
}

// Release puts j back in the queue after d without counting the attempt:
// the worker is stopping, or the job could not start yet.
func (s *Store) Release(ctx context.Context, j *Job, d time.Duration) error {
	_, err := s.q.Exec(ctx, `UPDATE jobs SET state = 'queued', attempts = attempts - 1,
			run_at = now() + $3::interval, lease_until = NULL
		WHERE `+fence, j.ID, j.Attempts, d)
	if err != nil {
		return fmt.Errorf("release job %s: %w", j.ID, err)
	}
	return nil
}

// Request queues the job with id (adding it when new): a job that is done
// or failed runs again, one running is queued again when it finishes, and
// one already waiting stays as it is. It is how a singleton job, such as
// the clustering step or a story's rebuild, is asked for from many places
// without losing a request or running twice at once. A request that
// queues the job makes it due after j.Delay; later requests do not push
// it back, so a job waits at most that long.
func (s *Store) Request(ctx context.Context, j NewJob) error {
	_, err := s.q.Exec(ctx, `INSERT INTO jobs (id, kind, priority, payload, max_attempts, run_at)
		VALUES ($1, $2, $3, $4, 10, now() + $5::interval)
		ON CONFLICT (id) DO UPDATE SET
			state = CASE WHEN jobs.state IN ('done', 'failed') THEN 'queued' ELSE jobs.state END,
			attempts = CASE WHEN jobs.state IN ('done', 'failed') THEN 0 ELSE jobs.attempts END,
			run_at = CASE WHEN jobs.state IN ('done', 'failed') THEN excluded.run_at ELSE jobs.run_at END,
			again = jobs.state = 'running'`, j.ID, j.Kind, j.Priority, j.Payload, j.Delay)
	if err != nil {
		return fmt.Errorf("request job %s: %w", j.ID, err)
	}
	return nil
}

// Redo asks job id, if it is running, to run once more when it finishes,
// as Request does; a job waiting, done or unknown is left as it is. It is
// for a writer that has just done a job's work itself (the server writing
// the stories it placed): only a run that started before may have read
// less. The job's row stays locked until the transaction ends, so no
// worker claims a waiting job in between and reads the writer's work
// half-done.
func (s *Store) Redo(ctx context.Context, id string) error {
	if _, err := s.q.Exec(ctx, `UPDATE jobs SET again = again OR state = 'running' WHERE id = $1`, id); err != nil {
		return fmt.Errorf("redo job %s: %w", id, err)
	}
	return nil
}

// Retry queues a failed job again with fresh attempts.
func (s *Store) Retry(ctx context.Context, id string) error {
	tag, err := s.q.Exec(ctx, `UPDATE jobs SET state = 'queued', attempts = 0, run_at = now(), finished = NULL,
		clustered = false WHERE id = $1 AND state = 'failed'`, id)
	if err != nil {
		return fmt.Errorf("retry job %s: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("retry job %s: no failed job with that id", id)
	}
	return nil
}

// JobQuery selects jobs for a listing.
type JobQuery struct {
	// States keeps jobs in these states; all when empty.
	States []string
	Kind   string
	// Limit caps the number returned; 100 when zero.
	Limit int
}

// Jobs lists jobs in submission order.
func (s *Store) Jobs(ctx context.Context, q JobQuery) ([]Job, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = 100
	}
	rows, err := s.q.Query(ctx, `SELECT `+jobColumns+` FROM jobs
		WHERE (coalesce(cardinality($1::text[]), 0) = 0 OR state = ANY ($1)) AND ($2 = '' OR kind = $2)
		ORDER BY seq LIMIT $3`, q.States, q.Kind, limit)
	if err != nil {
		return nil, fmt.Errorf("list jobs: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Job, error) {
		j, err := scanJob(r)
		if err != nil {
			return Job{}, err
		}
		return *j, nil
	})
	if err != nil {
		return nil, fmt.Errorf("list jobs: %w", err)
	}
	return out, nil
}

// JobCount is how many jobs of a kind are in a state.
type JobCount struct {
	Kind, State string
	N           int
}

// JobCounts counts jobs by kind and state.
func (s *Store) JobCounts(ctx context.Context) ([]JobCount, error) {
	rows, err := s.q.Query(ctx, `SELECT kind, state, count(*) FROM jobs GROUP BY kind, state ORDER BY kind, state`)
	if err != nil {
		return nil, fmt.Errorf("count jobs: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (JobCount, error) {
		var c JobCount
		err := r.Scan(&c.Kind, &c.State, &c.N)
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("count jobs: %w", err)
	}
	return out, nil
}

// Count runs a query returning one number; tests and chorus migrate use it
// to check the store.
func (s *Store) Count(ctx context.Context, query string, args ...any) (int, error) {
	var n int
	if err := s.q.QueryRow(ctx, query, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count: %w", err)
	}
	return n, nil
}
