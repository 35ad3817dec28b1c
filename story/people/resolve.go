// Package people merges the named-entity mentions of a story's articles
// into entities: "Sergei Lavrov", "Sergey Lavrov", "Mr. Lavrov", "Lavrov"
// and, where the text ties the role to the name, "Russia's foreign
// minister" are one person; "Islamic State", "ISIL" and "DAESH" one
// organisation. Each entity gets a canonical name, its variants, its role
// when one is stated, per-article mention counts and a citation of every
// mention.
//
// Matching is by rules over letters and words, never by a list of people:
// transliteration alternations (Sergei/Sergey, Yevgeny/Evgeny,
// Mohammed/Muhammad), initials and honorifics, short forms of full names,
// acronyms and their expansions, and a small table of aliases of
// well-known organisations that no rule can derive (DAESH). Precision
// comes first: a short form joins a full name only when exactly one fits,
// and two full names whose given names disagree never join.
package people

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// Article is what Resolve reads of one article of a story.
type Article struct {
	ID   chorus.ArticleID
	Text string
	// Mentions are the tagger's entity mentions, with spans into Text.
	Mentions []chorus.Mention
	// Sentences are optional; with them a role is only looked for within
	// the sentence of its name.
	Sentences []chorus.Sentence
}

// Articles pairs a story's articles with their analyses, in the order
// given, for Resolve. Articles without an analysis have no mentions.
func Articles(arts []*chorus.Article, analyses map[chorus.ArticleID]*chorus.Analysis) []Article {
	out := make([]Article, 0, len(arts))
	for _, a := range arts {
		in := Article{ID: a.ID, Text: a.Text}
		if an := analyses[a.ID]; an != nil {
			in.Mentions, in.Sentences = an.Mentions, an.Sentences
		}
		out = append(out, in)
	}
	return out
}

// Entity is one person, organisation or place of a story.
type Entity struct {
	// Name is the fullest common form: the most frequent full name of a
	// person, the most frequent written-out name of an organisation.
	Name string
	Type chorus.EntityType
	// Variants are the other forms as written (possessives dropped), most
	// frequent first, role mentions included ("Russia's foreign minister").
	Variants []string
	// Role is the role the text ties to the name ("U.S. Secretary of
	// State"), the most frequent if several; "" when none is stated.
	Role string
	// Mentions counts the entity's mentions per article.
	Mentions map[chorus.ArticleID]int
	// Citations point at every mention, in article order then by position.
	Citations []chorus.Citation
}

// Person returns the entity as the story's vocabulary shows it.
func (e Entity) Person() chorus.Person {
	m := make(map[string]int, len(e.Mentions))
	for id, n := range e.Mentions {
		m[string(id)] = n
	}
	return chorus.Person{Name: e.Name, Type: e.Type, Variants: e.Variants, Role: e.Role, Mentions: m, Citations: e.Citations}
}

// mention is one name mention being resolved.
type mention struct {
	art  int
	span chorus.Span
	text string
	typ  chorus.EntityType
	// role is a role tied to it in the text, if any.
	role *roleSpan
	// cut is set when a word the tagger joined to the name was cut from
	// the mention: its type was the tagger's guess for the longer string.
	cut bool
	// defines is the acronym the name defines in parentheses right after
	// it, if any (see definedAcronym).
	defines string
}

// Resolve merges the mentions of a story's articles into entities, most
// mentioned first. It is pure and deterministic: the same articles in
// the same order give the same entities.
func Resolve(arts []Article) []Entity {
	ms := collect(arts)
	sw := &storyWords{arts: arts}
	leadWords(ms, arts, sw)
	voteTypes(ms)
	retypeClips(ms)
	retypeCompanies(ms, retypeDemonyms(ms, arts))
	known := namesOf(ms, arts)
	retypeSurnames(ms, known)
	retypePlaces(ms, known)
	retypeKindNamed(ms, arts, known)
	retypeOrganisations(ms, arts, known)
	retypeFirms(ms, arts, known)
	retypeProducts(ms)
	retypeModels(ms, arts)
	retypeDayNames(ms, arts)
	retypeStorms(ms, arts)
	retypeFlights(ms, arts)
	// Portfolio words stay in the mentions, where they make a role's
	// qualifier ("Labour Minister"), but join no entity (group -1), nor do
	// words the tagger glued to a person's name.
	drop := titleQualifiers(ms, arts)
	gluedPeople(ms, drop)
	commonWords(ms, arts, sw, drop)
	dropAcronyms(ms, drop)
	lowerPhrases(ms, sw, drop)
	var names []Name
	var at []int
	for i, m := range ms {
		if !drop[i] {
			n := Name{Doc: string(arts[m.art].ID), Text: m.text, Type: m.typ, Inner: midSentence(arts[m.art].Text, m.span.Start),
				Defines: m.defines}
			if m.typ == chorus.EntityPerson {
				n.Before = titleBefore(arts[m.art].Text, m.span.Start)
			}
			names = append(names, n)
			at = append(at, i)
		}
	}
	group := make([]int, len(ms))
	for i := range group {
		group[i] = -1
	}
	for k, g := range Cluster(names) {
		group[at[k]] = g
	}
	extra := tieRoles(arts, ms, group)
	return build(arts, ms, group, extra, sw)
}

// collect gathers the mentions with valid spans, each article's sorted by
// position.
func collect(arts []Article) []mention {
	var ms []mention
	for ai, a := range arts {
		start := len(ms)
		for _, m := range a.Mentions {
			if !m.Span.Valid(len(a.Text)) || m.Len() == 0 || shouted(a.Text, m.Span) {
				continue
			}
			text := m.Text
			if text == "" {
				text = m.In(a.Text)
			}
			if titleCaseOnly(a.Text, m.Span, text) {
				continue
			}
			span := m.Span
			cut := connectiveLead(text, m.Type)
			if cut < len(text) {
				cut += lowerLead(text[cut:])
			}
			if cut >= len(text) {
				continue // "Moreover," alone: no name at all
			}
			text, span.Start = text[cut:], span.Start+cut
			if end := gluedEnd(text); end < len(text) {
				text, span.End = text[:end], span.Start+end
			}
			named := mention{art: ai, span: span, text: text, typ: m.Type, cut: cut > 0}
			acro, defined := definedAcronym(a.Text, m.Span.End, text, m.Type)
			if defined {
				named.defines = a.Text[acro.Start:acro.End]
			}
			ms = append(ms, named)
			if defined && !covered(a.Mentions, acro) {
				ms = append(ms, mention{art: ai, span: acro, text: named.defines, typ: m.Type})
			}
		}
		part := ms[start:]
		sort.SliceStable(part, func(i, j int) bool { return part[i].span.Start < part[j].span.Start })
	}
	return ms
}

// voteTypes gives every mention of one string the type the tagger gave
// it most often in the story (ties: PER, ORG, LOC, MISC), so that one
// slip of the tagger does not split an entity. A mention that had a word
// cut from it votes only where no whole mention does. The names of one entity of
// the alias table vote together ("al-Nusra" typed a place once beside
// "Nusra Front" typed an organisation throughout).
func voteTypes(ms []mention) {
	order := []chorus.EntityType{chorus.EntityPerson, chorus.EntityOrganization, chorus.EntityLocation, chorus.EntityMisc}
	votes := map[string]map[chorus.EntityType]int{}
	keys := map[string]string{}
	keyOf := func(m mention) string {
		k, ok := keys[m.text]
		if !ok {
			s, _ := possessive(strings.TrimSpace(m.text))
			k = strings.ToLower(s)
			if a, ok := aliases[aliasKey(s)]; ok {
				k = "alias|" + a
			}
			keys[m.text] = k
		}
		return k
	}
	cutVotes := map[string]map[chorus.EntityType]int{}
	for _, m := range ms {
		k := keyOf(m)
		to := votes
		if m.cut {
			to = cutVotes
		}
		if to[k] == nil {
			to[k] = map[chorus.EntityType]int{}
		}
		to[k][m.typ]++
	}
	for k, v := range cutVotes {
		if votes[k] == nil {
			votes[k] = v
		}
	}
	for i := range ms {
		v := votes[keyOf(ms[i])]
		best := ms[i].typ
		for _, t := range order {
			if v[t] > v[best] {
				best = t
			}
		}
		ms[i].typ = best
	}
}

// retypeClips types as an organisation a person-typed mention of several
// words that an organisation's name in the story begins with, its last
// word cut short ("Temna Hydro" for "Temna Hydroelectric Company"): a
// tagger reads two capitalised words as a person, but no person's name is
// an organisation's with its last word clipped. A mention whose words are
// an organisation's whole ("John Lewis" beside "John Lewis Partnership")
// may be its namesake and keeps its type.
func retypeClips(ms []mention) {
	// organisations' names of several words, by their first word, so a
	// story's rebuild compares a person only with the names that start
	// like it
	orgs := map[string][][]string{}
	for _, m := range ms {
		if ws := strings.Fields(m.text); m.typ == chorus.EntityOrganization && len(ws) >= 2 {
			first := strings.ToLower(ws[0])
			orgs[first] = append(orgs[first], ws)
		}
	}
	if len(orgs) == 0 {
		return
	}
	for i := range ms {
		if ms[i].typ != chorus.EntityPerson {
			continue
		}
		ws := strings.Fields(ms[i].text)
		if len(ws) < 2 {
			continue
		}
		for _, o := range orgs[strings.ToLower(ws[0])] {
			if clipsName(ws, o) {
				ms[i].typ = chorus.EntityOrganization
				break
			}
		}
	}
}

// clipsName reports whether ws are the first words of name, the last of
// them cut short by at least two letters and at least four long.
func clipsName(ws, name []string) bool {
	if len(ws) > len(name) {
		return false
	}
	n := len(ws) - 1
	for k := range n {
		if !strings.EqualFold(ws[k], name[k]) {
			return false
		}
	}
	w, full := strings.ToLower(ws[n]), strings.ToLower(name[n])
	return len(w) >= 4 && len(full) >= len(w)+2 && strings.HasPrefix(full, w)
}

// build assembles the entities from the groups and the role mentions; sw
// holds the story's words Resolve gathered, read again for roles' case.
func build(arts []Article, ms []mention, group []int, extra []roleMention, sw *storyWords) []Entity {
	type acc struct {
		members []int
		roles   []roleMention
	}
	byGroup := map[int]*acc{}
	var order []int
	for i, g := range group {
		if g < 0 {
			continue
		}
		if byGroup[g] == nil {
			byGroup[g] = &acc{}
			order = append(order, g)
		}
		byGroup[g].members = append(byGroup[g].members, i)
	}
	for _, rm := range extra {
		byGroup[rm.group].roles = append(byGroup[rm.group].roles, rm)
	}
	var out []Entity
	cache := parseCache{}
	for _, g := range order {
		a := byGroup[g]
		e := Entity{Mentions: map[chorus.ArticleID]int{}}
		type cite struct {
			art  int
			span chorus.Span
		}
		var cites []cite
		forms := map[string]int{}
		var formOrder []string
		var best *form
		bestScore := [3]int{-1}
		typeCount := map[chorus.EntityType]int{}
		fcount := map[string]int{}
		parsed := make([]*form, len(a.members))
		maxCount := 0
		for k, i := range a.members {
			parsed[k] = cache.parse(ms[i].text, ms[i].typ)
			fcount[parsed[k].id]++
			if parsed[k].acro == "" {
				maxCount = max(maxCount, fcount[parsed[k].id])
			}
		}
		for k, i := range a.members {
			m := ms[i]
			e.Mentions[arts[m.art].ID]++
			cites = append(cites, cite{m.art, m.span})
			f := parsed[k]
			typeCount[f.typ]++ // the type the name's form shows, over the tagger's
			// A description of one word (a headline's "Volunteer") is
			// no other way of writing the name; longer ones ("Russia's
			// foreign minister") are how a story refers to the person.
			if v := nameVariant(m.text, f); f.kind == kindName || strings.ContainsRune(v, ' ') {
				if forms[v] == 0 {
					formOrder = append(formOrder, v)
				}
				forms[v]++
			}
			if sc := canonScore(f, fcount[f.id], maxCount); f.kind == kindName && greater(sc, bestScore) {
				best, bestScore = f, sc
			}
		}
		for _, rm := range a.roles {
			e.Mentions[arts[rm.art].ID]++
			cites = append(cites, cite{rm.art, rm.span})
			v := variant(rm.text)
			if forms[v] == 0 {
				formOrder = append(formOrder, v)
			}
			forms[v]++
		}
		if best != nil {
			// The same name written with its accents and without is
			// named with them: the plain letters are a keyboard's
			// stand-in ("Andres Ibanez" for Andrés Ibáñez).
			for _, f := range parsed {
				if f.kind == kindName && slices.Equal(f.keys, best.keys) && accents(f.words) > accents(best.words) {
					best = f
				}
			}
			// A name written with more given names in front ("Ilse Marta
			// Varga" beside the more frequent "Marta Varga") is the fuller
			// form of the same name.
			for _, f := range parsed {
				if best.typ == chorus.EntityPerson && f.typ == chorus.EntityPerson && f.kind == kindName && f.full() &&
					len(f.keys) > len(best.keys) && slices.Equal(f.keys[len(f.keys)-len(best.keys):], best.keys) && !slices.Contains(f.initial, true) {
					best = f
				}
			}
			// A person's name set in capitals (a report's heading, "P. J.
			// VARGA") is named as the other reports write it ("P.J. Varga").
			for _, f := range parsed {
				if best.typ == chorus.EntityPerson && f.kind == kindName && slices.Equal(f.keys, best.keys) &&
					shoutedName(best.words) && !shoutedName(f.words) && accents(f.words) >= accents(best.words) {
					best = f
				}
			}
			e.Name = strings.Join(best.words, " ")
			if whole, ok := spelledWithSuffix(best, parsed, a.members, ms); ok {
				e.Name = whole
			}
		} else {
			e.Name = variant(ms[a.members[0]].text)
		}
		e.Type = majorityType(typeCount, e.Name)
		if best == nil && e.Type != chorus.EntityPerson {
			// "Hospital", "School No.": an organisation or place that no
			// mention names is a description or a fragment, not an entry
			// of the list. (A person's description stays with its
			// person, or alone where it is all the story has.)
			continue
		}
		sort.SliceStable(formOrder, func(x, y int) bool { return forms[formOrder[x]] > forms[formOrder[y]] })
		// the name is printed with the apostrophes the articles write
		// (the form's words have them straightened), and that way of
		// writing it is no variant
		asWritten := false
		for _, v := range formOrder {
			if straightQuotes(v) == straightQuotes(e.Name) {
				if !asWritten {
					e.Name, asWritten = v, true
				}
				continue
			}
			e.Variants = append(e.Variants, v)
		}
		e.Role = roleCase(bestRole(ms, a.members), sw)
		sort.SliceStable(cites, func(x, y int) bool {
			if cites[x].art != cites[y].art {
				return cites[x].art < cites[y].art
			}
			return cites[x].span.Start < cites[y].span.Start
		})
		for _, c := range cites {
			e.Citations = append(e.Citations, chorus.Cite(arts[c.art].ID, c.span))
		}
		out = append(out, e)
	}
	out = mergeSameName(out, arts)
	sort.SliceStable(out, func(i, j int) bool { return len(out[i].Citations) > len(out[j].Citations) })
	return out
}

// tieOrder is the order in which the types of a name win ties: a name of
// several words is a person's first, but a single word is a place more
// often than an organisation, and that more often than a person, whom
// stories name in full at least once.
func tieOrder(name string) []chorus.EntityType {
	if strings.Contains(strings.TrimSpace(name), " ") {
		return []chorus.EntityType{chorus.EntityPerson, chorus.EntityOrganization, chorus.EntityLocation, chorus.EntityMisc}
	}
	return []chorus.EntityType{chorus.EntityLocation, chorus.EntityOrganization, chorus.EntityPerson, chorus.EntityMisc}
}

// shoutedName reports whether a word of a name, other than an initial, is
// written in capitals only ("VARGA").
func shoutedName(words []string) bool {
	for _, w := range words {
		if allCaps(strings.TrimRight(w, ".")) {
			return true
		}
	}
	return false
}

// accents counts the letters outside ASCII in words.
func accents(words []string) int {
	n := 0
	for _, w := range words {
		for _, r := range w {
			if r >= utf8.RuneSelf {
				n++
			}
		}
	}
	return n
}

// mergeSameName joins entities that came out under one name with
// different types: a tagger may type "Lindos" a person, a place and an
// organisation in three sentences, and the forms of different types never
// match. One name in one story is one entity, of the type most of its
// mentions carry.
func mergeSameName(es []Entity, arts []Article) []Entity {
	pos := make(map[chorus.ArticleID]int, len(arts))
	for i, a := range arts {
		pos[a.ID] = i
	}
	at := map[string]int{}
	var out []Entity
	var types []map[chorus.EntityType]int // mentions per type, by entity of out
	cache := parseCache{}
	for _, e := range es {
		// the name without a corporate suffix, which a name keeps only
		// when its acronym spells it (see spelledWithSuffix)
		k := strings.ToLower(e.Name)
		if f := cache.parse(e.Name, e.Type); e.Type != chorus.EntityPerson && f.kind == kindName && len(f.words) > 0 {
			k = strings.ToLower(strings.Join(f.words, " "))
		}
		i, ok := at[k]
		if !ok {
			at[k] = len(out)
			out = append(out, e)
			types = append(types, map[chorus.EntityType]int{e.Type: len(e.Citations)})
			continue
		}
		m := &out[i]
		types[i][e.Type] += len(e.Citations)
		m.Type = majorityType(types[i], m.Name)
		for _, v := range e.Variants {
			if v != m.Name && !slices.Contains(m.Variants, v) {
				m.Variants = append(m.Variants, v)
			}
		}
		if m.Role == "" {
			m.Role = e.Role
		}
		for id, n := range e.Mentions {
			m.Mentions[id] += n
		}
		m.Citations = append(m.Citations, e.Citations...)
		sort.SliceStable(m.Citations, func(x, y int) bool {
			cx, cy := m.Citations[x], m.Citations[y]
			if pos[cx.Article] != pos[cy.Article] {
				return pos[cx.Article] < pos[cy.Article]
			}
			return cx.Start < cy.Start
		})
	}
	return out
}

// straightQuotes replaces curly apostrophes with straight ones.
func straightQuotes(s string) string {
	return strings.NewReplacer("’", "'", "‘", "'").Replace(s)
}

// spelledWithSuffix returns the canonical form best as written with its
// corporate suffix when the entity's acronym spells the suffix too: the
// letters of "BBC" say that "Corporation" is part of the name, so cut to
// "British Broadcasting" it would read as a fragment.
func spelledWithSuffix(best *form, parsed []*form, members []int, ms []mention) (string, bool) {
	if best.suffixInitials == "" || !slices.ContainsFunc(parsed, func(f *form) bool { return f.acro == best.suffixInitials }) {
		return "", false
	}
	for k, i := range members {
		if parsed[k] == best {
			return nameVariant(ms[i].text, best), true
		}
	}
	return "", false
}

// canonScore ranks a form as a canonical name: a person's full name
// first ("Sergei Lavrov" over "Lavrov"), an organisation's or place's
// written-out name first when it is common (at least a third as frequent
// as the most frequent form other than an acronym: "Creighton" over a
// single "Creighton Bluejays", but "Islamic State" over "DAESH" and
// "Marhold Airlines" over "MAL" however often the story writes the
// letters, which say nothing to a reader who does not know them), then
// the most frequent, then the longest.
func canonScore(f *form, count, maxCount int) [3]int {
	full := 0
	if f.typ == chorus.EntityPerson && f.full() || f.typ != chorus.EntityPerson && len(f.keys) > 1 && f.acro == "" && 3*count >= maxCount {
		full = 1
	}
	return [3]int{full, count, len(f.keys)}
}

func greater(a, b [3]int) bool {
	for i := range a {
		if a[i] != b[i] {
			return a[i] > b[i]
		}
	}
	return false
}

// nameVariant is the variant a mention of form f adds to its entity: as
// written, but without a leading description, which is the person's role
// and no way of writing the name ("Pensioner Vera Riel" is Vera Riel), or
// a title's fragment ("Defense Tomas Varga" is Tomas Varga), and
// without an owner before an organisation's or place's name or a place
// after it, which say where it is ("Marhold's Mill Lane", "Riel Ministry
// in Tessin" are Mill Lane and Riel Ministry).
func nameVariant(text string, f *form) string {
	v := variant(text)
	if f.descriptor || f.fragment {
		if rest, ok := strings.CutPrefix(v, f.title+" "); ok {
			return rest
		}
	}
	if f.typ == chorus.EntityPerson || f.kind != kindName {
		return v
	}
	ws := strings.Fields(v)
	start := 0
	for start < len(ws)-1 {
		if base, owned := possessive(ws[start]); !owned || !isCap(ws[start]) || collectiveOwner(base) {
			break
		}
		start++
	}
	end := len(ws)
	for i := start + 1; i+1 < len(ws); i++ {
		if k := key(ws[i]); prepositions[k] && !connectors[k] && !isCap(ws[i]) && isCap(ws[i+1]) {
			end = i
			break
		}
	}
	return strings.Join(ws[start:end], " ")
}

// variant is a mention as written, trimmed, without a possessive.
func variant(text string) string {
	s := strings.Join(strings.Fields(text), " ")
	s = strings.Trim(s, `"“”'‘’,;:`)
	if t, ok := possessive(s); ok && !strings.HasSuffix(s, "'m") && !strings.HasSuffix(s, "'d") {
		s = t
	}
	return s
}

func majorityType(c map[chorus.EntityType]int, name string) chorus.EntityType {
	best := chorus.EntityType("")
	for _, t := range tieOrder(name) {
		if best == "" || c[t] > c[best] {
			best = t
		}
	}
	return best
}

// bestRole picks the role stated for the entity's mentions: one that
// names its owner ("Russian President" over "President") first, then the
// most frequent, then the longer, then the first.
func bestRole(ms []mention, members []int) string {
	count := map[string]int{}
	owned := map[string]bool{}
	var order []string
	for _, i := range members {
		if r := ms[i].role; r != nil {
			if count[r.text] == 0 {
				order = append(order, r.text)
			}
			count[r.text]++
			owned[r.text] = r.key.whose != ""
		}
	}
	if len(order) == 0 {
		return ""
	}
	return slices.MaxFunc(order, func(a, b string) int {
		if owned[a] != owned[b] {
			if owned[a] {
				return 1
			}
			return -1
		}
		if count[a] != count[b] {
			return count[a] - count[b]
		}
		return len(a) - len(b)
	})
}

// roleCase lower-cases a role's first word when only its place at the
// start of a sentence capitalised it ("Mediator Andres Ibanez said"):
// shown after the name ("Andrés Ibáñez, mediator") it is a common noun,
// which the story's articles write in lower case elsewhere. A title keeps
// its capital ("President", "Minister").
func roleCase(role string, sw *storyWords) string {
	first, rest, _ := strings.Cut(role, " ")
	r, size := utf8.DecodeRuneInString(first)
	lower := strings.ToLower(first)
	if !unicode.IsUpper(r) || first[size:] != lower[size:] || rest != strings.ToLower(rest) || isTitle(first) || !sw.writes(lower) {
		return role // ("Labour Minister", "House Majority Leader": a name's words)
	}
	if rest != "" {
		return lower + " " + rest
	}
	return lower
}

// parseCache parses each (text, type) once.
type parseCache map[[2]string]*form

func (c parseCache) parse(text string, typ chorus.EntityType) *form {
	k := [2]string{text, string(typ)}
	f, ok := c[k]
	if !ok {
		f = parse(text, typ)
		c[k] = f
	}
	return f
}

// titleBefore returns the capitalised titles and honorifics written right
// before offset start on the same line, each a word apart ("Mrs.", "Prime
// Minister"), at most three; "" when there are none. A title in lower
// case is a description ("the party leader Varga"), not how the name is
// written.
func titleBefore(text string, start int) string {
	from := start
	for n := 0; n < 3; n++ {
		i := from
		if i == 0 || text[i-1] != ' ' {
			break
		}
		i--
		j := i
		for j > 0 && text[j-1] != ' ' && text[j-1] != '\n' && text[j-1] != '\t' {
			j--
		}
		w := strings.TrimSuffix(text[j:i], ".")
		if w == "" || !isLetters(w) || !isUpperInitial(w) || !isTitle(w) {
			break
		}
		from = j
	}
	return text[from:max(from, start-1)]
}

// midSentence reports whether the text at start follows other words of its
// sentence on the same line: the character before it (spaces skipped) is
// not a line break, the start of the text, a sentence's end or an opening
// quote or bracket.
func midSentence(text string, start int) bool {
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i == 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return !strings.ContainsRune("\n\r.!?:;\"'“‘(«—–-", r)
}

// connectives are words that open a sentence or a clause and that a
// tagger, seeing them capitalised, may take for the start of a name or a
// name itself ("Moreover, …", "Once Trump signed …", "Sadly, …"). No name
// starts with one. The articles join them for organisations and places
// only, since An is also a given name. They are matched as written, in
// lower case, not by key: keys fold spellings together ("soon" and
// "Sun", "at" and "AT&T").
var connectives = lowerSet("moreover", "however", "furthermore", "nevertheless", "nonetheless", "meanwhile", "therefore",
	"thus", "hence", "otherwise", "instead", "indeed", "besides", "likewise", "additionally", "finally", "once",
	"although", "though", "unless", "whether", "whereas", "while", "when", "whenever", "wherever", "whatever",
	"because", "since", "until", "if", "also", "then", "but", "and", "or", "nor", "perhaps", "maybe", "today",
	"yesterday", "tonight", "recently", "previously", "overall", "after", "before",
	// sentence adverbs
	"sadly", "similarly", "ironically", "unfortunately", "fortunately", "importantly", "interestingly",
	"surprisingly", "notably", "clearly", "obviously", "apparently", "luckily", "hopefully", "honestly",
	"frankly", "basically", "essentially", "ultimately", "eventually", "initially", "originally", "currently",
	"typically", "generally", "usually", "certainly", "definitely", "especially", "specifically",
	"consequently", "accordingly", "alternatively", "conversely", "incidentally", "admittedly", "undoubtedly",
	"arguably", "thankfully", "happily", "naturally", "predictably", "curiously", "strangely", "tragically",
	"crucially", "critically", "traditionally", "historically", "technically", "officially", "reportedly",
	"allegedly", "separately", "lastly", "secondly", "thirdly", "firstly", "anyway",
	"there", "again", "already", "soon", "later", "earlier", "altogether",
	"sometimes", "often", "personally", "fittingly", "remarkably", "oddly", "unsurprisingly", "understandably",
	"regardless", "nowadays", "elsewhere",
	// prepositions: a capitalised one opens a sentence or a headline's
	// phrase ("Within Marhold the …"), never a name
	"within", "without", "inside", "outside", "during", "despite", "amid", "amidst", "among", "amongst",
	"throughout", "across", "through", "toward", "towards", "upon", "into", "onto", "from", "with", "in",
	"at", "on", "for", "near", "beyond", "behind", "beneath", "via", "against", "unlike", "about",
	"following", "according", "regarding", "concerning", "including", "between")

// connectiveLead returns how many bytes of a mention's text are
// connectives before the name (with the spaces and commas after them):
// len(text) when it is nothing else, 0 when it starts with the name.
func connectiveLead(text string, typ chorus.EntityType) int {
	cut := 0
	for cut < len(text) {
		rest := text[cut:]
		end := strings.IndexFunc(rest, func(r rune) bool { return r == ' ' || r == ',' })
		if end < 0 {
			end = len(rest)
		}
		w := strings.ToLower(rest[:end])
		if !connectives[w] && !(typ != chorus.EntityPerson && (w == "a" || w == "an")) {
			break
		}
		cut += end
		for cut < len(text) && (text[cut] == ' ' || text[cut] == ',') {
			cut++
		}
	}
	return cut
}
