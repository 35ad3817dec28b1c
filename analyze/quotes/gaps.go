package quotes

// This file holds the object gap, a cue whose object is the noun phrase a
// relative clause describes, so that the object stands before the speaker
// ("the levy, which Varga favors"), and small tests several cue rules
// share: a sentence that goes on after its attribution, a cue aimed at a
// bare name, a span that is only a date, a headline's past verb, a topic
// after "about". Their cases are in held_test.go (TestHeldOutGaps).

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
)

// objectGap returns the content of a cue whose object stands before its
// speaker, in a relative clause: "the ferry levy, which he favors", "the
// deal that Holm rejected", "a deal she supported –". Nothing that
// could be the object follows the cue, only the end of the clause or an
// adjunct ("which Holm denied on Monday"). The content is the noun phrase
// the clause describes with its relative pronoun; ok is false when the
// cue is no such clause.
func (d *doc) objectGap(f *frame, s chorus.Sentence) (int, int, bool) {
	if f.nominal || f.seeming || f.agent || f.colon || f.according || f.inverted || f.borrowed || f.side ||
		f.byline >= 0 || f.turn >= 0 || f.survey || f.characterized || f.impersonal || f.adjective ||
		f.form.participle || f.form.class == cueTell || f.spk0 <= s.TokenStart || f.spk0 >= f.cue0 ||
		f.spk1-f.spk0 > 5 || intransitive[d.lower[f.cue0]] || f.form.stance && !sides[d.lower[f.cue0]] {
		return 0, 0, false
	}
	// the speaker is a pronoun, a name or a short determiner phrase
	if _, ok := pronouns[d.lower[f.spk0]]; !ok && !d.isCap(f.spk0) && !determiners[d.lower[f.spk0]] && !groupPronouns[d.lower[f.spk0]] {
		return 0, 0, false
	}
	for k := f.spk0; k < f.spk1; k++ {
		if d.region[k] >= 0 || d.isPunct(k) && d.lower[k] != "'s" && d.lower[k] != "’s" || clauseWords[d.lower[k]] && !npInner[d.lower[k]] {
			return 0, 0, false
		}
	}
	if !d.gapAfter(f.cue1, s.TokenEnd) {
		return 0, 0, false
	}
	r := f.spk0 - 1
	switch w := d.lower[r]; {
	case w == "which" || w == "whom":
		// (not "in which he declares …": the relative is an adjunct)
		e := r
		if e-1 > s.TokenStart && d.lower[e-1] == "," {
			e--
		}
		if x, ok := d.antecedent(e, s.TokenStart); ok {
			return x, r + 1, true
		}
	case w == "that":
		if x, ok := d.antecedent(r, s.TokenStart); ok {
			return x, r + 1, true
		}
	case d.isWord(r) && !d.isCap(r) && subjectPronouns[d.lower[f.spk0]] && d.toks[f.spk0].Text != "I":
		// no relative pronoun: "a deal she supported"
		if x, ok := d.antecedent(r+1, s.TokenStart); ok {
			return x, r + 1, true
		}
	}
	return 0, 0, false
}

// gapAfter reports whether the clause ends at token k, or only an
// adjunct stands between k and its end: no object and no clause follows
// the cue.
func (d *doc) gapAfter(k, end int) bool {
	if k >= end {
		return true
	}
	if d.region[k] >= 0 {
		return false
	}
	if d.isPunct(k) {
		if k+1 < end && d.region[k+1] >= 0 {
			return false // "said, “…”"
		}
		return d.lower[k] == "," || d.lower[k] == "." || d.lower[k] == ")" || d.lower[k] == ";" || isDash(d.lower[k])
	}
	if !gapAdjuncts[d.lower[k]] && !timeWords[d.lower[k]] && !(strings.HasSuffix(d.lower[k], "ly") && len(d.lower[k]) > 4) {
		return false
	}
	// the adjunct runs to the end of the clause without a verb of its own
	for j := k + 1; j < end && j < k+10; j++ {
		lw := d.lower[j]
		if d.region[j] >= 0 || lw == "that" || beForms[lw] || modals[lw] || lw == "has" || lw == "have" || lw == "had" {
			return false
		}
		if d.isPunct(j) {
			return true
		}
	}
	return k+10 > end
}

// antecedent returns the start of the noun phrase that ends before token
// end and that a relative clause after it describes: "a much larger
// package of tax cuts", "the provision in the bill". It holds a noun in
// lower case or a name, and no verb.
func (d *doc) antecedent(end, first int) (int, bool) {
	a, n := end, 0
	for k := end - 1; k >= first && n < 8; k-- {
		lw := d.lower[k]
		if d.region[k] >= 0 || !d.npToken(k) {
			break
		}
		if clauseWords[lw] && lw != "of" && lw != "in" && lw != "for" {
			break
		}
		if _, cue := cues[lw]; cue && d.toks[k].Text == lw && k == end-1 && !(k > first && (determiners[d.lower[k-1]] || isPossessive(d.lower[k-1]))) {
			return 0, false // a verb, not a noun: "said he denied" (but "a charge that …")
		}
		a, n = k, n+1
		if (determiners[lw] || isPossessive(lw)) && !(k > first && d.lower[k-1] == "of") {
			break
		}
	}
	for a < end && (npInner[d.lower[a]] && !determiners[d.lower[a]] || d.isPunct(a)) {
		a++
	}
	if a >= end {
		return 0, false
	}
	if d.words(a, end, 2) < 2 && !d.isCap(a) {
		return 0, false // a lone common noun says too little: "the stuff that …"
	}
	h := d.lower[end-1]
	if isAdverb(h) || strings.HasSuffix(h, "ly") || strings.HasSuffix(h, "ing") || auxiliaries[h] || pronounOpeners[h] || clauseWords[h] ||
		determiners[h] || adverbialStarts[h] || unicode.IsDigit(rune(h[0])) {
		return 0, false
	}
	return a, true
}

// gapAdjuncts open an adjunct after a cue whose object stands before it:
// "which Holm denied in a statement", "that she proposed under a flat
// rate".
var gapAdjuncts = wordSet(`in at on during when before after since under with while from last earlier later
	again once years ago`)

// intransitive cues take no object, so a clause that ends after them has
// no gap: "the night she complained", "the day he testified".
var intransitive = wordSet(`complain complains complained agree agrees agreed disagree disagrees disagreed
	testify testifies testified joke jokes joked quip quips quipped respond responds responded reply replies
	replied apologize apologizes apologized speak speaks spoke talk talks talked comment comments commented
	continue continues continued boast boasts boasted brag brags bragged muse muses mused rail rails railed
	side sides sided spar spars sparred plead pleads pleaded pled protest protests protested weigh weighs
	weighed lament laments lamented retort retorts retorted yell yells yelled shout shouts shouted chant
	chants chanted whisper whispers whispered speculate speculates speculated insist insists insisted
	point points pointed vote votes voted argue argues argued warn warns warned caution cautions cautioned
	explain explains explained add adds added note notes noted`)

// reasonAfter returns the token of the "for" (or, after "accused", "of")
// that opens the reason of a passive judgement inside the author phrase
// [a, b) of f, "was criticized by rivals for failing to …", or -1.
func (d *doc) reasonAfter(f *frame, a, b int) int {
	cue := d.lower[f.cue0]
	if !targets[cue] && !judgedVerbs[cue] {
		return -1
	}
	for k := a + 1; k < b; k++ {
		if d.lower[k] == "for" || d.lower[k] == "of" && strings.HasPrefix(cue, "accus") {
			return k
		}
	}
	return -1
}

// opensClause reports whether token k is a subject pronoun or a name
// that opens its clause: "He once said …", "…, and Varga once said …".
func (d *doc) opensClause(k int, s chorus.Sentence) bool {
	if !subjectPronouns[d.lower[k]] && !d.isCap(k) {
		return false
	}
	j := k
	for j > s.TokenStart && d.isCap(j-1) && d.isWord(j-1) {
		j-- // "Ana Varga once said"
	}
	return j == s.TokenStart || d.isPunct(j-1) && d.region[j-1] < 0 || subjectOpeners[d.lower[j-1]]
}

// continuation reports whether token k opens the rest of a sentence that
// an attribution interrupts, with no subject of its own: "that both men
// came here", "would use the occasion", "to pursue a hybrid system",
// "becomes available after a year".
func (d *doc) continuation(k, end int) bool {
	if k+1 >= end || d.region[k] >= 0 || !d.isWord(k) || d.isCap(k) {
		return false
	}
	switch lw := d.lower[k]; {
	case lw == "that":
		return d.clauseSubject(k+1) || d.subjectAndVerb(k+1, end) || d.subjectThenQuote(k+1, end)
	case lw == "to":
		_, cue := cues[d.lower[k+1]]
		w := d.lower[k+1]
		return d.isWord(k+1) && !d.isCap(k+1) && !cue && !determiners[w] && !clauseWords[w] && !strings.HasSuffix(w, "s") &&
			k+2 < end && d.isWord(k+2) // "to pursue a hybrid system", not "to cheers"
	case modals[lw] && lw != "do" && lw != "does" && lw != "did" || finiteAux[lw] && !beForms[lw] || lw == "is" || lw == "are" || lw == "was" || lw == "were":
		return true
	}
	return false
}

// subjectThenQuote reports whether a short noun phrase at token k is
// followed by a quotation that goes on with its clause: "that the harbour
// board “may have sold the pier”".
func (d *doc) subjectThenQuote(k, end int) bool {
	if k >= end || d.region[k] >= 0 || !(determiners[d.lower[k]] || d.isCap(k)) {
		return false
	}
	for i := k + 1; i < end && i <= k+6; i++ {
		if r := d.openingAt(i); r >= 0 {
			return d.continuesSentence(r)
		}
		if !d.isWord(i) || clauseWords[d.lower[i]] && !npInner[d.lower[i]] {
			return false
		}
	}
	return false
}

// aimed reports whether f's cue is aimed at someone or something its
// content names, which may be a single name: "criticized Holm", "referring
// to Holm", "talks about Holm".
func (d *doc) aimed(f *frame) bool {
	w := d.lower[f.cue0]
	if targets[w] {
		return true
	}
	return f.cue1-1 > f.cue0 && topicPreps[d.lower[f.cue1-1]] && !f.nominal && !f.according
}

// topicPreps end a cue whose object is its topic: "talks about", "referring
// to", "spoke of".
var topicPreps = wordSet(`about to of on`)

// onlyDate reports whether tokens [a, e) only tell a time: "this month",
// "Jan. 17-23", "last week".
func (d *doc) onlyDate(a, e int) bool {
	for k := a; k < e; k++ {
		w := d.lower[k]
		if !(timeWords[w] || dateNouns[w] || unicode.IsDigit(rune(w[0])) || w == "-" || w == "." || w == "–") {
			return false
		}
	}
	return e > a
}

// dateNouns are the units of a date after "this" or "last".
var dateNouns = wordSet(`week month year weekend spring summer fall autumn winter`)

// headlinePast reports whether the capitalised past form at token i of a
// headline is its verb: "Sanders Told A Reporter …", "Trump Just Responded
// To …", not an adjective ("the Most Detailed Simulation") nor a passive
// with its place or agent ("Beauty of Korea Revealed at …").
func (d *doc) headlinePast(i int, s chorus.Sentence, form cueForm) bool {
	lw := d.lower[i]
	if form.base || form.third || form.participle || !strings.HasSuffix(lw, "ed") && lw != "told" || i == s.TokenStart || i+1 >= s.TokenEnd {
		return false
	}
	if determiners[d.lower[i-1]] || comparative(d.lower[i-1]) || d.lower[i-1] == "most" || d.lower[i-1] == "more" {
		return false
	}
	// a short subject opens the headline ("This Cable News Panel Just
	// Dismissed …"), or a relative pronoun stands for it; a longer run of
	// capitals is no subject we can tell ("The First Map of Saturn's Moon
	// Titan Just Revealed …")
	j := i - 1
	for j > s.TokenStart && isAdverb(d.lower[j]) {
		j--
	}
	if j-s.TokenStart >= 4 && d.lower[j] != "who" {
		return false
	}
	return !passiveAfter[d.lower[i+1]] && d.isWord(i+1)
}

// passiveAfter follow a headline's past participle, not its verb: "X
// Revealed at the festival", "Y Detailed in a report".
var passiveAfter = wordSet(`at in by on as after during from for with into`)

// aboutAfter returns the "about" that follows whom or where someone spoke,
// starting at token k ("with the Gazette about", "to reporters on Friday
// about", "on social media about"), or -1.
func (d *doc) aboutAfter(k, end int) int {
	if k >= end || !aboutOpeners[d.lower[k]] {
		return -1
	}
	for j := k + 1; j < end && j <= k+12; j++ {
		lw := d.lower[j]
		if lw == "about" {
			if j == k+1 {
				return -1
			}
			return j
		}
		if d.region[j] >= 0 || !d.isWord(j) && lw != "." || clauseWords[lw] && !aboutOpeners[lw] && !npInner[lw] {
			return -1
		}
	}
	return -1
}

// aboutOpeners open whom or where someone spoke before the topic: "spoke
// with", "talked to", "spoke on television".
var aboutOpeners = wordSet(`with to on in at for`)
