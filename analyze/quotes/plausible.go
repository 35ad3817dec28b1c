package quotes

// A last look at each attribution before its speaker is named. The rules
// that find speakers read a noun phrase off the words before a cue, and on
// pages that are not news prose (product lists, how-to columns, recipes)
// those words are often no noun phrase at all: a verb ("can stay focused
// on"), an imperative ("Try joining a club to start adding …"), an adverb
// ("twice denied"), a clause ("a sample came in called …"). Such a phrase
// is no source. What it attributes is then no quotation either, unless the
// words are quoted: a quotation keeps its place with no speaker.

import (
	"strings"
	"unicode"
)

// checkSpeakers drops the speakers that cannot be one, and the attributions
// that are none: the reader's "you can tell that …", a list of amounts
// after a label, a credit line's "reporting by".
func (d *doc) checkSpeakers() {
	for _, f := range d.frames {
		if len(f.parts) == 0 {
			continue
		}
		if d.creditLine(f) || d.listFrame(f) {
			f.parts, f.direct = nil, nil
			continue
		}
		if offerForms[d.lower[f.cue0]] && !anyTrue(f.direct) && d.sale(f) && (f.cue1 >= len(d.toks) || d.lower[f.cue1] != "to") {
			f.parts, f.direct = nil, nil
			continue
		}
		if d.bodily(f) {
			f.parts, f.direct = nil, nil
			continue
		}
		if f.ref1 > f.ref0 && f.ref0 >= 0 && d.fragmentSpeaker(f.ref0, f.ref1) {
			// "…, who said": what the relative pronoun stands for is no source
			f.unnamed = true
			continue
		}
		if f.spk0 < 0 || f.spk1 <= f.spk0 || f.ref1 > f.ref0 {
			continue
		}
		d.floatingQuantifier(f)
		d.modifiedSubject(f)
		if d.readerSpeaker(f) {
			f.parts, f.direct = nil, nil
			continue
		}
		d.skipOpeningTime(f)
		subject := d.trimSpeaker(f)
		if !d.notSpeaker(f) {
			if f.spk0 >= 0 && (!subject || d.unknownSpeaker(f.spk0, f.spk1) || d.fragmentSpeaker(f.spk0, f.spk1)) {
				f.unnamed = true
			}
			continue
		}
		f.spk0, f.spk1, f.name = -1, -1, ""
		if !anyTrue(f.direct) && !d.holdsQuotation(f) {
			f.parts, f.direct = nil, nil
		}
	}
}

func anyTrue(bs []bool) bool {
	for _, b := range bs {
		if b {
			return true
		}
	}
	return false
}

// readerSpeaker reports whether the speaker is the reader the text talks to
// ("you can't tell that …", "once you know …") outside a quotation: the
// reader is nobody's source.
func (d *doc) readerSpeaker(f *frame) bool {
	if d.region[f.cue0] >= 0 {
		return false
	}
	w := strings.ReplaceAll(d.lower[f.spk1-1], "’", "'")
	if w != "you" && !strings.HasPrefix(w, "you'") {
		return false
	}
	// what the one addressed said before is reported: "You said last
	// week …", "Many of you have noted …", "You've been talking about …"
	c := d.lower[f.cue0]
	past := (strings.HasSuffix(c, "ed") || pastVerbs[c]) && !beForms[d.lower[f.cue0-1]] && w != "you're"
	return !past && w != "you've"
}

// creditLine reports whether the cue is a credit's "reporting by",
// "writing by" or "editing by": the names after it wrote the story, they
// say nothing in it.
func (d *doc) creditLine(f *frame) bool {
	w := d.lower[f.cue0]
	return (w == "reporting" || w == "editing" || w == "writing") && f.cue1 < len(d.toks) && d.lower[f.cue1] == "by"
}

// listFrame reports whether the attribution lies in a list of amounts
// ("Label: 1 Green, 2 Red, 1 tsp", "[4 oz. beef, 1 cup peppers, …]"):
// a sentence with two or more items opening with a number after a comma.
func (d *doc) listFrame(f *frame) bool {
	si := d.sent[f.cue0]
	if si < 0 {
		return false
	}
	s := d.sents[si]
	n := 0
	for i := s.TokenStart + 1; i < s.TokenEnd; i++ {
		if d.lower[i-1] == "," && startsWithDigit(d.lower[i]) {
			n++
		}
	}
	if n < 2 {
		return false
	}
	// a label's list or a bracketed one
	if !f.colon {
		open := false
		for i := s.TokenStart; i < f.cue0; i++ {
			open = open || d.lower[i] == "[" || d.lower[i] == "("
		}
		if !open {
			return false
		}
	}
	// a list, not a sentence that counts: no finite verb outside the cue
	for i := s.TokenStart; i < s.TokenEnd; i++ {
		if (i < f.cue0 || i >= f.cue1) && (beForms[d.lower[i]] || auxiliaries[d.lower[i]] && d.lower[i] != "also") {
			return false
		}
	}
	return true
}

// notSpeaker reports whether the speaker phrase is no noun phrase: it opens
// with a preposition, an adverb or a verb with its object, it is a lone
// lower-case word that is no noun, a capitalised common word opening an
// imperative or a heading, or it holds a clause.
func (d *doc) notSpeaker(f *frame) bool {
	a, b := f.spk0, f.spk1
	w := d.lower[a]
	// a clause inside the phrase: "Varga found a kind of moss called …",
	// "a sample came in called …"
	for k := a + 1; k+1 < b && d.isWord(k-1); k++ {
		lw := d.lower[k]
		if clauseWords[lw] {
			break // a relative clause belongs to the speaker: "aides who saw the plan"
		}
		if d.region[k] < 0 && (pastVerbs[lw] || len(lw) > 4 && strings.HasSuffix(lw, "ed")) && !determiners[d.lower[k-1]] &&
			(determiners[d.lower[k+1]] || isPossessive(d.lower[k+1]) || lw == "came" || lw == "went") {
			if strings.HasSuffix(d.lower[f.cue0], "ing") {
				// a participle on the verb's object: "Holm sent a letter
				// urging …" is Holm's
				f.spk1 = k
				return false
			}
			return true
		}
		if showVerbs[lw] && d.region[k] < 0 && strings.HasSuffix(d.lower[f.cue0], "ing") && f.spk1 == f.cue0 &&
			(d.isCap(k-1) || k-1 == a && isPronoun(d.lower[k-1])) && d.isWord(k+1) && !d.isCap(k+1) && !verbParticles[d.lower[k+1]] {
			// what a source put out, with no determiner, is what the
			// participle tells of: "Crews released grainy video showing
			// …", "Ana carried placards urging …", as news annotation marks
			// it
			f.spk0 = k + 1
			return false
		}
	}
	if _, ok := pronouns[w]; ok || groupPronouns[w] || quantifiers[w] || determiners[w] {
		return false
	}
	first := d.sent[a] >= 0 && d.sents[d.sent[a]].TokenStart == a
	if speakerPreps[w] && !f.inverted && !f.according && a < f.cue0 {
		// "During the strike the port authority said …": an opening
		// adverbial with no comma before the subject; the subject is
		// the noun phrase that starts after the preposition's object
		for k := a + 2; k < b; k++ {
			prev := d.lower[k-1]
			if speakerPreps[prev] || determiners[prev] || prev == "and" || prev == "or" || !d.isWord(k-1) {
				continue
			}
			if articles[d.lower[k]] || d.isCap(k) && !d.isCap(k-1) {
				f.spk0 = k
				return false
			}
		}
		return true // "Among the growers …"
	}
	if !d.isCap(a) {
		if b == a+1 && (isAdverb(w) || notSpeakerWords[w]) {
			return true // "twice denied"
		}
		if b > a+1 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && (determiners[d.lower[a+1]] || isPossessive(d.lower[a+1])) {
			if d.hasNameOrRole(a+1, b) {
				// a noun fronted before its relative clause: "meddling the
				// senator said was …" is the senator's
				f.spk0 = a + 1
				return false
			}
			return true // "discovered a group of cells", "suing his estate"
		}
		if b == a+1 && a > 0 && !f.according && !f.agent && a < f.cue0 && (modals[d.lower[a-1]] || d.lower[a-1] == "to") {
			return true // "can stay focused on"
		}
	}
	apart := false // words other than auxiliaries between speaker and cue
	for k := b; k < f.cue0; k++ {
		if !auxiliaries[d.lower[k]] && !beForms[d.lower[k]] && !isAdverb(d.lower[k]) {
			apart = true
		}
	}
	if first && b == a+1 && apart && d.commonWord(a) {
		return true // "Easy booking of the ferry by phoning …"
	}
	if first && b == a+1 && d.isCap(a) && isAdverb(w) && (b < len(d.toks) && d.lower[b] == "," || d.commonWord(a)) {
		if f.form.participle {
			// the participle's clause has a subject after the adverb
			// ("Recently, however, it issued a paper welcoming …"), which
			// the borrowed speaker missed
			f.spk0, f.spk1 = -1, -1
			return false
		}
		return true // "Apparently, …", "Hopefully the studio will offer …"
	}
	if first && b == a+1 && f.cue0 == b && f.cue1 < len(d.toks) && d.sent[f.cue1] == d.sent[a] && strings.HasSuffix(d.lower[f.cue0], "s") &&
		(beForms[d.lower[f.cue1]] || d.lower[f.cue1] == "have" || d.lower[f.cue1] == ":" && d.commonWord(a)) {
		return true // "Consumer advocates are urging …", "Ticket details: …": a noun, no cue
	}
	if first && imperatives[w] && d.isCap(a) && b > a+1 {
		return true // "Try joining a studio to start adding …"
	}
	return false
}

// modals are the auxiliaries a verb's base form follows.
var modals = wordSet(`will would could should may might must can cannot do does did`)

// commonWord reports whether the capitalised word at i is a common word:
// the text writes it in lower case elsewhere, it is no plural (a bare
// plural is a fine subject: "Officials said"), no mass noun of evidence
// ("Research shows") and no name the caller's entities hold.
func (d *doc) commonWord(i int) bool {
	w := d.lower[i]
	if strings.HasSuffix(w, "s") || evidenceNouns[w] || len(w) < 3 {
		return false
	}
	if _, ok := pronouns[w]; ok {
		return false
	}
	r := []rune(d.toks[i].Text)
	for _, c := range r[1:] {
		if unicode.IsUpper(c) || !unicode.IsLetter(c) {
			return false // "NASA", "McClatchy", "Edmunds.com"
		}
	}
	if !d.fallback {
		for _, m := range d.mentions {
			if m.Span.Start <= d.toks[i].Start && d.toks[i].End <= m.Span.End && m.Span.Len() > d.toks[i].Len() {
				return false
			}
		}
	}
	for k, t := range d.toks {
		if k != i && d.lower[k] == w && t.Text == w {
			return true
		}
	}
	return imperatives[w]
}

func isPossessive(w string) bool {
	_, ok := possessives[w]
	return ok
}

// articles open the noun phrase of a subject after an opening adverbial.
var articles = wordSet(`the a an this that these those its their his her`)

// speakerPreps open a prepositional phrase, never a speaker.
var speakerPreps = wordSet(`among in at on with from for of to into about after before within without
	upon via per through across against between during under over above below`)

// notSpeakerWords are lower-case words that cannot be a speaker alone.
var notSpeakerWords = wordSet(`twice once above below stay begins`)

// imperatives are verbs that open an instruction, not a subject.
var imperatives = wordSet(`try start take ignore attract make get keep stop use add remember imagine
	consider check see read find learn join give put set`)

// evidenceNouns are mass nouns of evidence that speak without a
// determiner: "Research shows …".
var evidenceNouns = wordSet(`research evidence data polling testimony analysis video footage`)

// floatingQuantifier moves a speaker that is a quantifier after its
// auxiliary ("They have all come out for …", "Varga and Riel have both
// argued …") to the subject it counts.
func (d *doc) floatingQuantifier(f *frame) {
	a := f.spk0
	if f.spk1 != a+1 || !floating[d.lower[a]] || a >= f.cue0 || d.sent[a] < 0 {
		return
	}
	first := d.sents[d.sent[a]].TokenStart
	k := a - 1
	for k >= first && (auxiliaries[d.lower[k]] || beForms[d.lower[k]]) {
		k--
	}
	if k == a-1 && k > first && isDash(d.lower[k]) {
		// the subject before an aside between dashes: "The three pilots --
		// Ana, Ole and Riel -- all voted …"
		for j := k - 1; j > first; j-- {
			if d.lower[j] == d.lower[k] {
				k = j - 1
				break
			}
		}
	}
	if k == a-1 || k < first {
		return
	}
	if x, y := d.npBefore(k+1, first); y == k+1 && y > x && d.nounPhrase(x, y) {
		f.spk0, f.spk1 = x, y
	}
}

// floating are the quantifiers that can follow the auxiliary of the subject
// they count.
var floating = wordSet(`all both each`)

// modifiedSubject widens a speaker that is the object of a preposition in
// a participle's phrase after the subject ("Researchers using a telescope
// atop Mount Vell have found …") to the whole subject, from the
// sentence's start, and names the speaker by the subject's head, not by
// the place in its modifier.
func (d *doc) modifiedSubject(f *frame) {
	a, b := f.spk0, f.spk1
	if f.inverted || f.according || f.agent || a >= f.cue0 || d.sent[a] < 0 {
		return
	}
	first := d.sents[d.sent[a]].TokenStart
	if a > first && (speakerPreps[d.lower[a-1]] || d.lower[a-1] == "atop") {
		a = first
	} else if a != first {
		return
	}
	participle := -1
	for k := a; k < b; k++ {
		w := d.lower[k]
		if !d.isWord(k) || d.region[k] >= 0 || pastVerbs[w] || beForms[w] || auxiliaries[w] || clauseWords[w] || w == "to" {
			return // the words before the cue must be one phrase
		}
		if k > a && strings.HasSuffix(w, "ing") && len(w) > 4 && !d.isCap(k) && participle < 0 {
			participle = k
		}
	}
	if participle > 0 && (d.isCap(a) || determiners[d.lower[a]]) && d.hasName(participle, b) {
		f.spk0, f.ref0, f.ref1 = a, a, participle
	}
}

// offerForms are the forms of "offer", whose object may be a view ("offered
// her thoughts") or goods for sale.
var offerForms = wordSet(`offer offers offered offering`)

// sale reports whether what the cue offers is goods for sale: its content
// holds "free", a price, a number or a discount, and no clause.
func (d *doc) sale(f *frame) bool {
	for _, p := range f.parts {
		t := strings.ToLower(d.text[p.Start:p.End])
		if strings.Contains(t, " that ") {
			return false
		}
		for _, w := range strings.Fields(t) {
			if w == "free" || strings.ContainsAny(w, "$€£%0123456789") || w == "discount" || w == "discounts" || w == "service" || w == "version" || w == "finishes" {
				return true
			}
		}
	}
	return false
}

// bodily reports whether a verb of feeling says how someone's body or mood
// is ("keeps you feeling full", "felt tired and lost"), not what they
// think: its content opens with a word of such a state.
func (d *doc) bodily(f *frame) bool {
	if !feelForms[d.lower[f.cue0]] || len(f.parts) == 0 || anyTrue(f.direct) {
		return false
	}
	p := f.parts[0]
	w, _, _ := strings.Cut(strings.ToLower(d.text[p.Start:p.End]), " ")
	return states[strings.Trim(w, ",.")]
}

var feelForms = wordSet(`feel feels felt feeling`)

// states are the words of a bodily or passing state after "feel".
var states = wordSet(`full hungry thirsty tired exhausted sick ill dizzy lost overwhelmed out extreme
	sleepy weak faint cold hot pain sore numb uncomfortable refreshed energized`)

// holdsQuotation reports whether the content holds quotation marks: a
// quotation inside a reported clause ("language calling for “appropriate
// help”") is still a quotation.
func (d *doc) holdsQuotation(f *frame) bool {
	for _, p := range f.parts {
		if strings.ContainsAny(d.text[p.Start:p.End], "“”\"«»") {
			return true
		}
	}
	return false
}
