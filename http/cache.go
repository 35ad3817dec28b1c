package http

import (
	"container/list"
	"sync"
	"sync/atomic"
)

// pageCache keeps rendered bodies (story pages, story JSON) under keys that
// name the story version they show, so an entry never goes stale: a new
// version is a new key, and old ones age out. It holds at most max bytes,
// dropping the least recently used first.
type pageCache struct {
	mu    sync.Mutex
	max   int64
	size  int64
	order *list.List // front: most recently used; values are *cacheEntry
	byKey map[string]*list.Element

	hits, misses atomic.Int64
}

type cacheEntry struct {
	key  string
	body []byte
}

func newPageCache(max int64) *pageCache {
	return &pageCache{max: max, order: list.New(), byKey: map[string]*list.Element{}}
}

// get returns the body kept under key. The caller must not change it.
func (c *pageCache) get(key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byKey[key]
	if !ok {
		c.misses.Add(1)
		return nil, false
	}
	c.hits.Add(1)
	c.order.MoveToFront(e)
	return e.Value.(*cacheEntry).body, true
}

// put keeps body under key; a body larger than a quarter of the cache is
// not kept, so one huge story cannot empty it.
func (c *pageCache) put(key string, body []byte) {
	n := int64(len(body) + len(key))
	if n > c.max/4 {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[key]; ok {
		c.order.MoveToFront(e)
		return
	}
	c.byKey[key] = c.order.PushFront(&cacheEntry{key: key, body: body})
	c.size += n
	for c.size > c.max {
		last := c.order.Back()
		ent := last.Value.(*cacheEntry)
		c.order.Remove(last)
		delete(c.byKey, ent.key)
		c.size -= int64(len(ent.body) + len(ent.key))
	}
}

// full reports whether the cache holds nine tenths of what it may.
func (c *pageCache) full() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size >= c.max/10*9
}
