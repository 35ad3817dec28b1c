package story

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
)

// Caps on what an article's Joined lists: enough to see why, short enough
// to read in a source list.
const (
	maxJoinedNames = 5
	maxJoinedWords = 6
)

// NamesKept is how many of an article's names Joined weighs: its most
// mentioned ones. A desk that keeps names for thousands of articles keeps
// this many (see TopNames), and gets the Joined of a story built at once.
const NamesKept = 8

// joined says, for each article of an event with others, which names and
// headline words it shares with them: the evidence the clusterer weighed,
// in a form a reader can check. names holds the names each article
// mentions (an article without any is judged by its headline alone).
func joined(arts []*chorus.Article, names map[chorus.ArticleID][]string, events map[chorus.ArticleID]chorus.EventID) map[chorus.ArticleID]*chorus.Joined {
	type marks struct{ names, words []string }
	byEvent := map[chorus.EventID][]chorus.ArticleID{}
	own := make(map[chorus.ArticleID]marks, len(arts))
	for _, a := range arts {
		e := events[a.ID]
		if e == "" { // unclustered: an event of its own
			e = chorus.NewEventID(a.ID)
		}
		byEvent[e] = append(byEvent[e], a.ID)
		own[a.ID] = marks{names: TopNames(names[a.ID], NamesKept), words: headlineWords(a.Title)}
	}
	out := map[chorus.ArticleID]*chorus.Joined{}
	for _, ids := range byEvent {
		if len(ids) < 2 {
			continue
		}
		// how many of the event's articles carry each name and word
		nameDF, wordDF := map[string]int{}, map[string]int{}
		for _, id := range ids {
			for _, n := range own[id].names {
				nameDF[strings.ToLower(n)]++
			}
			for _, w := range own[id].words {
				wordDF[w]++
			}
		}
		for _, id := range ids {
			j := &chorus.Joined{
				Names: shared(own[id].names, func(n string) int { return nameDF[strings.ToLower(n)] }, maxJoinedNames),
				Words: shared(own[id].words, func(w string) int { return wordDF[w] }, maxJoinedWords),
			}
			if len(j.Names)+len(j.Words) > 0 {
				out[id] = j
			}
		}
	}
	return out
}

// shared keeps the items that another article carries too (a count of two
// or more), most widely carried first, then in the article's own order.
func shared(items []string, count func(string) int, limit int) []string {
	var out []string
	for _, it := range items {
		if count(it) >= 2 {
			out = append(out, it)
		}
	}
	slices.SortStableFunc(out, func(a, b string) int { return cmp.Compare(count(b), count(a)) })
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

// TopNames lists names once each (case and surrounding space ignored),
// most mentioned first, ties in order of first mention, at most limit.
// It gives the same list whether it is given the mentions or its own
// earlier answer with the same limit.
func TopNames(mentions []string, limit int) []string {
	n := map[string]int{}
	first := map[string]string{}
	var order []string
	for _, m := range mentions {
		k := strings.ToLower(strings.TrimSpace(m))
		if k == "" {
			continue
		}
		if _, ok := first[k]; !ok {
			first[k] = m
			order = append(order, k)
		}
		n[k]++
	}
	slices.SortStableFunc(order, func(a, b string) int { return cmp.Compare(n[b], n[a]) })
	if len(order) > limit {
		order = order[:limit]
	}
	out := make([]string, len(order))
	for i, k := range order {
		out[i] = first[k]
	}
	return out
}

// headlineWords are a headline's content words, lower-cased, once each:
// function words and bare numbers say nothing about the happening.
func headlineWords(title string) []string {
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(title), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-'
	}) {
		w = strings.Trim(w, "-")
		if len([]rune(w)) < 3 || stopword[w] || isNumberish(w) || seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}
