package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// person is one mention of a named person, with the fullest form of the
// name the text gives and the gender it shows.
type person struct {
	span   chorus.Span
	name   string
	gender gender
}

// resolveSpeakers names each frame's speaker: the person named in the
// speaker phrase (with the fullest form of the name the text has); for a
// pronoun, the nearest earlier speaker or person of a compatible gender
// (for "they" and "it", the group or body the sentences around name);
// for a definite role phrase ("the diplomat"), the nearest earlier person
// the text gives that role; otherwise the phrase as written. Unresolved
// pronouns get no name.
func (d *doc) resolveSpeakers() {
	people := d.people()
	// people named inside quotations are not what a later "he" refers to
	var unquoted []person
	for _, p := range people {
		if !d.quoted(p.span) {
			unquoted = append(unquoted, p)
		}
	}
	sort.SliceStable(d.frames, func(i, j int) bool { return d.frames[i].attrStart() < d.frames[j].attrStart() })
	var speakers []person // named speakers so far, in text order
	for _, f := range d.frames {
		if f.spk0 < 0 || f.unnamed {
			continue
		}
		sp := d.span(f.spk0, f.spk1)
		a, b := f.spk0, f.spk1
		if f.ref1 > f.ref0 {
			// "…, who said": the phrase before the relative pronoun
			sp, a, b = d.span(f.ref0, f.ref1), f.ref0, f.ref1
		}
		if p, ok := d.personIn(sp, people); ok {
			f.name = p.name
			speakers = append(speakers, person{span: sp, name: p.name, gender: p.gender})
			continue
		}
		words := d.lower[a:b]
		if len(words) == 1 && relativeWords[words[0]] {
			continue // a relative pronoun with no phrase it stands for names no one
		}
		if len(words) == 1 {
			if c, ok := contractedPronoun(words[0]); ok {
				words = []string{c} // "we’re" stands for whom "we" does
			}
			pr, ok := pronouns[words[0]]
			if !ok {
				// the owner of a noun of saying: "his warning that …"
				pr, ok = possessives[words[0]]
			}
			if ok {
				switch {
				case !pr.first && !pr.plural && !pr.thing:
					if p, ok := d.subjectPerson(a, pr.gender, people); ok {
						// "Holm set the tone on Friday, when he declared …": the
						// subject of the pronoun's own sentence, not a speaker
						// further back
						f.name = p.name
						speakers = append(speakers, person{span: sp, name: p.name, gender: p.gender})
					} else if p, ok := antecedent(sp.Start, pr.gender, speakers, unquoted); ok {
						if r, ok := d.roleSubject(a, pr.gender, p.span.Start, people); ok {
							// "The archbishop toured the port. He said …": a
							// role nearer than the name is whom "he" means
							p = r
						}
						f.name = p.name
						speakers = append(speakers, person{span: sp, name: p.name, gender: p.gender})
					} else if r, ok := d.roleSubject(a, pr.gender, -1, people); ok {
						f.name = r.name
						speakers = append(speakers, person{span: sp, name: r.name, gender: r.gender})
					}
				case words[0] == "they" || words[0] == "it":
					f.name = d.groupAntecedent(a, words[0] == "they", people)
				}
				continue
			}
		}
		if role := d.definiteRole(a, b); role != "" {
			if p, ok := d.roleAntecedent(sp.Start, role, people); ok {
				f.name = p.name
				speakers = append(speakers, person{span: sp, name: p.name, gender: p.gender})
				continue
			}
		}
		f.name = d.asWritten(a, b)
		switch {
		case isProperName(f.name) && !places[strings.ToLower(f.name)]:
			// a name the mentions missed ("Assad") is still who a later "he" means
			speakers = append(speakers, person{span: sp, name: f.name})
		case nameBeforeOf(f.name) != "":
			// so is one with where they work after it: "DI Calloway of
			// Kestrel Vale Police"
			speakers = append(speakers, person{span: sp, name: nameBeforeOf(f.name)})
		case f.name != "" && !places[strings.ToLower(f.name)] && !pluralPhrase(d.lower[b-1]) && !irregularPlurals[d.lower[b-1]] && d.hasRole(a, b):
			// an unnamed speaker ("a senior US official said") is who the
			// next "he warned" means, not a named person further back; a
			// body or a document ("the inquiry") is no "he", nor are "police"
			speakers = append(speakers, person{span: sp, name: f.name})
		}
	}
}

// subjectPerson returns the person named as the subject of the sentence
// that holds the pronoun at token at, before it and outside quotations,
// when the gender does not clash.
func (d *doc) subjectPerson(at int, g gender, people []person) (person, bool) {
	si := d.sent[at]
	if si < 0 {
		return person{}, false
	}
	a, b := d.subject(d.sents[si].TokenStart, at)
	if b <= a || b > at || d.region[a] >= 0 {
		return person{}, false
	}
	if _, ok := pronouns[d.lower[a]]; ok {
		return person{}, false
	}
	p, ok := d.personIn(d.span(a, b), people)
	if !ok || g != unknownGender && p.gender != unknownGender && p.gender != g {
		return person{}, false
	}
	return p, true
}

// roleSubject returns the nearest subject of the pronoun's own sentence
// (before it) or of one of the two sentences before that starts after
// offset after, when it is a definite singular role phrase ("the
// archbishop", "the former minister") or names a person, and its gender
// does not clash with g. A role is named by the name in apposition after
// it, else as roleAntecedent names it, else as written. A subject that is
// a pronoun or a name of the other gender ends the search: the nearest
// subject is then no role.
func (d *doc) roleSubject(at int, g gender, after int, people []person) (person, bool) {
	si := d.sent[at]
	for n := 0; si >= 0 && n < 3; si, n = si-1, n+1 {
		s := d.sents[si]
		limit := s.TokenEnd
		if n == 0 {
			limit = at
		}
		a, b := d.subject(s.TokenStart, limit)
		if b <= a || b > limit || d.region[a] >= 0 {
			continue
		}
		sp := d.span(a, b)
		if sp.Start <= after {
			return person{}, false
		}
		if _, ok := pronouns[d.lower[a]]; ok {
			return person{}, false // the chain runs on through that pronoun
		}
		if p, ok := d.personIn(sp, people); ok {
			// a named subject is nearer than the role: "Ana Riel was on the
			// pier when the fire began. She said …"
			if g != unknownGender && p.gender != unknownGender && p.gender != g {
				return person{}, false
			}
			return p, true
		}
		role := d.definiteRole(a, b)
		head := d.lower[b-1]
		if role == "" || head != role || pluralPhrase(head) || irregularPlurals[head] {
			continue
		}
		if b+1 < len(d.toks) && d.lower[b] == "," {
			// the role with the name in apposition: "The finance minister,
			// Ivo Kerr, …"
			if p, ok := d.personIn(d.span(b+1, b+2), people); ok {
				return p, true
			}
		}
		rg := unknownGender
		switch {
		case femaleRoles[role]:
			rg = female
		case maleRoles[role]:
			rg = male
		}
		if g != unknownGender && rg != unknownGender && rg != g {
			continue
		}
		if p, ok := d.roleAntecedent(sp.Start, role, people); ok {
			return p, true
		}
		return person{span: sp, name: d.asWritten(a, b), gender: rg}, true
	}
	return person{}, false
}

// nameBeforeOf returns the name that opens a speaker phrase such as
// "DI Calloway of Kestrel Vale Police" (two or more capitalised words,
// then "of" and the body they serve), or "".
func nameBeforeOf(phrase string) string {
	head, _, ok := strings.Cut(phrase, " of ")
	if !ok || len(strings.Fields(head)) < 2 || !isProperName(head) || places[strings.ToLower(head)] {
		return ""
	}
	return head
}

// hasRole reports whether tokens [a, b) hold a noun naming a person by
// what they do ("official", "spokeswoman").
func (d *doc) hasRole(a, b int) bool {
	for i := a; i < b; i++ {
		if roleNouns[d.lower[i]] {
			return true
		}
	}
	return false
}

// pluralPhrase reports whether a speaker phrase's head word is plural
// ("officials", "diplomats"), which a singular pronoun cannot mean: it
// ends in "s", but not as "analysis", "census" or "congress" do.
func pluralPhrase(head string) bool {
	return strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && !strings.HasSuffix(head, "us") &&
		!strings.HasSuffix(head, "is")
}

// places are capitals and institutions that news names as speakers
// ("Washington said") and that a later "he" or "she" never means.
var places = wordSet(`washington moscow beijing london paris tehran damascus kremlin pentagon kiev
	kyiv ankara berlin tokyo brussels jerusalem cairo riyadh seoul pyongyang delhi islamabad kabul
	baghdad beirut ottawa canberra rome madrid athens warsaw vienna geneva caracas havana
	russia china iran syria israel turkey ukraine america britain france germany japan india
	pakistan egypt iraq europe nato`)

// isProperName reports whether every word of s is capitalised and none is a
// function word: "Assad", "Bashar al-Assad", but not "The FBI" or "US".
func isProperName(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		lw := strings.ToLower(w)
		if notNames[lw] || titles[lw] || orgWords[lw] {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// people lists the person mentions in text order, each named by the
// longest mention sharing its last word ("Lavrov" → "Sergei Lavrov"), with
// the gender a title, a first name or a gendered role shows for any of
// them.
func (d *doc) people() []person {
	var out []person
	full := map[string]string{}
	genders := map[string]gender{}
	for _, m := range d.mentions {
		if m.Type != chorus.EntityPerson || !m.Valid(len(d.text)) {
			continue
		}
		name := cleanName(d.withoutOpener(m))
		f := strings.Fields(name)
		if len(f) == 0 {
			continue
		}
		last := strings.ToLower(f[len(f)-1])
		if len(name) > len(full[last]) {
			full[last] = name
		}
		g := genderOf(strings.ToLower(f[0]), d.text[max(0, m.Start-24):m.Start])
		if g != unknownGender {
			genders[last] = g
		}
		out = append(out, person{span: m.Span, name: last})
	}
	for i := range out {
		last := out[i].name
		out[i].name, out[i].gender = full[last], genders[last]
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].span.Start < out[j].span.Start })
	return out
}

// withoutOpener returns a mention's text without a word that opens its
// sentence's adjunct and that a tagger took into the name: a subordinator
// or preposition ("Although Veskaria", "Within Tessin") or a participle the
// text also writes in lower case ("Hosting Ana Riel"). The name is the rest.
func (d *doc) withoutOpener(m chorus.Mention) string {
	i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= m.Start })
	if i+1 >= len(d.toks) || d.toks[i].Start != m.Start || d.toks[i+1].Start >= m.End {
		return m.Text
	}
	w := d.lower[i]
	opener := adjunctOpeners[w] || adverbialStarts[w] || speakerPreps[w]
	if !opener && d.sent[i] >= 0 && d.sents[d.sent[i]].TokenStart == i && len(w) > 5 && strings.HasSuffix(w, "ing") {
		opener = d.lowerElsewhere(i)
	}
	if !opener {
		return m.Text
	}
	return strings.TrimSpace(m.Text[d.toks[i+1].Start-m.Start:])
}

// adjunctOpeners are the subordinators and prepositions that open an
// adjunct before a sentence's subject ("Although Veskaria …", "Unlike
// Tessin, …"). Not all of notNames: that list also holds words that open
// names ("Said Hilali", "May Varga").
var adjunctOpeners = wordSet(`although though unlike within despite since because whereas unless until amid
	during without whenever while when after before as if in on at for from with by to of`)

// lowerElsewhere reports whether the text writes the word at token i in
// lower case somewhere else, so that its capital only opens a sentence.
func (d *doc) lowerElsewhere(i int) bool {
	for k, t := range d.toks {
		if k != i && d.lower[k] == d.lower[i] && t.Text == d.lower[i] {
			return true
		}
	}
	return false
}

// cleanName drops a possessive and surrounding titles and marks.
func cleanName(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	f := strings.Fields(s)
	for len(f) > 1 && titles[strings.ToLower(f[0])] {
		f = f[1:]
	}
	// a nickname quoted inside the name is not part of it
	for k := 1; k+1 < len(f); k++ {
		if strings.ContainsAny(f[k][:1], "\"“'‘") {
			f = slices.Delete(f, k, k+1)
			k--
		}
	}
	return strings.Trim(strings.Join(f, " "), ",.;:()[]\"'“”‘’")
}

// genderOf reads a gender from a first name or from the title before it.
func genderOf(first, before string) gender {
	b := strings.ToLower(before)
	switch {
	case strings.HasSuffix(b, "mr. ") || strings.HasSuffix(b, "mr ") || strings.HasSuffix(b, "sir "):
		return male
	case strings.HasSuffix(b, "mrs. ") || strings.HasSuffix(b, "ms. ") || strings.HasSuffix(b, "mrs ") ||
		strings.HasSuffix(b, "ms ") || strings.HasSuffix(b, "miss "):
		return female
	case maleNames[first]:
		return male
	case femaleNames[first]:
		return female
	}
	// a gendered role just before the name: "spokeswoman Jane Doe"
	if w := strings.Fields(b); len(w) > 0 {
		switch last := strings.Trim(w[len(w)-1], ",.'’"); {
		case femaleRoles[last]:
			return female
		case maleRoles[last]:
			return male
		}
	}
	return unknownGender
}

// personIn returns the person mentioned inside span sp, unless the phrase
// only names them as an owner ("Kerry's allies").
func (d *doc) personIn(sp chorus.Span, people []person) (person, bool) {
	var modifier *person
	for i, p := range people {
		if !p.span.Overlaps(sp) {
			continue
		}
		if rest := strings.TrimSpace(d.text[min(p.span.End, sp.End):sp.End]); strings.HasPrefix(rest, "'s ") ||
			strings.HasPrefix(rest, "’s ") {
			continue
		}
		if d.nameAsModifier(p.span, sp) {
			// "victims of the Varga government, Ana Ruiz,": the name
			// describes a noun; a later name in the phrase is the speaker
			if modifier == nil {
				modifier = &people[i]
			}
			continue
		}
		return p, true
	}
	if modifier != nil {
		return *modifier, true
	}
	return person{}, false
}

// nameAsModifier reports whether the name at span p, inside the speaker
// phrase sp, stands before a common noun it describes ("the Varga
// government") rather than naming someone.
func (d *doc) nameAsModifier(p, sp chorus.Span) bool {
	i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= p.End })
	if i >= len(d.toks) || d.toks[i].End > sp.End || !d.isWord(i) || d.isCap(i) {
		return false
	}
	w := d.lower[i]
	return !clauseWords[w] && w != "of" && w != "and" && !titles[w]
}

// antecedent returns the nearest person before offset at whose gender does
// not clash with g: a named speaker first (the running subject of a news
// story), else any person mention.
func antecedent(at int, g gender, speakers, people []person) (person, bool) {
	ok := func(p person) bool {
		return p.span.Start < at && (g == unknownGender || p.gender == unknownGender || p.gender == g)
	}
	for i := len(speakers) - 1; i >= 0 && i >= len(speakers)-maxLookBack; i-- {
		if ok(speakers[i]) {
			return speakers[i], true
		}
	}
	return lastPerson(at, people, ok)
}

// maxLookBack bounds how many earlier speakers or people a pronoun or a
// role is matched against: antecedents lie close by, and the bound keeps
// long texts linear.
const maxLookBack = 50

// lastPerson returns the nearest person before offset at that ok accepts.
func lastPerson(at int, people []person, ok func(person) bool) (person, bool) {
	i := sort.Search(len(people), func(k int) bool { return people[k].span.Start >= at }) - 1
	for n := 0; i >= 0 && n < maxLookBack; i, n = i-1, n+1 {
		if ok(people[i]) {
			return people[i], true
		}
	}
	return person{}, false
}

// definiteRole returns the role noun of a definite speaker phrase ("the
// diplomat", "the former secretary of state" → "secretary"), or "".
func (d *doc) definiteRole(a, b int) string {
	switch d.lower[a] {
	case "the", "this", "that":
	default:
		return ""
	}
	for i := b - 1; i > a; i-- {
		if roleNouns[d.lower[i]] {
			return d.lower[i]
		}
	}
	return ""
}

// roleAntecedent returns the nearest person before offset at whom the text
// gave the role: "Foreign Minister Sergei Lavrov", "diplomat Sergei
// Lavrov", "Lavrov, Russia's foreign minister".
func (d *doc) roleAntecedent(at int, role string, people []person) (person, bool) {
	i := sort.Search(len(people), func(k int) bool { return people[k].span.Start >= at }) - 1
	for n := 0; i >= 0 && n < maxLookBack; i, n = i-1, n+1 {
		p := people[i]
		if d.roleNear(p.span, role) {
			return p, true
		}
	}
	return person{}, false
}

// roleNear reports whether role stands right before the mention (within
// three words) or in an apposition right after it, in the same sentence.
func (d *doc) roleNear(sp chorus.Span, role string) bool {
	i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= sp.Start })
	j := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= sp.End })
	if i >= len(d.toks) {
		return false
	}
	s := d.sent[i]
	for k := i - 1; k >= 0 && k >= i-3 && d.sent[k] == s; k-- {
		if d.lower[k] == role {
			return true
		}
	}
	// an apposition: "Lavrov, Russia's top diplomat,"
	if j >= len(d.toks) || d.lower[j] != "," {
		return false
	}
	for k := j + 1; k < len(d.toks) && k < j+8 && d.sent[k] == s; k++ {
		if d.lower[k] == role {
			return true
		}
		if d.lower[k] == "," || d.lower[k] == "." {
			break
		}
	}
	return false
}

// asWritten is the speaker phrase as written, up to a comma, dash or
// bracket that opens an apposition.
func (d *doc) asWritten(a, b int) string {
	// the phrase without an apposition or a parenthesis after it
	for i := a + 1; i < b; i++ {
		if w := d.lower[i]; w == "," || w == "—" || w == "--" || w == "(" {
			b = i
			break
		}
	}
	return strings.Join(strings.Fields(d.text[d.toks[a].Start:d.toks[b-1].End]), " ")
}

// quoted reports whether span sp starts inside a quotation.
func (d *doc) quoted(sp chorus.Span) bool {
	i := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].End > sp.Start })
	return i < len(d.toks) && d.region[i] >= 0
}
