package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/chorusnews/chorus"
)

// API keys and webhook subscriptions, kept as the embedded store keeps
// them (sqlite/keys.go, sqlite/webhooks.go), times as RFC 3339 text in UTC.

// PutKey stores a new key; an id that exists already is an error.
func (s *Store) PutKey(ctx context.Context, k chorus.APIKey) error {
	_, err := s.q.Exec(ctx, `INSERT INTO api_keys (id, name, hash, rate_per_minute, created)
		VALUES ($1, $2, $3, $4, $5)`, k.ID, k.Name, k.Hash, k.RatePerMinute, k.Created.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("put key %s: %w", k.ID, err)
	}
	return nil
}

const keyColumns = `id, name, hash, rate_per_minute, created, coalesce(revoked, '')`

func scanKey(row pgx.Row) (chorus.APIKey, error) {
	var k chorus.APIKey
	var created, revoked string
	if err := row.Scan(&k.ID, &k.Name, &k.Hash, &k.RatePerMinute, &created, &revoked); err != nil {
		return k, err
	}
	k.Created, _ = time.Parse(time.RFC3339Nano, created)
	if revoked != "" {
		k.Revoked, _ = time.Parse(time.RFC3339Nano, revoked)
	}
	return k, nil
}

// Key returns the key with id, revoked or not, or an error wrapping
// chorus.ErrNotFound.
func (s *Store) Key(ctx context.Context, id string) (chorus.APIKey, error) {
	k, err := scanKey(s.q.QueryRow(ctx, `SELECT `+keyColumns+` FROM api_keys WHERE id = $1`, id))
	if errors.Is(err, pgx.ErrNoRows) {
		return k, fmt.Errorf("get key %s: %w", id, chorus.ErrNotFound)
	}
	if err != nil {
		return k, fmt.Errorf("get key %s: %w", id, err)
	}
	return k, nil
}

// Keys lists every key, oldest first.
func (s *Store) Keys(ctx context.Context) ([]chorus.APIKey, error) {
	rows, err := s.q.Query(ctx, `SELECT `+keyColumns+` FROM api_keys ORDER BY created, id`)
	if err != nil {
		return nil, fmt.Errorf("list keys: %w", err)
	}
	defer rows.Close()
	var out []chorus.APIKey
	for rows.Next() {
		k, err := scanKey(rows)
		if err != nil {
			return nil, fmt.Errorf("list keys: %w", err)
		}
		out = append(out, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list keys: %w", err)
	}
	return out, nil
}

// RevokeKey marks key id revoked at time at. Revoking a key that does not
// exist or is revoked already yields an error wrapping chorus.ErrNotFound.
func (s *Store) RevokeKey(ctx context.Context, id string, at time.Time) error {
	tag, err := s.q.Exec(ctx, `UPDATE api_keys SET revoked = $1 WHERE id = $2 AND revoked IS NULL`,
		at.UTC().Format(time.RFC3339Nano), id)
	if err != nil {
		return fmt.Errorf("revoke key %s: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("revoke key %s: no working key with that id: %w", id, chorus.ErrNotFound)
	}
	return nil
}

// PutWebhook stores a new subscription.
func (s *Store) PutWebhook(ctx context.Context, w chorus.Webhook) error {
	_, err := s.q.Exec(ctx, `INSERT INTO webhooks (id, url, secret, events, key_id, created)
		VALUES ($1, $2, $3, $4, $5, $6)`, w.ID, w.URL, w.Secret, strings.Join(w.Events, ","), w.KeyID,
		w.Created.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("put webhook %s: %w", w.ID, err)
	}
	return nil
}

// Webhooks lists every subscription, oldest first.
func (s *Store) Webhooks(ctx context.Context) ([]chorus.Webhook, error) {
	rows, err := s.q.Query(ctx, `SELECT id, url, secret, events, key_id, created FROM webhooks ORDER BY created, id`)
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
	tag, err := s.q.Exec(ctx, `DELETE FROM webhooks WHERE id = $1`, id)
	if err != nil {
		return fmt.Errorf("delete webhook %s: %w", id, err)
	}
	if _, err := s.q.Exec(ctx, `DELETE FROM webhook_deliveries WHERE hook_id = $1`, id); err != nil {
		return fmt.Errorf("delete webhook %s: %w", id, err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("delete webhook %s: %w", id, chorus.ErrNotFound)
	}
	return nil
}

// AnnounceClaim records that a disputed claim of a story has been
// announced; first reports whether this is the first time, which holds
// for one caller only however many servers announce at once.
func (s *Store) AnnounceClaim(ctx context.Context, story chorus.StoryID, claim string) (first bool, err error) {
	tag, err := s.q.Exec(ctx, `INSERT INTO announced_claims (story_id, claim_id) VALUES ($1, $2)
		ON CONFLICT DO NOTHING`, string(story), claim)
	if err != nil {
		return false, fmt.Errorf("announce claim %s/%s: %w", story, claim, err)
	}
	return tag.RowsAffected() == 1, nil
}

// QueueDeliveries adds deliveries to the queue, due at once; one already
// queued under its id is left as it is.
func (s *Store) QueueDeliveries(ctx context.Context, ds []chorus.Delivery, now time.Time) error {
	for _, d := range ds {
		_, err := s.q.Exec(ctx, `INSERT INTO webhook_deliveries
			(id, hook_id, event_id, type, body, attempts, due_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)
			ON CONFLICT (id) DO NOTHING`,
			d.ID, d.Hook, d.Event, d.Type, d.Body, d.Attempts, now.UnixMilli())
		if err != nil {
			return fmt.Errorf("queue delivery %s: %w", d.ID, err)
		}
	}
	return nil
}

// ClaimDeliveries takes up to limit deliveries due at now, in queue order,
// and puts them off by lease: a server that stops mid-attempt leaves them
// to be tried again when the lease ends. Servers claiming at once skip
// each other's rows, so no delivery is sent twice at the same time.
func (s *Store) ClaimDeliveries(ctx context.Context, now time.Time, lease time.Duration, limit int) ([]chorus.Delivery, error) {
	rows, err := s.q.Query(ctx, `WITH due AS (
			SELECT seq, due_ms FROM webhook_deliveries WHERE due_ms <= $1 AND NOT given_up
			ORDER BY due_ms, seq LIMIT $2 FOR UPDATE SKIP LOCKED)
		UPDATE webhook_deliveries d SET due_ms = $3 FROM due WHERE d.seq = due.seq
		RETURNING due.due_ms, d.seq, d.id, d.hook_id, d.event_id, d.type, d.body, d.attempts`,
		now.UnixMilli(), limit, now.Add(lease).UnixMilli())
	if err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	defer rows.Close()
	type claimed struct {
		due, seq int64
		d        chorus.Delivery
	}
	var got []claimed
	for rows.Next() {
		var c claimed
		if err := rows.Scan(&c.due, &c.seq, &c.d.ID, &c.d.Hook, &c.d.Event, &c.d.Type, &c.d.Body, &c.d.Attempts); err != nil {
			return nil, fmt.Errorf("claim deliveries: %w", err)
		}
		got = append(got, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claim deliveries: %w", err)
	}
	// RETURNING keeps no order; the queue's is the earliest due first
	slices.SortFunc(got, func(a, b claimed) int {
		return cmp.Or(cmp.Compare(a.due, b.due), cmp.Compare(a.seq, b.seq))
	})
	out := make([]chorus.Delivery, len(got))
	for i, c := range got {
		out[i] = c.d
	}
	return out, nil
}

// RetryDelivery records a failed attempt and when to try again.
func (s *Store) RetryDelivery(ctx context.Context, id string, at time.Time, lastErr string) error {
	_, err := s.q.Exec(ctx, `UPDATE webhook_deliveries
		SET attempts = attempts + 1, due_ms = $1, last_error = $2 WHERE id = $3`, at.UnixMilli(), lastErr, id)
	if err != nil {
		return fmt.Errorf("retry delivery %s: %w", id, err)
	}
	return nil
}

// EndDelivery takes a delivery off the queue: delivered, or given up.
func (s *Store) EndDelivery(ctx context.Context, id string) error {
	if _, err := s.q.Exec(ctx, `DELETE FROM webhook_deliveries WHERE id = $1`, id); err != nil {
		return fmt.Errorf("end delivery %s: %w", id, err)
	}
	return nil
}

// GiveUpDelivery keeps a delivery whose attempts ran out, out of the
// queue's way, for its owner to see and send again; a webhook keeps its
// chorus.KeepGivenUp latest, so a receiver gone for good cannot fill the
// database.
func (s *Store) GiveUpDelivery(ctx context.Context, id string, lastErr string) error {
	var hook string
	err := s.q.QueryRow(ctx, `UPDATE webhook_deliveries SET attempts = attempts + 1, due_ms = $1, last_error = $2, given_up = true
		WHERE id = $3 RETURNING hook_id`, int64(math.MaxInt64), lastErr, id).Scan(&hook)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil // its webhook was deleted meanwhile
	}
	if err != nil {
		return fmt.Errorf("give up delivery %s: %w", id, err)
	}
	// the cap is kept apart from the update: two servers giving up at once
	// may keep one more for a moment, which the next one drops
	if _, err := s.q.Exec(ctx, `DELETE FROM webhook_deliveries WHERE hook_id = $1 AND given_up AND seq <=
		(SELECT seq FROM webhook_deliveries WHERE hook_id = $1 AND given_up ORDER BY seq DESC OFFSET $2 LIMIT 1)`,
		hook, chorus.KeepGivenUp); err != nil {
		return fmt.Errorf("give up delivery %s: %w", id, err)
	}
	return nil
}

// RedeliverGivenUp puts a webhook's given-up deliveries back in the
// queue, due at now with their attempts counted afresh, and says how many.
func (s *Store) RedeliverGivenUp(ctx context.Context, hook string, now time.Time) (int, error) {
	tag, err := s.q.Exec(ctx, `UPDATE webhook_deliveries
		SET given_up = false, attempts = 0, due_ms = $1 WHERE hook_id = $2 AND given_up`, now.UnixMilli(), hook)
	if err != nil {
		return 0, fmt.Errorf("redeliver webhook %s: %w", hook, err)
	}
	return int(tag.RowsAffected()), nil
}

// DeliveryBacklogs tells, per webhook with deliveries queued or given
// up, how many there are and how many have failed so far.
func (s *Store) DeliveryBacklogs(ctx context.Context) (map[string]chorus.DeliveryBacklog, error) {
	rows, err := s.q.Query(ctx, `SELECT hook_id, COUNT(*) FILTER (WHERE NOT given_up),
		COUNT(*) FILTER (WHERE NOT given_up AND attempts > 0), COUNT(*) FILTER (WHERE given_up),
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
		var pending, failing, givenUp int64
		var b chorus.DeliveryBacklog
		if err := rows.Scan(&id, &pending, &failing, &givenUp, &b.LastError); err != nil {
			return nil, fmt.Errorf("delivery backlogs: %w", err)
		}
		b.Pending, b.Failing, b.GivenUp = int(pending), int(failing), int(givenUp)
		out[id] = b
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("delivery backlogs: %w", err)
	}
	return out, nil
}
