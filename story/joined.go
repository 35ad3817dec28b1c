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
	type marks struct{ names, keys, words []string } // keys: the names lower-cased
	byEvent := map[chorus.EventID][]chorus.ArticleID{}
	own := make(map[chorus.ArticleID]marks, len(arts))
	for _, a := range arts {
		e := events[a.ID]
		if e == "" { // unclustered: an event of its own
			e = chorus.NewEventID(a.ID)
		}
		byEvent[e] = append(byEvent[e], a.ID)
		n := TopNames(names[a.ID], NamesKept)
		keys := make([]string, len(n))
		for i, name := range n {
			keys[i] = strings.ToLower(name)
		}
		own[a.ID] = marks{names: n, keys: keys, words: headlineWords(a.Title)}
	}
	out := map[chorus.ArticleID]*chorus.Joined{}
	for _, ids := range byEvent {
		if len(ids) < 2 {
			continue
		}
		// how many of the event's articles carry each name and word
		nameDF, wordDF := map[string]int{}, map[string]int{}
		for _, id := range ids {
			for _, k := range own[id].keys {
				nameDF[k]++
			}
			for _, w := range own[id].words {
				wordDF[w]++
			}
		}
		for _, id := range ids {
			m := own[id]
			j := &chorus.Joined{
				Names: shared(m.names, m.keys, nameDF, maxJoinedNames),
				Words: shared(m.words, m.words, wordDF, maxJoinedWords),
			}
			if len(j.Names)+len(j.Words) > 0 {
				out[id] = j
			}
		}
	}
	return out
}

// shared keeps the items that another article carries too (a count of two
// or more, looked up by the item's key), most widely carried first, then
// in the article's own order.
func shared(items, keys []string, count map[string]int, limit int) []string {
	type kept struct {
		item string
		n    int
	}
	var ks []kept
	for i, it := range items {
		if n := count[keys[i]]; n >= 2 {
			ks = append(ks, kept{it, n})
		}
	}
	if len(ks) == 0 {
		return nil
	}
	slices.SortStableFunc(ks, func(a, b kept) int { return cmp.Compare(b.n, a.n) })
	out := make([]string, min(len(ks), limit))
	for i := range out {
		out[i] = ks[i].item
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
