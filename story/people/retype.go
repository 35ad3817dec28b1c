package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// This file corrects the tagger's types and drops its fragments where the
// story's own text tells better: a name whose demonym the story uses is a
// place, a company's short name is the company, a portfolio word inside a
// title and a word of a shouted headline are no entities.

// oneWord returns a mention's text as one word without a possessive, or
// "" when it has several words.
func oneWord(text string) string {
	w, _ := possessive(strings.TrimSpace(text))
	if w == "" || strings.ContainsAny(w, " \t\n") {
		return ""
	}
	return w
}

// demonymSuffixes are the endings English adds to a place's name, or to
// it without its last vowel, to make the adjective of its people:
// Veskaria-n, Brazil-ian, Chin-ese, Iraq-i, Chil-ean.
var demonymSuffixes = []string{"n", "an", "ian", "ean", "ese", "i"}

// demonymsOf returns the folded forms a demonym of place p may take,
// singular and plural ("veskarian", "veskarians" of "Veskaria";
// "italian" of "Italy"), built on the name and on the name without a last
// vowel, at least four letters, never the name itself.
func demonymsOf(p string) []string {
	p = fold(p)
	stems := []string{p}
	if n := len(p); n >= 5 && strings.ContainsRune("aeiouy", rune(p[n-1])) {
		stems = append(stems, p[:n-1])
	}
	var out []string
	for _, s := range stems {
		if len(s) < 4 {
			continue
		}
		for _, e := range demonymSuffixes {
			for _, d := range []string{s + e, s + e + "s"} {
				if d != p {
					out = append(out, d)
				}
			}
		}
	}
	return out
}

// retypeDemonyms types as a place a one-word name that the tagger typed
// an organisation when the story also writes its demonym ("Veskaria's
// busiest port" beside "the Veskarian government"): organisations have no
// people named after them. Then a one-word organisation or place that is
// the demonym of a place of the story is an adjective of nationality (MISC, as the
// tagger types "Veskarians"), never a short form of an organisation whose
// name it opens ("Veskarian" of "Veskarian Chamber of Commerce").
//
// It returns the folded names of the places whose demonym the story
// writes, which no other rule may take for an organisation's.
func retypeDemonyms(ms []mention, arts []Article) map[string]bool {
	caps := map[string]bool{} // capitalised words of the story, folded
	for _, a := range arts {
		for _, w := range strings.FieldsFunc(a.Text, func(r rune) bool { return !unicode.IsLetter(r) }) {
			// demonyms end in n, i, e ("-ese") or s (plurals)
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) && len(w) >= 5 && strings.ContainsRune("nies", unicode.ToLower(rune(w[len(w)-1]))) {
				if isASCII(w) {
					caps[strings.ToLower(w)] = true // fold's result, without its cost
				} else {
					caps[fold(w)] = true
				}
			}
		}
	}
	hasDemonym := func(p string) bool {
		for _, d := range demonymsOf(p) {
			if caps[d] {
				return true
			}
		}
		return false
	}
	places := map[string]bool{}
	retyped := map[string]bool{}
	for i := range ms {
		w := oneWord(ms[i].text)
		if len(w) < 4 {
			continue
		}
		if ms[i].typ == chorus.EntityOrganization && acronym(w) == "" {
			k := fold(w)
			if _, seen := retyped[k]; !seen {
				retyped[k] = hasDemonym(w)
			}
			if retyped[k] {
				ms[i].typ = chorus.EntityLocation
			}
		}
		if ms[i].typ == chorus.EntityLocation {
			places[w] = true
		}
	}
	// every demonym of the story's places, so that each mention is looked
	// up once rather than compared with every place
	demonyms := map[string]bool{}
	for p := range places {
		for _, d := range demonymsOf(p) {
			demonyms[d] = true
		}
	}
	known := map[string]bool{}
	for p := range places {
		delete(demonyms, fold(p))
		if hasDemonym(p) {
			known[fold(p)] = true
		}
	}
	// People are left alone: given names end like demonyms (Adrian,
	// Marian), and a person beside a place of almost the same name keeps
	// the name.
	for i := range ms {
		if t := ms[i].typ; t != chorus.EntityOrganization && t != chorus.EntityLocation {
			continue
		}
		if w := oneWord(ms[i].text); w != "" && demonyms[fold(w)] {
			ms[i].typ = chorus.EntityMisc
		}
	}
	return known
}

// retypeCompanies types as an organisation a one-word mention typed a
// place or MISC when the story names an organisation by that word and a
// corporate head ("Tessin" beside "Tessin Group"): a company is called
// by its first word alone, and the tagger, seeing no head, took the word
// for a town. A place whose demonym the story writes (places) stays one:
// "Veskaria Holdings" does not make Veskaria a company.
func retypeCompanies(ms []mention, places map[string]bool) {
	firms := map[string]bool{}
	for _, m := range ms {
		ws := strings.Fields(m.text)
		if len(ws) > 2 && key(ws[0]) == "the" {
			ws = ws[1:]
		}
		if m.typ != chorus.EntityOrganization || len(ws) < 2 || places[fold(ws[0])] {
			continue
		}
		corporate := true
		for _, w := range ws[1:] {
			w, _ = possessive(strings.TrimRight(w, ".,"))
			corporate = corporate && corporateHeads[key(w)]
		}
		if corporate {
			firms[key(ws[0])] = true
		}
	}
	if len(firms) == 0 {
		return
	}
	for i := range ms {
		if t := ms[i].typ; t != chorus.EntityLocation && t != chorus.EntityMisc {
			continue
		}
		w := oneWord(ms[i].text)
		if w == "" || !firms[key(w)] || ms[i].typ == chorus.EntityMisc && nationalityShaped(w) {
			continue
		}
		ms[i].typ = chorus.EntityOrganization
	}
}

// nationalityShaped reports whether a word has the ending of an adjective
// of nationality ("Palestinian", "Israeli", "Turkish", "Maltese"). Typed
// MISC, such a word is that adjective, and an airline or a company named
// after the nation ("Palestinian Airlines") does not make every
// "Palestinian official" of the story the company.
func nationalityShaped(w string) bool {
	w = fold(w)
	for _, e := range []string{"an", "ese", "ish", "i"} {
		if len(w) > len(e)+2 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// titleQualifiers marks the mentions that are a portfolio word of a title
// ("Riel" in "Riel Minister Tomas Varga", as in "Labour Minister" or
// "Foreign Secretary") and nothing else in the story: a one-word name,
// not a place and not an acronym, that stands right before a title noun
// of a government post wherever the story writes it. There it is part of
// the title, which the role keeps, not an organisation. So is a mention
// of several words that ends in a place of the story before such a title:
// the tagger glued the post's owner to its portfolio ("UN Veskaria envoy").
// A name the story also writes elsewhere is left: the name of a body that
// has a minister ("Tessin Minister" of a party called Tessin).
func titleQualifiers(ms []mention, arts []Article) []bool {
	drop := make([]bool, len(ms))
	places := map[string]bool{}
	for _, m := range ms {
		if w := oneWord(m.text); w != "" && m.typ == chorus.EntityLocation {
			places[key(w)] = true
		}
	}
	total, inTitle := map[string]int{}, map[string]int{}
	type cand struct {
		i int
		k string
	}
	var cands []cand
	for i, m := range ms {
		if m.typ == chorus.EntityPerson || m.typ == chorus.EntityLocation {
			continue
		}
		w := oneWord(m.text)
		if ws := strings.Fields(m.text); w == "" && len(ws) > 1 {
			if last, _ := possessive(ws[len(ws)-1]); places[key(last)] {
				w, _ = possessive(strings.Join(ws, " "))
			}
		}
		if w == "" || acronym(w) != "" {
			continue
		}
		k := strings.ToLower(w)
		total[k]++
		if portfolioHeads[key(nextWord(arts[m.art].Text, m.span.End))] {
			inTitle[k]++
			cands = append(cands, cand{i, k})
		}
	}
	for _, c := range cands {
		if inTitle[c.k] == total[c.k] {
			drop[c.i] = true
		}
	}
	return drop
}

// nextWord returns the word that follows offset end of text after spaces
// on the same line, or "" when punctuation or a line break comes first.
func nextWord(text string, end int) string {
	i := end
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	if i == end {
		return ""
	}
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return text[i:j]
}

// shouted reports whether the mention at span s is a word of a headline
// set in capitals ("RIEL BOSS RESIGNS"): it lies in a run of three or more
// words of capital letters, and there capitals no more mark an acronym or
// a name than the other words'.
func shouted(text string, s chorus.Span) bool {
	for _, w := range strings.Fields(text[s.Start:s.End]) {
		if !allCaps(strings.TrimRight(w, ".,:;!?")) {
			return false
		}
	}
	lo := strings.LastIndexByte(text[:s.Start], '\n') + 1
	hi := strings.IndexByte(text[s.End:], '\n')
	if hi < 0 {
		hi = len(text)
	} else {
		hi += s.End
	}
	run, inMention := 0, false
	off := lo
	for _, f := range strings.Split(text[lo:hi], " ") {
		start := off
		off += len(f) + 1
		core := strings.TrimRight(f, ".,:;!?")
		if !allCaps(core) {
			if inMention && run >= 3 {
				return true
			}
			run, inMention = 0, false
			continue
		}
		run++
		inMention = inMention || start < s.End && start+len(f) > s.Start
		if len(core) < len(f) { // punctuation ends the run
			if inMention && run >= 3 {
				return true
			}
			run, inMention = 0, false
		}
	}
	return inMention && run >= 3
}

// allCaps reports whether w is two or more letters, all capitals.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// gluedPeople marks the non-person mentions that end in the full name of
// a person of the story ("Veskaria Tomas Varga" from "Envoy for Veskaria
// Tomas Varga"): the tagger glued a word before the person's name to it,
// and what it holds is the person, named in full elsewhere, not an
// organisation or a place.
func gluedPeople(ms []mention, drop []bool) {
	// Only what reads as a person's full name counts: the tagger types
	// organisations as people too ("Tessin Lines"), and "the Tessin Lines"
	// is no word glued to a person.
	people := map[string]bool{}
	for _, m := range ms {
		if ws := strings.Fields(m.text); m.typ == chorus.EntityPerson && len(ws) >= 2 {
			s, _ := possessive(strings.Join(ws, " "))
			if f := parse(s, chorus.EntityPerson); f.typ == chorus.EntityPerson && f.kind == kindName && f.full() && f.title == "" {
				people[strings.ToLower(s)] = true
			}
		}
	}
	for i, m := range ms {
		if m.typ == chorus.EntityPerson {
			continue
		}
		ws := strings.Fields(m.text)
		for k := 1; k+2 <= len(ws); k++ {
			s, _ := possessive(strings.Join(ws[k:], " "))
			if people[strings.ToLower(s)] {
				drop[i] = true
				break
			}
		}
	}
}

// definedAcronym finds the acronym an organisation's name defines in
// parentheses right after it ("the Riel Harbour Board (RHB) said"), whose
// letters spell the name (see spellsOut): the tagger, reading a bracketed
// word, leaves it out, yet it is the organisation's mention as much as the
// name, and the story's other mentions of the acronym are the
// organisation too. end is where the name's mention ends in text.
func definedAcronym(text string, end int, name string, typ chorus.EntityType) (chorus.Span, bool) {
	if typ != chorus.EntityOrganization {
		return chorus.Span{}, false
	}
	i := end
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if i >= len(text) || text[i] != '(' {
		return chorus.Span{}, false
	}
	j := strings.IndexByte(text[i:], ')')
	if j < 0 || j > 12 {
		return chorus.Span{}, false
	}
	inner := text[i+1 : i+j]
	f := parse(name, typ)
	a := acronym(inner)
	whole := words(name)
	if a == "" || a != inner || len(whole) < 2 || f.kind != kindName ||
		a != f.initials && a != f.suffixInitials && !spellsOut(a, whole, false) && !spellsOut(a, f.words, false) {
		return chorus.Span{}, false
	}
	return chorus.Span{Start: i + 1, End: i + j}, true
}

// spellsOut reports whether the capitals of acro spell the name's words in
// order: every word's initial, connectors' ("of", "and") only if the
// acronym takes them, and up to inner more letters from inside a word, as
// acronyms take the parts of a compound ("Marhold Airlines (MAL)").
// Loosely, after a name in parentheses, where the writer says what the
// letters stand for, two inner letters of any kind may be taken
// ("Tessin Hydropower (THP)"); strictly, for an acronym the story never
// defines, only one consonant that does not end its word, the start of a
// compound's second part, so that "AAA" does not spell "Apple Arcade".
func spellsOut(acro string, words []string, strict bool) bool {
	if len(acro) > 7 {
		return false
	}
	inner := 2
	if strict {
		inner = 1
	}
	takes := func(word []rune, i int, letter byte) bool {
		if word[i] != rune(letter) {
			return false
		}
		return !strict || i < len(word)-1 && !strings.ContainsRune("AEIOUY", word[i])
	}
	var spell func(a, w int) bool
	spell = func(a, w int) bool {
		if w == len(words) {
			return a == len(acro)
		}
		word := []rune(strings.ToUpper(words[w]))
		if connectors[key(words[w])] && spell(a, w+1) {
			return true
		}
		if a == len(acro) || len(word) == 0 || rune(acro[a]) != word[0] {
			return false
		}
		// the initial, then each way of taking inner letters after it
		if spell(a+1, w+1) {
			return true
		}
		for i := 1; i < len(word) && a+1 < len(acro); i++ {
			if !takes(word, i, acro[a+1]) {
				continue
			}
			if spell(a+2, w+1) {
				return true
			}
			for k := i + 1; inner > 1 && k < len(word) && a+2 < len(acro); k++ {
				if takes(word, k, acro[a+2]) && spell(a+3, w+1) {
					return true
				}
			}
		}
		return false
	}
	return spell(0, 0)
}

// covered reports whether a tagger's mention overlaps s.
func covered(ms []chorus.Mention, s chorus.Span) bool {
	for _, m := range ms {
		if m.Span.Overlaps(s) {
			return true
		}
	}
	return false
}

// titleCaseOnly reports whether a mention stands in a line written in
// title case ("Marhold Ferries Picks Tessin Yard to Build Its Boats") and the
// article writes its name in no other kind of line: in title case every
// word is capitalised, so the tagger cannot see where a name ends
// ("Marhold Ferries Picks"), and a name the article means is
// written again in its sentences.
func titleCaseOnly(text string, s chorus.Span, name string) bool {
	if !titleCaseLine(text, s.Start) {
		return false
	}
	for off := 0; ; {
		i := strings.Index(text[off:], name)
		if i < 0 {
			return true
		}
		if !titleCaseLine(text, off+i) {
			return false
		}
		off += i + len(name)
	}
}

// titleCaseLine reports whether the line holding byte at reads as a
// title-case headline: no sentence in it, and most of its longer words
// capitalised.
func titleCaseLine(text string, at int) bool {
	lo := strings.LastIndexByte(text[:at], '\n') + 1
	hi := strings.IndexByte(text[at:], '\n')
	if hi < 0 {
		hi = len(text)
	} else {
		hi += at
	}
	line := strings.TrimSpace(text[lo:hi])
	if strings.HasSuffix(line, ".") || strings.Contains(line, ". ") {
		return false // sentences, not a headline
	}
	long, capital := 0, 0
	for _, w := range strings.Fields(line) {
		w = strings.Trim(w, ".,:;!?\"'“”‘’()")
		if utf8.RuneCountInString(w) < 4 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			capital++
		}
	}
	return long >= 4 && capital*10 >= long*8
}
