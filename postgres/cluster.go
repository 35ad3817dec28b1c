package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
)

// Clustering is one deterministic stream: articles are placed one at a
// time, each against everything placed before. Workers therefore take
// turns: the clustering step runs in one transaction that first takes a
// transaction-scoped advisory lock, then replays what other workers logged
// since, places the new articles, logs them and writes their stories, and
// commits — or, if anything fails (the worker is killed, the server
// restarts), leaves no trace, the lock going with the transaction.

// clusterLockKey names the clustering lock, per schema so that stores in
// different schemas of one database do not wait for each other.
const clusterLockKey = `hashtextextended(current_schema() || '.chorus.cluster', 0)`

// TryClusterLock takes the clustering lock for the rest of the
// transaction; false when another transaction holds it. It must be called
// on a Store made by InTx.
func (s *Store) TryClusterLock(ctx context.Context) (bool, error) {
	if s.tx == nil {
		return false, errors.New("cluster lock: not in a transaction")
	}
	var ok bool
	if err := s.q.QueryRow(ctx, `SELECT pg_try_advisory_xact_lock(`+clusterLockKey+`)`).Scan(&ok); err != nil {
		return false, fmt.Errorf("cluster lock: %w", err)
	}
	return ok, nil
}

// Batch is an extract job as the clusterer sees it: the articles its
// documents yielded, in the order to place them.
type Batch struct {
	JobID    string
	Seq      int64
	Articles []string
	// Failed is set for a job that ran out of attempts: it has no articles
	// and no longer holds the batches after it back.
	Failed bool
}

// BatchResult is what an extract job records as its result.
type BatchResult struct {
	// Articles are the ids of the articles the documents yielded, new or
	// stored before, in the order to place them.
	Articles []string `json:"articles"`
	// Skipped say why documents gave no article.
	Skipped []string `json:"skipped,omitempty"`
}

// ReadyBatches returns, in submission order, up to limit extract jobs not
// yet clustered, stopping at the first one still to finish: the
// clusterer places batches strictly in the order they were submitted, so
// that the stories do not depend on which worker finished first.
func (s *Store) ReadyBatches(ctx context.Context, limit int) ([]Batch, error) {
	rows, err := s.q.Query(ctx, `SELECT id, seq, state, result FROM jobs
		WHERE kind = 'extract' AND NOT clustered ORDER BY seq LIMIT $1`, limit)
	if err != nil {
		return nil, fmt.Errorf("ready batches: %w", err)
	}
	defer rows.Close()
	var out []Batch
	for rows.Next() {
		var (
			b      Batch
			state  string
			result []byte
		)
		if err := rows.Scan(&b.JobID, &b.Seq, &state, &result); err != nil {
			return nil, fmt.Errorf("ready batches: %w", err)
		}
		if state != JobDone && state != JobFailed {
			break
		}
		if state == JobFailed {
			b.Failed = true
		} else {
			var r BatchResult
			if err := json.Unmarshal(result, &r); err != nil {
				return nil, fmt.Errorf("ready batches: job %s result: %w", b.JobID, err)
			}
			b.Articles = r.Articles
		}
		out = append(out, b)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("ready batches: %w", err)
	}
	return out, nil
}

// MarkClustered records that the batches' articles are placed.
func (s *Store) MarkClustered(ctx context.Context, jobIDs []string) error {
	if len(jobIDs) == 0 {
		return nil
	}
	if _, err := s.q.Exec(ctx, `UPDATE jobs SET clustered = true WHERE id = ANY ($1)`, jobIDs); err != nil {
		return fmt.Errorf("mark batches clustered: %w", err)
	}
	return nil
}

// AddBatch records articles extracted outside the queue (a fetch job's) as
// a finished extract job, so the clusterer places them in turn.
func (s *Store) AddBatch(ctx context.Context, id string, r BatchResult) error {
	blob, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("add batch: %w", err)
	}
	_, err = s.q.Exec(ctx, `INSERT INTO jobs (id, kind, state, payload, result, finished)
		VALUES ($1, 'extract', 'done', '', $2, now()) ON CONFLICT (id) DO NOTHING`, id, blob)
	if err != nil {
		return fmt.Errorf("add batch: %w", err)
	}
	return nil
}
