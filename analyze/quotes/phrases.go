package quotes

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// maxNP bounds a speaker noun phrase, in tokens.
const maxNP = 12

// npToken reports whether token i can sit inside a speaker noun phrase.
func (d *doc) npToken(i int) bool {
	if d.region[i] >= 0 {
		return false
	}
	switch d.lower[i] {
	case "'s", "’s", "&", "-", "%":
		return true
	case "'", "’":
		// a plural owner: "the dockers' union"
		return i > 0 && i+1 < len(d.toks) && strings.HasSuffix(d.lower[i-1], "s") && d.toks[i-1].End == d.toks[i].Start &&
			d.isWord(i+1) && d.toks[i+1].Start > d.toks[i].End
	}
	return d.isWord(i)
}

// npBefore returns the noun phrase ending just before token end, walking
// back no further than first: "a senior US official", "Smith, a spokesman
// for the ministry,", "Mike Pence (R-IN)". It returns an empty range when
// there is none.
func (d *doc) npBefore(end, first int) (int, int) {
	return d.npBeforeDepth(end, first, 0)
}

func (d *doc) npBeforeDepth(end, first, depth int) (int, int) {
	j := end - 1
	if j < first || d.region[j] >= 0 {
		return 0, 0
	}
	switch d.lower[j] {
	case "—", "--", "–":
		// a parenthesis between dashes: "Many speakers — including … — said"
		if depth > 0 {
			return 0, 0
		}
		for k := j - 1; k >= first && k >= j-3*maxNP; k-- {
			if d.region[k] >= 0 || d.lower[k] == "." || d.lower[k] == ";" {
				break
			}
			if d.lower[k] == d.lower[j] {
				if a, b := d.npBeforeDepth(k, first, depth+1); b > a {
					return a, end
				}
				break
			}
		}
		return 0, 0
	case ",":
		// an appositive after a name: "Smith, a spokesman for X, said"
		if depth > 0 {
			return 0, 0
		}
		// the apposition may hold commas of its own ("a Tessin, Vsk.,
		// baker"): try each earlier comma for a phrase that names someone,
		// a person before a place ("a ferry pilot from Holm, Vsk., who …")
		tries, best := 0, -1
		for k := j - 1; k >= first && k >= j-3*maxNP && tries < 3; k-- {
			if r := d.region[k]; r >= 0 {
				// a short title quoted inside the apposition: "wearing “Vote Holm” pins"
				if rg := d.regions[r]; rg.close >= 0 && rg.last == k && rg.last-rg.open <= 8 && rg.open > first {
					k = rg.open
					continue
				}
				break
			}
			if d.lower[k] == ";" || d.lower[k] == "." && !(k+1 <= j && d.lower[k+1] == ",") {
				break
			}
			if d.lower[k] == "," {
				tries++
				if k+1 >= j {
					break
				}
				a, b := d.npBeforeDepth(k, first, depth+1)
				if b > a && d.hasNameOrRole(a, b) && !(strings.HasSuffix(d.lower[a], "ing") && !d.isCap(a)) {
					if d.namesPerson(a, b) {
						return a, end
					}
					if best < 0 {
						best = a
					}
				}
			}
		}
		if best >= 0 {
			return best, end
		}
		return 0, 0
	case ")":
		for k := j - 1; k >= first && k >= j-8; k-- {
			if d.lower[k] == "(" {
				if a, b := d.npBeforeDepth(k, first, depth+1); b > a {
					return a, end
				}
				break
			}
		}
		return 0, 0
	}
	a, n := end, 0
	for k := j; k >= first && n < maxNP; k-- {
		if !d.npToken(k) {
			break
		}
		lw := d.lower[k]
		if lw == "and" && !(k > first && a < end && (d.isCap(k-1) || subjectPronouns[d.lower[k-1]]) && d.isCap(a)) {
			break // "Smith and Jones said", "he and Jones said", but not "… and said"
		}
		if clauseWords[lw] && !npInner[lw] && !d.capitalInside(k) {
			if lw == "who" && k > first && a < end {
				// a relative clause: "people who know him said"
				continue
			}
			if lw == "by" && k > first && a < end && strings.HasSuffix(d.lower[k-1], "ed") && !auxiliaries[d.lower[k-1]] {
				// the agent of a participle modifies the head before it: "an
				// audit commissioned by the government recommended"
				a, n = k, n+1
				continue
			}
			break
		}
		if c, cue := cues[lw]; cue && k < j && d.toks[k].Text == lw && !c.base && !c.third {
			break // another verb of saying: "…, he said, said Smith"
		}
		a, n = k, n+1
	}
	// a phrase does not start with a preposition, a conjunction or a possessive
	for a < end && (npInner[d.lower[a]] && !determiners[d.lower[a]] || d.isPunct(a)) {
		a++
	}
	if a >= end || d.isPunct(end-1) {
		return 0, 0
	}
	return a, end
}

// hasNameOrRole reports whether tokens [a, b) hold a capitalised word, a
// pronoun or a role noun: what an appositive can follow.
func (d *doc) hasNameOrRole(a, b int) bool {
	for i := a; i < b; i++ {
		lw := d.lower[i]
		if _, ok := pronouns[lw]; ok || roleNouns[lw] || (d.isCap(i) && !notNames[lw]) {
			return true
		}
	}
	return false
}

// npAfter returns the noun phrase starting at token start, before end:
// "a senior official", "John Kirby", "the department's spokesman". It
// stops at a comma, a clause word, a preposition that starts an adjunct
// ("in a statement") and a time word ("said Smith Monday").
func (d *doc) npAfter(start, end int) (int, int) { return d.npAfterAs(start, end, false) }

// npAfterAs is npAfter; with source set, the phrase is the source of
// "according to", where a word of saying is a noun ("a pool report").
func (d *doc) npAfterAs(start, end int, source bool) (int, int) {
	k := start
	for k < end && k-start < maxNP {
		if d.lower[k] == "(" && k > start {
			// "Rep. Jonas Tessel (D-Vsk.)"
			c := k + 1
			for c < end && c < k+8 && d.lower[c] != ")" {
				c++
			}
			if c < end && d.lower[c] == ")" {
				k = c + 1
				continue
			}
		}
		if d.lower[k] == "/" && k > start && k+1 < end && d.isCap(k+1) && d.isCap(k-1) {
			k += 2 // "a Harbour Times/KTV poll"
			continue
		}
		if !d.npToken(k) {
			break
		}
		lw := d.lower[k]
		switch lw {
		case "in", "on", "to", "during", "after", "before", "with", "when", "while", "as", "and", "by":
			if k > start && postModifiers[d.lower[k-1]] && (lw == "with" || lw == "to" || lw == "on" || lw == "in") {
				k++ // "one pilot familiar with the talks", "an aide close to the mayor"
				continue
			}
			return start, k
		}
		if lw == "do" && k > start && k+1 < end && d.isCap(k-1) && d.isCap(k+1) {
			k++ // a particle inside a name: "Arnaldo Vieira do Campo"
			continue
		}
		if clauseWords[lw] && !npInner[lw] && !d.capitalInside(k) {
			break
		}
		if timeWords[lw] && k > start {
			break
		}
		if _, cue := cues[lw]; cue && d.toks[k].Text == lw && k > start &&
			!(source && (determiners[d.lower[k-1]] || nounBases[lw] || pluralNouns[lw])) {
			break
		}
		k++
	}
	for k > start && (npInner[d.lower[k-1]] || d.isPunct(k-1) && d.lower[k-1] != ")") {
		k--
	}
	return start, k
}

// postModifiers are adjectives that follow a speaker's noun with a phrase
// of their own: "a pilot familiar with the talks", "an aide close to the
// mayor", "an official briefed on the plan".
var postModifiers = wordSet(`familiar close knowledgeable briefed involved privy`)

// startsSpeaker reports whether token i can open a speaker phrase after a
// cue: a name, a determiner, a pronoun or a role noun.
func (d *doc) startsSpeaker(i int) bool {
	lw := d.lower[i]
	if _, ok := pronouns[lw]; ok {
		return lw != "it" && lw != "him" && lw != "her" && lw != "them"
	}
	if determiners[lw] || roleNouns[lw] {
		return true
	}
	return d.isCap(i) && !timeWords[lw] && (!notNames[lw] || lw == "the" || lw == "a" || lw == "an")
}

// adverbialStarts open a sentence's leading adverbial ("On Monday, …").
var adverbialStarts = wordSet(`in on at during after before when while as since following earlier
	later meanwhile however but and also still yet then last this despite with without under for
	among over speaking asked addressing writing through from by although though because if
	whereas once unlike like amid`)

// subject returns the noun phrase opening the clause of tokens [first,
// limit): past a leading adverbial that ends in a comma and past "But",
// "And" and "So".
func (d *doc) subject(first, limit int) (int, int) {
	// (an opening participle's phrase is skipped like an adverbial's:
	// "Chastened by the polls, Ruiz …")
	k := d.afterDateline(first, limit)
	for k < limit && (d.lower[k] == "but" || d.lower[k] == "and" || d.lower[k] == "so" || d.isPunct(k)) {
		k++
	}
	if k < limit && (adverbialStarts[d.lower[k]] || k == first && d.participialOpener(k)) {
		for j := k; j < limit && j < k+10; j++ {
			if d.region[j] >= 0 {
				break
			}
			if d.lower[j] == "," {
				k = j + 1
				break
			}
		}
	}
	if k >= limit || d.region[k] >= 0 {
		return 0, 0
	}
	lw := d.lower[k]
	if p, ok := pronouns[lw]; ok && !p.thing {
		return k, k + 1
	}
	j := k
	if determiners[lw] {
		j++
		for n := 0; j < limit && n < 4 && d.npToken(j); n++ {
			w := d.lower[j]
			if clauseWords[w] && !npInner[w] {
				break
			}
			if _, cue := cues[w]; cue {
				break
			}
			if n > 0 && !d.isCap(j) && (len(w) > 3 && w[len(w)-2:] == "ed" || pastVerbs[w]) {
				break
			}
			j++
		}
	} else {
		for j < limit && j-k < maxNP && d.npToken(j) && (d.isCap(j) || (j > k && npInner[d.lower[j]] && j+1 < limit && d.isCap(j+1))) {
			j++
		}
	}
	for j > k && npInner[d.lower[j-1]] {
		j--
	}
	if j == k+1 && notNames[lw] {
		return 0, 0 // "When", "This": no subject
	}
	return k, j
}

// pastVerbs are common irregular verbs that end a subject phrase ("The
// senator sought …").
var pastVerbs = wordSet(`sought took made gave came went got held left met ran saw spoke wrote began
	became brought thought felt kept led lost paid put sent set stood won knew found told said
	drew fought grew heard hit let meant read rose sat sold spent struck taught threw understood
	wore broke chose fell flew forgot hid rode shook sang sank swore tore woke`)

// skipObject steps over the addressee of a "told" cue: "told reporters",
// "told The Associated Press", "told the crowd".
func (d *doc) skipObject(k, end int) int {
	if k >= end || d.region[k] >= 0 {
		return k
	}
	lw := d.lower[k]
	switch {
	case lw == "that" || lw == ":" || lw == ",":
		return k
	case d.isCap(k) && !notNames[lw] || lw == "the" && k+1 < end && d.isCap(k+1):
		j := k + 1
		owned := false
		for j < end && d.npToken(j) && (d.isCap(j) || d.lower[j] == "'s" || d.lower[j] == "’s" || d.lower[j] == "of" || d.lower[j] == ".") {
			owned = owned || d.lower[j] == "'s" || d.lower[j] == "’s"
			j++
		}
		if owned {
			// the owner's programme or station: "told Tessin’s Radio 4
			// morning show", "told Marhold’s local television station"
			for n := 0; n < 3 && j < end && d.npToken(j) && d.isWord(j) && !d.isCap(j) && !clauseWords[d.lower[j]] && !objectEnders[d.lower[j]] && !determiners[d.lower[j]] &&
				!d.clauseSubject(j) && !auxiliaries[d.lower[j]]; n++ {
				j++
			}
		}
		return j
	case determiners[lw]:
		j := k + 1
		// (up to three words, more while a complement is open: "told the
		// head of the union that …")
		for n := 0; j < end && (n < 3 || npInner[d.lower[j-1]]) && n < 6 && d.npToken(j); n++ {
			w := d.lower[j]
			if w == "that" || clauseWords[w] && !npInner[w] || n > 0 && (objectEnders[w] || d.clauseSubject(j)) {
				break // ("told the court in a filing": the filing is an adjunct; "told the network it was …": the clause's subject)
			}
			j++
		}
		return j
	case objects[lw]:
		return k + 1
	}
	return k
}

// subjectPronouns may join a name with "and" in a subject: "he and Riel
// said".
var subjectPronouns = wordSet(`he she we they i`)

// objectEnders open an adjunct after the noun of an addressee: "told the
// court in a filing", "told the crowd at a rally".
var objectEnders = wordSet(`in at on during after before via through from with while`)

// fillers may stand between a cue and its content: "said in a statement
// on Monday that", "told reporters at the White House:".
var fillers = wordSet(`in on at during a an the last this earlier later his her their its our
	statement interview interviews tweet tweets post posts speech conference news briefing
	letter email call rally appearance hearing television radio show week month year morning
	afternoon evening night weekend twitter facebook video release remarks address event
	recent separate written telephone phone via through after before while prepared joint
	campaign stop town hall meeting press reporters with told of about`)

// skipFiller steps over adjuncts between a cue and its content when a
// "that", a colon, a comma, a quotation or a subject pronoun ("said on
// Friday he would …") follows them; otherwise it returns k unchanged.
func (d *doc) skipFiller(k, end int) int {
	// a name right after the cue, before fillers, is its object unless a
	// quotation follows them: "criticized Holm during a rally Friday in
	// Lunde, Vsk." (but "accusing Riel of “selling the pier”")
	object := k+1 < end && d.isCap(k) && !timeWords[d.lower[k]] && !fillers[d.lower[k]] && d.region[k] < 0 && !d.isCap(k+1) &&
		(fillers[d.lower[k+1]] || timeWords[d.lower[k+1]])
	for j := k; j < end && j < k+10; j++ {
		if d.openingAt(j) >= 0 && j > k {
			return j
		}
		lw := d.lower[j]
		if lw == "that" || lw == ":" {
			if j == k || object {
				return k
			}
			return j
		}
		if (lw == "," || d.clauseSubject(j) || (timeWords[d.lower[j-1]] || fillers[d.lower[j-1]] && !determiners[d.lower[j-1]] && !adjunctStarts[d.lower[j-1]]) && determiners[lw] && d.subjectAndVerb(j, end)) && j > k {
			if object && d.openingAt(j+1) < 0 {
				return k
			}
			return j // ("said Thursday the pier was old")
		}
		if !(fillers[lw] || timeWords[lw] || d.isCap(j) || d.lower[j] == "'s" || d.lower[j] == "’s") {
			return k
		}
		if j+1 == end {
			if object {
				return k
			}
			return end // only adjuncts up to the end: "said Tuesday in Paris"
		}
	}
	return k
}

// capitalInside reports whether token i is written with a capital inside
// its sentence: "Will Doyle" is a name there, "will" a verb.
func (d *doc) capitalInside(i int) bool {
	return d.isCap(i) && d.sent[i] >= 0 && d.sents[d.sent[i]].TokenStart != i
}

// namesPerson reports whether tokens [a, b) overlap a person mention.
func (d *doc) namesPerson(a, b int) bool {
	sp := d.span(a, b)
	for _, m := range d.mentions {
		if m.Type == chorus.EntityPerson && m.Overlaps(sp) {
			return true
		}
	}
	return false
}

// participialOpener reports whether token k is a participle opening a
// sentence's adjunct ("Chastened by …", "Speaking in Lunde, …"): a lower
// case word in the text but for its capital, ending in -ed or -ing, that
// the mentions do not take for a name.
func (d *doc) participialOpener(k int) bool {
	lw := d.lower[k]
	return len(lw) > 4 && (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing")) && !d.namesPerson(k, k+1) &&
		!notNames[lw] && d.sent[k] >= 0 && d.sents[d.sent[k]].TokenStart == k
}
