package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
)

var _ chorus.SourceStore = (*Store)(nil)

const sourceColumns = `id, url, kind, title, site_url, category, interval_s, added, etag, last_modified,
	last_fetch, status, error, failures, runs, new_last, new_total, next_run`

// AddSource stores s unless a source with its URL exists. It sets s.ID; when
// the source existed, s is filled with the stored one and created is false.
func (s *Store) AddSource(ctx context.Context, src *chorus.Source) (created bool, err error) {
	if src.Added.IsZero() {
		src.Added = time.Now()
	}
	if src.Status == "" {
		src.Status = chorus.SourceNew
	}
	added, _ := encodeTime(src.Added)
	res, err := s.write.ExecContext(ctx, `INSERT INTO sources (url, kind, title, site_url, category, interval_s, added, status)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO NOTHING`,
		src.URL, string(src.Kind), src.Title, src.SiteURL, src.Category, int64(src.Interval/time.Second), added, string(src.Status))
	if err != nil {
		return false, fmt.Errorf("add source %s: %w", src.URL, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("add source %s: %w", src.URL, err)
	}
	stored, err := scanSource(s.write.QueryRowContext(ctx, `SELECT `+sourceColumns+` FROM sources WHERE url = ?`, src.URL))
	if err != nil {
		return false, fmt.Errorf("add source %s: %w", src.URL, err)
	}
	*src = stored
	return n == 1, nil
}

// Sources lists every source by id.
func (s *Store) Sources(ctx context.Context) ([]chorus.Source, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT `+sourceColumns+` FROM sources ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	defer rows.Close()
	var out []chorus.Source
	for rows.Next() {
		src, err := scanSource(rows)
		if err != nil {
			return nil, fmt.Errorf("list sources: %w", err)
		}
		out = append(out, src)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	return out, nil
}

// RemoveSource forgets a source and its entry records; the articles stored
// from it stay.
func (s *Store) RemoveSource(ctx context.Context, id int64) error {
	res, err := s.write.ExecContext(ctx, `DELETE FROM sources WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("remove source %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		if err == nil {
			err = chorus.ErrNotFound
		}
		return fmt.Errorf("remove source %d: %w", id, err)
	}
	return nil
}

// SaveState records a source's state after a fetch.
func (s *Store) SaveState(ctx context.Context, id int64, st chorus.SourceState) error {
	lastFetch, _ := encodeTime(st.LastFetch)
	nextRun, _ := encodeTime(st.NextRun)
	res, err := s.write.ExecContext(ctx, `UPDATE sources SET etag = ?, last_modified = ?, last_fetch = ?,
		status = ?, error = ?, failures = ?, runs = ?, new_last = ?, new_total = ?, next_run = ? WHERE id = ?`,
		st.ETag, st.LastModified, lastFetch, string(st.Status), st.Error, st.Failures, st.Runs,
		st.NewLast, st.NewTotal, nextRun, id)
	if err != nil {
		return fmt.Errorf("save state of source %d: %w", id, err)
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		if err == nil {
			err = chorus.ErrNotFound
		}
		return fmt.Errorf("save state of source %d: %w", id, err)
	}
	return nil
}

func scanSource(row interface{ Scan(...any) error }) (chorus.Source, error) {
	var src chorus.Source
	var kind, status string
	var intervalS int64
	var added string
	var lastFetch, nextRun sql.NullString
	err := row.Scan(&src.ID, &src.URL, &kind, &src.Title, &src.SiteURL, &src.Category, &intervalS, &added,
		&src.ETag, &src.LastModified, &lastFetch, &status, &src.Error, &src.Failures, &src.Runs,
		&src.NewLast, &src.NewTotal, &nextRun)
	if err != nil {
		return src, err
	}
	src.Kind, src.Status = chorus.SourceKind(kind), chorus.SourceStatus(status)
	src.Interval = time.Duration(intervalS) * time.Second
	if src.Added, err = decodeTime(sql.NullString{String: added, Valid: true}); err != nil {
		return src, err
	}
	if src.LastFetch, err = decodeTime(lastFetch); err != nil {
		return src, err
	}
	if src.NextRun, err = decodeTime(nextRun); err != nil {
		return src, err
	}
	return src, nil
}

// LookupURL finds the alias recorded for a canonical URL.
func (s *Store) LookupURL(ctx context.Context, url string) (chorus.URLAlias, bool, error) {
	a := chorus.URLAlias{URL: url}
	var id string
	err := s.read.QueryRowContext(ctx, `SELECT canonical, article_id FROM url_aliases WHERE url = ?`, url).Scan(&a.Canonical, &id)
	if errors.Is(err, sql.ErrNoRows) {
		return chorus.URLAlias{}, false, nil
	}
	if err != nil {
		return chorus.URLAlias{}, false, fmt.Errorf("look up url %s: %w", url, err)
	}
	a.Article = chorus.ArticleID(id)
	return a, true, nil
}

// PutAliases records aliases in one transaction. A URL keeps its first
// alias, unless that one named no article and the new one does.
func (s *Store) PutAliases(ctx context.Context, as []chorus.URLAlias) error {
	if len(as) == 0 {
		return nil
	}
	return s.sourcesTx(ctx, "put url aliases", func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT INTO url_aliases (url, canonical, article_id) VALUES (?, ?, ?)
			ON CONFLICT (url) DO UPDATE SET canonical = excluded.canonical, article_id = excluded.article_id
			WHERE url_aliases.article_id = '' AND excluded.article_id != ''`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, a := range as {
			if _, err := stmt.ExecContext(ctx, a.URL, a.Canonical, string(a.Article)); err != nil {
				return err
			}
		}
		return nil
	})
}

// PutEntries records feed entry metadata in one transaction, replacing
// earlier records of the same source and URL.
func (s *Store) PutEntries(ctx context.Context, es []chorus.FeedEntry) error {
	if len(es) == 0 {
		return nil
	}
	return s.sourcesTx(ctx, "put feed entries", func(tx *sql.Tx) error {
		stmt, err := tx.PrepareContext(ctx, `INSERT OR REPLACE INTO feed_entries
			(source_id, url, article_id, guid, title, authors, categories, published, updated, text_from, seen)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		defer stmt.Close()
		for _, e := range es {
			authors, _ := encodeJSON(e.Authors, len(e.Authors) == 0)
			cats, _ := encodeJSON(e.Categories, len(e.Categories) == 0)
			pub, _ := encodeTime(e.Published)
			upd, _ := encodeTime(e.Updated)
			seen, _ := encodeTime(e.Seen)
			if _, err := stmt.ExecContext(ctx, e.Source, e.URL, string(e.Article), e.GUID, e.Title,
				authors, cats, pub, upd, e.TextFrom, seen); err != nil {
				return err
			}
		}
		return nil
	})
}

// Entries returns the feed entry records of an article, oldest source first.
func (s *Store) Entries(ctx context.Context, id chorus.ArticleID) ([]chorus.FeedEntry, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT source_id, url, article_id, guid, title, authors, categories,
		published, updated, text_from, seen FROM feed_entries WHERE article_id = ? ORDER BY source_id`, string(id))
	if err != nil {
		return nil, fmt.Errorf("entries of %s: %w", id, err)
	}
	defer rows.Close()
	var out []chorus.FeedEntry
	for rows.Next() {
		var e chorus.FeedEntry
		var article, seen string
		var authors, cats, pub, upd sql.NullString
		if err := rows.Scan(&e.Source, &e.URL, &article, &e.GUID, &e.Title, &authors, &cats, &pub, &upd, &e.TextFrom, &seen); err != nil {
			return nil, fmt.Errorf("entries of %s: %w", id, err)
		}
		e.Article = chorus.ArticleID(article)
		if authors.Valid {
			_ = json.Unmarshal([]byte(authors.String), &e.Authors)
		}
		if cats.Valid {
			_ = json.Unmarshal([]byte(cats.String), &e.Categories)
		}
		e.Published, _ = decodeTime(pub)
		e.Updated, _ = decodeTime(upd)
		e.Seen, _ = decodeTime(sql.NullString{String: seen, Valid: true})
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("entries of %s: %w", id, err)
	}
	return out, nil
}

// sourcesTx runs fn in a write transaction.
func (s *Store) sourcesTx(ctx context.Context, what string, fn func(*sql.Tx) error) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := fn(tx); err != nil {
		return errors.Join(fmt.Errorf("%s: %w", what, err), tx.Rollback())
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}
