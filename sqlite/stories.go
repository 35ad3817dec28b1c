package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/listing"
)

// PutStory stores st as JSON, replacing any story with its id, and makes st
// the story of each of its articles: an article listed by an earlier story
// moves to st, so every article belongs to at most one story.
func (s *Store) PutStory(ctx context.Context, st *chorus.Story) error {
	if st == nil || st.ID == "" {
		return errors.New("put story: story has no id")
	}
	if err := s.putStory(ctx, st); err != nil {
		return fmt.Errorf("put story %s: %w", st.ID, err)
	}
	return nil
}

func (s *Store) putStory(ctx context.Context, st *chorus.Story) error {
	blob, err := json.Marshal(st.Stored())
	if err != nil {
		return err
	}
	updated, err := encodeTime(st.Updated)
	if err != nil {
		return fmt.Errorf("updated: %w", err)
	}
	var key any
	if updated != nil {
		key = listing.UpdatedKey(st.Updated)
	}
	sum := st.Summary()

	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // after Commit a no-op; its error says nothing new
	_, err = tx.ExecContext(ctx, `INSERT INTO stories
		(id, headline, updated, updated_key, n_articles, n_outlets, n_origins, story)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (id) DO UPDATE SET
			headline = excluded.headline, updated = excluded.updated,
			updated_key = excluded.updated_key, n_articles = excluded.n_articles,
			n_outlets = excluded.n_outlets, n_origins = excluded.n_origins,
			story = excluded.story`,
		string(st.ID), sum.Headline, updated, key, sum.Articles, sum.Outlets, sum.IndependentOrigins, string(blob))
	if err != nil {
		return err
	}
	if err := putMembers(ctx, tx, st); err != nil {
		return err
	}
	return tx.Commit()
}

// putMembers makes the story_articles rows of st match its article list:
// articles it no longer lists leave it, articles new to it or in another
// event are upserted. Rows already right are left alone, so a long story
// that gained a few articles writes a few rows, not all of them.
func putMembers(ctx context.Context, tx *sql.Tx, st *chorus.Story) error {
	want := make(map[string]string, len(st.Articles))
	for _, a := range st.Articles {
		want[string(a.ID)] = string(a.Event) // a story listing an article twice keeps the last listing
	}
	rows, err := tx.QueryContext(ctx, `SELECT article_id, event_id FROM story_articles WHERE story_id = ?`, string(st.ID))
	if err != nil {
		return err
	}
	have := map[string]string{}
	var gone []string
	for rows.Next() {
		var id, ev string
		if err := rows.Scan(&id, &ev); err != nil {
			rows.Close()
			return err
		}
		have[id] = ev
		if _, ok := want[id]; !ok {
			gone = append(gone, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if len(gone) > 0 {
		del, err := tx.PrepareContext(ctx, `DELETE FROM story_articles WHERE article_id = ? AND story_id = ?`)
		if err != nil {
			return err
		}
		defer del.Close()
		for _, id := range gone {
			if _, err := del.ExecContext(ctx, id, string(st.ID)); err != nil {
				return fmt.Errorf("article %s: %w", id, err)
			}
		}
	}
	var ins *sql.Stmt
	for _, a := range st.Articles {
		id, ev := string(a.ID), want[string(a.ID)]
		if cur, ok := have[id]; ok && cur == ev {
			continue
		}
		have[id] = ev // once per article, even when listed twice
		if ins == nil {
			ins, err = tx.PrepareContext(ctx, `INSERT INTO story_articles (article_id, story_id, event_id)
				VALUES (?, ?, ?)
				ON CONFLICT (article_id) DO UPDATE SET
					story_id = excluded.story_id, event_id = excluded.event_id`)
			if err != nil {
				return err
			}
			defer ins.Close()
		}
		if _, err := ins.ExecContext(ctx, id, string(st.ID), ev); err != nil {
			return fmt.Errorf("article %s: %w", a.ID, err)
		}
	}
	return nil
}

// Story returns the story with id exactly as it was put, or an error
// wrapping chorus.ErrNotFound.
func (s *Store) Story(ctx context.Context, id chorus.StoryID) (*chorus.Story, error) {
	return s.readStory(ctx, id, nil, s.Articles)
}

// StoryWindow returns the story with id and the page of its articles w
// picks; only those articles are read from the articles table.
func (s *Store) StoryWindow(ctx context.Context, id chorus.StoryID, w chorus.ArticleWindow) (*chorus.Story, error) {
	return s.readStory(ctx, id, &w, s.Articles)
}

// StoryOutline returns the story with id as it was stored, each article
// reduced to what Story.Stored keeps; no article is read.
func (s *Store) StoryOutline(ctx context.Context, id chorus.StoryID) (*chorus.Story, error) {
	return s.readStory(ctx, id, nil, nil)
}

// readStory reads a stored story and attaches its articles through load,
// all of them or the window's; a nil load attaches none.
func (s *Store) readStory(ctx context.Context, id chorus.StoryID, w *chorus.ArticleWindow, load func(context.Context, []chorus.ArticleID) (map[chorus.ArticleID]*chorus.Article, error)) (*chorus.Story, error) {
	var blob string
	err := s.read.QueryRowContext(ctx, `SELECT story FROM stories WHERE id = ?`, string(id)).Scan(&blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("get story %s: %w", id, chorus.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("get story %s: %w", id, err)
	}
	var st chorus.Story
	if err := json.Unmarshal([]byte(blob), &st); err != nil {
		return nil, fmt.Errorf("get story %s: %w", id, err)
	}
	if w != nil {
		if err := st.Window(*w); err != nil {
			return nil, fmt.Errorf("get story %s: %w", id, err)
		}
	}
	if load == nil {
		return &st, nil
	}
	if err := st.Attach(ctx, load); err != nil {
		return nil, fmt.Errorf("get story %s: %w", id, err)
	}
	return &st, nil
}

// Stories lists stories most recently updated first, ties by id, stories
// without an update time last. A Limit of 0 or less means 50; a non-zero
// Since keeps the stories updated at or after it (so drops those without
// an update time).
func (s *Store) Stories(ctx context.Context, q chorus.StoryQuery) ([]chorus.StorySummary, error) {
	limit := q.Limit
	if limit <= 0 {
		limit = defaultLimit
	}
	where, args := "", []any{}
	if !q.Since.IsZero() {
		where = `WHERE updated_key >= ?`
		args = append(args, listing.UpdatedKey(q.Since))
	}
	args = append(args, limit)
	rows, err := s.read.QueryContext(ctx, `SELECT id, headline, updated, n_articles, n_outlets, n_origins
		FROM stories `+where+`
		ORDER BY updated_key DESC NULLS LAST, id
		LIMIT ?`, args...)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	defer rows.Close()
	var out []chorus.StorySummary
	for rows.Next() {
		var (
			sum     chorus.StorySummary
			updated sql.NullString
		)
		err := rows.Scan(&sum.ID, &sum.Headline, &updated, &sum.Articles, &sum.Outlets, &sum.IndependentOrigins)
		if err != nil {
			return nil, fmt.Errorf("list stories: %w", err)
		}
		if sum.Updated, err = decodeTime(updated); err != nil {
			return nil, fmt.Errorf("list stories: story %s updated: %w", sum.ID, err)
		}
		out = append(out, sum)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	return out, nil
}

// DeleteStory removes the story with id and its article memberships, so its
// articles belong to no story until another lists them. Deleting a story
// that does not exist is not an error: a merge may retire a story that was
// never stored.
func (s *Store) DeleteStory(ctx context.Context, id chorus.StoryID) error {
	if _, err := s.write.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, string(id)); err != nil {
		return fmt.Errorf("delete story %s: %w", id, err)
	}
	return nil
}

// StoryOf returns the story article id belongs to, or an error wrapping
// chorus.ErrNotFound when it belongs to none.
func (s *Store) StoryOf(ctx context.Context, id chorus.ArticleID) (chorus.StoryID, error) {
	var st chorus.StoryID
	err := s.read.QueryRowContext(ctx,
		`SELECT story_id FROM story_articles WHERE article_id = ?`, string(id)).Scan(&st)
	if errors.Is(err, sql.ErrNoRows) {
		return "", fmt.Errorf("story of %s: %w", id, chorus.ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("story of %s: %w", id, err)
	}
	return st, nil
}
