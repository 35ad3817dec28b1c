package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// PutWebhook stores a new subscription.
func (s *Store) PutWebhook(ctx context.Context, w chorus.Webhook) error {
	_, err := s.write.ExecContext(ctx, `INSERT INTO webhooks (id, url, secret, events, key_id, created)
		VALUES (?, ?, ?, ?, ?, ?)`, w.ID, w.URL, w.Secret, strings.Join(w.Events, ","), w.KeyID,
		w.Created.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("put webhook %s: %w", w.ID, err)
	}
	return nil
}

// Webhooks lists every subscription, oldest first.
func (s *Store) Webhooks(ctx context.Context) ([]chorus.Webhook, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT id, url, secret, events, key_id, created FROM webhooks ORDER BY created, id`)
	if err != nil {
		return nil, fmt.Errorf("list webhooks: %w", err)
	}
	defer rows.Close()
	var out []chorus.Webhook
	for rows.Next() {
		var w chorus.Webhook
		var events, created string
		if err := rows.Scan(&w.ID, &w.URL, &w.Secret, &events, &w.KeyID, &created); err != nil {
			return nil, fmt.Errorf("list webhooks: %w", err)
		}
		if events != "" {
			w.Events = strings.Split(events, ",")
		}
		w.Created, _ = time.Parse(time.RFC3339Nano, created)
		out = append(out, w)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list webhooks: %w", err)
	}
	return out, nil
}

// DeleteWebhook removes subscription id and the deliveries it is still
// owed, or returns an error wrapping chorus.ErrNotFound.
func (s *Store) DeleteWebhook(ctx context.Context, id string) error {
	res, err := s.write.ExecContext(ctx, `DELETE FROM webhooks WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("delete webhook %s: %w", id, err)
	}
	if _, err := s.write.ExecContext(ctx, `DELETE FROM webhook_deliveries WHERE hook_id = ?`, id); err != nil {
		return fmt.Errorf("delete webhook %s: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("delete webhook %s: %w", id, err)
	} else if n == 0 {
		return fmt.Errorf("delete webhook %s: %w", id, chorus.ErrNotFound)
	}
	return nil
}

// AnnounceClaim records that a disputed claim of a story has been
// announced; first reports whether this is the first time.
func (s *Store) AnnounceClaim(ctx context.Context, story chorus.StoryID, claim string) (first bool, err error) {
	res, err := s.write.ExecContext(ctx, `INSERT OR IGNORE INTO announced_claims (story_id, claim_id) VALUES (?, ?)`,
		string(story), claim)
	if err != nil {
		return false, fmt.Errorf("announce claim %s/%s: %w", story, claim, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("announce claim %s/%s: %w", story, claim, err)
	}
	return n == 1, nil
}

// QueueDeliveries adds deliveries to the queue, due at once; one already
// queued under its id is left as it is.
func (s *Store) QueueDeliveries(ctx context.Context, ds []chorus.Delivery, now time.Time) error {
	for _, d := range ds {
		_, err := s.write.ExecContext(ctx, `INSERT OR IGNORE INTO webhook_deliveries
			(id, hook_id, event_id, type, body, attempts, due_ms) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			d.ID, d.Hook, d.Event, d.Type, d.Body, d.Attempts, now.UnixMilli())
		if err != nil {
			return fmt.Errorf("queue delivery %s: %w", d.ID, err)
		}
	}
	return nil
}

// ClaimDeliveries takes up to limit deliveries due at now, in queue order,
// and puts them off by lease: a server that stops mid-attempt leaves them
// to be tried again when the lease ends.
func (s *Store) ClaimDeliveries(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]chorus.Delivery, error) {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	defer tx.Rollback() // after Commit a no-op; its error says nothing new
	rows, err := tx.QueryContext(ctx, `SELECT id, hook_id, event_id, type, body, attempts FROM webhook_deliveries
		WHERE due_ms <= ? AND given_up = 0 ORDER BY due_ms, seq LIMIT ?`, now.UnixMilli(), limit)
	if err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	var out []chorus.Delivery
	for rows.Next() {
		var d chorus.Delivery
		if err := rows.Scan(&d.ID, &d.Hook, &d.Event, &d.Type, &d.Body, &d.Attempts); err != nil {
			rows.Close()
			return nil, fmt.Errorf("claim deliveries: %w", err)
		}
		out = append(out, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	for _, d := range out {
		if _, err := tx.ExecContext(ctx, `UPDATE webhook_deliveries SET due_ms = ? WHERE id = ?`,
			now.Add(lease).UnixMilli(), d.ID); err != nil {
			return nil, fmt.Errorf("claim deliveries: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	return out, nil
}

// RetryDelivery records a failed attempt and when to try again.
func (s *Store) RetryDelivery(ctx context.Context, id string, at time.Time, lastErr string) error {
	_, err := s.write.ExecContext(ctx, `UPDATE webhook_deliveries
		SET attempts = attempts + 1, due_ms = ?, last_error = ? WHERE id = ?`, at.UnixMilli(), lastErr, id)
	if err != nil {
		return fmt.Errorf("retry delivery %s: %w", id, err)
	}
	return nil
}

// EndDelivery takes a delivery off the queue: delivered, or given up.
func (s *Store) EndDelivery(ctx context.Context, id string) error {
	if _, err := s.write.ExecContext(ctx, `DELETE FROM webhook_deliveries WHERE id = ?`, id); err != nil {
		return fmt.Errorf("end delivery %s: %w", id, err)
	}
	return nil
}

// GiveUpDelivery keeps a delivery whose attempts ran out, out of the
// queue's way, for its owner to see and send again; a webhook keeps its
// chorus.KeepGivenUp latest, so a receiver gone for good cannot fill the
// store.
func (s *Store) GiveUpDelivery(ctx context.Context, id string, lastErr string) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("give up delivery %s: %w", id, err)
	}
	defer tx.Rollback() // after Commit a no-op; its error says nothing new
	var hook string
	err = tx.QueryRowContext(ctx, `UPDATE webhook_deliveries
		SET attempts = attempts + 1, due_ms = ?, last_error = ?, given_up = 1 WHERE id = ? RETURNING hook_id`,
		int64(math.MaxInt64), lastErr, id).Scan(&hook)
	if errors.Is(err, sql.ErrNoRows) {
		return nil // its webhook was deleted meanwhile
	}
	if err != nil {
		return fmt.Errorf("give up delivery %s: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM webhook_deliveries WHERE hook_id = ?1 AND given_up = 1 AND seq <=
		(SELECT seq FROM webhook_deliveries WHERE hook_id = ?1 AND given_up = 1 ORDER BY seq DESC LIMIT 1 OFFSET ?2)`,
		hook, chorus.KeepGivenUp); err != nil {
		return fmt.Errorf("give up delivery %s: %w", id, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("give up delivery %s: %w", id, err)
	}
	return nil
}

// RedeliverGivenUp puts a webhook's given-up deliveries back in the
// queue, due at now with their attempts counted afresh, and says how many.
func (s *Store) RedeliverGivenUp(ctx context.Context, hook string, now time.Time) (int, error) {
	res, err := s.write.ExecContext(ctx, `UPDATE webhook_deliveries
		SET given_up = 0, attempts = 0, due_ms = ? WHERE hook_id = ? AND given_up = 1`, now.UnixMilli(), hook)
	if err != nil {
		return 0, fmt.Errorf("redeliver webhook %s: %w", hook, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("redeliver webhook %s: %w", hook, err)
	}
	return int(n), nil
}

// DeliveryBacklogs tells, per webhook with deliveries queued or given
// up, how many there are and how many have failed so far.
func (s *Store) DeliveryBacklogs(ctx context.Context) (map[string]chorus.DeliveryBacklog, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT hook_id, SUM(given_up = 0), SUM(given_up = 0 AND attempts > 0), SUM(given_up),
		COALESCE((SELECT last_error FROM webhook_deliveries l WHERE l.hook_id = d.hook_id AND l.attempts > 0
			ORDER BY l.seq DESC LIMIT 1), '')
		FROM webhook_deliveries d GROUP BY hook_id`)
	if err != nil {
		return nil, fmt.Errorf("delivery backlogs: %w", err)
	}
	defer rows.Close()
	out := map[string]chorus.DeliveryBacklog{}
	for rows.Next() {
		var id string
		var b chorus.DeliveryBacklog
		if err := rows.Scan(&id, &b.Pending, &b.Failing, &b.GivenUp, &b.LastError); err != nil {
			return nil, fmt.Errorf("delivery backlogs: %w", err)
		}
		out[id] = b
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("delivery backlogs: %w", err)
	}
	return out, nil
}
