// Package pipeline runs the stages in order — extract, analyze, cluster,
// dedup, story — over a batch of documents in memory, or incrementally
// against a store. It holds no logic of its own beyond the order of the
// stages and which stories an article touches; the CLI, the HTTP server and
// the workers all go through it so they produce the same stories.
package pipeline

import (
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/claims"
	"github.com/chorusnews/chorus/cluster"
	"github.com/chorusnews/chorus/dedup"
	"github.com/chorusnews/chorus/extract"
	"github.com/chorusnews/chorus/story"
	"github.com/chorusnews/chorus/story/people"
	storyquotes "github.com/chorusnews/chorus/story/quotes"
	"github.com/chorusnews/chorus/story/timeline"
)

// Options configure the stages.
type Options struct {
	Story   story.Options
	Cluster cluster.Options
}

// DefaultOptions are the stages' defaults.
var DefaultOptions = Options{Story: story.DefaultOptions, Cluster: cluster.DefaultOptions}

// Extract turns documents into articles. Lines a source repeats across the
// batch's articles are removed as its boilerplate. Documents that yield no
// article are reported in errs (each an *chorus.InputError) and skipped.
// Articles come back in document order, without duplicates by id.
func Extract(docs []chorus.Document) (arts []*chorus.Article, errs []error) {
	read := make([]*extract.Draft, len(docs))
	readErrs := make([]error, len(docs))
	each(len(docs), func(i int) { read[i], readErrs[i] = extract.Read(docs[i]) })
	var drafts []*extract.Draft
	for i, d := range read {
		if readErrs[i] != nil {
			errs = append(errs, readErrs[i])
			continue
		}
		drafts = append(drafts, d)
	}
	extract.MarkRepeated(drafts)
	made := make([]*chorus.Article, len(drafts))
	madeErrs := make([]error, len(drafts))
	each(len(drafts), func(i int) { made[i], madeErrs[i] = drafts[i].Article() })
	seen := map[chorus.ArticleID]bool{}
	for i, a := range made {
		if madeErrs[i] != nil {
			errs = append(errs, madeErrs[i])
			continue
		}
		if seen[a.ID] {
			continue
		}
		seen[a.ID] = true
		arts = append(arts, a)
	}
	return arts, errs
}

// each runs f(0) … f(n-1) on as many goroutines as the process may run at
// once. Every f writes only the results of its own index, and the caller
// reads them in index order, so the outcome is the same as a loop's;
// extraction, analysis and story building are pure, and a batch of
// thousands of pages takes a fraction of the time on a machine with
// several cores.
func each(n int, f func(i int)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
}

// Stories builds every story of a batch of articles. Articles are
// clustered in publication order (undated ones last, in the order given),
// as they would arrive in a stream. Stories come back largest first.
func Stories(arts []*chorus.Article, opts Options) []*chorus.Story {
	idx := cluster.New(opts.Cluster)
	analyses := make(map[chorus.ArticleID]*chorus.Analysis, len(arts))
	storyOf := map[chorus.ArticleID]chorus.StoryID{}
	events := map[chorus.ArticleID]chorus.EventID{}
	scores := map[chorus.ArticleID]float64{} // how close each came to its event
	ordered := streamOrder(arts)
	analysed := make([]*chorus.Analysis, len(ordered))
	each(len(ordered), func(i int) { analysed[i] = analyze.Analyze(ordered[i]) })
	for i, a := range ordered {
		an := analysed[i]
		analyses[a.ID] = an
		asg := idx.Add(cluster.WithEntities(cluster.DocOf(a), an))
		storyOf[a.ID] = asg.Story
		events[a.ID] = asg.Event
		scores[a.ID] = asg.EventScore
	}
	// an article may have shown two stories to be one: follow the merges
	members := map[chorus.StoryID][]*chorus.Article{}
	var order []chorus.StoryID
	for _, a := range ordered {
		sid := idx.Resolve(storyOf[a.ID])
		if _, ok := members[sid]; !ok {
			order = append(order, sid)
		}
		members[sid] = append(members[sid], a)
	}
	out := make([]*chorus.Story, len(order))
	each(len(order), func(i int) {
		out[i] = buildStory(order[i], members[order[i]], analyses, events, scores, opts.Story)
	})
	sort.SliceStable(out, func(i, j int) bool {
		if len(out[i].Articles) != len(out[j].Articles) {
			return len(out[i].Articles) > len(out[j].Articles)
		}
		return out[i].Updated.After(out[j].Updated)
	})
	return out
}

// BuildStory analyses a story's articles, finds their syndication groups
// and builds the story.
func BuildStory(id chorus.StoryID, arts []*chorus.Article, events map[chorus.ArticleID]chorus.EventID, opts story.Options) *chorus.Story {
	return buildStory(id, arts, nil, events, nil, opts)
}

// buildStory builds a story from its articles, reusing the analyses given
// and computing the missing ones (only for the articles it reads). scores
// are the clusterer's event scores, nil when it did not place them.
func buildStory(id chorus.StoryID, arts []*chorus.Article, known map[chorus.ArticleID]*chorus.Analysis, events map[chorus.ArticleID]chorus.EventID,
	scores map[chorus.ArticleID]float64, opts story.Options) *chorus.Story {
	origins := storyOrigins(arts, events, nil)
	read := readingSet(arts, origins, events, ReadLimit)
	analyses := make(map[chorus.ArticleID]*chorus.Analysis, len(read))
	for _, a := range read {
		an := known[a.ID]
		if an == nil {
			an = analyze.Analyze(a)
		}
		analyses[a.ID] = an
	}
	marks := make(map[chorus.ArticleID]*story.Marks, len(arts))
	for _, a := range arts {
		if an := known[a.ID]; an != nil {
			marks[a.ID] = story.NewMarks(a.Title, mentionNames(an))
		} else if an := analyses[a.ID]; an != nil {
			marks[a.ID] = story.NewMarks(a.Title, mentionNames(an))
		}
		if m := marks[a.ID]; m != nil {
			m.Score = scores[a.ID]
		}
	}
	return composeStory(id, arts, read, analyses, marks, origins, events, opts)
}

// mentionNames are the names an analysis found, one per mention, as the
// clusterer reads them.
func mentionNames(an *chorus.Analysis) []string {
	out := make([]string, 0, len(an.Mentions))
	for _, m := range an.Mentions {
		if m.Text != "" {
			out = append(out, m.Text)
		}
	}
	return out
}

// storyOrigins finds the syndication groups among a story's articles,
// event by event: a repost tells the same happening in the same words as
// its origin, so the clusterer puts the two in one event, and grouping
// each event alone keeps the cost of regrouping a long-running story from
// growing with the square of its size. With a memo (a desk regrouping its
// stories after every batch) events that did not change are not grouped
// again and new pairs only are aligned. Origins come in the order of arts.
func storyOrigins(arts []*chorus.Article, events map[chorus.ArticleID]chorus.EventID, memo *dedup.Memo) []chorus.Origin {
	byID := make(map[chorus.ArticleID]*chorus.Article, len(arts))
	ids := make([]chorus.ArticleID, len(arts))
	pos := make(map[chorus.ArticleID]int, len(arts))
	for i, a := range arts {
		byID[a.ID], ids[i], pos[a.ID] = a, a.ID, i
	}
	var out []chorus.Origin
	for _, members := range eventMembers(ids, events) {
		docs := make([]dedup.Doc, len(members))
		for i, id := range members {
			docs[i] = dedup.DocOf(byID[id])
		}
		if memo != nil {
			out = append(out, memo.Groups(docs)...)
		} else {
			out = append(out, dedup.Groups(docs)...)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return pos[out[i].Article] < pos[out[j].Article] })
	return out
}

// eventMembers splits ids by event, events in order of their first
// article, articles in the order given. Articles without an event (a story
// built from a set of articles nobody clustered, as the summarisation
// evaluation does) are grouped together: each alone would never be found
// to repeat another.
func eventMembers(ids []chorus.ArticleID, events map[chorus.ArticleID]chorus.EventID) [][]chorus.ArticleID {
	index := map[chorus.EventID]int{}
	var out [][]chorus.ArticleID
	for _, id := range ids {
		e := events[id]
		k, ok := index[e]
		if !ok {
			k = len(out)
			index[e] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], id)
	}
	return out
}

// ReadLimit bounds how many articles the sections of one story read
// (digest, headline, people, quotes, timeline, claims). Those sections
// compare articles pairwise, so reading every article of a story that has
// grown to thousands would make each rebuild cost grow with the square of
// its size; past this many the story reads a representative set (see
// readingSet) and its other articles still count, keep their events and
// origins, and are cited where they copy a digest sentence.
const ReadLimit = 40

// readingSet returns the articles a story's sections read: all of them up
// to limit, else origins only (a copy adds no text its origin lacks),
// taken round-robin across events from the largest event down, earliest
// first within an event, so that every event is read before any is read
// twice. The result keeps the order of arts and depends only on the
// articles, their events and their origins.
func readingSet(arts []*chorus.Article, origins []chorus.Origin, events map[chorus.ArticleID]chorus.EventID, limit int) []*chorus.Article {
	if len(arts) <= limit {
		return arts
	}
	byID := make(map[chorus.ArticleID]*chorus.Article, len(arts))
	for _, a := range arts {
		byID[a.ID] = a
	}
	eventOf := func(id chorus.ArticleID) chorus.EventID {
		if e := events[id]; e != "" {
			return e
		}
		return chorus.NewEventID(id)
	}
	size := map[chorus.EventID]int{}
	first := map[chorus.EventID]time.Time{}
	for _, a := range arts {
		e := eventOf(a.ID)
		size[e]++
		if t, ok := first[e]; !ok || (!a.Published.IsZero() && (t.IsZero() || a.Published.Before(t))) {
			first[e] = a.Published
		}
	}
	queue := map[chorus.EventID][]*chorus.Article{}
	for _, o := range origins {
		if a := byID[o.Article]; a != nil {
			e := eventOf(a.ID)
			queue[e] = append(queue[e], a)
		}
	}
	order := make([]chorus.EventID, 0, len(queue))
	for e, q := range queue {
		order = append(order, e)
		sort.Slice(q, func(i, j int) bool {
			if !q[i].Published.Equal(q[j].Published) {
				return publishedBefore(q[i].Published, q[j].Published)
			}
			return q[i].ID < q[j].ID
		})
	}
	sort.Slice(order, func(i, j int) bool {
		a, b := order[i], order[j]
		if size[a] != size[b] {
			return size[a] > size[b]
		}
		if !first[a].Equal(first[b]) {
			return publishedBefore(first[a], first[b])
		}
		return a < b
	})
	picked := map[chorus.ArticleID]bool{}
	for round := 0; len(picked) < limit; round++ {
		took := false
		for _, e := range order {
			if q := queue[e]; round < len(q) && len(picked) < limit {
				picked[q[round].ID] = true
				took = true
			}
		}
		if !took {
			break
		}
	}
	out := make([]*chorus.Article, 0, len(picked))
	for _, a := range arts {
		if picked[a.ID] {
			out = append(out, a)
		}
	}
	return out
}

// publishedBefore orders publication times, undated last.
func publishedBefore(a, b time.Time) bool {
	if a.IsZero() != b.IsZero() {
		return !a.IsZero()
	}
	return a.Before(b)
}

// composeStory builds the story of arts from the articles it reads (read,
// with their analyses) and the syndication groups.
func composeStory(id chorus.StoryID, arts, read []*chorus.Article, analyses map[chorus.ArticleID]*chorus.Analysis, marks map[chorus.ArticleID]*story.Marks, origins []chorus.Origin, events map[chorus.ArticleID]chorus.EventID, opts story.Options) *chorus.Story {
	st := story.Build(story.Input{
		ID:       id,
		Articles: arts,
		Analyses: analyses,
		Events:   events,
		Origins:  origins,
		Marks:    marks,
	}, opts)
	// the story knows each article's origin; the other sections count by it
	originOf := make(map[chorus.ArticleID]chorus.ArticleID, len(st.Articles))
	for _, a := range st.Articles {
		originOf[a.ID] = a.Origin
	}
	var tl []timeline.Article
	var cl []claims.Article
	for _, a := range read {
		tl = append(tl, timeline.Article{Article: a, Analysis: analyses[a.ID], Origin: originOf[a.ID]})
		cl = append(cl, claims.Article{Article: a, Analysis: analyses[a.ID], Origin: originOf[a.ID], Mentions: analyses[a.ID].Mentions})
	}
	st.Timeline = timeline.Build(tl, timeline.DefaultOptions)
	st.Claims = claims.ToChorus(claims.Build(cl, claims.DefaultOptions))
	st.People = storyPeople(read, analyses)
	st.Quotes = []chorus.StoryQuote{}
	for _, q := range storyquotes.Merge(read, analyses, storyquotes.DefaultOptions) {
		st.Quotes = append(st.Quotes, q.StoryQuote)
	}
	canonicalNames(st)
	return st
}

// canonicalNames writes the speakers of quotes, the names articles share
// with their events (Joined) and the actors of the timeline by the names
// the people section gives them, so that one person reads the same
// everywhere ("Giannis Karadimos", as one outlet spells him, is listed as
// Yannis Karadimos). A form that two entities share is
// left as written. A name written after the role the people section gives
// it ("Pensioner Vera Kostic", whose variants leave the description out)
// is that name too.
func canonicalNames(st *chorus.Story) {
	owner := map[string]string{}
	ambiguous := map[string]bool{}
	for _, p := range st.People {
		forms := append([]string{p.Name}, p.Variants...)
		if p.Role != "" {
			for _, f := range forms[:len(forms):len(forms)] {
				forms = append(forms, p.Role+" "+f)
			}
		}
		for _, f := range forms {
			k := strings.ToLower(f)
			if o, ok := owner[k]; ok && o != p.Name {
				ambiguous[k] = true
			}
			owner[k] = p.Name
		}
	}
	canon := func(name string) string {
		for _, k := range []string{strings.ToLower(name), strings.ToLower(ownerless(name))} {
			if o, ok := owner[k]; ok && !ambiguous[k] {
				return o
			}
		}
		return name
	}
	for i := range st.Quotes {
		st.Quotes[i].Speaker = canon(st.Quotes[i].Speaker)
	}
	for i := range st.Timeline {
		var actors []string
		for _, a := range st.Timeline[i].Actors {
			if a = canon(a); !slices.Contains(actors, a) {
				actors = append(actors, a)
			}
		}
		st.Timeline[i].Actors = actors
	}
	for i := range st.Articles {
		j := st.Articles[i].Joined
		if j == nil {
			continue
		}
		var names []string
		for _, n := range j.Names {
			if n = canon(n); !slices.Contains(names, n) {
				names = append(names, n)
			}
		}
		canonical := *j // every other field kept as it is
		canonical.Names = names
		st.Articles[i].Joined = &canonical
	}
}

// ownerless drops the owner that opens a name ("Marhold's Mill Lane" is
// Mill Lane), which the people section leaves out of its variants.
func ownerless(name string) string {
	first, rest, ok := strings.Cut(name, " ")
	for _, end := range []string{"'s", "’s", "'", "’"} {
		if ok && rest != "" && strings.HasSuffix(first, end) {
			return rest
		}
	}
	return name
}

// storyPeople lists the story's people, organisations and places, most
// mentioned first, with their name variants merged across articles.
// The outlets that report the story are left out: "told the Bulletin" is
// the press speaking of itself, not a party to the story.
func storyPeople(arts []*chorus.Article, analyses map[chorus.ArticleID]*chorus.Analysis) []chorus.Person {
	press := pressNames(arts)
	out := []chorus.Person{}
	for _, e := range people.Resolve(people.Articles(arts, analyses)) {
		if e.Type == chorus.EntityMisc || isPress(e, press) {
			continue
		}
		out = append(out, e.Person())
	}
	return out
}

// isPress reports whether entity e names a reporting outlet. A place that
// an outlet is named after whole ("The Atlantic") stays a place.
func isPress(e people.Entity, press map[string]bool) bool {
	whole, ok := press[strings.ToLower(e.Name)]
	return ok && !(whole && e.Type == chorus.EntityLocation)
}

// pressNames returns the lower-cased names an article may call its own or
// another reporting outlet by: each outlet's name and every tail of it
// ("Perandos Ledger", "Ledger" for "The Perandos Ledger"), and the
// initials of a name of three words or more ("rpi" for "Radio Perandos
// International", who "told RPI"), each marked whether it is the outlet's
// whole name.
func pressNames(arts []*chorus.Article) map[string]bool {
	out := map[string]bool{}
	for _, a := range arts {
		ws := strings.Fields(strings.ToLower(a.Outlet))
		if len(ws) > 0 && ws[0] == "the" {
			ws = ws[1:]
		}
		var initials []rune
		for i := range ws {
			tail := strings.Join(ws[i:], " ")
			out[tail] = out[tail] || i == 0
			if r := []rune(ws[i]); unicode.IsLetter(r[0]) && ws[i] != "of" && ws[i] != "and" {
				initials = append(initials, r[0])
			}
		}
		if k := string(initials); len(initials) >= 3 {
			if _, ok := out[k]; !ok {
				out[k] = false // never the whole name
			}
		}
	}
	return out
}

// streamOrder is the order articles are clustered in: by publication time,
// undated articles after dated ones, ties in the order given.
func streamOrder(arts []*chorus.Article) []*chorus.Article {
	out := append([]*chorus.Article(nil), arts...)
	sort.SliceStable(out, func(i, j int) bool { return publishedBefore(out[i].Published, out[j].Published) })
	return out
}
