package sqlite

import (
	"context"
	"fmt"
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

// DeleteWebhook removes subscription id, or returns an error wrapping
// chorus.ErrNotFound.
func (s *Store) DeleteWebhook(ctx context.Context, id string) error {
	res, err := s.write.ExecContext(ctx, `DELETE FROM webhooks WHERE id = ?`, id)
	if err != nil {
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
