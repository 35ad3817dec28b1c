// Package story builds what chorus says about one story from its articles:
// the cited digest, the headline, the events and the syndication origins,
// and the counts of articles, outlets and independent origins.
package story

import (
	"sort"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// Input is everything the story stage reads: the story's articles with their
// analyses, which event each belongs to, and the syndication groups.
type Input struct {
	ID       chorus.StoryID
	Articles []*chorus.Article
	// Analyses are the analyses of the articles the digest reads. A large
	// story passes a bounded set (see pipeline); the other articles still
	// count, belong to their events and origins, and are cited where they
	// carry a digest sentence of an origin they copy.
	Analyses map[chorus.ArticleID]*chorus.Analysis
	// Events maps each article to its event.
	Events  map[chorus.ArticleID]chorus.EventID
	Origins []chorus.Origin
	// Marks are each article's names and headline words (NewMarks), for
	// saying what it shares with its event (StoryArticle.Joined). An
	// article missing here is judged by its headline alone.
	Marks map[chorus.ArticleID]*Marks
}

// Options tune the story.
type Options struct {
	// Words is the digest's length in words: its sentences fill it, and
	// the last may run past it (a cut at Words falls on that one).
	Words int
	// Selector chooses the digest's sentences; nil uses the digest's own
	// concept coverage. Evaluations set it to compare with baselines.
	Selector Selector
}

// DefaultOptions gives a digest a person reads in half a minute.
var DefaultOptions = Options{Words: 120}

// Build assembles the story. It is pure and deterministic.
func Build(in Input, opts Options) *chorus.Story {
	if opts.Words <= 0 {
		opts.Words = DefaultOptions.Words
	}
	arts := sortedArticles(in.Articles)
	originOf := map[chorus.ArticleID]chorus.ArticleID{}
	for _, o := range in.Origins {
		originOf[o.Article] = o.Article
		for _, c := range o.Copies {
			originOf[c.Article] = o.Article
		}
	}
	s := &chorus.Story{
		ID:                 in.ID,
		Origins:            in.Origins,
		IndependentOrigins: len(in.Origins),
		Digest:             []chorus.DigestSentence{},
		People:             []chorus.Person{},
		Quotes:             []chorus.StoryQuote{},
		Timeline:           []chorus.TimelineEntry{},
		Claims:             []chorus.Claim{},
	}
	if s.Origins == nil {
		s.Origins = []chorus.Origin{}
	}
	why := joined(arts, in.Marks, in.Events)
	for i, a := range arts {
		origin := originOf[a.ID]
		if origin == "" {
			origin = a.ID
		}
		s.Articles = append(s.Articles, chorus.StoryArticle{Article: *a, Origin: origin, Event: in.Events[a.ID], Joined: why[i]})
		if a.Published.After(s.Updated) {
			s.Updated = a.Published
		}
	}
	s.Outlets = countOutlets(arts)
	s.Events = buildEvents(arts, in.Events)
	d := newDigester(arts, in.Analyses, originOf, s.Events)
	s.Digest = d.digest(opts.Words, opts.Selector)
	citeUnreadCopies(s.Digest, arts, in.Analyses, in.Origins)
	s.Headline = d.headline()
	return s
}

// sortedArticles orders articles oldest first; undated ones keep their
// arrival order after the dated ones.
func sortedArticles(in []*chorus.Article) []*chorus.Article {
	out := append([]*chorus.Article(nil), in...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Published, out[j].Published
		if a.IsZero() != b.IsZero() {
			return !a.IsZero()
		}
		return a.Before(b)
	})
	return out
}

// outletKey names an article's outlet for counting, the way readers see it
// named (chorus.OutletLabel): a site's host or a credited agency stands for
// an unnamed outlet, so five pasted texts credited to one wire count as one
// outlet, as the source list and the claims already show them. An article
// with nothing to go on counts as an outlet of its own rather than merging
// with others.
func outletKey(a *chorus.Article) string {
	label := a.OutletLabel()
	if label == chorus.UnknownOutlet {
		return "?" + string(a.ID)
	}
	return strings.ToLower(label)
}

func countOutlets(arts []*chorus.Article) int {
	seen := map[string]bool{}
	for _, a := range arts {
		seen[outletKey(a)] = true
	}
	return len(seen)
}

// buildEvents lists the story's events in order of their first article.
func buildEvents(arts []*chorus.Article, assign map[chorus.ArticleID]chorus.EventID) []chorus.Event {
	index := map[chorus.EventID]int{}
	var out []chorus.Event
	for _, a := range arts {
		id := assign[a.ID]
		if id == "" {
			id = chorus.NewEventID(a.ID)
		}
		i, ok := index[id]
		if !ok {
			i = len(out)
			index[id] = i
			out = append(out, chorus.Event{ID: id, Label: a.Title})
		}
		e := &out[i]
		e.Articles = append(e.Articles, a.ID)
		if !a.Published.IsZero() {
			if e.First.IsZero() || a.Published.Before(e.First) {
				e.First = a.Published
			}
			if a.Published.After(e.Last) {
				e.Last = a.Published
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return eventBefore(out[i].First, out[j].First) })
	return out
}

func eventBefore(a, b time.Time) bool {
	if a.IsZero() || b.IsZero() {
		return false
	}
	return a.Before(b)
}
