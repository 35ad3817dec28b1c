package claims

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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
		// article gives the newer one (an update, told apart later); nor
		// are figures for different places ("32 died in Poland", "three
		// died in Bulgaria")
		if pm >= opts.Slot && (!differentTimes(a.facets.Dates, b.facets.Dates) || published(a) != published(b)) && !elsewhere(a, b) &&
			!runningUndated(a, b) {
			return relation{rel: Differs, p: p, what: "number", va: va, vb: vb}
		}
		return relation{p: p}
	}
	if da, db, conflict := dateConflict(a.facets.Dates, b.facets.Dates); conflict &&
		(published(a) == published(b) || !a.facets.relativeDates && !b.facets.relativeDates) &&
		!((a.facets.relativeDates || b.facets.relativeDates) && weekApart(da, db)) {
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
				!sameContext(x.Before, y.Before) || !sameContext(x.After, y.After) || otherLandmarks(x, y) {
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

// otherLandmarks reports two distances measured from different places.
func otherLandmarks(x, y Number) bool {
	return x.Landmark != "" && y.Landmark != "" && entityKey(x.Landmark) != entityKey(y.Landmark)
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

// weekApart reports two days exactly a week apart. "Last Thursday" read
// on a Friday is the day before to a calendar and the Thursday of the week
// before to many writers, so a date resolved from a weekday that is a
// week off another article's date is the same day as often as not.
func weekApart(a, b string) bool {
	ta, errA := time.Parse(time.DateOnly, a)
	tb, errB := time.Parse(time.DateOnly, b)
	if errA != nil || errB != nil {
		return false
	}
	d := ta.Sub(tb)
	return d == 7*24*time.Hour || d == -7*24*time.Hour
}

// locatives returns s's facets with only the places named after a
// preposition of location; a place merely mentioned does not place a claim.
func locatives(s *stmt) Facets {
	if s.located == nil {
		low := strings.ToLower(s.text)
		s.located = []string{}
		for _, p := range s.facets.Places {
			if locative(low, strings.ToLower(p)) {
				s.located = append(s.located, p)
			}
		}
	}
	f := s.facets
	f.Places = s.located
	return f
}

// locationPrepositions introduce a place a statement locates something in.
var locationPrepositions = map[string]bool{
	"in": true, "at": true, "near": true, "outside": true, "inside": true, "from": true, "into": true,
	"across": true, "around": true, "off": true, "on": true, "over": true, "to": true, "towards": true,
	"toward": true, "of": true,
}

// locative reports whether place (lower-cased) occurs in text (lower-cased)
// after a preposition of location, at most three words before it, not
// counting an article: "in Aleppo", "near the old city of Aleppo". It is a
// hand-written scan rather than a regular expression built per place,
// because claims ask it for every statement of every story rebuild.
func locative(text, place string) bool { return placedBy(text, place, locationPrepositions) }

// placedBy is locative with the prepositions preps.
func placedBy(text, place string, preps map[string]bool) bool {
	if place == "" {
		return false
	}
	for from := 0; ; {
		i := strings.Index(text[from:], place)
		if i < 0 {
			return false
		}
		i += from
		from = i + 1
		end := i + len(place)
		var next byte = ' '
		if end < len(text) {
			next = text[end]
		}
		if asciiWord(place[len(place)-1]) == asciiWord(next) {
			continue // no word boundary after the place
		}
		if prepositionBefore(text[:i], preps) {
			return true
		}
	}
}

// prepositionBefore reports whether head ends in whitespace preceded by
// one of preps, an optional "the" and at most three words.
func prepositionBefore(head string, preps map[string]bool) bool {
	for between := 0; ; between++ {
		trimmed := strings.TrimRight(head, " \t\n\r\f\v")
		if len(trimmed) == len(head) || trimmed == "" {
			return false // each word must be followed by whitespace
		}
		head = trimmed
		j := len(head)
		for j > 0 && asciiWord(head[j-1]) {
			j--
		}
		word := head[j:]
		switch {
		case word == "":
			return false // punctuation between the preposition and the place
		case preps[word]:
			return true
		case between == 3 && word != "the", between > 3:
			return false // three words, and a fourth only when it is "the"
		case j > 0 && !isSpace(head[j-1]):
			return false // a word glued to punctuation cannot be crossed
		}
		head = head[:j]
	}
}

func asciiWord(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
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

// elsewhere reports whether two statements count in different places:
// each names where its figure holds ("in Veskaria", "at the port") and
// they name no place in common. Only "in", "at", "on" and "near" place a
// count this way; "10,200 evacuated from the towns of …" and "14,600
// displaced across the region" may be one count, where the towns lie in
// the region.
func elsewhere(a, b *stmt) bool {
	if partOf(a, b) {
		return true
	}
	scoped := func(s *stmt) Facets {
		if s.scoped == nil {
			low := strings.ToLower(s.text)
			s.scoped = []string{}
			for _, p := range s.facets.Places {
				if placedBy(low, strings.ToLower(p), scopePrepositions) {
					s.scoped = append(s.scoped, p)
				}
			}
			for _, e := range s.facets.Entities {
				if placedBy(low, strings.ToLower(e), strikeVerbs) && !slices.Contains(s.scoped, e) {
					s.scoped = append(s.scoped, e)
				}
			}
		}
		f := s.facets
		f.Places = s.scoped
		return f
	}
	_, _, conflict := placeConflict(scoped(a), scoped(b))
	return conflict
}

// scopePrepositions place a count where it holds.
var scopePrepositions = map[string]bool{"in": true, "at": true, "on": true, "near": true}

// strikeVerbs place a storm, a frost or a quake, and the count of what it
// did, in the name that follows them ("the cold wave that hit Poland has
// killed 32"), which the tagger often reads as no place, being the verb's
// object.
var strikeVerbs = map[string]bool{"hit": true, "struck": true, "swept": true, "battered": true, "lashed": true,
	"pounded": true, "gripped": true, "ravaged": true, "rocked": true, "flooded": true}

// partOf reports counts of a part and of a whole: one counts in a place
// named as a part of a country ("on Kesra island", "in Riel province")
// and the other names no place at all ("the toll from the storm rose to
// 151"), or one counts throughout a wide place ("throughout the
// Federation") and the other names another place and not that one ("the
// frost that hit Veskaria killed 32"). The part's figure is no estimate
// of the whole's.
func partOf(a, b *stmt) bool {
	return countsInPart(a) && len(b.facets.Places) == 0 || countsInPart(b) && len(a.facets.Places) == 0 ||
		wider(a, b) || wider(b, a)
}

// partUnits name a part of a country after its name: "Kesra island",
// "Riel province".
var partUnits = wordSet(`island islands province county district prefecture municipality village town`)

// countsInPart reports a statement counting in a place named as a part of a
// country: the place after "in", "at", "on" or "near", followed by a
// unit word or ending in one.
func countsInPart(s *stmt) bool {
	// a name the tagger missed still reads as one before the unit word:
	// "on Kesra island"
	words := strings.Fields(s.text)
	for i, w := range words {
		if !scopePrepositions[strings.ToLower(w)] {
			continue
		}
		j := i + 1
		for j < len(words) && j <= i+3 && startsUpper(words[j]) {
			j++
		}
		if j > i+1 && j < len(words) && partUnits[strings.ToLower(strings.Trim(words[j], ",.;:"))] {
			return true
		}
	}
	low := strings.ToLower(s.text)
	for _, p := range s.facets.Places {
		lp := strings.ToLower(p)
		if !placedBy(low, lp, scopePrepositions) {
			continue
		}
		words := strings.Fields(lp)
		if partUnits[words[len(words)-1]] {
			return true
		}
		if i := strings.Index(low, lp); i >= 0 {
			if next := strings.Fields(low[i+len(lp):]); len(next) > 0 && partUnits[strings.Trim(next[0], ",.;:")] {
				return true
			}
		}
	}
	return false
}

// wider reports that a counts throughout a place b does not name while b
// names another place.
func wider(a, b *stmt) bool {
	low := strings.ToLower(a.text)
	for _, p := range a.facets.Places {
		if !placedBy(low, strings.ToLower(p), throughout) {
			continue
		}
		names := false
		for _, e := range b.facets.Entities {
			if k, kp := entityKey(e), entityKey(p); k == kp || strings.Contains(k, kp) || strings.Contains(kp, k) {
				names = true
			}
		}
		if !names && len(b.facets.Places) > 0 {
			return true
		}
	}
	return false
}

func startsUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

var throughout = map[string]bool{"throughout": true}

// runningUndated reports two running totals ("has been recovered so
// far") from articles that cannot be put in order, one of them undated:
// a count that grows read at two unknown times is no clash of figures.
func runningUndated(a, b *stmt) bool {
	if a.artIdx == b.artIdx || published(a) != "" && published(b) != "" {
		return false
	}
	return running(a.text) || running(b.text)
}

// running reports a figure given as a total so far.
func running(text string) bool {
	low := strings.ToLower(text)
	for _, cue := range []string{"so far", "thus far", "to date", "as yet"} {
		if strings.Contains(low, cue) {
			return true
		}
	}
	return false
}

// sameModality: "may not" and "will" are not a contradiction of each other.
func sameModality(a, b Facets) bool { return a.Modality == b.Modality }
