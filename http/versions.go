package http

import (
	"context"
	"sync"
	"time"

	"github.com/chorusnews/chorus"
)

// versions remembers story versions for a moment, so that a page served
// from the cache costs no query at all. Stories this server writes are
// forgotten at once; a write by another process (chorus ingest on the same
// file) shows within versionTTL.
type versions struct {
	store Reader
	now   func() time.Time
	mu    sync.Mutex
	m     map[chorus.StoryID]versionEntry
}

type versionEntry struct {
	meta chorus.StoryMeta
	at   time.Time
}

// versionTTL is how stale a remembered version may be.
const versionTTL = time.Second

// maxVersions bounds the memory; past it the map starts afresh.
const maxVersions = 100_000

func newVersions(store Reader, now func() time.Time) *versions {
	return &versions{store: store, now: now, m: map[chorus.StoryID]versionEntry{}}
}

// meta returns the story's version and times, from memory when fresh.
func (v *versions) meta(ctx context.Context, id chorus.StoryID) (chorus.StoryMeta, error) {
	now := v.now()
	v.mu.Lock()
	e, ok := v.m[id]
	v.mu.Unlock()
	if ok && now.Sub(e.at) < versionTTL {
		return e.meta, nil
	}
	m, err := v.store.StoryMeta(ctx, id)
	if err != nil {
		return m, err
	}
	v.mu.Lock()
	if len(v.m) >= maxVersions {
		clear(v.m)
	}
	v.m[id] = versionEntry{meta: m, at: now}
	v.mu.Unlock()
	return m, nil
}

// forget drops what is remembered of stories just written.
func (v *versions) forget(ids []chorus.StoryID) {
	v.mu.Lock()
	for _, id := range ids {
		delete(v.m, id)
	}
	v.mu.Unlock()
}
