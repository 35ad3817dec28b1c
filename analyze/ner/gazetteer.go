package ner

import (
	_ "embed"
	"strings"
	"sync"
)

// gazetteerText is the project's own gazetteer: facts (country, city and
// given names, organisation head words) written for chorus, one category a line.
//
//go:embed gazetteer.txt
var gazetteerText string

// The gazetteer categories, in the order features number them.
const (
	catCountry = iota
	catCity
	catRegion
	catNat
	catEvent
	catFirst
	catOrg
	catSuffix
	catHead
	catTitle
	numCats
)

var catNames = [numCats]string{"country", "city", "region", "nat", "event", "first", "org", "suffix", "head", "title"}

// Match positions within a gazetteer phrase, as stored per token.
const (
	gazNone   = 0
	gazUnit   = 1 // a one-token entry
	gazBegin  = 2 // first token of a longer entry
	gazInside = 3 // later token of a longer entry
)

// gazetteer maps the hash of a phrase's lower-cased tokens to the set of
// categories it belongs to.
type gazetteer struct {
	phrases map[uint64]uint16
	maxLen  int
}

var (
	gazOnce sync.Once
	gazDef  *gazetteer
)

// defaultGazetteer parses the embedded gazetteer once.
func defaultGazetteer() *gazetteer {
	gazOnce.Do(func() { gazDef = parseGazetteer(gazetteerText) })
	return gazDef
}

// parseGazetteer reads "category: a|b c|d" lines; unknown categories and
// comment lines are skipped (the embedded file is tested to have none).
func parseGazetteer(text string) *gazetteer {
	g := &gazetteer{phrases: map[uint64]uint16{}}
	for _, line := range strings.Split(text, "\n") {
		name, list, ok := strings.Cut(line, ":")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		cat := catIndex(strings.TrimSpace(name))
		if cat < 0 {
			continue
		}
		for _, entry := range strings.Split(list, "|") {
			words := strings.Fields(entry)
			if len(words) == 0 {
				continue
			}
			h := uint64(0)
			for _, w := range words {
				h = mix(h, newToken(w, nil).hLower)
			}
			g.phrases[h] |= 1 << cat
			if len(words) > g.maxLen {
				g.maxLen = len(words)
			}
		}
	}
	return g
}

func catIndex(name string) int {
	for i, n := range catNames {
		if n == name {
			return i
		}
	}
	return -1
}

// match marks, for every token and category, where the token falls in the
// longest gazetteer phrase of that category that covers it (left to right,
// non-overlapping within a category).
func (g *gazetteer) match(toks []token, out [][numCats]uint8) {
	for i := range out {
		out[i] = [numCats]uint8{}
	}
	// next[c] is the first position not yet covered by category c.
	var next [numCats]int
	for i := range toks {
		if toks[i].punct && toks[i].word != "&" {
			continue
		}
		h := uint64(0)
		var lens [numCats]int
		for n := 1; n <= g.maxLen && i+n <= len(toks); n++ {
			h = mix(h, toks[i+n-1].hLower)
			cats, ok := g.phrases[h]
			if !ok {
				continue
			}
			for c := 0; c < numCats; c++ {
				if cats&(1<<c) != 0 {
					lens[c] = n
				}
			}
		}
		for c := 0; c < numCats; c++ {
			n := lens[c]
			if n == 0 || i < next[c] {
				continue
			}
			if n == 1 {
				out[i][c] = gazUnit
			} else {
				out[i][c] = gazBegin
				for j := i + 1; j < i+n; j++ {
					out[j][c] = gazInside
				}
			}
			next[c] = i + n
		}
	}
}

// LexiconTagger is the lexicon-only baseline: it tags by longest match
// against the gazetteer, with no learning. Countries, cities and regions
// are LOC, organisations ORG, nationalities and events MISC; a known given
// name followed by capitalised words is PER. It exists to show what the
// learned model adds over its own word lists.
type LexiconTagger struct{}

// lexiconTypes maps gazetteer categories to entity types, in order of
// preference when a phrase is in several.
var lexiconTypes = []struct {
	cat, typ int
}{
	{catCountry, 1}, {catCity, 1}, {catRegion, 1}, {catOrg, 2}, {catNat, 3}, {catEvent, 3},
}

// TagDocument tags each sentence independently.
func (LexiconTagger) TagDocument(sents [][]string) [][]string {
	g := defaultGazetteer()
	out := make([][]string, len(sents))
	for si, words := range sents {
		toks := make([]token, len(words))
		for i, w := range words {
			toks[i] = newToken(w, nil)
		}
		tags := make([]string, len(words))
		for i := range tags {
			tags[i] = "O"
		}
		for i := 0; i < len(toks); {
			n, typ := lexiconMatch(g, toks, i)
			if n == 0 {
				i++
				continue
			}
			tags[i] = labelNames[labelB(typ)]
			for j := i + 1; j < i+n; j++ {
				tags[j] = labelNames[labelI(typ)]
			}
			i += n
		}
		out[si] = tags
	}
	return out
}

// lexiconMatch returns the length and type of the longest entity starting
// at token i, or 0.
func lexiconMatch(g *gazetteer, toks []token, i int) (int, int) {
	if !toks[i].cap {
		return 0, 0
	}
	bestN, bestTyp := 0, 0
	h := uint64(0)
	for n := 1; n <= g.maxLen && i+n <= len(toks); n++ {
		h = mix(h, toks[i+n-1].hLower)
		cats := g.phrases[h]
		for _, lt := range lexiconTypes {
			if cats&(1<<lt.cat) != 0 {
				bestN, bestTyp = n, lt.typ
				break
			}
		}
	}
	// A given name followed by capitalised words that are not place names.
	if g.phrases[mix(0, toks[i].hLower)]&(1<<catFirst) != 0 {
		n := 1
		for i+n < len(toks) && n < 3 && toks[i+n].cap && g.phrases[mix(0, toks[i+n].hLower)]&(1<<catCountry|1<<catCity) == 0 {
			n++
		}
		if n > 1 && n > bestN {
			bestN, bestTyp = n, 0
		}
	}
	return bestN, bestTyp
}

// KnownPlace reports whether name, matched case-insensitively word by
// word, is a country, city or region of the gazetteer. Later stages use it
// to overrule a tagger that typed a well-known place a person.
func KnownPlace(name string) bool {
	return defaultGazetteer().has(name, 1<<catCountry|1<<catCity|1<<catRegion)
}

// KnownOrganization reports whether name, matched case-insensitively word
// by word, is an organisation of the gazetteer.
func KnownOrganization(name string) bool {
	return defaultGazetteer().has(name, 1<<catOrg)
}

// KnownGivenName reports whether name is a given name of the gazetteer.
func KnownGivenName(name string) bool {
	return defaultGazetteer().has(name, 1<<catFirst)
}

// has reports whether the phrase name is an entry of one of cats.
func (g *gazetteer) has(name string, cats uint16) bool {
	h := uint64(0)
	n := 0
	for _, w := range strings.Fields(name) {
		h = mix(h, newToken(w, nil).hLower)
		n++
	}
	return n > 0 && g.phrases[h]&cats != 0
}
