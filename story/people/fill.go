package people

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// This file reads the words of one comma segment of a mention into a
// form: a person's given and family names after any titles, or the core
// of an organisation's or place's name.

// fill parses the words of one segment into f and reports whether they
// hold a name.
func (f *form) fill(ws []string) bool {
	ws = append([]string(nil), ws...)
	// "Iran's Qeshm island": the name is what the owner has, if the
	// owner opens the mention ("Qeshm island off Iran's southern coast"
	// keeps its name).
	owner, lead := -1, true
	for i, w := range ws {
		s, ok := possessive(w)
		if ok && collectiveOwner(s) {
			s, ok = w, false // "People's Daily": part of the name
		}
		ws[i] = s
		if ok && lead && i < len(ws)-1 {
			owner = i
		}
		if !isCap(s) && !prepositions[key(s)] && key(s) != "the" {
			lead = false
		}
	}
	if owner >= 0 {
		ws = ws[owner+1:]
	}
	for len(ws) > 1 && (prepositions[key(ws[0])] || key(ws[0]) == "the") {
		ws = ws[1:]
	}
	for i := len(ws) - 2; i >= 0; i-- {
		if isModifier(ws[i]) {
			ws = ws[i+1:]
			break
		}
	}
	if len(ws) == 1 && isPronoun(ws[0]) {
		return false
	}
	// "School No.": the tagger stopped at the abbreviation's full stop and
	// left the number that names the school outside; what is left names
	// nothing.
	if last := ws[len(ws)-1]; len(ws) > 1 && strings.HasSuffix(last, ".") && numberAbbreviations[key(last)] {
		return false
	}
	if f.typ == chorus.EntityPerson {
		return f.fillPerson(ws)
	}
	return f.fillOther(ws)
}

// fillPerson finds a person's name after any titles: "Russian Foreign
// Minister Sergei Lavrov", "Mr. LaRue", "W. Mark Felt Sr.".
func (f *form) fillPerson(ws []string) bool {
	for len(ws) > 1 {
		k := key(ws[len(ws)-1])
		if generations[k] {
			f.gen = genKey(k)
		} else if !degrees[k] {
			break
		}
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 || !isUpperInitial(ws[len(ws)-1]) && !particles[key(ws[len(ws)-1])] {
		return false // "Brooklyn mother of 12": a description
	}
	if len(ws) > 1 && titles[key(ws[len(ws)-1])] {
		return false // "Foundation Trustee": a role without a name
	}
	cut := -1
	for i := 0; i < len(ws)-1; i++ {
		w := ws[i]
		// A noun of what a person is works as a title ("Pensioner Vera
		// Kostic", a headline's "Volunteer Margaret Oyelaran").
		if isTitle(w) || personNouns[key(w)] && !personNouns[key(ws[len(ws)-1])] || !isCap(w) && !particles[key(w)] || isModifier(w) {
			cut = i
		}
	}
	if cut >= 2 && ws[cut] == "the" && ws[cut-1] == "of" {
		// "Player of the Year", "Man of the Match": an honour, not a
		// name ("Joan of Arc" is one)
		return false
	}
	for _, w := range ws[:cut+1] {
		if g, ok := honorifics[key(w)]; ok && g != 0 {
			f.gender = g
		}
	}
	f.title = strings.Join(ws[:cut+1], " ")
	f.descriptor, f.fragment = cut >= 0, cut >= 0
	for _, w := range ws[:cut+1] {
		f.descriptor = f.descriptor && personNouns[key(w)] && !isTitle(w)
		f.fragment = f.fragment && titleQualifierWords[key(w)] && !strings.HasSuffix(w, ".")
	}
	core := ws[cut+1:]
	var keys []string
	var words []string
	var init []bool
	for _, w := range core {
		if ini := initialsOf(w); ini != nil {
			for _, c := range ini {
				words = append(words, strings.ToUpper(c)+".")
				keys = append(keys, c)
				init = append(init, true)
			}
			continue
		}
		k := key(stripArticle(w))
		if k == "" {
			continue
		}
		words = append(words, w)
		keys = append(keys, k)
		init = append(init, false)
	}
	if len(keys) == 0 {
		return false
	}
	s := len(keys) - 1
	for s > 0 && isParticle(words[s-1], s-1 == 0) {
		s--
	}
	if init[len(init)-1] {
		// "James R." has no family name written: keep it as given names.
		s = len(keys)
	}
	f.kind = kindName
	f.words, f.keys, f.given, f.initial = words, keys, s, init[:s]
	return true
}

// isParticle reports whether w joins the family name: lower-case
// particles always, capitalised ones ("Lo Presti", "De Mistura") unless
// they are also given names (Al, Ben, Abu).
func isParticle(w string, first bool) bool {
	k := key(w)
	if !particles[k] {
		return false
	}
	if !isCap(w) {
		return true
	}
	switch k {
	case "al", "el", "abu", "ben", "bin", "ibn":
		return false
	}
	return true
}

// initialsOf returns the letters of an initial or a run of initials
// ("J.", "J", "G.W."), or nil.
func initialsOf(w string) []string {
	var out []string
	rs := []rune(w)
	for i := 0; i < len(rs); {
		if !unicode.IsUpper(rs[i]) {
			return nil
		}
		out = append(out, strings.ToLower(string(rs[i])))
		i++
		if i < len(rs) {
			if rs[i] != '.' {
				return nil
			}
			i++
		}
	}
	return out
}

// fillOther finds an organisation's or place's name: the first run of
// capitalised words, connectors allowed inside ("Promises Treatment Center
// in Malibu" → "Promises Treatment Center", "al-Nusra" → "Nusra").
func (f *form) fillOther(ws []string) bool {
	start := -1
	for i, w := range ws {
		if isCap(w) || connectors[key(w)] && i+1 < len(ws) && isCap(ws[i+1]) && !prepositions[key(w)] {
			start = i
			break
		}
	}
	if start < 0 {
		return false
	}
	// "PM", "Prime Minister": a title typed as an organisation names the
	// post, not a body.
	if allTitles(ws[start:]) {
		return false
	}
	end := start + 1
	for end < len(ws) {
		w := ws[end]
		if isCap(w) {
			end++
			continue
		}
		if connectors[key(w)] && end+1 < len(ws) && isCap(ws[end+1]) {
			end++
			continue
		}
		break
	}
	core := ws[start:end]
	whole := core
	for len(core) > 1 && corporateSuffixes[key(core[len(core)-1])] {
		core = core[:len(core)-1]
	}
	// "Paris jewelry store", "Greek bank": a facility named after a place
	// or owner is not that place; "Betty Ford Center rehab facility" only
	// restates the center.
	if !generic[key(core[len(core)-1])] {
		for _, w := range ws[end:] {
			if facilities[key(w)] {
				return false
			}
		}
	}
	// "Police", "Parliament": a lone institution noun is a description.
	if len(core) == 1 && generic[key(core[0])] {
		return false
	}
	var words, keys []string
	for _, w := range core {
		for _, d := range []string{".com", ".net", ".org", ".co.uk"} {
			if s, ok := strings.CutSuffix(strings.ToLower(w), d); ok && s != "" {
				w = w[:len(s)]
			}
		}
		words = append(words, w)
		if k := otherKey(w, f.typ); k != "" {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return false
	}
	f.kind = kindName
	f.words, f.keys = words, keys
	// "City of Palmer" is also called "Palmer".
	if len(keys) > 2 && generic[keys[0]] && keys[1] == "of" {
		f.nicks = append(f.nicks, strings.Join(keys[2:], " "))
	}
	if len(words) == 1 {
		f.acro = acronym(words[0])
	} else {
		f.initials = initialsOfWords(words)
	}
	if len(whole) > len(core) {
		f.suffixInitials = initialsOfWords(append(slices.Clone(words), whole[len(core):]...))
	}
	return true
}

// allTitles reports whether every word of ws is a title or honorific.
func allTitles(ws []string) bool {
	for _, w := range ws {
		if !isTitle(w) && !connectors[key(w)] {
			return false
		}
	}
	return len(ws) > 0
}

// initialsOfWords returns the capitals of words, connectors skipped.
func initialsOfWords(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if !connectors[key(w)] {
			r, _ := utf8.DecodeRuneInString(w)
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// stripArticle drops a hyphenated Arabic article ("al-Assad" → "Assad").
func stripArticle(w string) string {
	lw := strings.ToLower(w)
	for _, p := range articlePrefixes {
		if p[len(p)-1] == '-' && strings.HasPrefix(lw, p) && len(lw) > len(p) {
			return w[len(p):]
		}
	}
	return w
}

// otherKey is the key of a word of an organisation's or place's name: the
// Arabic article dropped, "Mt" read as "Mount", organisations' plural s
// dropped ("Colts"/"Colt", "ISPs"/"ISP").
func otherKey(w string, typ chorus.EntityType) string {
	lw := strings.ToLower(w)
	for _, p := range articlePrefixes {
		if strings.HasPrefix(lw, p) && len(lw) > len(p) {
			w = w[len(p):]
			break
		}
	}
	k := key(w)
	switch k {
	case "al", "el":
		return ""
	case "mt":
		return key("mount")
	case "ft":
		return key("fort")
	}
	if typ != chorus.EntityLocation && len(k) > 3 && k[len(k)-1] == 's' && k[len(k)-2] != 's' {
		k = k[:len(k)-1]
	}
	return k
}

// acronym returns the capitals of a one-word acronym ("ISIL", "U.N.",
// "ISPs"), or "".
func acronym(w string) string {
	w = strings.ReplaceAll(w, ".", "")
	if s, ok := strings.CutSuffix(w, "s"); ok && len(s) >= 2 {
		w = s
	}
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return ""
		}
		n++
	}
	if n < 2 || n > 7 {
		return ""
	}
	return w
}

// joinKeys is the key of a whole nickname or alias.
func joinKeys(ws []string, typ chorus.EntityType) string {
	var ks []string
	for _, w := range ws {
		w, _ = possessive(w)
		k := key(w)
		if typ != chorus.EntityPerson {
			k = otherKey(w, typ)
		}
		if k != "" {
			ks = append(ks, k)
		}
	}
	return strings.Join(ks, " ")
}

// isPronoun reports whether w is a pronoun or another closed-class word,
// contractions included ("She's", "I'm"), but not an acronym spelt like
// one ("US", "U.S.").
func isPronoun(w string) bool {
	s, _ := possessive(w)
	return pronouns[key(s)] && acronym(s) == "" && !strings.Contains(s, ".")
}
