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
	// defined are acronyms the story's writers define for this name in
	// parentheses after it (see Name.Defines).
	defined []string
	// acro is the letters of a one-word acronym core ("ISIL", "U.N." → "UN").
	acro string
	// initials are the capitals of a multi-word core, connectors skipped
	// ("Islamic State of Iraq and the Levant" → "ISIL").
	initials string
	// suffixInitials are the initials with the corporate suffix the core
	// dropped ("Temna Hydroelectric Company" → "THC"); empty when none.
	suffixInitials string
	// lastFold is the last word folded without transliteration, for
	// spotting typing slips.
	lastFold string
	// blendable says a person's one-word form could be a blended nickname
	// ("A-Rod"): an inner capital or hyphen in its first letters.
	blendable bool
	// alias is the alias-table entity an organisation's or place's form
	// names, or "".
	alias string
	// title is what stood before a person's name: titles and qualifiers
	// ("Russian Foreign Minister").
	title string
	// descriptor says the title is only nouns of what the person is
	// ("Pensioner", "Volunteer"): a description, not a title the name is
	// written with.
	descriptor bool
	// fragment says the title is only words that qualify a post
	// ("Defense" cut from "Secretary of Defense"): no title at all.
	fragment bool
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
	if typ != chorus.EntityPerson && personByTitle(text) {
		typ = chorus.EntityPerson
	} else if typ == chorus.EntityPerson && organisationByHead(text) {
		typ = chorus.EntityOrganization
	} else if typ == chorus.EntityPerson && headIn(text, thingNouns) {
		// "Varga Atlas": a book named after a person is no person
		typ = chorus.EntityMisc
	}
	if (typ == chorus.EntityPerson || typ == chorus.EntityOrganization) && headIn(text, productNouns) {
		typ = chorus.EntityMisc
	}
	if typ != chorus.EntityLocation && locationByHead(text) {
		typ = chorus.EntityLocation
	}
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
	if personNoun(f) {
		f.kind = kindNominal
	}
	if f.kind != kindName {
		f.gender, f.gen, f.title, f.descriptor, f.fragment, f.given, f.initial = 0, "", "", false, false, 0, nil
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
	if f.typ == chorus.EntityPerson && f.kind == kindName && len(f.words) == 1 {
		w := f.words[0]
		for i := 1; i < len(w) && i <= 3; i++ {
			f.blendable = f.blendable || w[i] == '-' || w[i] >= 'A' && w[i] <= 'Z'
		}
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

// collectiveOwners are the plural nouns whose possessive opens a name
// rather than naming its owner ("People's Liberation Army", "Children's
// Hospital", "Workers' Party"): no entity of their own, they are the
// name's first word.
var collectiveOwners = map[string]bool{"people": true, "children": true, "women": true, "men": true,
	"workers": true, "farmers": true, "veterans": true, "citizens": true, "nations": true, "teachers": true,
	"writers": true, "consumers": true, "taxpayers": true, "soldiers": true, "peoples": true, "pensioners": true}

// collectiveOwner reports whether the possessive's base s is one of
// collectiveOwners.
func collectiveOwner(s string) bool { return collectiveOwners[strings.ToLower(s)] }

// personByTitle reports whether a mention the tagger typed otherwise is a
// person all the same: a capitalised name after a title only people carry
// ("Mrs Oyelaran", and "DI Calloway", whose capitals look like an
// organisation's acronym to the tagger).
func personByTitle(text string) bool {
	first, rest, ok := strings.Cut(strings.TrimSpace(text), " ")
	if !ok || rest == "" || !unicode.IsUpper([]rune(rest)[0]) {
		return false
	}
	switch key(strings.TrimSuffix(first, ".")) {
	case "mr", "mrs", "ms", "miss", "mx":
		return true
	}
	return rankAbbreviations[strings.TrimSuffix(first, ".")]
}

// locationByHead reports whether a mention ends in a noun of a street or a
// room, which names a place whatever the tagger typed it ("Mill Lane",
// "Alderford's Market Street", "the Harwood Room").
func locationByHead(text string) bool { return headIn(text, placeHeads) }

// organisationByHead reports whether a mention the tagger typed as a
// person ends in a noun that only an institution's name ends in
// ("Thessara Container Terminal", "Marhold Water Institute").
func organisationByHead(text string) bool { return headIn(text, institutionHeads) }

// headIn reports whether a mention of two words or more ends in a word of
// heads.
func headIn(text string, heads map[string]bool) bool {
	ws := strings.Fields(text)
	if len(ws) < 2 {
		return false
	}
	last, _ := possessive(strings.TrimRight(ws[len(ws)-1], ".,;:"))
	return heads[key(last)]
}

// isTitle reports whether w is a title word, also when hyphenated
// ("President-elect").
func isTitle(w string) bool {
	if titles[key(w)] {
		return true
	}
	if rankAbbreviations[w] {
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
