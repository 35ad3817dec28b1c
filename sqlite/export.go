package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"github.com/chorusnews/chorus"
)

// AllAliases calls fn for every URL alias, by URL, for copying a store.
func (s *Store) AllAliases(ctx context.Context, fn func(chorus.URLAlias) error) error {
	rows, err := s.read.QueryContext(ctx, `SELECT url, canonical, article_id FROM url_aliases ORDER BY url`)
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
	rows, err := s.read.QueryContext(ctx, `SELECT source_id, url, article_id, guid, title, authors, categories,
		published, updated, text_from, seen FROM feed_entries ORDER BY source_id, url`)
	if err != nil {
		return fmt.Errorf("all entries: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e chorus.FeedEntry
		var article, seen string
		var authors, cats, pub, upd sql.NullString
		if err := rows.Scan(&e.Source, &e.URL, &article, &e.GUID, &e.Title, &authors, &cats, &pub, &upd, &e.TextFrom, &seen); err != nil {
			return fmt.Errorf("all entries: %w", err)
		}
		e.Article = chorus.ArticleID(article)
		if authors.Valid {
			if err := json.Unmarshal([]byte(authors.String), &e.Authors); err != nil {
				return fmt.Errorf("all entries: %w", err)
			}
		}
		if cats.Valid {
			if err := json.Unmarshal([]byte(cats.String), &e.Categories); err != nil {
				return fmt.Errorf("all entries: %w", err)
			}
		}
		var err error
		if e.Published, err = decodeTime(pub); err != nil {
			return fmt.Errorf("all entries: %w", err)
		}
		if e.Updated, err = decodeTime(upd); err != nil {
			return fmt.Errorf("all entries: %w", err)
		}
		if e.Seen, err = decodeTime(sql.NullString{String: seen, Valid: seen != ""}); err != nil {
			return fmt.Errorf("all entries: %w", err)
		}
		if err := fn(e); err != nil {
			return err
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("all entries: %w", err)
	}
	return nil
}
