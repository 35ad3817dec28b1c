package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/chorusnews/chorus"
)

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
	tag, err := s.q.Exec(ctx, `INSERT INTO sources (url, kind, title, site_url, category, interval_s, added, status)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (url) DO NOTHING`,
		src.URL, string(src.Kind), src.Title, src.SiteURL, src.Category, int64(src.Interval/time.Second),
		encodeTime(src.Added), string(src.Status))
	if err != nil {
		return false, fmt.Errorf("add source %s: %w", src.URL, err)
	}
	stored, err := scanSource(s.q.QueryRow(ctx, `SELECT `+sourceColumns+` FROM sources WHERE url = $1`, src.URL))
	if err != nil {
		return false, fmt.Errorf("add source %s: %w", src.URL, err)
	}
	*src = stored
	return tag.RowsAffected() == 1, nil
}

// Sources lists every source by id.
func (s *Store) Sources(ctx context.Context) ([]chorus.Source, error) {
	rows, err := s.q.Query(ctx, `SELECT `+sourceColumns+` FROM sources ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (chorus.Source, error) { return scanSource(r) })
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	return out, nil
}

// RemoveSource forgets a source and its entry records; the articles stored
// from it stay.
func (s *Store) RemoveSource(ctx context.Context, id int64) error {
	tag, err := s.q.Exec(ctx, `DELETE FROM sources WHERE id = $1`, id)
	if err == nil && tag.RowsAffected() == 0 {
		err = chorus.ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("remove source %d: %w", id, err)
	}
	return nil
}

// SaveState records a source's state after a fetch.
func (s *Store) SaveState(ctx context.Context, id int64, st chorus.SourceState) error {
	tag, err := s.q.Exec(ctx, `UPDATE sources SET etag = $1, last_modified = $2, last_fetch = $3,
		status = $4, error = $5, failures = $6, runs = $7, new_last = $8, new_total = $9, next_run = $10 WHERE id = $11`,
		st.ETag, st.LastModified, encodeTime(st.LastFetch), string(st.Status), st.Error, st.Failures, st.Runs,
		st.NewLast, st.NewTotal, encodeTime(st.NextRun), id)
	if err == nil && tag.RowsAffected() == 0 {
		err = chorus.ErrNotFound
	}
	if err != nil {
		return fmt.Errorf("save state of source %d: %w", id, err)
	}
	return nil
}

func scanSource(row pgx.Row) (chorus.Source, error) {
	var (
		src                 chorus.Source
		kind, status, added string
		intervalS           int64
		lastFetch, nextRun  *string
	)
	err := row.Scan(&src.ID, &src.URL, &kind, &src.Title, &src.SiteURL, &src.Category, &intervalS, &added,
		&src.ETag, &src.LastModified, &lastFetch, &status, &src.Error, &src.Failures, &src.Runs,
		&src.NewLast, &src.NewTotal, &nextRun)
	if err != nil {
		return src, err
	}
	src.Kind, src.Status = chorus.SourceKind(kind), chorus.SourceStatus(status)
	src.Interval = time.Duration(intervalS) * time.Second
	if src.Added, err = decodeTime(&added); err != nil {
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
	err := s.q.QueryRow(ctx, `SELECT canonical, article_id FROM url_aliases WHERE url = $1`, url).Scan(&a.Canonical, &id)
	if errors.Is(err, pgx.ErrNoRows) {
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
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		for _, a := range as {
			_, err := tx.Exec(ctx, `INSERT INTO url_aliases (url, canonical, article_id) VALUES ($1, $2, $3)
				ON CONFLICT (url) DO UPDATE SET canonical = excluded.canonical, article_id = excluded.article_id
				WHERE url_aliases.article_id = '' AND excluded.article_id != ''`, a.URL, a.Canonical, string(a.Article))
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("put url aliases: %w", err)
	}
	return nil
}

// PutEntries records feed entry metadata in one transaction, replacing
// earlier records of the same source and URL.
func (s *Store) PutEntries(ctx context.Context, es []chorus.FeedEntry) error {
	if len(es) == 0 {
		return nil
	}
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		for _, e := range es {
			authors, _ := encodeJSON(e.Authors, len(e.Authors) == 0)
			cats, _ := encodeJSON(e.Categories, len(e.Categories) == 0)
			_, err := tx.Exec(ctx, `INSERT INTO feed_entries
				(source_id, url, article_id, guid, title, authors, categories, published, updated, text_from, seen)
				VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
				ON CONFLICT (source_id, url) DO UPDATE SET article_id = excluded.article_id, guid = excluded.guid,
					title = excluded.title, authors = excluded.authors, categories = excluded.categories,
					published = excluded.published, updated = excluded.updated, text_from = excluded.text_from,
					seen = excluded.seen`,
				e.Source, e.URL, string(e.Article), e.GUID, e.Title, authors, cats,
				encodeTime(e.Published), encodeTime(e.Updated), e.TextFrom, *orEmpty(encodeTime(e.Seen)))
			if err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("put feed entries: %w", err)
	}
	return nil
}

// orEmpty points at "" when p is nil.
func orEmpty(p *string) *string {
	if p == nil {
		empty := ""
		return &empty
	}
	return p
}

// Entries returns the feed entry records of an article, oldest source first.
func (s *Store) Entries(ctx context.Context, id chorus.ArticleID) ([]chorus.FeedEntry, error) {
	rows, err := s.q.Query(ctx, `SELECT source_id, url, article_id, guid, title, authors, categories,
		published, updated, text_from, seen FROM feed_entries WHERE article_id = $1 ORDER BY source_id`, string(id))
	if err != nil {
		return nil, fmt.Errorf("entries of %s: %w", id, err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (chorus.FeedEntry, error) {
		var (
			e                       chorus.FeedEntry
			article, seen           string
			authors, cats, pub, upd *string
		)
		if err := r.Scan(&e.Source, &e.URL, &article, &e.GUID, &e.Title, &authors, &cats, &pub, &upd, &e.TextFrom, &seen); err != nil {
			return e, err
		}
		e.Article = chorus.ArticleID(article)
		if authors != nil {
			if err := json.Unmarshal([]byte(*authors), &e.Authors); err != nil {
				return e, err
			}
		}
		if cats != nil {
			if err := json.Unmarshal([]byte(*cats), &e.Categories); err != nil {
				return e, err
			}
		}
		var err error
		if e.Published, err = decodeTime(pub); err != nil {
			return e, err
		}
		if e.Updated, err = decodeTime(upd); err != nil {
			return e, err
		}
		if seen != "" {
			e.Seen, err = decodeTime(&seen)
		}
		return e, err
	})
	if err != nil {
		return nil, fmt.Errorf("entries of %s: %w", id, err)
	}
	return out, nil
}
