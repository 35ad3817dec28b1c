package people

import (
	"slices"
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
)

// This file holds the pairwise rules: whether one written form can name
// the same entity as another. cluster.go decides which pairs to join.

// long reports whether a form names its entity on its own: a person's
// given and family name, or an organisation's or place's name of several
// words. Other forms are short ("Lavrov", "Sox", "ISIL") and join a long
// one only when exactly one fits.
func (f *form) long() bool {
	if f.kind != kindName {
		return false
	}
	if f.typ == chorus.EntityPerson {
		return f.given > 0
	}
	return len(f.keys) > 1
}

// lastName returns a person's family name without its particles
// ("de Mistura" → "mistura").
func (f *form) lastName() []string {
	s := f.surname()
	for len(s) > 1 && particles[s[0]] {
		s = s[1:]
	}
	return s
}

// strength of a match between two forms; higher is surer.
const (
	noMatch = iota
	matchGiven
	matchNear
	matchShort
	matchFull
)

// personMatch says how surely two people's full names (given and family)
// name the same person: surely when the family names agree, less surely
// when they are spelt one edit apart under the same first name.
func personMatch(a, b *form) int {
	if !a.full() || !b.full() || personConflict(a, b) {
		return noMatch
	}
	if slices.Equal(a.lastName(), b.lastName()) {
		return matchFull
	}
	return matchNear
}

// personConflict reports whether two forms cannot name one person:
// different honorific genders, different generations (Sr./Jr.), or full
// names whose given or family names disagree ("John Jenkin"/"Katie Jenkin").
func personConflict(a, b *form) bool {
	if a.gender != 0 && b.gender != 0 && a.gender != b.gender {
		return true
	}
	if a.gen != "" && b.gen != "" && a.gen != b.gen {
		return true
	}
	if a.full() && b.full() {
		if !slices.Equal(a.lastName(), b.lastName()) {
			return !nearNames(a, b)
		}
		return !givensMatch(a, b)
	}
	return false
}

// nearNames reports whether two full names with differently spelt family
// names still agree: same first given name, family names one edit apart.
func nearNames(a, b *form) bool {
	ga, gb := a.givenKeys(), b.givenKeys()
	la, lb := a.lastName(), b.lastName()
	if ga[0] != gb[0] || a.initial[0] || b.initial[0] || len(la) != len(lb) {
		return false
	}
	for i := range la {
		if la[i] != lb[i] && !nearKey(la[i], lb[i]) && (len(la[i]) < 4 || looseKey(la[i]) != looseKey(lb[i])) {
			return false
		}
	}
	return givensMatch(a, b)
}

// givensMatch reports whether the given names of two people agree: the
// shorter list is found in order in the longer one, starting with the
// first name, or after initials ("W. Mark Felt"/"Mark Felt"), or with at
// least two names found ("Sharron Diane Crawford Smith"/"Diane Crawford
// Smith"). A nickname stands for the given names ("Jerry Ortiz"/"Luis
// Gerardo (Jerry) Ortiz").
func givensMatch(a, b *form) bool {
	ga, gb := a.givenKeys(), b.givenKeys()
	ia, ib := a.initial, b.initial
	if len(ga) > len(gb) || len(ga) == len(gb) && strings.Join(ga, " ") > strings.Join(gb, " ") {
		ga, gb, ia, ib = gb, ga, ib, ia
		a, b = b, a
	}
	if len(ga) == 0 {
		return true
	}
	if len(ga) == 1 && !ia[0] && (slices.Contains(b.nicks, ga[0]) || slices.Contains(a.nicks, gb[0])) {
		return true
	}
	j, first := 0, -1
	for i, x := range ga {
		for j < len(gb) && !givenMatch(x, gb[j], ia[i], ib[j]) {
			j++
		}
		if j == len(gb) {
			return false
		}
		if i == 0 {
			first = j
		}
		j++
	}
	if first == 0 || len(ga) >= 2 {
		return true
	}
	// "Jamal" in "Charger Jamal", "Boone" in "Cheryl Boone": a single
	// given name that is the last of the other's, after whatever
	// description or first name stood before it.
	if first == len(gb)-1 {
		return true
	}
	for _, init := range ib[:first] {
		if !init {
			return false
		}
	}
	return true
}

// shortMatch says how surely a short form s names the entity of the long
// form l: a person's family name or the end of a full name ("Lavrov",
// "Boone Isaacs"), a given name alone (weakest), the start or end of an
// organisation's or place's name ("Red Sox", "Creighton"), its acronym
// ("AMPAS"), an alias it gave in parentheses, or a known alias.
func shortMatch(s, l *form) int {
	if s.typ != l.typ || s.kind != kindName || l.kind != kindName {
		return noMatch
	}
	if s.typ == chorus.EntityPerson {
		if personConflict(s, l) {
			return noMatch
		}
		ls, ll := s.lastName(), l.lastName()
		if len(ls) == 0 || len(ll) == 0 {
			// no family name written ("James R."): only the same form joins
			return noMatch
		}
		if !s.full() && len(ls) <= len(ll) && slices.Equal(ls, ll[len(ll)-len(ls):]) {
			return matchShort
		}
		if s.full() && !s.initial[0] && len(s.keys) < len(l.keys) && slices.Equal(s.keys, l.keys[len(l.keys)-len(s.keys):]) {
			return matchShort
		}
		if len(ls) == 1 && !s.full() && (nearKey(ls[0], ll[len(ll)-1]) || nearKey(s.lastFold, l.lastFold)) {
			return matchNear
		}
		if len(s.keys) == 1 && s.given == 0 && l.full() && !l.initial[0] && (s.keys[0] == l.keys[0] || slices.Contains(l.nicks, s.keys[0])) &&
			(!royal(s.title) || royal(l.title)) {
			return matchGiven
		}
		if s.blendable && s.given == 0 && l.full() && blend(s.words[0], l) {
			return matchShort
		}
		return noMatch
	}
	// An alias or an acronym says more than a shared first word: "U.N."
	// is "United Nations" before it is the start of "UN Syria".
	if a := aliasOf(s); a != "" && a == aliasOf(l) {
		return matchFull
	}
	if s.acro != "" && (s.acro == l.initials || s.acro == l.suffixInitials || l.acro == s.acro || slices.Contains(l.defined, s.acro)) {
		return matchFull
	}
	if len(s.keys) == 1 && slices.Contains(l.nicks, s.keys[0]) {
		return matchShort
	}
	// "PAL" of "Philippine Airlines": the acronym takes part of a
	// compound word too (see spellsOut). Weaker than initials,
	// it joins only where no other name of the story fits; two letters
	// would fit too many names.
	if len(s.acro) >= 3 && len(l.words) >= 2 && spellsOut(s.acro, l.words, true) {
		return matchShort
	}
	if len(s.words) == 1 && s.acro == "" {
		for _, w := range l.words {
			if clipped(s.words[0], w) {
				return matchShort
			}
		}
	}
	// "Temna Hydro" of "Temna Hydroelectric": the name's start with its
	// last word clipped.
	if len(s.keys) >= 2 && clipsName(s.keys, l.keys) {
		return matchShort
	}
	if len(s.keys) >= len(l.keys) {
		return noMatch
	}
	n := len(s.keys)
	// The start of a name ending in an institution noun is a modifier
	// ("Greek" of "Greek Parliament", "Paris" of "Paris Store", "Marhold"
	// of "Marhold Library") unless it keeps one ("Staunton Police" of
	// "Staunton Police Department"); a company's corporate head is no such
	// noun ("Riel" of "Riel Holdings"), nor is a party's: a party goes by
	// its name without the word ("True Path" of "True Path Party").
	if slices.Equal(s.keys, l.keys[:n]) && !connectors[s.keys[n-1]] && l.keys[n] != "and" &&
		(!institutionHead(l.words[len(l.words)-1]) || generic[s.keys[n-1]] || l.keys[len(l.keys)-1] == partyKey) {
		return matchShort
	}
	if before := l.keys[len(l.keys)-n-1]; slices.Equal(s.keys, l.keys[len(l.keys)-n:]) && !connectors[before] && !geoPrefixes[before] && !connectors[s.keys[0]] {
		return matchShort
	}
	return noMatch
}

// sameAirline reports whether two organisation names are one airline's
// with "Airlines" and "Airways" swapped or one of them left out ("Tessin
// Pacific Airways", "Tessin Pacific Airlines", "Tessin Pacific"): writers
// use the two words for each other. The name without them keeps two
// words, so that a word alone names no airline.
func sameAirline(a, b *form) bool {
	ca, ha := airlineCore(a.keys)
	cb, hb := airlineCore(b.keys)
	return (ha || hb) && len(ca) >= 2 && slices.Equal(ca, cb)
}

// airlineCore returns keys without a last word "Airlines" or "Airways",
// and whether there was one.
func airlineCore(keys []string) ([]string, bool) {
	if n := len(keys); n > 0 && airlineHeads[keys[n-1]] {
		return keys[:n-1], true
	}
	return keys, false
}

// airlineHeads are the keys of "Airlines" and "Airways" as organisation
// names' keys hold them (without the plural s).
var airlineHeads = map[string]bool{parse("Airlines", chorus.EntityOrganization).keys[0]: true,
	parse("Airways", chorus.EntityOrganization).keys[0]: true}

// partyKey is the key of "party", the one institution noun a name goes
// without.
var partyKey = key("party")

// sameWords reports whether two organisation or place names have the same
// words in another order ("Justice Department"/"Department of Justice").
func sameWords(a, b *form) bool {
	wa, wb := contentKeys(a), contentKeys(b)
	return len(wa) >= 2 && slices.Equal(wa, wb)
}

func contentKeys(f *form) []string {
	var out []string
	for _, k := range f.keys {
		if !connectors[k] {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

// blend reports whether w is a nickname made of the starts of the first
// given name and the family name of l, the second start capitalised or
// after a hyphen: "J-Lo", "A-Rod", "K-Fed". The starts are short
// (one or two letters, then two or three) so that a family name with an
// inner capital ("McCain", "DeGeneres") is never read as one.
func blend(w string, l *form) bool {
	// most words have no inner capital or hyphen in their first three
	// letters: turn them away before any allocation
	inner := false
	for i := 1; i < len(w) && i <= 3; i++ {
		inner = inner || w[i] == '-' || w[i] >= 'A' && w[i] <= 'Z'
	}
	if !inner || len(w) > 12 {
		return false
	}
	rs := []rune(w)
	if len(rs) < 3 || len(rs) > 6 || !unicode.IsUpper(rs[0]) {
		return false
	}
	for i := 1; i <= 2 && i < len(rs)-1; i++ {
		rest := rs[i:]
		if rest[0] == '-' {
			rest = rest[1:]
		} else if !unicode.IsUpper(rest[0]) {
			continue
		}
		if len(rest) < 2 || len(rest) > 3 || !unicode.IsUpper(rest[0]) {
			continue
		}
		given, family := fold(l.words[0]), fold(l.words[len(l.words)-1])
		if strings.HasPrefix(given, fold(string(rs[:i]))) && strings.HasPrefix(family, fold(string(rest))) {
			return true
		}
	}
	return false
}

// clipped reports whether w is a clipped form of the word full: its start
// with a familiar ending ("Cincy" of "Cincinnati", "Bucs" of
// "Buccaneers", "Tassie" of "Tasmania"). The start keeps at least three
// letters and drops at least three.
func clipped(w, full string) bool {
	// turn away words that do not share their first three letters before
	// folding, which allocates (accented words are folded first)
	if len(w) < 4 || len(w) > 14 || len(full) < 6 || isASCII(w) && isASCII(full) && !strings.EqualFold(w[:3], full[:3]) {
		return false
	}
	w, full = fold(w), fold(full)
	if len(w) < 4 || len(w) > 7 {
		return false
	}
	for _, end := range []string{"ie", "y", "s", "o"} {
		stem, ok := strings.CutSuffix(w, end)
		if !ok {
			continue
		}
		if n := len(stem); n > 3 && stem[n-1] == stem[n-2] && !strings.HasPrefix(full, stem) {
			stem = stem[:n-1] // "Tassie": "Tas"
		}
		if len(stem) >= 3 && len(full) >= len(stem)+3 && strings.HasPrefix(full, stem) {
			return true
		}
	}
	return false
}

// institutionHead reports whether w is a noun that ends the name of an
// institution named after its place or owner ("Library", "Parliament"),
// which a company's corporate head ("Group", "Holdings") is not.
func institutionHead(w string) bool {
	w, _ = possessive(w)
	k := key(w)
	return (generic[k] || institutionHeads[k]) && !corporateHeads[k]
}

// royal reports whether a title is a sovereign's or a royal's ("King",
// "Crown Prince", "Sheikh"), who goes by a given name alone: "Prince
// Abdullah" is the prince, not whichever Abdullah the story names in full
// without the title.
func royal(title string) bool {
	for _, w := range strings.Fields(title) {
		if royalTitles[key(w)] {
			return true
		}
	}
	return false
}

var royalTitles = set("king", "queen", "prince", "princess", "emperor", "empress", "sheikh", "sheik", "emir",
	"sultan", "pope", "crown")
