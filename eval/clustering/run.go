package clustering

import (
	"math/rand/v2"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/cluster"
)

// Clusterer is a streaming clusterer under evaluation: it places each item
// as it arrives and says which event and which story it went to.
type Clusterer interface {
	Add(it Item) (event, story string)
}

// Resolver is implemented by clusterers that merge stories later: it maps a
// story name given out earlier to the story it belongs to now.
type Resolver interface {
	Resolve(story string) string
}

// Chorus adapts cluster.Index to the harness.
type Chorus struct{ idx *cluster.Index }

// NewChorus returns the chorus clusterer with the given options.
func NewChorus(opts cluster.Options) *Chorus { return &Chorus{idx: cluster.New(opts)} }

// Add implements Clusterer.
func (c *Chorus) Add(it Item) (string, string) {
	a := c.idx.Add(cluster.Doc{ID: chorus.ArticleID(it.ID), Title: it.Title, Text: it.Text, Published: it.Published, Lang: it.Lang})
	return string(a.Event), string(a.Story)
}

// Resolve implements Resolver.
func (c *Chorus) Resolve(story string) string {
	return string(c.idx.Resolve(chorus.StoryID(story)))
}

// Run is the outcome of streaming a set once.
type Run struct {
	// Order names the order ("given", "seed=3").
	Order string
	// Event and Story score the predicted events and stories against the
	// fine gold label; Topic scores them against the coarse label (when
	// the set has one): Topic[0] events, Topic[1] stories.
	Event, Story Scores
	Topic        [2]Scores
	// Elapsed is the time spent inside Add, and DocsPerSec the rate.
	Elapsed    time.Duration
	DocsPerSec float64
}

// Order returns the item indexes in a seeded random order (seed 0: as given).
func Order(n int, seed uint64) []int {
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	if seed != 0 {
		rng := rand.New(rand.NewPCG(seed, 0x636c7573746572))
		rng.Shuffle(n, func(i, j int) { idx[i], idx[j] = idx[j], idx[i] })
	}
	return idx
}

// Stream feeds the set's items to c in the given order and scores the
// result. clock is read before and after the clustering loop (the command
// passes the process CPU time, so that the rate is per core and other jobs
// on the machine do not slow it; tests pass a fake).
func Stream(set *Set, order []int, c Clusterer, name string, clock func() time.Duration) Run {
	n := len(set.Items)
	events, stories := make([]string, n), make([]string, n)
	start := clock()
	for _, i := range order {
		events[i], stories[i] = c.Add(set.Items[i])
	}
	elapsed := clock() - start
	if r, ok := c.(Resolver); ok {
		for i, s := range stories {
			stories[i] = r.Resolve(s)
		}
	}
	gold := make([]string, n)
	topic := make([]string, n)
	for i, it := range set.Items {
		gold[i], topic[i] = it.Event, it.Topic
	}
	r := Run{Order: name, Event: Score(events, gold), Story: Score(stories, gold), Elapsed: elapsed}
	if set.HasTopic {
		r.Topic = [2]Scores{Score(events, topic), Score(stories, topic)}
	}
	if elapsed > 0 {
		r.DocsPerSec = float64(len(order)) / elapsed.Seconds()
	}
	return r
}
