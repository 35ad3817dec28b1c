package claims

import (
	"regexp"
	"slices"
	"strings"

	"github.com/chorusnews/chorus/claims/align"
	"github.com/chorusnews/chorus/claims/numbers"
)

// Relation is how two statements relate.
type Relation int

// The relations between two statements.
const (
	// Unrelated statements say different things.
	Unrelated Relation = iota
	// Same statements say the same thing.
	Same
	// Differs: the same thing with another value.
	Differs
)

func (r Relation) String() string {
	switch r {
	case Same:
		return "same"
	case Differs:
		return "differs"
	}
	return "unrelated"
}

// relation is a pair decision with what differs.
type relation struct {
	rel  Relation
	p    float64 // the classifier's probability on the full texts
	gist float64 // the story-level similarity
	what string  // "number", "date", "polarity", "place"
	// values are the differing values, as written, for a and b.
	va, vb string
}

// relate decides whether two statements say the same thing, the same
// thing with another value, or different things. Precision comes first:
// a false "differs" tells a reader that an outlet got it wrong, so a
// difference needs the two clauses to match closely once their figures
// are masked, and figures to count the same thing (the word after the
// number: "dead", "ships") and to disagree beyond rounding.
//
// Same needs the pair classifier's probability to reach opts.Same, or,
// for two reports of one event in their own words, a story-level gist
// similarity of opts.Gist with two names in common, the same modality (a
// meeting planned is not a meeting held) and some lexical support (the
// classifier at a fifteenth of its threshold).
func relate(a, b *stmt, gist float64, m *align.Model, opts Options) relation {
	if va, vb, conflict := estimateConflict(a, b); conflict {
		return relation{rel: Differs, p: m.Probability(a.full, b.full), what: "number", va: va, vb: vb}
	}
	if shared(a.full.ContentStems(), b.full.ContentStems()) < 2 {
		return relation{}
	}
	p := m.Probability(a.full, b.full)
	pm := p
	if len(a.facets.Numbers) > 0 || len(b.facets.Numbers) > 0 {
		pm = m.Probability(a.masked, b.masked)
	}
	if va, vb, conflict := numberConflict(a.facets.Numbers, b.facets.Numbers); conflict {
		// figures for different times are no conflict, unless a later
		// article gives the newer one (an update, told apart later)
		if pm >= opts.Slot && (!differentTimes(a.facets.Dates, b.facets.Dates) || published(a) != published(b)) {
			return relation{rel: Differs, p: p, what: "number", va: va, vb: vb}
		}
		return relation{p: p}
	}
	if da, db, conflict := dateConflict(a.facets.Dates, b.facets.Dates); conflict &&
		(published(a) == published(b) || !a.facets.relativeDates && !b.facets.relativeDates) {
		if pm >= opts.Slot+0.1 && !exclusiveBoth(a.masked.ContentStems(), b.masked.ContentStems()) {
			return relation{rel: Differs, p: p, what: "date", va: da, vb: db}
		}
		return relation{p: p}
	}
	switch numbersAgree(a.facets.Numbers, b.facets.Numbers) {
	case disagree: // different figures of different things: not one claim
		return relation{p: p}
	case agree: // the same figures spelled differently: compare the rest
		p = max(p, pm)
	}
	if p < opts.Same && !(gist >= opts.Gist && p >= opts.Same/15 && sameModality(a.facets, b.facets) &&
		matchedEntities(a.facets.Entities, b.facets.Entities) >= 2) {
		return relation{p: p}
	}
	if a.facets.Negated != b.facets.Negated {
		if p >= opts.Slot+0.1 && sameModality(a.facets, b.facets) && !exclusiveBoth(a.masked.ContentStems(), b.masked.ContentStems()) {
			va, vb := "affirms", "denies"
			if a.facets.Negated {
				va, vb = vb, va
			}
			return relation{rel: Differs, p: p, what: "polarity", va: va, vb: vb}
		}
		return relation{p: p}
	}
	if pa, pb, conflict := placeConflict(locatives(a), locatives(b)); conflict {
		if pm >= opts.Slot+0.1 && !exclusiveBoth(a.masked.ContentStems(), b.masked.ContentStems()) {
			return relation{rel: Differs, p: p, what: "place", va: pa, vb: pb}
		}
		return relation{p: p}
	}
	return relation{rel: Same, p: p, gist: gist}
}

// exclusiveBoth reports whether each side has a content word the other
// lacks once figures, dates and places are masked: then the two say
// different things ("stolen on 2 March", "found on 13 March"), not the
// same thing with another value.
func exclusiveBoth(a, b []uint64) bool {
	n := shared(a, b)
	return n < len(a) && n < len(b)
}

// differentTimes reports statements dated to different periods, neither
// holding the other ("2025" and "2025-03" do not differ).
func differentTimes(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, x := range a {
		for _, y := range b {
			if strings.HasPrefix(x, y) || strings.HasPrefix(y, x) {
				return false
			}
		}
	}
	return true
}

// published is the day a statement's article was published, "" when unknown.
func published(s *stmt) string {
	if s.art.Article.Published.IsZero() {
		return ""
	}
	return s.art.Article.Published.UTC().Format("2006-01-02")
}

func shared(a, b []uint64) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// numberConflict finds figures of the same thing that cannot be the same
// figure: comparable (same unit), counting the same thing (same word
// after them, or both money or percentages), and no pair of them agreeing
// up to rounding and hedges.
func numberConflict(a, b []Number) (string, string, bool) {
	var va, vb string
	conflict := false
	for _, x := range a {
		for _, y := range b {
			if !numbers.Comparable(x.Quantity, y.Quantity) || !sameCounted(x, y) ||
				!sameContext(x.Before, y.Before) || !sameContext(x.After, y.After) {
				continue
			}
			if numbers.Agrees(x.Quantity, y.Quantity) {
				return "", "", false
			}
			if !conflict {
				va, vb, conflict = x.Text, y.Text, true
			}
		}
	}
	return va, vb, conflict
}

// sameCounted reports whether two quantities count the same thing: the
// same head word (plural or not); a figure with no head whose clause
// names the other's head before it ("the number of ships … rose to 51");
// or both money or shares with no head.
func sameCounted(x, y Number) bool {
	hx, hy := strings.TrimSuffix(x.Quantity.Head, "s"), strings.TrimSuffix(y.Quantity.Head, "s")
	switch {
	case hx != "" && hy != "":
		return hx == hy
	case hx != "":
		return slices.Contains(y.Before, hx)
	case hy != "":
		return slices.Contains(x.Before, hy)
	}
	return x.Quantity.Unit != numbers.Count && x.Quantity.Unit == y.Quantity.Unit
}

// Outcomes of comparing two statements' figures.
const (
	noFigures = iota // nothing comparable
	agree            // every comparable pair agrees up to rounding
	disagree         // some comparable pair disagrees
)

// numbersAgree compares all comparable figures of two statements,
// whatever they count.
func numbersAgree(a, b []Number) int {
	out := noFigures
	// each figure is matched with the other side's figures it can be
	// compared with: one that agrees is its counterpart ("seven dead" and
	// "thousands displaced" in both texts are two matches, not a clash of
	// seven with thousands); only a figure that agrees with none disagrees
	for _, x := range a {
		comparable, agrees := false, false
		for _, y := range b {
			if !numbers.Comparable(x.Quantity, y.Quantity) {
				continue
			}
			comparable = true
			if numbers.Agrees(x.Quantity, y.Quantity) {
				agrees = true
				break
			}
		}
		switch {
		case agrees:
			out = agree
		case comparable:
			return disagree
		}
	}
	return out
}

func comparableFigures(x, y Number) bool { return numbers.Comparable(x.Quantity, y.Quantity) }

func agreeFigures(x, y Number) bool { return numbers.Agrees(x.Quantity, y.Quantity) }

// sameContext reports whether two quantities' neighbouring words agree:
// no side has a word the other lacks, or only one side does (a detail
// added, "ships waiting" and "ships waiting off Thessara").
func sameContext(a, b []string) bool {
	onlyA, onlyB := false, false
	for _, x := range a {
		if !slices.Contains(b, x) {
			onlyA = true
		}
	}
	for _, y := range b {
		if !slices.Contains(a, y) {
			onlyB = true
		}
	}
	return !(onlyA && onlyB)
}

// dateConflict finds two statements dated to different days, each to one day.
func dateConflict(a, b []string) (string, string, bool) {
	if len(a) != 1 || len(b) != 1 || len(a[0]) != 10 || len(b[0]) != 10 || a[0] == b[0] {
		return "", "", false
	}
	return a[0], b[0], true
}

// locatives keeps, of a statement's places, those it puts something in
// ("in Aleppo", "near the border town of Kilis"): where an event happened
// is a slot two reports can disagree on. A place acting as an agent
// ("urged Moscow and Washington") is usually its government, which a
// capital and a country name alike, so it is no place to disagree on.
func locatives(s *stmt) Facets {
	f := s.facets
	var places []string
	low := strings.ToLower(s.text)
	for _, p := range f.Places {
		if rxLocative(strings.ToLower(p)).MatchString(low) {
			places = append(places, p)
		}
	}
	f.Places = places
	return f
}

// rxLocative matches a place after a preposition of location.
func rxLocative(place string) *regexp.Regexp {
	return regexp.MustCompile(`\b(in|at|near|outside|inside|from|into|across|around|off|on|over|to|towards|toward|of)\s+(the\s+)?(\w+\s+){0,3}` + regexp.QuoteMeta(place) + `\b`)
}

// placeConflict finds two statements placed in different places, none
// named by both.
func placeConflict(a, b Facets) (string, string, bool) {
	if len(a.Places) == 0 || len(b.Places) == 0 {
		return "", "", false
	}
	for _, x := range a.Places {
		for _, y := range b.Places {
			kx, ky := entityKey(x), entityKey(y)
			if kx == ky || strings.Contains(kx, ky) || strings.Contains(ky, kx) {
				return "", "", false
			}
		}
	}
	// a place one side names anywhere else on the other side is no conflict
	for _, x := range a.Places {
		for _, e := range b.Entities {
			if entityKey(x) == entityKey(e) {
				return "", "", false
			}
		}
	}
	for _, y := range b.Places {
		for _, e := range a.Entities {
			if entityKey(y) == entityKey(e) {
				return "", "", false
			}
		}
	}
	return a.Places[0], b.Places[0], true
}

// sameModality: "may not" and "will" are not a contradiction of each other.
func sameModality(a, b Facets) bool { return a.Modality == b.Modality }
