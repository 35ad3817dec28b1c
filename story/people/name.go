package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// kind says how a mention's string can be matched.
type kind uint8

const (
	// kindName is a proper name: matched by the rules of its type.
	kindName kind = iota
	// kindNominal is a description without a name ("Mafia boss"): only the
	// same description in the same story joins it.
	kindNominal
	// kindPronoun is a pronoun or other closed-class word ("I'm", "Both"):
	// it never joins anything.
	kindPronoun
)

// form is one way of writing a name, parsed: the words of its core, their
// keys and, for people, which are given names and which the family name.
type form struct {
	typ  chorus.EntityType
	kind kind
	// words are the core's words as written, without titles, possessives,
	// generational suffixes or descriptions.
	words []string
	// keys are the words' keys (organisations: without corporate suffixes
	// and plural s).
	keys []string
	// People: the first given keys are given names (or initials), the rest
	// the family name (with its particles).
	given   int
	initial []bool
	// nicks are keys of nicknames and aliases written in parentheses or
	// quotes ("Luis Gerardo (Jerry) Ortiz", "Internet Service Providers (ISPs)").
	nicks []string
	// gender from an honorific: 'm', 'f' or 0.
	gender byte
	// gen is a generational suffix key ("jr", "sr", "iii").
	gen string
	// acro is the letters of a one-word acronym core ("ISIL", "U.N." → "UN").
	acro string
	// initials are the capitals of a multi-word core, connectors skipped
	// ("Islamic State of Iraq and the Levant" → "ISIL").
	initials string
	// lastFold is the last word folded without transliteration, for
	// spotting typing slips.
	lastFold string
	// alias is the alias-table entity an organisation's or place's form
	// names, or "".
	alias string
	// title is what stood before a person's name: titles and qualifiers
	// ("Russian Foreign Minister").
	title string
	// id is the form's identity: two mentions with equal ids are the same
	// form.
	id string
}

// surname returns the keys of a person's family name.
func (f *form) surname() []string { return f.keys[f.given:] }

// givenKeys returns the keys of a person's given names and initials.
func (f *form) givenKeys() []string { return f.keys[:f.given] }

// full reports whether a person's form has both given and family names.
func (f *form) full() bool { return f.given > 0 && f.given < len(f.keys) }

// parse reads one mention string of the given type.
func parse(text string, typ chorus.EntityType) *form {
	f := &form{typ: typ}
	s := strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "`", "'", "\u00a0", " ").Replace(text)
	s, nicks := cutNicknames(s)
	var segs [][]string
	for _, seg := range strings.Split(s, ",") {
		if ws := words(seg); len(ws) > 0 {
			segs = append(segs, ws)
		}
	}
	f.kind = kindNominal
	for _, ws := range segs {
		if f.kind == kindName {
			if typ == chorus.EntityPerson {
				trailer(f, ws)
			}
			continue
		}
		f.fill(ws)
	}
	if f.kind == kindName {
		for _, n := range nicks {
			if k := joinKeys(words(n), typ); k != "" {
				f.nicks = append(f.nicks, k)
			}
			if a := acronym(strings.TrimSpace(n)); a != "" {
				f.nicks = append(f.nicks, strings.ToLower(a))
			}
		}
	}
	if f.kind != kindName {
		f.gender, f.gen, f.title, f.given, f.initial = 0, "", "", 0, nil
		f.words = nil
		for _, ws := range segs {
			f.words = append(f.words, ws...)
		}
		f.keys = f.keys[:0]
		for _, w := range f.words {
			w, _ = possessive(w)
			if k := key(w); k != "" {
				f.keys = append(f.keys, k)
			}
		}
		if len(f.words) == 1 && isPronoun(f.words[0]) || len(f.keys) == 0 {
			f.kind = kindPronoun
		}
	}
	if f.typ != chorus.EntityPerson {
		f.alias = findAlias(f)
	}
	if len(f.words) > 0 {
		f.lastFold = fold(f.words[len(f.words)-1])
	}
	f.id = string(f.typ) + "|" + string(rune('0'+f.kind)) + "|" + string(rune('0'+f.gender)) + "|" + f.gen + "|" + strings.Join(f.keys, " ")
	return f
}

// trailer consumes a comma segment after a person's name that only adds a
// generation, a degree or an age ("Comeaux, Jr", "Benjamin, M.D.", "Kirkpatrick, 61").
func trailer(f *form, ws []string) bool {
	for _, w := range ws {
		k := key(w)
		switch {
		case generations[k]:
			f.gen = genKey(k)
		case degrees[k], k == "" || isDigits(k), len(k) == 1:
		default:
			return false
		}
	}
	return true
}

func genKey(k string) string {
	switch k {
	case "junior":
		return "jr"
	case "senior":
		return "sr"
	}
	return k
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// cutNicknames removes what stands in parentheses or quotes and returns
// it apart: nicknames of people, acronyms of organisations.
func cutNicknames(s string) (string, []string) {
	var nicks []string
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		var closer byte
		switch {
		case c == '(':
			closer = ')'
		case c == '"':
			closer = '"'
		case c == '\'' && (i == 0 || s[i-1] == ' '):
			closer = '\''
		}
		if closer != 0 {
			if j := strings.IndexByte(s[i+1:], closer); j >= 0 && (closer != '\'' || i+2+j >= len(s) || s[i+2+j] == ' ') {
				if n := strings.TrimSpace(s[i+1 : i+1+j]); n != "" {
					nicks = append(nicks, n)
				}
				b.WriteByte(' ')
				i += j + 2
				continue
			}
			if closer == ')' || closer == '"' {
				// an unclosed mark: drop it and keep the words
				i++
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	return b.String(), nicks
}

// words splits a segment into words: on spaces, between a title and a name
// glued by a full stop ("Gov.Sarah"), dropping lone punctuation and
// attaching a detached possessive ("Iran 's") to its word.
func words(seg string) []string {
	var out []string
	for _, w := range strings.Fields(seg) {
		w = strings.Trim(w, `"/;:!?*`)
		if w == "'s" || w == "'" {
			if len(out) > 0 {
				out[len(out)-1] += w
			}
			continue
		}
		if !hasLetterOrDigit(w) && w != "&" {
			continue
		}
		for {
			i := strings.IndexByte(w, '.')
			if i < 2 || i+1 >= len(w) || !unicode.IsUpper(rune(w[i+1])) || !isLetters(w[:i]) {
				break
			}
			out = append(out, w[:i+1])
			w = w[i+1:]
		}
		out = append(out, w)
	}
	return out
}

func hasLetterOrDigit(w string) bool {
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func isLetters(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// isCap reports whether a word starts with a capital or a digit, after
// a hyphenated Arabic article ("al-Assad").
func isCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(stripArticle(w))
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isUpperInitial reports whether a word starts with a capital letter
// (after a hyphenated Arabic article).
func isUpperInitial(w string) bool {
	r, _ := utf8.DecodeRuneInString(stripArticle(w))
	return unicode.IsUpper(r)
}

// possessive strips a possessive or a contraction ending ("Lohan's",
// "Ross'", "I'm") and reports whether there was one.
func possessive(w string) (string, bool) {
	for _, end := range []string{"'s", "'S", "'", "'m", "'d", "'ll", "'re", "'ve"} {
		if s, ok := strings.CutSuffix(w, end); ok && s != "" {
			return s, true
		}
	}
	return w, false
}

// isTitle reports whether w is a title word, also when hyphenated
// ("President-elect").
func isTitle(w string) bool {
	if titles[key(w)] {
		return true
	}
	if _, ok := honorifics[key(w)]; ok {
		return true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		return titles[key(w[:i])]
	}
	return false
}

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
		if isTitle(w) || !isCap(w) && !particles[key(w)] || isModifier(w) {
			cut = i
		}
	}
	for _, w := range ws[:cut+1] {
		if g, ok := honorifics[key(w)]; ok && g != 0 {
			f.gender = g
		}
	}
	f.title = strings.Join(ws[:cut+1], " ")
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
		var b strings.Builder
		for _, w := range words {
			if !connectors[key(w)] {
				r, _ := utf8.DecodeRuneInString(w)
				b.WriteRune(unicode.ToUpper(r))
			}
		}
		f.initials = b.String()
	}
	return true
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
