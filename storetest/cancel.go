package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/chorusnews/chorus"
)

// testContextCanceled checks every method gives up on a canceled context
// with an error that says so, and that a walk stops when its context is
// canceled part-way.
func testContextCanceled(t *testing.T, s chorus.Store) {
	a := article(0)
	putArticles(t, s, a, article(1), article(2))
	putStories(t, s, story("s-1", base, a))

	canceled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		call func(ctx context.Context) error
	}{
		{"HasRaw", func(ctx context.Context) error { _, err := s.HasRaw(ctx, a.RawHash); return err }},
		{"PutArticle", func(ctx context.Context) error { _, err := s.PutArticle(ctx, article(3)); return err }},
		{"Article", func(ctx context.Context) error { _, err := s.Article(ctx, a.ID); return err }},
		{"AllArticles", func(ctx context.Context) error {
			return s.AllArticles(ctx, func(*chorus.Article) error { return errors.New("fn called") })
		}},
		{"PutStory", func(ctx context.Context) error { return s.PutStory(ctx, story("s-2", base, article(1))) }},
		{"Story", func(ctx context.Context) error { _, err := s.Story(ctx, "s-1"); return err }},
		{"Stories", func(ctx context.Context) error { _, err := s.Stories(ctx, chorus.StoryQuery{}); return err }},
		{"DeleteStory", func(ctx context.Context) error { return s.DeleteStory(ctx, "s-1") }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.call(canceled); !errors.Is(err, context.Canceled) {
				t.Errorf("%s with a canceled context: err = %v, want context.Canceled", tc.name, err)
			}
		})
	}

	t.Run("AllArticles canceled mid-walk", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		calls := 0
		err := s.AllArticles(ctx, func(*chorus.Article) error {
			calls++
			cancel()
			return nil
		})
		if !errors.Is(err, context.Canceled) || calls != 1 {
			t.Errorf("walk canceled in its first call: err = %v after %d calls; want context.Canceled after 1", err, calls)
		}
	})

	// Nothing a canceled call tried may have been stored.
	if _, err := s.Article(context.Background(), article(3).ID); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("article put with a canceled context was stored (err = %v)", err)
	}
	if _, err := s.Story(context.Background(), "s-1"); err != nil {
		t.Errorf("story deleted with a canceled context is gone: %v", err)
	}
}
