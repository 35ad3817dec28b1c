package people

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// This file places descriptions of a person ("the driver", "Teen",
// "Harbourtown mother of 3", "I'm"): with no name to match, such a mention
// is taken to be about the person its own document is about, when the
// document is clearly about one person. News reports name the person they
// are about more than anyone else and then refer to them by role, age,
// kinship or pronoun; a description in a document that names two people
// equally often stays alone.

// personNouns are nouns that describe a person without naming one: age
// and sex, kinship, and the parts people play in news of crimes,
// accidents, sport and show business. A capitalised mention made only of
// such a noun (a headline's "Driver", "Woman") is a description, not a
// name.
var personNouns = set(
	// age, sex and kinship
	"man", "woman", "boy", "girl", "guy", "gentleman", "teen", "teenager", "youth", "child", "kid", "baby",
	"toddler", "infant", "adult", "mother", "mom", "mum", "mommy", "father", "dad", "daddy", "son",
	"daughter", "brother", "sister", "sibling", "husband", "wife", "widow", "widower", "grandmother",
	"grandfather", "grandma", "grandpa", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece",
	"cousin", "boyfriend", "girlfriend", "fiance", "fiancee", "parent", "friend", "neighbor", "neighbour",
	"resident", "citizen",
	// crime and courts
	"suspect", "victim", "inmate", "prisoner", "convict", "fugitive", "escapee", "gunman", "killer",
	"murderer", "shooter", "robber", "thief", "attacker", "assailant", "accused", "defendant", "witness",
	"mobster", "gangster", "mafioso",
	// show business, sport, work and travel
	"actor", "actress", "singer", "star", "celebrity", "icon", "legend", "hero", "heroine", "champion",
	"player", "athlete", "boss", "student", "pupil", "nurse", "worker", "employee", "driver", "pilot",
	"soldier", "veteran", "climber", "mountaineer", "hiker", "tourist", "pedestrian", "passenger", "cyclist",
	"swimmer", "filmmaker", "writer", "author", "volunteer", "survivor", "rescuer", "teacher", "farmer",
	"firefighter", "paramedic", "patient", "customer", "shopper", "motorist", "homeowner", "voter",
	"protester", "fisherman", "pensioner", "retiree",
)

// agentEndings end nouns of what a person does ("Shooter", "Accountant",
// "Escapee"), demonymEndings nouns of where a person is from ("Ukrainian",
// "American", "Maltese"). Names end so too (Miller, Bryant, Adrian), so a
// word with one of these endings counts as a description only when it
// has matched no name of the story, and only when long: six letters for
// an agent noun, seven for a demonym, which keeps given names like
// Adrian, Julian and Vivian out.
var agentEndings = []string{"er", "or", "ist", "ee", "eer", "ant", "man", "ess"}
var demonymEndings = []string{"ian", "ican", "ese"}

// descriptive reports whether a person's form is a description: a
// nominal (person nouns included: see parse), a personal pronoun, or,
// when unmatched is set, a single word with an agent or demonym ending.
func descriptive(f *form, unmatched bool) bool {
	if f.typ != chorus.EntityPerson {
		return false
	}
	switch f.kind {
	case kindPronoun:
		return personalPronoun(f)
	case kindNominal:
		return !plural(f)
	}
	if !unmatched || len(f.words) != 1 || f.gender != 0 || f.title != "" {
		return false
	}
	// fold, not key: key's spelling rules rewrite endings ("Escapee").
	w := fold(f.words[0])
	for _, e := range agentEndings {
		if len(w) >= 6 && strings.HasSuffix(w, e) {
			return true
		}
	}
	for _, e := range demonymEndings {
		if len(w) >= 7 && strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// personNoun reports whether a person's name as parsed is a description
// made of a person noun ("Woman", "Ferry Girl", "Hero Harbourtown Mom"): its
// last word is one and no honorific or title stands before it.
func personNoun(f *form) bool {
	if f.typ != chorus.EntityPerson || f.kind != kindName || f.gender != 0 || f.title != "" || len(f.words) == 0 {
		return false
	}
	w, _ := possessive(f.words[len(f.words)-1])
	return personNouns[key(w)]
}

// plural reports whether a description names several people ("Mafia
// bosses", "Three people", "Police"): they are not one person. Its head is
// the last word before "of" ("mother of 3" is one mother).
func plural(f *form) bool {
	ws := f.words
	for i, w := range ws {
		if i > 0 && key(w) == "of" {
			ws = ws[:i]
			break
		}
	}
	if len(ws) == 0 {
		return true
	}
	w, _ := possessive(ws[len(ws)-1])
	head := fold(w)
	if collectives[key(head)] || isDigits(head) {
		return true
	}
	n := len(head)
	return n > 3 && head[n-1] == 's' && !strings.HasSuffix(head, "ss") && !strings.HasSuffix(head, "us") && !strings.HasSuffix(head, "is")
}

// collectives are nouns of several people written without a plural s.
var collectives = set("police", "people", "staff", "crew", "family", "couple", "jury", "crowd", "team",
	"men", "women", "children", "dozens", "both", "public")

// personalPronoun reports whether a pronoun names one person ("I'm",
// "She's", "He'd"); "It's", "Both" and "Someone" do not.
func personalPronoun(f *form) bool {
	if len(f.words) != 1 {
		return false
	}
	w, _ := possessive(f.words[0])
	switch key(w) {
	case "i", "me", "he", "him", "she", "her":
		return true
	}
	return false
}

// descriptions places each document's still pending descriptions of a
// person with the person the document names most often, if one is named
// more often than any other. Only people written with a full name count:
// a group of short forms ("Police", "Valdane") is not a person the document
// is known to be about. Roles ("Lawyer", "Coach") are left alone: a
// story's lawyer is rarely the person it is about. A description of a
// woman never goes to a person the story already calls a man, nor the
// other way round.
func (c *clusterer) descriptions() {
	full := map[int]bool{}
	for fi, f := range c.forms {
		if f.typ == chorus.EntityPerson && f.kind == kindName && f.full() {
			full[c.find(c.first[fi])] = true
		}
	}
	count := map[string]map[int]int{}
	for i, n := range c.names {
		f := c.forms[c.formOf[i]]
		if f.typ != chorus.EntityPerson || f.kind != kindName || c.pending[i] {
			continue
		}
		r := c.find(i)
		if !full[r] || descriptive(f, false) {
			continue
		}
		if count[n.Doc] == nil {
			count[n.Doc] = map[int]int{}
		}
		count[n.Doc][r]++
	}
	// The counts are taken before any description is placed, so that the
	// order of the documents does not change who a document is about.
	lead := map[string]int{}
	for doc, cs := range count {
		best, bestN, second := -1, 0, 0
		for g, n := range cs {
			switch {
			case n > bestN || n == bestN && g < best:
				best, bestN, second = g, n, max(second, bestN)
			case n > second:
				second = n
			}
		}
		if bestN > second {
			lead[doc] = best
		}
	}
	// A form capitalised inside a sentence anywhere in the story is a name
	// ("told the Courier"), also where a sentence or headline starts with
	// it ("Baker said").
	named := map[int]bool{}
	for i, n := range c.names {
		if n.Inner {
			named[c.formOf[i]] = true
		}
	}
	var left []int
	placed := map[int][]int{} // form → the names it was placed with
	for _, u := range c.units() {
		f := c.forms[c.formOf[u]]
		if !descriptive(f, true) || isRole(f) || f.kind != kindPronoun && named[c.formOf[u]] {
			continue
		}
		if g, ok := lead[c.names[u].Doc]; ok && !opposite(genderOf(f), c.groupGender(c.find(g))) {
			c.place(u, g)
			placed[c.formOf[u]] = append(placed[c.formOf[u]], u)
		} else {
			left = append(left, u)
		}
	}
	// A document that names no one with a full name (a headline, a
	// caption) is about the person the story names most, if the story
	// names that person at least twice as often as anyone else and the
	// description went nowhere else.
	total := map[int]int{}
	for _, cs := range count {
		for g, n := range cs {
			total[g] += n
		}
	}
	top, topN, second := -1, 0, 0
	for g, n := range total {
		switch {
		case n > topN || n == topN && g < top:
			top, topN, second = g, n, max(second, topN)
		case n > second:
			second = n
		}
	}
	if topN > 0 && topN >= 2*second {
		var still []int
		for _, u := range left {
			if len(count[c.names[u].Doc]) == 0 && len(placed[c.formOf[u]]) == 0 &&
				!opposite(genderOf(c.forms[c.formOf[u]]), c.groupGender(c.find(top))) {
				c.place(u, top)
			} else {
				still = append(still, u)
			}
		}
		left = still
	}
	// A description in a document about no one person in particular
	// follows the same description elsewhere ("Norwegian" in a report of a
	// race names the skier the other reports call "Norwegian"), when
	// everywhere else it went to one person.
	for _, u := range left {
		ps := placed[c.formOf[u]]
		if len(ps) == 0 {
			continue
		}
		g := c.find(ps[0])
		one := true
		for _, p := range ps[1:] {
			one = one && c.find(p) == g
		}
		if one && !opposite(genderOf(c.forms[c.formOf[u]]), c.groupGender(g)) {
			c.place(u, g)
		}
	}
}

// isRole reports whether a description is a role or title ("Lawyer",
// "US President-elect") rather than what a person is or did.
func isRole(f *form) bool {
	if len(f.words) == 0 {
		return false
	}
	ws := f.words
	for i, w := range ws {
		if i > 0 && key(w) == "of" {
			ws = ws[:i]
			break
		}
	}
	w, _ := possessive(ws[len(ws)-1])
	if i := strings.IndexByte(w, '-'); i > 0 {
		w = w[:i]
	}
	return titles[key(w)] || roleHeads[key(w)]
}

// maleNouns and femaleNouns are the person nouns and pronouns that say
// whether a person is a man or a woman.
var maleNouns = set("man", "boy", "guy", "gentleman", "father", "dad", "daddy", "son", "brother", "husband",
	"widower", "grandfather", "grandpa", "grandson", "uncle", "nephew", "boyfriend", "fiance", "actor", "gunman",
	"he", "him")
var femaleNouns = set("woman", "girl", "lady", "mother", "mom", "mum", "mommy", "daughter", "sister", "wife",
	"widow", "grandmother", "grandma", "granddaughter", "aunt", "niece", "girlfriend", "fiancee", "actress",
	"heroine", "she", "her")

// genderOf returns what a form says of its person's sex: an honorific's
// gender, or that of a gendered description or pronoun; 0 when nothing.
func genderOf(f *form) byte {
	if f.typ != chorus.EntityPerson {
		return 0
	}
	if f.gender != 0 {
		return f.gender
	}
	if f.kind == kindName || len(f.words) == 0 || plural(f) {
		return 0
	}
	ws := f.words
	for i, w := range ws {
		if i > 0 && key(w) == "of" {
			ws = ws[:i]
			break
		}
	}
	w, _ := possessive(ws[len(ws)-1])
	switch k := key(w); {
	case maleNouns[k]:
		return 'm'
	case femaleNouns[k]:
		return 'f'
	}
	return 0
}

// groupGender returns the sex the forms of group g agree on, or 0 when
// they say nothing or disagree.
func (c *clusterer) groupGender(g int) byte {
	var seen byte
	for _, i := range c.groups[g].members {
		x := genderOf(c.forms[c.formOf[i]])
		switch {
		case x == 0:
		case seen == 0:
			seen = x
		case seen != x:
			return 0
		}
	}
	return seen
}

// honorifics places a family name written with an honorific ("Mr
// Valdane") that fits several people: with the one whose sex, as the
// story tells it by honorifics and gendered descriptions, is not the
// other ("Ms Valdane" with Wyn Valdane when Piet Valdane is called "the
// man"), or else with the one known to share it. Placing one may leave
// one fit for another ("Mr Valdane" with Piet, then "Ms Valdane" cannot
// be John).
func (c *clusterer) honorifics() {
	var roots []int
	// Forms left where they were since the last placement: the same
	// honorific form alone in another document is left there too.
	left := map[int]bool{}
	for _, u := range c.units() {
		fi := c.formOf[u]
		f := c.forms[fi]
		if f.typ != chorus.EntityPerson || f.kind != kindName || f.gender == 0 || f.long() || left[fi] {
			continue
		}
		if roots == nil {
			// afresh after each placement: placing joins groups
			roots = c.longRoots()
		}
		r := c.find(u)
		if g, ok := c.bySex(r, f, roots); ok {
			c.place(u, g)
			roots, left = nil, map[int]bool{}
		} else if len(c.groups[r].forms) == 1 {
			left[fi] = true
		}
	}
}

// bySex returns the group the honorific form f of group r goes to, if
// the sexes the story tells decide it.
func (c *clusterer) bySex(r int, f *form, roots []int) (int, bool) {
	cands, best := c.candidates(r, f, roots)
	if best < matchShort {
		return 0, false
	}
	var fit, same []int
	for _, g := range cands {
		switch c.groupGender(g) {
		case f.gender:
			same = append(same, g)
			fit = append(fit, g)
		case 0:
			fit = append(fit, g)
		}
	}
	switch {
	case len(fit) == 1:
		return fit[0], true
	case len(same) == 1:
		return same[0], true
	}
	return 0, false
}

// opposite reports whether two sexes are known and differ: a woman's
// description never goes to a person the story calls a man.
func opposite(a, b byte) bool { return a != 0 && b != 0 && a != b }
