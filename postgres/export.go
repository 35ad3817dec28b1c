package postgres

import (
	"context"
	"fmt"

	"github.com/chorusnews/chorus"
)

// AllAliases calls fn for every URL alias, by URL, for copying a store.
func (s *Store) AllAliases(ctx context.Context, fn func(chorus.URLAlias) error) error {
	rows, err := s.q.Query(ctx, `SELECT url, canonical, article_id FROM url_aliases ORDER BY url`)
	if err != nil {
		return fmt.Errorf("all aliases: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var a chorus.URLAlias
		var id string
		if err := rows.Scan(&a.URL, &a.Canonical, &id); err != nil {
			return fmt.Errorf("all aliases: %w", err)
		}
		a.Article = chorus.ArticleID(id)
		if err := fn(a); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("all aliases: %w", err)
	}
	return nil
}

// AllEntries calls fn for every feed entry record, by source and URL, for
// copying a store.
func (s *Store) AllEntries(ctx context.Context, fn func(chorus.FeedEntry) error) error {
	rows, err := s.q.Query(ctx, `SELECT DISTINCT article_id FROM feed_entries ORDER BY article_id`)
	if err != nil {
		return fmt.Errorf("all entries: %w", err)
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return fmt.Errorf("all entries: %w", err)
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("all entries: %w", err)
	}
	for _, id := range ids {
		es, err := s.Entries(ctx, chorus.ArticleID(id))
		if err != nil {
			return fmt.Errorf("all entries: %w", err)
		}
		for _, e := range es {
			if err := fn(e); err != nil {
				return err
			}
		}
	}
	return nil
}
