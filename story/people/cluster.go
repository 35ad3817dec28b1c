package people

import (
	"slices"
	"sort"
	"strings"

	"github.com/chorusnews/chorus"
)

// Name is one mention of an entity by name, as Cluster reads it.
type Name struct {
	// Doc identifies the document (article) holding the mention: a short
	// form that fits two entities goes to the one its own document names.
	Doc string
	// Text is the mention as written ("Mr. Lavrov", "ISIL").
	Text string
	Type chorus.EntityType
	// Before is the title or honorific written right before the mention
	// when the mention leaves it out ("Mrs." or "President" before
	// "Clinton"): it tells apart two people of one family name that one
	// document writes in two ways. Empty when none or not known.
	Before string
	// Inner says the mention is capitalised inside a sentence, after other
	// words ("a statement to the Courier"): there a capital marks a name,
	// so the form is never taken for a description of a person anywhere in
	// the story, as a capitalised noun at the start of a sentence or in a
	// headline may be ("Driver held after crash"). False when not known.
	Inner bool
	// Defines is the acronym the mention defines in parentheses right
	// after it ("Marhold Airlines (MAL)"): the writer's word that the
	// acronym, wherever the story writes it, is this name, even when its
	// letters are not just the name's initials. Empty when none.
	Defines string
}

// Cluster groups names that name the same entity and returns, for each
// name, the number of its group (numbered from 0 in order of first
// appearance). Precision comes first: a short form ("Smith") joins a full
// name only when exactly one fits, in the story or else in its own
// document, and two full names join only when all their forms agree. A
// description of a person ("Driver", "Brooklyn mother of 3", "I'm") joins
// the person its document names most often, when one is named more often
// than anyone else. It is deterministic and depends only on its input.
func Cluster(names []Name) []int {
	c := newClusterer(names)
	c.identical()
	c.fullNames()
	c.shortLongForms()
	c.shortForms()
	c.descriptions()
	c.honorifics()
	c.leftovers()
	return c.numbers()
}

// group is one cluster under construction.
type group struct {
	members []int // name indexes, ascending
	forms   []int // distinct form indexes, ascending
	docs    map[string]bool
}

type clusterer struct {
	names  []Name
	forms  []*form
	formOf []int
	// first maps a form to the first name written that way.
	first   []int
	parent  []int
	groups  map[int]*group
	pending []bool
	// officeOf memoises offices by name; officeDone says which are set.
	officeOf   [][]string
	officeDone []bool
}

func newClusterer(names []Name) *clusterer {
	c := &clusterer{names: names, formOf: make([]int, len(names)), parent: make([]int, len(names)),
		groups: make(map[int]*group, len(names)), pending: make([]bool, len(names))}
	byID := map[string]int{}
	parsed := map[[2]string]int{}
	for i, n := range names {
		pk := [2]string{string(n.Type), n.Text}
		fi, ok := parsed[pk]
		if !ok {
			f := parse(n.Text, n.Type)
			if fi, ok = byID[f.id]; !ok {
				fi = len(c.forms)
				byID[f.id] = fi
				c.forms = append(c.forms, f)
				c.first = append(c.first, i)
			}
			parsed[pk] = fi
		}
		if a := acronym(n.Defines); a != "" && !slices.Contains(c.forms[fi].defined, a) {
			c.forms[fi].defined = append(c.forms[fi].defined, a)
		}
		c.formOf[i] = fi
		c.parent[i] = i
		c.groups[i] = &group{members: []int{i}, forms: []int{fi}, docs: map[string]bool{n.Doc: true}}
	}
	return c
}

func (c *clusterer) find(i int) int {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

// union joins the groups of names a and b; the smaller index is the root.
func (c *clusterer) union(a, b int) int {
	ra, rb := c.find(a), c.find(b)
	if ra == rb {
		return ra
	}
	if rb < ra {
		ra, rb = rb, ra
	}
	ga, gb := c.groups[ra], c.groups[rb]
	c.parent[rb] = ra
	ga.members = mergeSorted(ga.members, gb.members)
	ga.forms = mergeSorted(ga.forms, gb.forms)
	for d := range gb.docs {
		ga.docs[d] = true
	}
	delete(c.groups, rb)
	return ra
}

func mergeSorted(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case j == len(b) || i < len(a) && a[i] < b[j]:
			out = append(out, a[i])
			i++
		case i == len(a) || b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// compatible reports whether no two forms of the two groups contradict
// each other (different people, different types).
func (c *clusterer) compatible(ra, rb int) bool {
	for _, i := range c.groups[ra].forms {
		for _, j := range c.groups[rb].forms {
			a, b := c.forms[i], c.forms[j]
			if a.typ != b.typ {
				return false
			}
			if a.typ == chorus.EntityPerson && a.kind == kindName && b.kind == kindName && personConflict(a, b) {
				return false
			}
		}
	}
	return true
}

// identical joins every mention of a long form or a description of an
// organisation or place to the first one written the same way, and every
// mention of a short form or a description of a person to the first one
// in the same document (one description may be about different people in
// different documents: see descriptions). Pronouns stay alone, those of a
// person until descriptions places them.
func (c *clusterer) identical() {
	firstInDoc := map[[2]string]int{}
	for i, n := range c.names {
		f := c.forms[c.formOf[i]]
		switch {
		case f.kind == kindPronoun:
			c.pending[i] = personalPronoun(f) && f.typ == chorus.EntityPerson
		case f.kind == kindNominal && f.typ != chorus.EntityPerson || f.long():
			c.union(c.first[c.formOf[i]], i)
		default:
			c.pending[i] = true
			// "Mrs. Varga" and "President Varga" of one report may be two
			// people: each way of address is placed on its own.
			k := [2]string{f.id, n.Doc}
			if n.Before != "" || f.title != "" {
				k[0] += "|" + string(rune('0'+c.gender(i))) + "|" + strings.Join(c.offices(i), " ")
			}
			if j, ok := firstInDoc[k]; ok {
				c.union(j, i)
			} else {
				firstInDoc[k] = i
			}
		}
	}
}

// fullNames joins people's full names that agree (surest pairs first) and
// long organisation and place names the alias table links.
func (c *clusterer) fullNames() {
	type pair struct{ s, a, b int }
	var pairs []pair
	for i, a := range c.forms {
		if !a.long() {
			continue
		}
		for j := i + 1; j < len(c.forms); j++ {
			b := c.forms[j]
			if !b.long() || a.typ != b.typ {
				continue
			}
			s := noMatch
			if a.typ == chorus.EntityPerson {
				s = personMatch(a, b)
			} else if al := aliasOf(a); al != "" && al == aliasOf(b) || sameWords(a, b) || sameAirline(a, b) {
				s = matchFull
			}
			if s != noMatch {
				pairs = append(pairs, pair{s, i, j})
			}
		}
	}
	sort.SliceStable(pairs, func(x, y int) bool { return pairs[x].s > pairs[y].s })
	matches := map[int][]int{}
	for _, p := range pairs {
		matches[p.a] = append(matches[p.a], p.b)
		matches[p.b] = append(matches[p.b], p.a)
	}
	// A name that fits two people who cannot be one ("George Bush" with
	// "George Bush Sr." and "George Bush Jr.", "J. Smith" with "John Smith"
	// and "Jane Smith") joins neither.
	ambiguous := func(x, y int) bool {
		for _, z := range matches[y] {
			if z != x && c.forms[x].typ == chorus.EntityPerson && personConflict(c.forms[x], c.forms[z]) {
				return true
			}
		}
		return false
	}
	for _, p := range pairs {
		if ambiguous(p.a, p.b) || ambiguous(p.b, p.a) {
			continue
		}
		ra, rb := c.find(c.first[p.a]), c.find(c.first[p.b])
		if ra != rb && c.compatible(ra, rb) {
			c.union(ra, rb)
		}
	}
}

// longRoots returns the roots of the groups holding a long form, ascending.
func (c *clusterer) longRoots() []int {
	var roots []int
	for fi, f := range c.forms {
		if f.long() {
			roots = append(roots, c.find(c.first[fi]))
		}
	}
	slices.Sort(roots)
	return slices.Compact(roots)
}

// candidates returns the groups (other than the group of root r) that the
// short form s fits, at the surest strength any group reaches.
func (c *clusterer) candidates(r int, s *form, roots []int) ([]int, int) {
	var out []int
	best := noMatch
	for _, g := range roots {
		if g == r {
			continue
		}
		m := noMatch
		for _, fi := range c.groups[g].forms {
			l := c.forms[fi]
			if l.long() && len(l.keys) >= len(s.keys) && l != s {
				m = max(m, shortMatch(s, l))
			}
		}
		if m == noMatch || m < best || !c.compatible(r, g) {
			continue
		}
		if m > best {
			best, out = m, out[:0]
		}
		out = append(out, g)
	}
	return out, best
}

// shortLongForms joins a long name that is the start or end of a longer
// one ("Promises Treatment Center" of "Malibu Promises Treatment Center",
// "Jamal Williams" of "Charger Jamal Williams") when only one group fits,
// longest first so that chains of shorter forms find one group.
func (c *clusterer) shortLongForms() {
	var order []int
	for fi, f := range c.forms {
		if f.long() {
			order = append(order, fi)
		}
	}
	sort.SliceStable(order, func(x, y int) bool { return len(c.forms[order[x]].keys) > len(c.forms[order[y]].keys) })
	for _, fi := range order {
		s := c.forms[fi]
		r := c.find(c.first[fi])
		var fit []int
		cands, best := c.candidates(r, s, c.longRoots())
		for _, g := range cands {
			if c.longer(g, s) {
				fit = append(fit, g)
			}
		}
		if best >= matchShort && len(fit) == 1 {
			c.union(r, fit[0])
		}
	}
}

// longer reports whether group g holds a form with more words than s, or
// one whose last word s clips ("Temna Hydroelectric" for "Temna Hydro").
func (c *clusterer) longer(g int, s *form) bool {
	for _, fi := range c.groups[g].forms {
		if k := c.forms[fi].keys; len(k) > len(s.keys) || len(s.keys) >= 2 && clipsName(s.keys, k) {
			return true
		}
	}
	return false
}

// shortForms places each document's short forms: with the one group that
// fits in the story, or else with the one that fits among the groups its
// document names. A given name alone joins the full name of its own
// document it fits, or, where its document names no one it fits, the one
// person of the story it fits.
func (c *clusterer) shortForms() {
	for _, u := range c.units() {
		s := c.forms[c.formOf[u]]
		doc := c.names[u].Doc
		roots := c.longRoots()
		cands, best := c.candidates(c.find(u), s, roots)
		cands = c.byTitle(u, cands)
		if best > matchGiven && c.givenElsewhere(u, s, cands, roots) {
			continue
		}
		var local []int
		for _, g := range cands {
			if c.groups[g].docs[doc] {
				local = append(local, g)
			}
		}
		switch {
		case best == matchGiven && len(local) == 1:
			c.place(u, local[0])
		case best == matchGiven && len(cands) == 1 && len(local) == 0:
			c.place(u, cands[0])
		case best == matchGiven:
		case len(cands) == 1:
			c.place(u, cands[0])
		case len(local) == 1:
			c.place(u, local[0])
		}
	}
}

// byTitle narrows the groups a short form written with a title of office
// fits ("President Varga") to those that title can name. When some of
// them are written with it and others are not, only the first remain: of
// Ilse Varga and President Tomas Varga, "President Varga" is Tomas. A
// group never written with the title is dropped too when the short form's
// own document names it in full and calls it by an honorific ("Ilse
// Varga ... Mrs. Varga ... President Varga"): a report does not call one
// person by two kinds of address, so the president there is another Varga
// whom the story never names in full, in that report and in the others
// that write "President Varga".
func (c *clusterer) byTitle(u int, cands []int) []int {
	heads := c.offices(u)
	if len(heads) == 0 || len(cands) == 0 {
		return cands
	}
	// the reports that write this short form with this title
	docs := map[string]bool{}
	for i, n := range c.names {
		if c.formOf[i] == c.formOf[u] && slices.Equal(c.offices(i), heads) {
			docs[n.Doc] = true
		}
	}
	var holders, others []int
	for _, g := range cands {
		switch {
		case c.holdsTitle(g, heads):
			holders = append(holders, g)
		case !c.addressedOtherwise(g, docs):
			others = append(others, g)
		}
	}
	if len(holders) > 0 {
		return holders
	}
	return others
}

// offices returns the keys of the heads of office a person's name i is
// written with, inside the mention or right before it ("president" of
// "Former President Varga"); none for an honorific, a description or a
// title's fragment.
func (c *clusterer) offices(i int) []string {
	if c.officeDone == nil {
		c.officeOf, c.officeDone = make([][]string, len(c.names)), make([]bool, len(c.names))
	}
	if c.officeDone[i] {
		return c.officeOf[i]
	}
	f := c.forms[c.formOf[i]]
	var out []string
	if f.typ == chorus.EntityPerson && f.kind == kindName {
		if f.title != "" && !f.descriptor && !f.fragment {
			out = officeWords(f.title, out)
		}
		if c.names[i].Before != "" {
			out = officeWords(c.names[i].Before, out)
		}
	}
	c.officeOf[i], c.officeDone[i] = out, true
	return out
}

// officeWords appends the keys of the heads of office among the words of
// a title.
func officeWords(title string, out []string) []string {
	for _, w := range strings.Fields(title) {
		if k := key(strings.TrimSuffix(w, ".")); roleHeads[k] && !slices.Contains(out, k) {
			out = append(out, k)
		}
	}
	return out
}

// gender returns the gender of the honorific name i is written with,
// inside the mention or right before it ("Mrs."), or 0.
func (c *clusterer) gender(i int) byte {
	if g := c.forms[c.formOf[i]].gender; g != 0 {
		return g
	}
	for _, w := range strings.Fields(c.names[i].Before) {
		if g := honorifics[key(strings.TrimSuffix(w, "."))]; g != 0 {
			return g
		}
	}
	return 0
}

// holdsTitle reports whether a full name of group g is written with one
// of the heads of office. Short forms that joined g do not count: one
// that joined by a guess would pass the title on to every other.
func (c *clusterer) holdsTitle(g int, heads []string) bool {
	for _, i := range c.groups[g].members {
		if !c.forms[c.formOf[i]].long() {
			continue
		}
		for _, h := range c.offices(i) {
			if slices.Contains(heads, h) {
				return true
			}
		}
	}
	return false
}

// addressedOtherwise reports whether one of the documents docs names
// group g in full and also writes its family name after an honorific of
// a gender ("Mrs. Varga"), whether or not that mention has joined g yet.
func (c *clusterer) addressedOtherwise(g int, docs map[string]bool) bool {
	last := map[string][]string{} // by document, the family name g has there
	for _, i := range c.groups[g].members {
		if f := c.forms[c.formOf[i]]; docs[c.names[i].Doc] && f.long() && f.full() {
			last[c.names[i].Doc] = f.lastName()
		}
	}
	if len(last) == 0 {
		return false
	}
	for i, n := range c.names {
		f := c.forms[c.formOf[i]]
		if l, ok := last[n.Doc]; ok && f.typ == chorus.EntityPerson && f.kind == kindName && !f.full() && c.gender(i) != 0 && slices.Equal(f.lastName(), l) {
			return true
		}
	}
	return false
}

// givenElsewhere reports whether the one word s, which ends the names of
// cands, opens the full name of another person its document names:
// "Xiong" in a report naming both Zhang Xiong and Xiong Guoming is the
// family name of either, written first or last as each name's language
// orders it, and joins neither.
func (c *clusterer) givenElsewhere(u int, s *form, cands, roots []int) bool {
	if len(s.keys) != 1 || s.typ != chorus.EntityPerson {
		return false
	}
	doc := c.names[u].Doc
	for _, g := range roots {
		if g == c.find(u) || slices.Contains(cands, g) || !c.groups[g].docs[doc] {
			continue
		}
		for _, fi := range c.groups[g].forms {
			if shortMatch(s, c.forms[fi]) == matchGiven {
				return true
			}
		}
	}
	return false
}

// units returns the first name of each still pending (short form,
// document) group, in order.
func (c *clusterer) units() []int {
	var us []int
	for i := range c.names {
		if c.pending[i] && c.find(i) == i {
			us = append(us, i)
		}
	}
	return us
}

func (c *clusterer) place(u, g int) {
	for _, m := range c.groups[c.find(u)].members {
		c.pending[m] = false
	}
	c.union(u, g)
}

// leftovers joins the short forms no long form took: the same form across
// documents (but not a pronoun); organisation aliases ("ISIL"/"DAESH"); and a family name with
// and without an honorific when only one gender is in sight ("Jenkin"/
// "Mr Jenkin", but not when "Miss Jenkin" is also there).
func (c *clusterer) leftovers() {
	us := c.units()
	byForm := map[int]int{}
	for _, u := range us {
		fi := c.formOf[u]
		if c.forms[fi].kind == kindPronoun {
			continue
		}
		if j, ok := byForm[fi]; ok {
			c.union(j, u)
		} else {
			byForm[fi] = u
		}
	}
	byAlias := map[string]int{}
	type bucket struct {
		roots   []int
		genders map[byte]bool
	}
	bySurname := map[string]*bucket{}
	var surnames []string
	for _, u := range c.units() {
		f := c.forms[c.formOf[u]]
		if f.kind != kindName {
			continue
		}
		if f.typ != chorus.EntityPerson {
			if a := aliasOf(f); a != "" {
				k := string(f.typ) + "|" + a
				if j, ok := byAlias[k]; ok {
					c.union(j, u)
				} else {
					byAlias[k] = u
				}
			}
			continue
		}
		k := strings.Join(f.lastName(), " ")
		b := bySurname[k]
		if b == nil {
			b = &bucket{genders: map[byte]bool{}}
			bySurname[k] = b
			surnames = append(surnames, k)
		}
		b.roots = append(b.roots, u)
		if f.gender != 0 {
			b.genders[f.gender] = true
		}
	}
	for _, k := range surnames {
		b := bySurname[k]
		if len(b.genders) > 1 {
			continue
		}
		for _, u := range b.roots[1:] {
			if ra, rb := c.find(b.roots[0]), c.find(u); c.compatible(ra, rb) {
				c.union(ra, rb)
			}
		}
	}
	for _, u := range us {
		c.pending[u] = false
	}
}

// numbers returns each name's group number, groups numbered in order of
// their first name.
func (c *clusterer) numbers() []int {
	out := make([]int, len(c.names))
	num := map[int]int{}
	for i := range c.names {
		r := c.find(i)
		n, ok := num[r]
		if !ok {
			n = len(num)
			num[r] = n
		}
		out[i] = n
	}
	return out
}
