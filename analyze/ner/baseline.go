package ner

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
