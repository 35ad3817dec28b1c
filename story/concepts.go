package story

import (
	"math"
	"slices"
	"strings"
)

// A concept is a pair of adjacent stemmed words that the story's articles
// repeat. What several independent reports say in the same words is what
// the story is about, and a digest covering the most of it, weighted by how
// many reports carry each concept, tells the story best (Gillick and
// Favre's concept coverage). Word pairs keep the order and catch names and
// phrases ("foreign minister", "air strike"); a pair of function words
// ("of the") is no concept.
type concept = uint64

// conceptKey packs two word ids into a concept.
func conceptKey(first, second int32) concept {
	return uint64(uint32(first))<<32 | uint64(uint32(second))
}

// A single content word is a concept too, of its own kind: the pair of
// the word and no word. Word pairs tell a story's phrases apart, but once a
// digest is long enough to hold every phrase the reports share, which
// words it repeats is what is left to choose by (see wordShare).
func wordConcept(id int32) concept { return conceptKey(id, -1) }

// isWordConcept reports whether a concept is a single word.
func isWordConcept(c concept) bool { return uint32(c) == math.MaxUint32 }

// conceptWeights tune how concepts are weighed.
type conceptWeights struct {
	// minReports is the number of independent reports a concept needs to
	// weigh fully (below it, a phrase is one writer's wording).
	minReports int
	// lead and leadDecay weigh a report's vote for a concept by where the
	// concept first appears in it: a vote counts 1 + lead·e^(−s/leadDecay)
	// for the s-th sentence, since news writing puts what matters first.
	lead      float64
	leadDecay float64
	// rare scales the weight of concepts carried by fewer than minReports
	// reports, so that a digest can still fill its budget with the best
	// of what one report alone says.
	rare float64
}

// defaultConceptWeights were chosen on half A of DUC 2003 (the lead
// weighting is worth about one ROUGE-2 point there) and held on half B.
var defaultConceptWeights = conceptWeights{minReports: 2, lead: 8, leadDecay: 8, rare: 0.01}

// vocab interns stems as small integers.
type vocab map[string]int32

func (v vocab) id(s string) int32 {
	id, ok := v[s]
	if !ok {
		id = int32(len(v))
		v[s] = id
	}
	return id
}

// unitConcepts appends to dst the distinct concepts of a word sequence:
// its word pairs, and with words its content words too.
func unitConcepts(stems []string, v vocab, dst []concept, words bool) []concept {
	start := len(dst)
	prev, prevStop := int32(-1), true
	for _, s := range stems {
		id := v.id(s)
		stop := stopword[s] || isNumberish(s)
		if prev >= 0 && !(stop && prevStop) {
			c := conceptKey(prev, id)
			dup := false
			for _, d := range dst[start:] {
				if d == c {
					dup = true
					break
				}
			}
			if !dup {
				dst = append(dst, c)
			}
		}
		if words && !stop {
			if c := wordConcept(id); !slices.Contains(dst[start:], c) {
				dst = append(dst, c)
			}
		}
		prev, prevStop = id, stop
	}
	return dst
}

// weighConcepts weighs every concept of the story's body sentences by the
// independent reports that carry it (a report being a syndication origin
// with its copies, so that five reposts of one wire story vote once), each
// vote counting more the earlier the concept appears in the report.
func weighConcepts(units []unit, origin []int, v vocab, cw conceptWeights) map[concept]float64 {
	type key struct {
		c      concept
		report int
	}
	first := map[key]int{}
	// keys in the order first seen: summing the votes in map order would
	// add floats in a different order on every run, and a last-bit
	// difference is enough to flip a tie in the selection
	var order []key
	var buf []concept
	for _, u := range units {
		if u.title {
			continue
		}
		o := origin[u.art]
		buf = unitConcepts(u.stems, v, buf[:0], true)
		for _, c := range buf {
			k := key{c, o}
			s, ok := first[k]
			if !ok {
				order = append(order, k)
			}
			if !ok || u.sent < s {
				first[k] = u.sent
			}
		}
	}
	votes := map[concept]float64{}
	reports := map[concept]int{}
	for _, k := range order {
		votes[k.c] += 1 + cw.lead*math.Exp(-float64(first[k])/cw.leadDecay)
		reports[k.c]++
	}
	for c, n := range reports {
		if n < cw.minReports {
			votes[c] *= cw.rare
		}
	}
	return votes
}

// stopword lists English function words, and their stems: they make no
// concept together, and carry no topic alone.
var stopword = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above after again against all also am an and any are as at be
		because been before being below between both but by can could did do does doing down during each
		few for from further had has have having he her here hers herself him himself his how i if in
		into is it its itself just me more most my myself no nor not now of off on once only or other
		our ours ourselves out over own same she should so some such than that the their theirs them
		themselves then there these they this those through to too under until up very was we were what
		when where which while who whom why will with would you your yours yourself yourselves said says
		say told mr mrs ms s t one two may might must shall`) {
		m[w] = true
		m[stem(w)] = true
	}
	return m
}()

// isNumberish reports whether a word is a bare number.
func isNumberish(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
