package http

import (
	"context"
	"fmt"
	"time"

	"github.com/chorusnews/chorus"
)

// Pages are rendered when stories are written, not when they are first
// read: a reader then never pays for rendering, and the server allocates
// little per request, which keeps the garbage collector (busy with the
// desk's large heap) out of the readers' way.

// prerender renders the page of a story this server just wrote.
func (s *Server) prerender(ctx context.Context, st *chorus.Story) {
	m, err := s.store.StoryMeta(ctx, st.ID)
	if err != nil {
		s.log.Warn("prerender: story meta", "story", st.ID, "err", err)
		return
	}
	if _, err := s.plainStoryPage(st, m.Version); err != nil {
		s.log.Error("prerender", "story", st.ID, "err", err)
	}
}

// Warm renders story pages into the cache, most recently updated first,
// until the cache is nine tenths full or every story has its page. It
// returns how many it rendered. Call it once after start, in the
// background: requests are answered meanwhile.
func (s *Server) Warm(ctx context.Context) (int, error) {
	n := 0
	f := chorus.StoryFilter{Limit: 200}
	for !s.pages.full() {
		page, next, err := s.store.StoryPage(ctx, f)
		if err != nil {
			return n, fmt.Errorf("warm: %w", err)
		}
		for _, l := range page {
			if s.pages.full() {
				break
			}
			if _, ok := s.pages.get(pageKey(l.ID, l.Version)); ok {
				continue
			}
			st, err := s.pageStory(ctx, l.ID, nil, time.Time{})
			if err != nil {
				return n, fmt.Errorf("warm: %w", err)
			}
			if _, err := s.plainStoryPage(st, l.Version); err != nil {
				return n, fmt.Errorf("warm: %w", err)
			}
			n++
		}
		if next == "" {
			break
		}
		f.Cursor = next
	}
	return n, nil
}
