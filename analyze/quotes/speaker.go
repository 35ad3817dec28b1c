package quotes

// The speaker of an attribution: the subject before its cue, the agent
// after a passive or an inverted cue ("said the minister"), the name
// after "according to", with the appositions and relative clauses that
// belong to it. findFrames (frames.go) finds the cues; this file finds who
// spoke them.

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
)

// findSpeaker fills in the frame's speaker span.
func (d *doc) findSpeaker(f *frame, s chorus.Sentence, all []*frame) {
	if f.colon || f.survey || f.impersonal {
		return
	}
	if f.nominal {
		return
	}
	if a, b := d.purposeSubject(f.cue0, f.form, s); b > a {
		f.spk0, f.spk1, f.borrowed = a, b, true // "[Riel] went on the radio to defend …"
		return
	}
	if k := d.toObject(f.cue0, f.form, s); k >= 0 {
		f.spk0, f.spk1 = k, f.cue0-1 // "prompted Ruiz to call for …": Ruiz
		return
	}
	if f.agent {
		// the author after "by", with its apposition: "by Ana Ruiz, a
		// professor at the college"
		if a, b := d.npAfter(f.by+1, s.TokenEnd); b > a {
			if k := d.reasonAfter(f, a, b); k > a {
				b = k // "criticized by rivals for failing to …": the reason is no part of the author
			}
			f.spk0, f.spk1, f.inverted = a, d.appositiveAfter(b, s.TokenEnd), true
		}
		return
	}
	if f.according {
		a, b := d.npAfterAs(f.cue1, s.TokenEnd, true)
		// the author of a count, a report or a poll is part of the source:
		// "according to a count by Tessin Radio", "polling by the union"
		for b > a && b+1 < s.TokenEnd && (d.lower[b] == "by" || d.lower[b] == "from" || d.lower[b] == "of") && d.startsSpeaker(b+1) {
			_, e := d.npAfterAs(b+1, s.TokenEnd, true)
			if e <= b+1 {
				break
			}
			b = e
		}
		// sources joined by "and": "according to local and national
		// analysts", "according to officials and traders"
		for b > a && b+1 < s.TokenEnd && d.lower[b] == "and" && d.isWord(b+1) {
			_, e := d.npAfterAs(b+1, s.TokenEnd, true)
			if e <= b+1 || e < s.TokenEnd && !d.onlyClosers(e, s.TokenEnd) && d.lower[e] != "," {
				break
			}
			b = e
		}
		if b > a {
			f.spk0, f.spk1 = a, b
			if f.pollEnd > b && f.pollEnd <= s.TokenEnd && d.onlyDate(b, f.pollEnd) {
				// the poll's date is part of the source: "in a poll this
				// month", "in a Marist poll Jan. 17-23"
				for b = f.pollEnd; b > f.spk1 && d.isPunct(b-1) && d.lower[b-1] != "."; b-- {
				}
				f.spk1 = b
			}
			if f.cue0 > s.TokenStart && !d.afterOpener(f.cue0, s) {
				// closing the sentence, with its apposition: "…, according to
				// the village head, Ivan Drobny." (not "But according to X, …")
				f.spk1 = d.appositiveAfter(b, s.TokenEnd)
			}
		}
		return
	}
	before := f.cue0 - 1
	for before >= s.TokenStart {
		lw := d.lower[before]
		if auxiliaries[lw] || isAdverb(lw) || (f.form.participle || f.seeming || f.adjective) && (beForms[lw] || lw == "been") || f.form.participle && lw == "having" ||
			before == f.cue0-1 && d.contracted(f.cue0, f.form) ||
			f.adjective && (degrees[lw] || copulas[lw]) {
			before--
			continue
		}
		if lw == "to" && before == f.cue0-1 && d.infinitive(f.cue0, f.form) {
			// "will not be able to boast": past "to", its host and "be"
			before -= 2
			for before >= s.TokenStart && (beForms[d.lower[before]] || d.lower[before] == "been") {
				before--
			}
			continue
		}
		if f.adjective && lw == "away" && before > s.TokenStart && copulas[d.lower[before-1]+" away"] {
			before -= 2 // "came away convinced"
			continue
		}
		// a share set off by commas after the subject: "Just under half,
		// 48%, say …"
		if lw == "," && before-2 > s.TokenStart {
			if c := d.shareAside(before, s.TokenStart); c > s.TokenStart && d.isWord(c-1) && !startsWithDigit(d.lower[c-1]) {
				before = c - 1
				continue
			}
		}
		// "has since said": "since" is no clause here
		if lw == "since" && before-1 > s.TokenStart && (d.lower[before-1] == "has" || d.lower[before-1] == "have" || d.lower[before-1] == "had") {
			before--
			continue
		}
		// "have in particular mocked": an adverb in two words
		if lw == "particular" && before-1 > s.TokenStart && d.lower[before-1] == "in" {
			before -= 2
			continue
		}
		// a quantifier floated after its subject: "Holm and Riel both
		// condemned …" (but "…, and both said …" has no other subject)
		if floating[lw] && before > s.TokenStart && d.isWord(before-1) && d.region[before-1] < 0 && !clauseWords[d.lower[before-1]] {
			before--
			continue
		}
		// a day between the speaker and the verb: "Holm on Wednesday said"
		if timeWords[lw] && d.isCap(before) && before-1 > s.TokenStart && d.lower[before-1] == "on" {
			before -= 2
			continue
		}
		// a time between the speaker and the verb: "Smith this month announced",
		// "Jones has long argued"
		if (lw == "long" || periods[lw]) && before-1 >= s.TokenStart && (auxiliaries[d.lower[before-1]] ||
			periods[lw] && (d.lower[before-1] == "this" || d.lower[before-1] == "last")) {
			before--
			if d.lower[before] == "this" || d.lower[before] == "last" {
				before--
			}
			continue
		}
		break
	}
	if w := d.anonymousClauseBefore(before, s.TokenStart); w > s.TokenStart {
		// "a docker who asked not to be named told the crew …": the speaker is the
		// phrase before the clause that keeps the name back
		before = w - 1
		for before > s.TokenStart && (d.lower[before] == "," || d.lower[before] == "and") {
			before--
		}
	}
	// a relative pronoun is the speaker as written; the phrase before it names them
	if before > s.TokenStart && (d.lower[before] == "who" || d.lower[before] == "which" || d.lower[before] == "that" ||
		d.lower[before] == "whom" && before-2 > s.TokenStart && d.lower[before-1] == "of" && quantifiers[d.lower[before-2]]) &&
		(d.isWord(before-1) || d.lower[before-1] == "," || isDash(d.lower[before-1])) {
		f.spk0, f.spk1 = before, before+1
		if d.lower[before] == "whom" {
			f.spk0 = before - 2 // "many of whom say": a part of the group speaks
		}
		end := f.spk0
		if end > s.TokenStart && (d.lower[end-1] == "," || isDash(d.lower[end-1])) {
			end--
		}
		if a, b := d.npBefore(end, s.TokenStart); b > a {
			for a < b && !d.nounPhrase(a, b) {
				a++ // "according to the union, which said": the union
			}
			for k := b - 2; k > a; k-- {
				if w := d.lower[k]; d.toks[k].Text == w && (pastVerbs[w] || strings.HasSuffix(w, "ed") && determiners[d.lower[k+1]]) {
					a = k + 1 // "the dockers sent letters that …": the letters
					break
				}
			}
			if a < b {
				f.ref0, f.ref1 = a, b
			} else if f.form.stance {
				f.spk0, f.spk1 = -1, -1 // "establish who decided to …": a question, no source
			}
		}
		return
	}
	// inverted: "“…,” said Smith", "…, said a spokesman" (never "told
	// Smith", whose Smith is the listener, nor "…, speaking of the
	// mayor", whose participle has the clause's subject)
	if (before < s.TokenStart || d.lower[before] == "," && !d.appositiveSubject(before, s) || d.isClosingMark(before)) && f.form.class != cueTell && !f.form.participle &&
		!(f.cue1-1 > f.cue0 && objectParticles[d.lower[f.cue1-1]]) { // (what one spoke "about" or pushed "for" is the topic, not the speaker)
		// only when nothing but an adjunct follows: not "…, said he would …"
		end := s.TokenEnd
		if before == f.cue0-1 && (d.isClosingMark(before) && d.commaInMark(before) || before > s.TokenStart && d.lower[before] == "," && d.isClosingMark(before-1)) {
			end = d.nextQuotation(f.cue1, s.TokenEnd) // the attribution interrupts a quotation
		}
		if a, b := d.npAfter(f.cue1, end); b > a && (d.startsSpeaker(a) || d.hasNameOrRole(a, b) || d.countAt(a, b)) &&
			(d.onlyClosers(b, end) || d.lower[b] == "," || d.lower[b] == "who" && (indefinites[d.lower[a]] || d.countAt(a, b)) || // "…, said a former official who …"
				d.trailingAdjunct(b, end) && (end-b <= 8 || end < s.TokenEnd && end-b <= 16) || d.andApposition(b, end) > b) {
			// (an adjunct before the quotation resumes may be longer: "said one
			// farmer during a long meeting at the hall here, “…”")
			e := d.appositiveAfter(b, end)
			if k := d.andApposition(b, end); k > b {
				e = k
			}
			if b < end && d.lower[b] == "who" {
				// the relative clause describes the speaker: it runs to the
				// next comma or the sentence's end, and says nothing itself
				for e = b; e < end && d.lower[e] != "," && d.region[e] < 0 && !d.onlyClosers(e, end); e++ {
					// (a passive says nothing either: "who asked not to be named")
					if _, cue := cues[d.lower[e]]; cue && !d.anonymityAt(e, end) && !beForms[d.lower[e-1]] && !d.describesSpeaker(e) {
						e = -1
						break
					}
				}
			}
			if e >= b {
				f.spk0, f.spk1, f.inverted = a, e, true
				return
			}
		}
	}
	// "quoted the mayor as saying …": the one quoted speaks
	if f.form.participle && before > s.TokenStart+1 && d.lower[before] == "as" {
		if a, b := d.npBefore(before, s.TokenStart); b > a && a > s.TokenStart && strings.HasPrefix(d.lower[a-1], "quot") {
			f.spk0, f.spk1 = a, b
			return
		}
	}
	// a participle whose phrase opens the sentence after a preposition or
	// an adverb: "Despite admitting …", "At a news conference announcing
	// …", "Recently calling for …"
	opening := f.form.participle && before < s.TokenStart // "Recently calling", "Citing a report"
	if f.form.participle && before >= s.TokenStart {
		if participlePreps[d.lower[before]] || isAdverb(d.lower[before]) {
			opening = before == s.TokenStart || d.leadingTime(s.TokenStart, before) // ("Hours after telling …")
		} else if a, b := d.npBefore(before+1, s.TokenStart); b > a && a == s.TokenStart+1 && before == f.cue0-1 &&
			(participlePreps[d.lower[s.TokenStart]] || adjunctStarts[d.lower[s.TokenStart]]) && !d.hasName(a, b) &&
			determiners[d.lower[a]] {
			opening = true // the participle hangs on the object of the preposition
		}
	}
	if opening || f.form.participle && before >= s.TokenStart && (d.lower[before] == "," || d.lower[before] == "and" ||
		participlePreps[d.lower[before]] || before == s.TokenStart && d.isCap(before) && !d.namesPerson(before, before+1)) {
		// "…, saying", "despite admitting", "aside from saying", "Keeps saying"
		if opening {
			// an opening adjunct: "Despite admitting …, Ruiz voted": the
			// subject follows the adjunct's comma
			for k := f.cue1; k < s.TokenEnd; k++ {
				if d.lower[k] == "," && d.region[k] < 0 || d.commaInMark(k) { // (“…,” Holm)
					if a, b := d.subject(k+1, s.TokenEnd); b > a && d.lower[a] != "there" && d.lower[a] != "it" {
						f.spk0, f.spk1, f.borrowed = a, b, true
					}
					return
				}
			}
			return
		}
		d.subjectSpeaker(f, s, all)
		return
	}
	a, b := d.npBefore(before+1, s.TokenStart)
	if b <= a && before > s.TokenStart && d.lower[before] == "," && d.appositiveSubject(before, s) {
		// a role and the name that fills it, longer than a phrase npBefore
		// reads: "The dam's operator, the Temna Hydroelectric Company, said"
		f.spk0, f.spk1 = s.TokenStart, before
		return
	}
	if b <= a && before > s.TokenStart+2 && (isDash(d.lower[before]) || d.lower[before] == "-") && d.region[before] < 0 {
		// an aside between dashes that is no phrase npBefore reads: "Some
		// economists - including two of the board's own - warn …"; the
		// speaker takes it in, as it does a name's
		if j := d.openingDash(before, s.TokenStart); j > s.TokenStart {
			if x, y := d.npBefore(j, s.TokenStart); y == j && y > x {
				f.spk0, f.spk1 = x, before+1
				if x == s.TokenStart || d.lower[x-1] != "," && !isDash(d.lower[x-1]) {
					// named by the phrase before the aside (ref after a comma
					// would read as a relative clause's, whose content ends
					// at the next comma)
					f.ref0, f.ref1 = x, y
				}
				return
			}
		}
	}
	if b <= a && before > s.TokenStart && d.isClosingMark(before) && d.commaInMark(before) && d.quotedTitle(d.region[before]) &&
		d.appositiveSubject(before, s) {
		// an apposition that ends in a title: "Nilo Brand, the author of
		// “The Price of Salt,” said …"
		f.spk0, f.spk1 = s.TokenStart, before+1
		return
	}
	if b > a && b-a > 1 {
		if p, ok := pronouns[d.lower[b-1]]; ok && !p.thing && d.lower[b-1] != "him" && d.lower[b-1] != "her" && d.lower[b-1] != "them" {
			a = b - 1 // a pronoun ends the phrase: "the $4 million she says she collected"
		}
	}
	if b == a+1 && (isAdverb(d.lower[a]) || sentenceAdverbs[d.lower[a]]) {
		b = a // "Perhaps ask …", "sometimes dismiss …": no speaker
	}
	if b > a && f.form.participle && !d.nounPhrase(a, b) {
		b = a // "could not resist pointing out", "was greeted with chants": a verb's phrase, no speaker
	}
	if b > a {
		f.spk0, f.spk1 = d.backToQuote(a, s.TokenStart), b
		if findingVerbs[d.lower[f.cue0]] {
			f.spk0 = d.evidenceHead(f.spk0, s)
		}
		f.spk0 = d.agentHead(f.spk0, s)
		return
	}
	if before >= s.TokenStart && (d.lower[before] == "and" || d.lower[before] == "but" || d.thenAfterComma(before, f.cue0)) || f.form.participle {
		d.subjectSpeaker(f, s, all)
	}
}

// shareAside returns the comma that opens a share set off by commas
// ("…, 48%, …", "…, 48 percent, …") whose closing comma is token c, or -1.
func (d *doc) shareAside(c, first int) int {
	for j := c - 1; j > first && j >= c-4; j-- {
		w := d.lower[j]
		if w == "," {
			if j < c-1 && startsWithDigit(d.lower[j+1]) {
				return j
			}
			return -1
		}
		if !startsWithDigit(w) && w != "%" && w != "percent" && w != "per" && w != "cent" {
			return -1
		}
	}
	return -1
}

// leadingTime reports whether tokens [a, b) are a short time that leads
// a preposition opening the sentence: "Hours after …", "Not long before
// …", "Two days after …".
func (d *doc) leadingTime(a, b int) bool {
	if b <= a || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		if !leadTimes[d.lower[k]] {
			return false
		}
	}
	return true
}

// leadTimes are the words of a time before "after" or "before".
var leadTimes = wordSet(`hours days minutes weeks months years moments shortly just only soon not long
	a few two three several weeks`)

// openingDash returns the dash that opens the aside closed by the dash at
// token c, in the same sentence and outside quotations, or -1.
func (d *doc) openingDash(c, first int) int {
	for j := c - 2; j > first; j-- {
		if d.region[j] < 0 && d.lower[j] == d.lower[c] {
			return j
		}
	}
	return -1
}

// evidenceHead extends a speaker phrase starting at a back to the poll or
// study it is a modifier of: "The mean of harbour surveys gathered in
// [the last month] shows …" is the mean's finding. It returns a, or the
// start of the phrase that holds the evidence noun.
func (d *doc) evidenceHead(a int, s chorus.Sentence) int {
	for i := a - 1; i >= s.TokenStart && i >= a-8; i-- {
		w := d.lower[i]
		if d.region[i] >= 0 || d.isPunct(i) {
			return a
		}
		if w == "by" && i > s.TokenStart && evidence[d.lower[i-1]] {
			continue // its author: "a study by [the council] found …"
		}
		if _, cue := cues[w]; cue && d.toks[i].Text == w || clauseWords[w] && !npInner[w] && !phrasePreps[w] {
			return a
		}
		if evidence[w] {
			k := i
			for k > s.TokenStart && d.npToken(k-1) && !d.isPunct(k-1) && !clauseWords[d.lower[k-1]] {
				k--
			}
			return k
		}
	}
	return a
}

// agentHead extends a speaker phrase starting at a back over the noun a
// passive participle describes when the phrase is the participle's agent:
// in "emails read by [the Post] suggest …" the emails suggest.
func (d *doc) agentHead(a int, s chorus.Sentence) int {
	if a-3 < s.TokenStart || d.lower[a-1] != "by" {
		return a
	}
	p := a - 2
	if p-1 > s.TokenStart && (d.lower[p] == "through" || d.lower[p] == "out" || d.lower[p] == "up" || d.lower[p] == "over") {
		p-- // "emails combed through by …"
	}
	if w := d.lower[p]; d.toks[p].Text != w || !(strings.HasSuffix(w, "ed") || irregularParticiples[w]) {
		return a
	}
	if x, y := d.npBefore(p, s.TokenStart); y > x && d.nounPhrase(x, y) {
		return x
	}
	return a
}

// irregularParticiples are past participles without "-ed".
var irregularParticiples = wordSet(`read written made taken seen done given shown sent brought bought
	held led kept put set told heard found drawn run won`)

// appositiveSubject reports whether the comma at token c closes a
// sentence-opening name with its apposition ("Ana Ruiz, a professor at the
// college, described …"): the phrase is the subject of the verb after the
// comma, not a clause it reports.
func (d *doc) appositiveSubject(c int, s chorus.Sentence) bool {
	a, b := d.npBefore(c+1, s.TokenStart)
	if b <= a || a != s.TokenStart || !d.namesPerson(a, a+1) && !d.capitalInside(a) {
		// a long apposition npBefore gives up on: the sentence opens with a
		// name of capitalised words up to its first comma or parenthesis
		a = s.TokenStart
		k := a
		for k < c && d.isWord(k) && (d.isCap(k) || titles[d.lower[k]]) && k-a < 6 {
			k++
		}
		role := k < c && d.lower[k] != "," && d.lower[k] != "(" && d.roleThenName(a, c)
		if role {
			// "The dam's operator, the Temna Hydroelectric Company, said
			// …": a role, then the name that fills it
			for k < c && d.lower[k] != "," {
				k++
			}
		}
		if k == a || k >= c || d.lower[k] != "," && d.lower[k] != "(" || notNames[d.lower[a]] && !role || c-a > 3*maxNP {
			return false
		}
	}
	inner := false
	for k := a + 1; k < c; k++ {
		if r := d.region[k]; r >= 0 {
			if d.openingAt(k) == r && d.quotedTitle(r) {
				k = d.regions[r].last // "the author of “The Price of Salt,”": a title
				continue
			}
			return false
		}
		if d.lower[k] == "," || d.lower[k] == "(" {
			inner = true
		}
		if _, cue := cues[d.lower[k]]; cue && d.toks[k].Text == d.lower[k] {
			return false
		}
	}
	return inner
}

// quotedTitle reports whether quotation r holds a short title: a closed
// quotation of at most eight words, each capitalised or a small function
// word ("The Price of Salt").
func (d *doc) quotedTitle(r int) bool {
	if r < 0 || r >= len(d.regions) || d.regions[r].close < 0 {
		return false
	}
	q := d.regions[r]
	words := 0
	for k := q.first; k < q.end; k++ {
		if !d.isWord(k) {
			if w := d.lower[k]; w != "," && w != "." && w != ":" && w != "-" {
				return false
			}
			continue
		}
		words++
		if !d.isCap(k) && !titleSmallWords[d.lower[k]] || k == q.first && !d.isCap(k) {
			return false
		}
	}
	return words > 0 && words <= 8
}

// titleSmallWords stay lower-case inside a title.
var titleSmallWords = wordSet(`of the a an and in on to for at by with from or`)

// roleThenName reports whether [a, c) is a short noun phrase that opens
// with a determiner or a possessive ("The dam's operator", "Its owner"),
// then a comma and a capitalised name in the apposition before c.
func (d *doc) roleThenName(a, c int) bool {
	_, poss := possessives[d.lower[a]]
	if !determiners[d.lower[a]] && !poss {
		return false
	}
	k := a + 1
	for k < c && k-a < 5 && d.isWord(k) || k < c && (d.lower[k] == "'s" || d.lower[k] == "’s") {
		k++
	}
	if k >= c || d.lower[k] != "," {
		return false
	}
	for j := k + 1; j < c; j++ {
		if d.isCap(j) {
			return true
		}
	}
	return false
}

// nounPhrase reports whether tokens [a, b) open like a noun phrase: a
// determiner, a pronoun, a number, a name or a noun of a role, not a verb
// or a preposition ("resist", "greeted with", "under").
func (d *doc) nounPhrase(a, b int) bool {
	lw := d.lower[a]
	if determiners[lw] || quantifiers[lw] || roleNouns[lw] || bodies[lw] || unicode.IsDigit(rune(lw[0])) {
		return true
	}
	if p, ok := pronouns[lw]; ok {
		return !p.thing
	}
	if strings.HasSuffix(lw, "ing") || strings.HasSuffix(lw, "ed") || clauseWords[lw] || adjunctStarts[lw] {
		return false
	}
	return d.isCap(a) && !notNames[lw] || strings.HasSuffix(d.lower[b-1], "s")
}

// hasName reports whether tokens [a, b) hold a capitalised word that is no
// sentence opener.
func (d *doc) hasName(a, b int) bool {
	for i := a; i < b; i++ {
		if d.capitalInside(i) && !notNames[d.lower[i]] {
			return true
		}
	}
	return false
}

// subjectSpeaker gives a participle or a second verb ("…, saying …",
// "… and said …") the speaker of the clause it hangs on: an earlier
// frame's speaker in the sentence, or the sentence's subject.
func (d *doc) subjectSpeaker(f *frame, s chorus.Sentence, all []*frame) {
	f.borrowed = true
	for _, o := range all {
		if o == f {
			break
		}
		if o.spk0 >= 0 {
			// with the phrase a relative pronoun stands for: "Varga, who
			// called it a duty and warned that …" warns as Varga
			f.spk0, f.spk1, f.ref0, f.ref1 = o.spk0, o.spk1, o.ref0, o.ref1
			return
		}
	}
	first := s.TokenStart
	if a, b := d.subject(first, f.cue0); b > a && b < f.cue0 && timeHeads[d.lower[b-1]] {
		// a time opens the sentence ("The day after the vote, Holm …,
		// claiming …", "Most days we’re talking about …"): the
		// subject follows it, after its comma if it has one
		first = b
		for k := b; k < f.cue0; k++ {
			if d.lower[k] == "," && d.region[k] < 0 {
				first = k + 1
				break
			}
		}
	}
	if a, b := d.subject(first, f.cue0); b > a && d.lower[a] != "there" && d.lower[a] != "it" && !timeHeads[d.lower[b-1]] {
		f.spk0, f.spk1 = a, b
		return
	}
	// no plain subject (or a time: "The day after the vote, …, claiming
	// …"): the nearest person before the verb ("Once she
	// landed she opened by saying")
	for k := f.cue0 - 1; k >= s.TokenStart; k-- {
		if d.region[k] >= 0 {
			continue
		}
		w := d.lower[k]
		if c, ok := contractedPronoun(w); ok {
			w = c // "we’re"
		}
		if p, ok := pronouns[w]; ok && !p.thing && w != "him" && w != "her" && w != "them" {
			f.spk0, f.spk1 = k, k+1
			return
		}
		if d.namesPerson(k, k+1) {
			a, b := d.personAt(k)
			f.spk0, f.spk1 = a, b
			return
		}
	}
}

// timeHeads end a phrase that tells a time, not who acts.
var timeHeads = wordSet(`day days week weeks month months year years hour hours minute minutes
	morning afternoon evening night time moment`)

// speakerBeforeAside gives a cue the subject that a participle set off
// by commas stands between it and, when the cue found no speaker or one
// that takes in the aside: in "Varga, citing “the magic of the pier,” said
// …" Varga said it. The participle's own speaker is that subject, borrowed
// from its clause.
func (d *doc) speakerBeforeAside(f *frame, fs []*frame) {
	if f.form.participle || f.colon || f.according || f.seeming || f.nominal || f.inverted || f.cue0 < 1 {
		return
	}
	if b := f.cue0 - 1; d.lower[b] != "," && !d.commaInMark(b) {
		return
	}
	for _, o := range fs {
		if o == f || !o.form.participle || !o.borrowed || o.cue0 >= f.cue0 || o.spk0 < 0 || o.spk1 > o.cue0 ||
			o.spk1 >= len(d.toks) || d.lower[o.spk1] != "," || o.spk1+1 != o.cue0 {
			continue
		}
		if f.spk0 < 0 || f.spk0 <= o.cue0 && o.cue0 < f.spk1 {
			// (a speaker found before the cue that holds the aside: "Varga,
			// citing the pier," is Varga)
			f.spk0, f.spk1 = o.spk0, o.spk1
		}
		return
	}
}

// thenAfterComma reports whether a comma at token c and "then" or "later"
// stand before the cue at token cue: "offered Riel a job, then said …",
// a second verb of the clause's subject.
func (d *doc) thenAfterComma(c, cue int) bool {
	return c >= 0 && c+1 < cue && d.lower[c] == "," && (d.lower[c+1] == "then" || d.lower[c+1] == "later")
}

// isClosingMark reports whether token i ends a quotation; false for an i
// outside the text (callers look back from a token that may be the first).
func (d *doc) isClosingMark(i int) bool {
	if i < 0 || i >= len(d.region) {
		return false
	}
	r := d.region[i]
	return r >= 0 && d.regions[r].close >= 0 && d.regions[r].last == i
}

// commaInMark reports whether the closing mark that ends at token i has a
// comma just inside it (“…,”). A closing mark typed as two apostrophes
// is two tokens, so the comma is before the mark's first token, not
// before token i.
func (d *doc) commaInMark(i int) bool {
	if !d.isClosingMark(i) {
		return false
	}
	c := d.regions[d.region[i]].close - 1
	return c >= 0 && d.lower[c] == ","
}

// openingAt returns the quotation whose opening mark is token i, or -1.
func (d *doc) openingAt(i int) int {
	if i < 0 || i >= len(d.toks) {
		return -1
	}
	r := d.region[i]
	if r >= 0 && d.regions[r].open == i {
		return r
	}
	return -1
}

// isPunct reports whether token i is a single mark that is no word.
func (d *doc) isPunct(i int) bool { return !d.isWord(i) }

// onlyClosers reports whether tokens [i, end) hold only closing
// punctuation.
func (d *doc) onlyClosers(i, end int) bool {
	for ; i < end; i++ {
		switch d.lower[i] {
		case ".", "!", "?", ",", ";", ")", "]", "”", "’", "\"", "'", "»", "…", "--", "—", "-", ":":
			continue
		}
		return false
	}
	return true
}

// appositiveAfter extends a speaker named after its cue over an
// apposition that runs to the sentence's end ("said Ana Voss, a
// lecturer at the University of Tessin who …."), returning the new end.
func (d *doc) appositiveAfter(b, end int) int {
	if b >= end || d.lower[b] != "," || b+1 >= end {
		return b
	}
	lw := d.lower[b+1]
	if (lw == "then" || lw == "now" || lw == "formerly") && b+2 < end {
		lw = d.lower[b+2] // "Ana Riel, then Varga's agent": a role held then
		if !(determiners[lw] || roleNouns[lw] || d.isCap(b+2) || possessives[lw].gender != unknownGender) {
			return b
		}
	} else if !(determiners[lw] || roleNouns[lw] || d.isCap(b+1)) || strings.HasSuffix(lw, "ing") {
		return b
	}
	if d.subjectAndVerb(b+1, end) {
		return b // a clause, not an apposition: "according to an aide, two crates were lost"
	}
	e := end
	for e > b && d.isPunct(e-1) && d.region[e-1] < 0 {
		e--
	}
	for i := b + 1; i < e; i++ {
		if d.region[i] >= 0 || d.lower[i] == "that" || d.lower[i] == ":" || d.lower[i] == ";" {
			return b
		}
		if _, cue := cues[d.lower[i]]; cue && d.toks[i].Text == d.lower[i] {
			return b
		}
	}
	if e-b > 2*maxNP {
		return b
	}
	return e
}

// nextQuotation returns where the attribution after an inverted cue ends:
// at a quotation opened later in the same sentence (with the comma before
// it), or at end. "“…,” said Ana Voss of Tessin Ltd. “…”" is one sentence
// when the abbreviation hides the full stop, and "“…,” said one farmer at
// the fair, “…”" goes on with the quotation the farmer's words resume.
func (d *doc) nextQuotation(from, end int) int {
	for k := from; k < end; k++ {
		if d.openingAt(k) >= 0 {
			if k > from && d.lower[k-1] == "," {
				return k - 1
			}
			return k
		}
	}
	return end
}

// andApposition returns where a second role of the speaker named just
// before "and" at token b ends ("said Ana Voss of Tessin Bank and a former
// adviser to the mint", up to the sentence's end or to a comma before a
// trailing adjunct), or -1. The phrase must hold a noun of what someone
// does; a clause ("and a crowd cheered") or another cue is no role.
func (d *doc) andApposition(b, end int) int {
	if b+1 >= end || d.lower[b] != "and" {
		return -1
	}
	if lw := d.lower[b+1]; lw != "a" && lw != "an" && lw != "the" && !roleNouns[lw] {
		return -1
	}
	stop := b + 1
	for stop < end && d.lower[stop] != "," && d.region[stop] < 0 {
		stop++
	}
	if stop < end && !d.onlyClosers(stop, end) && !d.trailingAdjunct(stop, end) {
		return -1
	}
	for stop > b+1 && d.isPunct(stop-1) {
		stop--
	}
	if !d.hasRole(b+1, stop) || d.subjectAndVerb(b+1, stop) || stop-b > 2*maxNP {
		return -1
	}
	for i := b + 1; i < stop; i++ {
		if _, cue := cues[d.lower[i]]; cue && d.toks[i].Text == d.lower[i] || d.lower[i] == "that" {
			return -1
		}
	}
	return stop
}

// verbAfterSubject tells a plain or third-person verb from the noun of the
// same spelling by the word before it: "they say" but "a phone call";
// "Smith calls" but "other states".
func (d *doc) verbAfterSubject(i, first int, base bool) bool {
	j := i - 1
	for j > first && auxiliaries[d.lower[j]] && !baseSubjects[d.lower[j]] {
		j--
	}
	if base {
		// a place or a time after the subject: "traders here say",
		// "officials in Lunde on Monday say"
		for j > first && (d.lower[j] == "here" || d.lower[j] == "today" || d.lower[j] == "tonight" ||
			timeWords[d.lower[j]] && d.isCap(j) && d.lower[j] != "may" && d.lower[j] != "this" && d.lower[j] != "last") {
			j--
			if j > first && (d.lower[j] == "in" || d.lower[j] == "on") {
				j-- // "in November", "on Monday"
			}
		}
	}
	prev := d.lower[j]
	if d.region[j] >= 0 {
		return !base // "“…,” says Smith" but not "“…” call"
	}
	if d.isPunct(j) {
		return prev != "%" || base
	}
	if base {
		// a noun before a plain form makes a compound ("phone call"), unless
		// it is plural, a participle or a relative ("officials who say"), or
		// a that-clause follows ("emails read by the Post suggest that …")
		if i+1 < len(d.toks) && d.lower[i+1] == "that" && d.isCap(j) && j > first && d.sent[i+1] == d.sent[i] {
			return true
		}
		return baseSubjects[prev] || groupPronouns[prev] || unicode.IsDigit(rune(prev[0])) || strings.HasSuffix(prev, "ly") ||
			strings.HasSuffix(prev, "s") || strings.HasSuffix(prev, "ed") || prev == "who" || prev == "whom" || prev == "that" || prev == "which" ||
			d.pluralHeadBefore(j, first) || d.relativeSubjectBefore(i, first)
	}
	switch prev {
	case "other", "new", "these", "those", "many", "several", "such", "both", "all", "some", "few":
		return false
	case "his", "is", "was", "has", "this", "its", "us", "as", "yes", "thus", "always", "perhaps", "news":
		return true
	}
	// "an analysis shows", not "other states"; "a count of the votes shows"
	return d.isCap(j) || !pluralPhrase(prev) || d.singularHeadBefore(j, first)
}

// singularHeadBefore reports whether the plural noun at token j ends the
// complement of a singular head ("an analysis of filed reports", "the
// average of state polls"), so that a third-person form after it is the
// head's verb. The head must follow a determiner or open the clause.
func (d *doc) singularHeadBefore(j, first int) bool {
	for k := j - 1; k > first && k >= j-9; k-- {
		w := d.lower[k]
		if d.region[k] >= 0 || d.isPunct(k) {
			return false
		}
		if _, cue := cues[w]; cue && d.toks[k].Text == w || clauseWords[w] && !npInner[w] && !phrasePreps[w] {
			return false
		}
		if w != "of" && w != "from" {
			continue
		}
		h := d.lower[k-1]
		if !d.isWord(k-1) || pluralPhrase(h) || determiners[h] || clauseWords[h] || irregularPlurals[h] {
			return false
		}
		for m := k - 2; m >= first && m >= k-5; m-- {
			if determiners[d.lower[m]] || d.isPunct(m) || clauseOpeners[d.lower[m]] {
				return true
			}
			if _, cue := cues[d.lower[m]]; cue && d.toks[m].Text == d.lower[m] || clauseWords[d.lower[m]] && !npInner[d.lower[m]] {
				return false
			}
		}
		return k-2 < first
	}
	return false
}

// byNouns are what "by" introduces as a source: "by one estimate", "by
// his own admission", "by some accounts".
var byNouns = wordSet(`estimate estimates admission account accounts count counts measure measures
	calculation calculations reckoning tally`)

// phrasePreps may open a modifier inside a subject phrase: "the mean of
// harbour surveys gathered over a month".
var phrasePreps = wordSet(`over after before since about into during`)

// irregularPlurals are plural nouns without a final s.
var irregularPlurals = wordSet(`data people media police men women children criteria phenomena`)

// subjectBefore reports whether the word before token i (past auxiliaries
// and adverbs) can be the subject of a verb there: a pronoun, a relative,
// a role noun, a name, or the end of a quotation or a clause. It tells the
// verb from the plural noun of a word like "tweets" or "claims", which
// follows an adjective or a modifier ("late-night calls", "Republican
// claims") far more often than a subject.
func (d *doc) subjectBefore(i, first int) bool {
	j := i - 1
	modal := false
	for j > first && (auxiliaries[d.lower[j]] || isAdverb(d.lower[j])) {
		modal = modal || modals[d.lower[j]] && d.lower[j] != "can" && d.lower[j] != "may"
		j--
	}
	if modal && d.isWord(j) && d.region[j] < 0 && d.lower[j] != "one" && !sides[d.lower[i]] {
		// (not "one would hope so", nor "the app will support …", a feature)
		if form, ok := cues[d.lower[i]]; ok && form.base && !form.stance {
			return true // a modal makes the plain form a verb: "an opposition would demand …"
		}
	}
	if j < first {
		return false
	}
	lw := d.lower[j]
	if d.region[j] >= 0 || d.isPunct(j) {
		return d.region[j] < 0 || d.isClosingMark(j)
	}
	if _, ok := pronouns[lw]; ok {
		return !(lw == "him" || lw == "her" || lw == "them")
	}
	if lw == "who" || lw == "which" || lw == "that" || roleNouns[lw] || bodies[lw] {
		return true
	}
	if d.lower[i] != d.toks[i].Text && !d.titleCased(d.sents[d.sent[i]]) {
		return false // (a headline capitalises its verb: "Holm Calls Quell …")
	}
	if form, ok := cues[d.lower[i]]; ok && form.base && (baseSubjects[lw] ||
		strings.HasSuffix(lw, "s") && !strings.HasSuffix(lw, "ss") && !d.isCap(j)) {
		return true // a plural subject before a plain form: "observers note"
	}
	if d.isCap(j) && !notNames[lw] {
		if j > first && d.lower[j-1] == "the" && d.lower[i] == "attacks" {
			return false // "the Lunde attacks": events the place names
		}
		// a capitalised adjective of a people or a party is a modifier
		return !(strings.HasSuffix(lw, "ic") || strings.HasSuffix(lw, "an") || strings.HasSuffix(lw, "ish") ||
			strings.HasSuffix(lw, "ese"))
	}
	return false
}

// isAdverb reports whether a word looks like an adverb standing between a
// speaker and its verb ("Smith later said", "Trump now says").
func isAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && w != "rally" && w != "italy" && w != "family" && w != "ally"
}

// backToQuote extends a speaker phrase starting at a back to a closing
// quotation mark when only words of a name stand between them ("“…,” Fair
// Wage $18 campaign lead Oskar Lind told …"): the walk back stops
// at marks a name can hold.
func (d *doc) backToQuote(a, first int) int {
	for k := a - 1; k >= first && k >= a-6; k-- {
		switch {
		case d.isClosingMark(k):
			if k+1 < a {
				return k + 1
			}
			return a
		case d.region[k] >= 0 || d.lower[k] == "," || d.lower[k] == ";" || d.lower[k] == ":" || d.lower[k] == ".":
			return a
		case clauseWords[d.lower[k]] && !npInner[d.lower[k]]:
			return a
		}
	}
	return a
}

// personAt returns the tokens of the person mention holding token k.
func (d *doc) personAt(k int) (int, int) {
	a, b := k, k+1
	for a > 0 && d.sent[a-1] == d.sent[k] && d.namesPerson(a-1, a) {
		a--
	}
	for b < len(d.toks) && d.sent[b] == d.sent[k] && d.namesPerson(b, b+1) {
		b++
	}
	return a, b
}

func isDash(w string) bool { return w == "―" || w == "—" || w == "–" || w == "--" }

// pluralHeadBefore reports whether the subject phrase ending at token j
// has a plural head followed by a complement that ends in a singular
// ("Aides to Holm say", "allies inside his old office say") or joins
// two names ("Voss and Lind say"). The phrase must open its clause, so
// that a noun compound deep in a sentence ("on his radio show") is not
// read as a verb.
func (d *doc) pluralHeadBefore(j, first int) bool {
	prep := false
outer:
	for k := j - 1; k >= first && k > j-10; k-- {
		w := d.lower[k]
		if d.region[k] >= 0 || d.isPunct(k) && w != "'s" && w != "’s" {
			return false
		}
		if _, cue := cues[w]; cue && d.toks[k].Text == w && !(k > first && (determiners[d.lower[k-1]] || d.lower[k-1] == "either")) || clauseWords[w] && !npInner[w] {
			return false // a verb or a clause word: not one subject phrase (but "either side" is a noun)
		}
		switch w {
		case "of", "to", "in", "for", "from", "at", "with", "close", "near", "inside", "on", "across", "around",
			"within", "outside", "throughout", "among":
			prep = true
			continue
		}
		plural := len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
			!strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") || irregularPlurals[w] ||
			groupPronouns[w] // "few on either side think"
		if !(w == "and" && d.isCap(j) && d.isCap(k-1) || plural && prep) {
			continue
		}
		// the phrase opens its clause: at most a determiner and two
		// modifiers before the head
		m, reach := k-1, 3
		if w == "and" {
			reach = 5 // "Liberal hopefuls Ana Voss and Piet Lind say"
		}
		for m >= first && m >= k-reach && (!d.isPunct(m) || d.lower[m] == "'s" || d.lower[m] == "’s") && m > d.sents[d.sent[k]].TokenStart-1 {
			if d.lower[m] == "of" {
				// the plural ends a complement of its own ("Fans of more
				// rules on the pier say"): the head is further back
				continue outer
			}
			if subjectOpeners[d.lower[m]] {
				return true // "But few on either side think …": a conjunction opens the clause
			}
			if _, cue := cues[d.lower[m]]; cue && d.toks[m].Text == d.lower[m] || clauseWords[d.lower[m]] && !npInner[d.lower[m]] || adverbialStarts[d.lower[m]] && !determiners[d.lower[m]] ||
				strings.HasSuffix(d.lower[m], "ing") {
				return false
			}
			m--
		}
		return m < first || d.isPunct(m) || m < d.sents[d.sent[k]].TokenStart
	}
	return false
}

// subjectOpeners are the conjunctions a subject may follow at the start of
// its clause.
var subjectOpeners = wordSet(`and but yet while whereas although though because since`)

// describesSpeaker reports whether the cue at token e, in the relative
// clause after an inverted cue's indefinite speaker, describes the speaker
// rather than reporting what they said: no verb that reports a clause
// ("said", "told", "wrote"), and no that-clause or quotation after it
// ("…, said a few dockers who know the tides well", "…, said two traders
// who point to the fees").
func (d *doc) describesSpeaker(e int) bool {
	if clauseReporters[d.lower[e]] {
		return false
	}
	end := d.sents[d.sent[e]].TokenEnd
	for k := e + 1; k < end; k++ {
		if d.lower[k] == "that" || d.region[k] >= 0 {
			return false
		}
	}
	return true
}

// indefinites open a speaker phrase that a relative clause can follow
// after an inverted cue ("…, said a former official who …"); "said the
// member who …" is as often the start of reported speech.
var indefinites = wordSet(`a an one two three several some many`)

// anonymityAt reports whether the cue at token i only asks for anonymity
// ("who asked not to be named", "who spoke on condition of anonymity",
// "who declined to be identified", "who did not want to be named"): it
// says nothing itself.
func (d *doc) anonymityAt(i, end int) bool {
	if i+2 >= end {
		return false
	}
	switch d.lower[i] {
	case "asked", "requested", "spoke", "speaking", "declined":
	case "want", "wants", "wanted", "wish", "wishes", "wished":
		// "who did not want to be named", "who wished to be identified
		// only by her first name"
		return i+3 < end && d.lower[i+1] == "to" && d.lower[i+2] == "be" && namings[d.lower[i+3]]
	default:
		return false
	}
	next, after := d.lower[i+1], d.lower[i+2]
	if next == "to" && withholding[after] {
		// "who declined to give their names", "asked to withhold her name"
		for k := i + 3; k < min(i+6, end); k++ {
			if d.lower[k] == "name" || d.lower[k] == "names" || d.lower[k] == "surname" || d.lower[k] == "surnames" {
				return true
			}
		}
	}
	return next == "not" && after == "to" || next == "on" && (after == "condition" || after == "the") ||
		next == "to" && after == "be" || next == "anonymity"
}

// anonymousClauseBefore returns the "who" that opens a relative clause
// ending at token before in which the speaker keeps their name back
// ("who asked not to be named", "who did not want to be identified"), or
// -1 when there is none.
func (d *doc) anonymousClauseBefore(before, first int) int {
	if before <= first || !(namings[d.lower[before]] || d.lower[before] == "anonymity") {
		return -1
	}
	for w := before - 1; w > first && w >= before-10; w-- {
		if d.region[w] >= 0 {
			return -1
		}
		if d.lower[w] == "who" {
			for k := w + 1; k < before; k++ {
				if d.anonymityAt(k, before+1) {
					return w
				}
			}
			return -1
		}
	}
	return -1
}

// namings are what a source who keeps a name back does not want to be.
var namings = wordSet(`named identified quoted cited`)

// withholding are the verbs of giving or keeping back a name after
// "declined to" or "asked to".
var withholding = wordSet(`give provide reveal disclose publish use withhold share`)

// reducedOpeners open a clause whose subject and "be" English drops before
// a past participle: "when pressed on the cost", "if elected", "once
// confirmed".
var reducedOpeners = wordSet(`when if once unless until while though although whenever`)

// indefiniteAuthors may be the author after "by": "echoed by everyone I
// asked", "was criticized by many".
var indefiniteAuthors = wordSet(`everyone everybody someone somebody anyone anybody many others some most
	several all both few`)

// media follow "by" after a verb of saying that is no participle: "said by
// phone", "told reporters by email".
var media = wordSet(`phone telephone email e-mail text video videolink satellite letter mail fax
	radio skype zoom cellphone messenger`)

// verbLike reports whether token k reads as a finite verb or its
// auxiliary: "has", "would", "went", "struggled", "scrambles".
func (d *doc) verbLike(k int) bool {
	w := d.lower[k]
	if d.toks[k].Text != w && !(k == 0) {
		return false
	}
	if auxiliaries[w] || beForms[w] || modals[w] || pastVerbs[w] || strings.HasSuffix(w, "ed") {
		return true
	}
	_, cue := cues[w]
	return cue
}

// objectParticles end a cue whose object follows them: what one spoke
// "about", pushed "for" or railed "against" is no speaker after the cue.
var objectParticles = wordSet(`about for`)
