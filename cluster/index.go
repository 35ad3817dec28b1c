// Package cluster groups articles into stories and, inside each story, into
// events, as they arrive. Each article is compared only with the stories
// that share its strongest terms (found through an inverted index), so the
// cost of adding an article does not grow with every article stored.
package cluster

import (
	"math"
	"sort"
	"time"

	"github.com/chorusnews/chorus"
)

// Options tune the clustering.
type Options struct {
	// StoryThreshold is the cosine similarity (TF-IDF) an article needs with
	// a story's centroid to join it.
	StoryThreshold float64
	// EventThreshold is the similarity needed to join an event of the story.
	EventThreshold float64
	// EventWindow is how far apart in publication time two articles of one
	// event may be, when both are dated.
	EventWindow time.Duration
	// Candidates caps the stories compared per article.
	Candidates int
	// QueryTerms is how many of an article's strongest terms look up candidates.
	QueryTerms int
}

// DefaultOptions work for full news articles.
var DefaultOptions = Options{
	StoryThreshold: 0.18,
	EventThreshold: 0.25,
	EventWindow:    72 * time.Hour,
	Candidates:     50,
	QueryTerms:     25,
}

// Doc is what clustering needs of an article.
type Doc struct {
	ID        chorus.ArticleID
	Published time.Time
	Title     string
	Text      string
}

// Assignment says where an article went.
type Assignment struct {
	Story chorus.StoryID
	Event chorus.EventID
	// Score is the similarity with the story it joined (0 when it founded one).
	Score float64
	// Shared are the strongest terms the article shares with the story.
	Shared []string
}

type group struct {
	id       int
	centroid map[string]float64 // summed raw term weights of the members
	members  int
	first    time.Time
	last     time.Time
}

type story struct {
	group
	storyID chorus.StoryID
	events  []*event
}

type event struct {
	group
	eventID chorus.EventID
}

// Index is the streaming clusterer's state. It is not safe for concurrent
// use; callers serialise Add.
type Index struct {
	opts    Options
	df      map[string]int
	docs    int
	stories []*story
	// postings maps a term to the stories whose centroid holds it.
	postings map[string][]int
}

// New returns an empty index.
func New(opts Options) *Index {
	return &Index{opts: opts, df: map[string]int{}, postings: map[string][]int{}}
}

// Add assigns d to a story and an event, founding new ones when nothing is
// close enough, and updates the index.
func (x *Index) Add(d Doc) Assignment {
	terms := Terms(d.Title, d.Text)
	x.docs++
	for t := range terms {
		x.df[t]++
	}
	vec := x.weigh(terms)

	best, bestScore := -1, 0.0
	for _, si := range x.candidates(vec) {
		s := x.stories[si]
		if sim := cosine(vec, x.weigh(s.centroid)); sim > bestScore {
			best, bestScore = si, sim
		}
	}
	var s *story
	var a Assignment
	if best >= 0 && bestScore >= x.opts.StoryThreshold {
		s = x.stories[best]
		a.Score = round3(bestScore)
		a.Shared = topShared(vec, x.weigh(s.centroid), 8)
	} else {
		s = &story{group: group{id: len(x.stories), centroid: map[string]float64{}}, storyID: chorus.NewStoryID(d.ID)}
		x.stories = append(x.stories, s)
	}
	a.Story = s.storyID
	a.Event = x.assignEvent(s, d, terms, vec)
	for t, w := range terms {
		if _, ok := s.centroid[t]; !ok {
			x.postings[t] = append(x.postings[t], s.id)
		}
		s.centroid[t] += w
	}
	s.add(d.Published)
	return a
}

func (x *Index) assignEvent(s *story, d Doc, terms, vec map[string]float64) chorus.EventID {
	best, bestScore := -1, 0.0
	for i, e := range s.events {
		if !withinWindow(e.group, d.Published, x.opts.EventWindow) {
			continue
		}
		if sim := cosine(vec, x.weigh(e.centroid)); sim > bestScore {
			best, bestScore = i, sim
		}
	}
	var e *event
	if best >= 0 && bestScore >= x.opts.EventThreshold {
		e = s.events[best]
	} else {
		e = &event{group: group{id: len(s.events), centroid: map[string]float64{}}, eventID: chorus.NewEventID(d.ID)}
		s.events = append(s.events, e)
	}
	for t, w := range terms {
		e.centroid[t] += w
	}
	e.add(d.Published)
	return e.eventID
}

func withinWindow(g group, t time.Time, window time.Duration) bool {
	if t.IsZero() || g.first.IsZero() {
		return true
	}
	return !t.Before(g.first.Add(-window)) && !t.After(g.last.Add(window))
}

func (g *group) add(t time.Time) {
	g.members++
	if t.IsZero() {
		return
	}
	if g.first.IsZero() || t.Before(g.first) {
		g.first = t
	}
	if t.After(g.last) {
		g.last = t
	}
}

// candidates returns the stories sharing the most weight in vec's top terms.
func (x *Index) candidates(vec map[string]float64) []int {
	type tw struct {
		t string
		w float64
	}
	top := make([]tw, 0, len(vec))
	for t, w := range vec {
		top = append(top, tw{t, w})
	}
	sort.Slice(top, func(i, j int) bool {
		if top[i].w != top[j].w {
			return top[i].w > top[j].w
		}
		return top[i].t < top[j].t
	})
	if len(top) > x.opts.QueryTerms {
		top = top[:x.opts.QueryTerms]
	}
	score := map[int]float64{}
	for _, e := range top {
		for _, si := range x.postings[e.t] {
			score[si] += e.w
		}
	}
	ids := make([]int, 0, len(score))
	for si := range score {
		ids = append(ids, si)
	}
	sort.Slice(ids, func(i, j int) bool {
		if score[ids[i]] != score[ids[j]] {
			return score[ids[i]] > score[ids[j]]
		}
		return ids[i] < ids[j]
	})
	if len(ids) > x.opts.Candidates {
		ids = ids[:x.opts.Candidates]
	}
	return ids
}

// weigh turns raw term weights into unit-length TF-IDF (sublinear tf).
func (x *Index) weigh(terms map[string]float64) map[string]float64 {
	out := make(map[string]float64, len(terms))
	norm := 0.0
	for t, tf := range terms {
		w := (1 + math.Log(tf)) * math.Log(float64(x.docs+1)/float64(x.df[t]+1)+1)
		out[t] = w
		norm += w * w
	}
	norm = math.Sqrt(norm)
	if norm > 0 {
		for t := range out {
			out[t] /= norm
		}
	}
	return out
}

func cosine(a, b map[string]float64) float64 {
	if len(b) < len(a) {
		a, b = b, a
	}
	s := 0.0
	for t, w := range a {
		s += w * b[t]
	}
	return s
}

// topShared lists the terms contributing most to the similarity of a and b,
// so a user can see why an article joined a story.
func topShared(a, b map[string]float64, n int) []string {
	type tw struct {
		t string
		w float64
	}
	var out []tw
	for t, w := range a {
		if v, ok := b[t]; ok {
			out = append(out, tw{t, w * v})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].w != out[j].w {
			return out[i].w > out[j].w
		}
		return out[i].t < out[j].t
	})
	var terms []string
	for i := 0; i < len(out) && i < n; i++ {
		terms = append(terms, out[i].t)
	}
	return terms
}

func round3(f float64) float64 { return math.Round(f*1000) / 1000 }
