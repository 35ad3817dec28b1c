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
