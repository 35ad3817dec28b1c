package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
)

// PutKey stores a new key; an id that exists already is an error.
func (s *Store) PutKey(ctx context.Context, k chorus.APIKey) error {
	_, err := s.write.ExecContext(ctx, `INSERT INTO api_keys (id, name, hash, rate_per_minute, created)
		VALUES (?, ?, ?, ?, ?)`, k.ID, k.Name, k.Hash, k.RatePerMinute, k.Created.UTC().Format(time.RFC3339Nano))
	if err != nil {
		return fmt.Errorf("put key %s: %w", k.ID, err)
	}
	return nil
}

const keyColumns = `id, name, hash, rate_per_minute, created, coalesce(revoked, '')`

func scanKey(row interface{ Scan(...any) error }) (chorus.APIKey, error) {
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
	k, err := scanKey(s.read.QueryRowContext(ctx, `SELECT `+keyColumns+` FROM api_keys WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return k, fmt.Errorf("get key %s: %w", id, chorus.ErrNotFound)
	}
	if err != nil {
		return k, fmt.Errorf("get key %s: %w", id, err)
	}
	return k, nil
}

// Keys lists every key, oldest first.
func (s *Store) Keys(ctx context.Context) ([]chorus.APIKey, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+keyColumns+` FROM api_keys ORDER BY created, id`)
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
	res, err := s.write.ExecContext(ctx, `UPDATE api_keys SET revoked = ? WHERE id = ? AND revoked IS NULL`,
		at.UTC().Format(time.RFC3339Nano), id)
	if err != nil {
		return fmt.Errorf("revoke key %s: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("revoke key %s: %w", id, err)
	} else if n == 0 {
		return fmt.Errorf("revoke key %s: no working key with that id: %w", id, chorus.ErrNotFound)
	}
	return nil
}
