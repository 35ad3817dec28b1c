package story

import (
	"cmp"
	"math"
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
// mentioned ones (see TopNames).
const NamesKept = 8

// Marks are what an article brings to saying why it joined its event: its
// most mentioned names and its headline's words. A desk keeps them for
// every article it places, so that a story rebuilt from thousands of them
// neither ranks names nor splits headlines again, and gets the Joined of
// a story built at once.
type Marks struct {
	names []string // the most mentioned names, as first written
	keys  []string // names lower-cased: what makes two articles' names one
	words []string // headlineWords of the title
	// Score is how similar the article was to its event when the
	// clusterer placed it (its event score; 0 for the event's founder).
	Score float64
}

// NewMarks works out the marks of an article titled title that mentions
// the names given (one per mention).
func NewMarks(title string, mentions []string) *Marks {
	names := TopNames(mentions, NamesKept)
	keys := make([]string, len(names))
	for i, n := range names {
		keys[i] = strings.ToLower(n)
	}
	return &Marks{names: names, keys: keys, words: headlineWords(title)}
}

// joined says, for each article of an event with others, which names and
// headline words it shares with them, and how similar the clusterer found
// it to the event: the evidence the clusterer weighed, in a form a reader
// can check. The answer is aligned with arts, nil where
// an article shares nothing. An article missing from marks is judged by
// its headline alone.
//
// Every name and word is numbered once per call; an event's counts are
// then added up in slices, read, and taken away again, so a story of
// thousands of articles costs a map look-up per item rather than a map per
// event and a look-up per item and per event.
func joined(arts []*chorus.Article, marks map[chorus.ArticleID]*Marks, events map[chorus.ArticleID]chorus.EventID) []*chorus.Joined {
	own := make([]*Marks, len(arts))
	eventOf := make([]int32, len(arts))
	eventIndex := map[chorus.EventID]int32{}
	var size []int32 // articles per event
	number := map[string]int32{}
	// items[at[i]:at[i+1]] are article i's names, then its words, numbered
	var items []int32
	at := make([]int, len(arts)+1)
	for i, a := range arts {
		e := events[a.ID]
		if e == "" { // unclustered: an event of its own
			e = chorus.NewEventID(a.ID)
		}
		k, ok := eventIndex[e]
		if !ok {
			k = int32(len(size))
			eventIndex[e] = k
			size = append(size, 0)
		}
		eventOf[i] = k
		size[k]++
		m := marks[a.ID]
		if m == nil {
			m = &Marks{words: headlineWords(a.Title)}
		}
		own[i] = m
		// a name and a word share a number, but not a count
		for _, it := range m.keys {
			items = append(items, numberOf(number, it))
		}
		for _, it := range m.words {
			items = append(items, numberOf(number, it))
		}
		at[i+1] = len(items)
	}
	// the articles in order of their events, by a counting sort
	first := make([]int32, len(size)+1)
	for k, n := range size {
		first[k+1] = first[k] + n
	}
	order := make([]int32, len(arts))
	next := slices.Clone(first[:len(size)])
	for i, k := range eventOf {
		order[next[k]] = int32(i)
		next[k]++
	}
	nameCount, wordCount := make([]int32, len(number)), make([]int32, len(number))
	out := make([]*chorus.Joined, len(arts))
	// what is said is carved from two arenas that never grow (no article
	// says more than its items), not allocated article by article
	said := make([]chorus.Joined, 0, len(arts))
	arena := make([]string, 0, len(items))
	var buf []kept
	for k := range size {
		if size[k] < 2 {
			continue
		}
		members := order[first[k]:first[k+1]]
		add := func(d int32) {
			for _, i := range members {
				n := len(own[i].keys)
				for _, x := range items[at[i] : at[i]+n] {
					nameCount[x] += d
				}
				for _, x := range items[at[i]+n : at[i+1]] {
					wordCount[x] += d
				}
			}
		}
		add(1)
		for _, i := range members {
			m := own[i]
			n := len(m.keys)
			j := chorus.Joined{
				Names: shared(m.names, items[at[i]:at[i]+n], nameCount, maxJoinedNames, &buf, &arena),
				Words: shared(m.words, items[at[i]+n:at[i+1]], wordCount, maxJoinedWords, &buf, &arena),
				Score: math.Round(m.Score*1000) / 1000,
			}
			if len(j.Names)+len(j.Words) > 0 || j.Score > 0 {
				said = append(said, j)
				out[i] = &said[len(said)-1]
			}
		}
		add(-1)
	}
	return out
}

// numberOf numbers s in number, giving a new string the next number.
func numberOf(number map[string]int32, s string) int32 {
	x, ok := number[s]
	if !ok {
		x = int32(len(number))
		number[s] = x
	}
	return x
}

// kept is an item another article carries too, with how many carry it.
type kept struct {
	item string
	n    int32
}

// shared keeps the items that another article carries too (a count of two
// or more, looked up by the item's number), most widely carried first,
// then in the article's own order. buf is scratch space, reused; the
// answer is appended to arena, which has room for it.
func shared(items []string, numbers []int32, count []int32, limit int, buf *[]kept, arena *[]string) []string {
	ks := (*buf)[:0]
	for i, it := range items {
		if n := count[numbers[i]]; n >= 2 {
			ks = append(ks, kept{it, n})
		}
	}
	*buf = ks
	if len(ks) == 0 {
		return nil
	}
	slices.SortStableFunc(ks, func(a, b kept) int { return cmp.Compare(b.n, a.n) })
	from := len(*arena)
	for _, k := range ks[:min(len(ks), limit)] {
		*arena = append(*arena, k.item)
	}
	return (*arena)[from:len(*arena):len(*arena)]
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
