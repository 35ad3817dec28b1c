package postgres

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"

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
	var key *string
	if !st.Updated.IsZero() {
		k := listing.UpdatedKey(st.Updated)
		key = &k
	}
	sum := st.Summary()
	return s.inTx(ctx, func(tx pgx.Tx) error {
		_, err := tx.Exec(ctx, `INSERT INTO stories
			(id, headline, updated, updated_key, n_articles, n_outlets, n_origins, story)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
			ON CONFLICT (id) DO UPDATE SET
				headline = excluded.headline, updated = excluded.updated,
				updated_key = excluded.updated_key, n_articles = excluded.n_articles,
				n_outlets = excluded.n_outlets, n_origins = excluded.n_origins,
				story = excluded.story`,
			string(st.ID), sum.Headline, encodeTime(st.Updated), key, sum.Articles, sum.Outlets, sum.IndependentOrigins, string(blob))
		if err != nil {
			return err
		}
		if len(st.Articles) == 0 {
			_, err := tx.Exec(ctx, `DELETE FROM story_articles WHERE story_id = $1`, string(st.ID))
			return err
		}
		ids := make([]string, len(st.Articles))
		events := make([]string, len(st.Articles))
		for i, a := range st.Articles {
			ids[i], events[i] = string(a.ID), string(a.Event)
		}
		// Articles the story no longer lists leave it.
		if _, err := tx.Exec(ctx, `DELETE FROM story_articles
			WHERE story_id = $1 AND NOT (article_id = ANY($2::text[]))`, string(st.ID), ids); err != nil {
			return err
		}
		// One statement for all members; a story listing an article twice
		// keeps the last listing, as row-by-row upserts would. Rows already
		// right are not rewritten, so a long story that gained a few
		// articles writes a few rows, not all of them.
		_, err = tx.Exec(ctx, `INSERT INTO story_articles (article_id, story_id, event_id)
			SELECT DISTINCT ON (m.article_id) m.article_id, $2, m.event_id
			FROM unnest($1::text[], $3::text[]) WITH ORDINALITY AS m(article_id, event_id, n)
			ORDER BY m.article_id, m.n DESC
			ON CONFLICT (article_id) DO UPDATE SET
				story_id = excluded.story_id, event_id = excluded.event_id
			WHERE story_articles.story_id IS DISTINCT FROM excluded.story_id
				OR story_articles.event_id IS DISTINCT FROM excluded.event_id`,
			ids, string(st.ID), events)
		return err
	})
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
	err := s.q.QueryRow(ctx, `SELECT story FROM stories WHERE id = $1`, string(id)).Scan(&blob)
	if errors.Is(err, pgx.ErrNoRows) {
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
	var since *string
	if !q.Since.IsZero() {
		k := listing.UpdatedKey(q.Since)
		since = &k
	}
	rows, err := s.q.Query(ctx, `SELECT id, headline, updated, n_articles, n_outlets, n_origins
		FROM stories
		WHERE $1::text IS NULL OR updated_key >= $1
		ORDER BY updated_key DESC NULLS LAST, id
		LIMIT $2`, since, limit)
	if err != nil {
		return nil, fmt.Errorf("list stories: %w", err)
	}
	defer rows.Close()
	var out []chorus.StorySummary
	for rows.Next() {
		var (
			sum     chorus.StorySummary
			updated *string
		)
		if err := rows.Scan(&sum.ID, &sum.Headline, &updated, &sum.Articles, &sum.Outlets, &sum.IndependentOrigins); err != nil {
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
	if _, err := s.q.Exec(ctx, `DELETE FROM stories WHERE id = $1`, string(id)); err != nil {
		return fmt.Errorf("delete story %s: %w", id, err)
	}
	return nil
}

// StoryOf returns the story article id belongs to, or an error wrapping
// chorus.ErrNotFound when it belongs to none.
func (s *Store) StoryOf(ctx context.Context, id chorus.ArticleID) (chorus.StoryID, error) {
	var st string
	err := s.q.QueryRow(ctx, `SELECT story_id FROM story_articles WHERE article_id = $1`, string(id)).Scan(&st)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", fmt.Errorf("story of %s: %w", id, chorus.ErrNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("story of %s: %w", id, err)
	}
	return chorus.StoryID(st), nil
}
