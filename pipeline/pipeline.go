// Package pipeline runs the stages in order — extract, analyze, cluster,
// dedup, story — over a batch of documents in memory, or incrementally
// against a store. It holds no logic of its own beyond the order of the
// stages and which stories an article touches; the CLI, the HTTP server and
// the workers all go through it so they produce the same stories.
package pipeline

import (
	"sort"

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
	var drafts []*extract.Draft
	for _, doc := range docs {
		d, err := extract.Read(doc)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		drafts = append(drafts, d)
	}
	extract.MarkRepeated(drafts)
	seen := map[chorus.ArticleID]bool{}
	for _, d := range drafts {
		a, err := d.Article()
		if err != nil {
			errs = append(errs, err)
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

// Stories builds every story of a batch of articles. Articles are
// clustered in publication order (undated ones last, in the order given),
// as they would arrive in a stream. Stories come back largest first.
func Stories(arts []*chorus.Article, opts Options) []*chorus.Story {
	idx := cluster.New(opts.Cluster)
	analyses := make(map[chorus.ArticleID]*chorus.Analysis, len(arts))
	storyOf := map[chorus.ArticleID]chorus.StoryID{}
	events := map[chorus.ArticleID]chorus.EventID{}
	ordered := streamOrder(arts)
	for _, a := range ordered {
		an := analyze.Analyze(a)
		analyses[a.ID] = an
		asg := idx.Add(cluster.WithEntities(cluster.DocOf(a), an))
		storyOf[a.ID] = asg.Story
		events[a.ID] = asg.Event
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
	out := make([]*chorus.Story, 0, len(order))
	for _, id := range order {
		out = append(out, buildStory(id, members[id], analyses, events, opts.Story))
	}
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
	return buildStory(id, arts, nil, events, opts)
}

// buildStory builds a story from its articles, reusing the analyses given
// and computing the missing ones.
func buildStory(id chorus.StoryID, arts []*chorus.Article, known map[chorus.ArticleID]*chorus.Analysis, events map[chorus.ArticleID]chorus.EventID, opts story.Options) *chorus.Story {
	analyses := make(map[chorus.ArticleID]*chorus.Analysis, len(arts))
	docs := make([]dedup.Doc, 0, len(arts))
	for _, a := range arts {
		an := known[a.ID]
		if an == nil {
			an = analyze.Analyze(a)
		}
		analyses[a.ID] = an
		docs = append(docs, dedup.DocOf(a))
	}
	origins := dedup.Syndicate(docs).Origins
	st := story.Build(story.Input{
		ID:       id,
		Articles: arts,
		Analyses: analyses,
		Events:   events,
		Origins:  origins,
	}, opts)
	// the story knows each article's origin; the other sections count by it
	originOf := make(map[chorus.ArticleID]chorus.ArticleID, len(st.Articles))
	for _, a := range st.Articles {
		originOf[a.ID] = a.Origin
	}
	var tl []timeline.Article
	var cl []claims.Article
	for _, a := range arts {
		tl = append(tl, timeline.Article{Article: a, Analysis: analyses[a.ID], Origin: originOf[a.ID]})
		cl = append(cl, claims.Article{Article: a, Analysis: analyses[a.ID], Origin: originOf[a.ID], Mentions: analyses[a.ID].Mentions})
	}
	st.Timeline = timeline.Build(tl, timeline.DefaultOptions)
	st.Claims = claims.ToChorus(claims.Build(cl, claims.DefaultOptions))
	st.People = storyPeople(arts, analyses)
	st.Quotes = []chorus.StoryQuote{}
	for _, q := range storyquotes.Merge(arts, analyses, storyquotes.DefaultOptions) {
		st.Quotes = append(st.Quotes, q.StoryQuote)
	}
	return st
}

// storyPeople lists the story's people, organisations and places, most
// mentioned first, with their name variants merged across articles.
func storyPeople(arts []*chorus.Article, analyses map[chorus.ArticleID]*chorus.Analysis) []chorus.Person {
	out := []chorus.Person{}
	for _, e := range people.Resolve(people.Articles(arts, analyses)) {
		if e.Type == chorus.EntityMisc {
			continue
		}
		out = append(out, e.Person())
	}
	return out
}

// streamOrder is the order articles are clustered in: by publication time,
// undated articles after dated ones, ties in the order given.
func streamOrder(arts []*chorus.Article) []*chorus.Article {
	out := append([]*chorus.Article(nil), arts...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Published, out[j].Published
		if a.IsZero() != b.IsZero() {
			return !a.IsZero()
		}
		return a.Before(b)
	})
	return out
}
