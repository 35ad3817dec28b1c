package quotes

import (
	"slices"
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
)

// frame is one attribution: a cue, its speaker and its content.
type frame struct {
	cue0, cue1 int // cue tokens [cue0, cue1)
	form       cueForm
	according  bool // "according to X"
	nominal    bool // "Smith's claim that …"
	// seeming marks "X seems (to) …", "X appears to …": an impression the
	// writer reports, whose content is the whole clause and has no source.
	seeming bool
	// asked marks a passive "was asked (about) …": the content is what
	// follows, not the subject, who was asked.
	asked bool
	// survey marks "In a new poll, …": the poll is the source of the
	// clause after its comma.
	survey bool
	// adjective marks "X is eager to …", "X is convinced that …": a state
	// of mind after "be", whose subject is the source.
	adjective bool
	// characterized marks a verb outside the lexicon that casts its object
	// as quotation castAs ("pounding Holm as a “con artist”"): the content
	// runs from the object to the quotation's end.
	characterized bool
	castAs        int
	// impersonal marks "it is clear that …": a seeming whose content
	// follows the adjective.
	impersonal bool
	// judged marks a passive judgement or announcement with no author
	// ("was accused of …"): a seeming content that ends with its clause.
	judged bool
	// agent marks a passive cue with its author after "by" ("is backed by
	// the union"): the author, after token by, is the speaker and the
	// subject is the content.
	agent bool
	by    int
	// side marks a phrase of taking a side or aiming at someone ("came
	// out against", "took aim at"): like "endorsed", its content may be a
	// single name and ends with its noun phrase.
	side       bool
	colon      bool // "Name: …" (a headline or a transcript)
	spk0, spk1 int  // speaker tokens, -1 when none
	// ref0, ref1 is the phrase a relative-pronoun speaker ("…, who said")
	// stands for; ref1 is 0 when there is none.
	ref0, ref1 int
	inverted   bool // the speaker follows the cue ("said Smith")
	// borrowed marks a speaker taken from the clause a participle hangs
	// on ("Smith left, saying …"): it is not part of the attribution.
	borrowed bool
	sent     int
	// parts are the content fragments (byte spans) in text order.
	parts []chorus.Span
	// direct tells, part by part, a quotation from a reported clause.
	direct []bool
	// lastRegion is the last quotation used as content, or -1; an
	// unattributed quotation right after it continues it.
	lastRegion int
	name       string
	// kept is set once the frame is among the document's frames.
	kept bool
	// byline is the quotation a paragraph-ending "― Name" signs, or -1.
	byline int
	// turn is the quoted paragraph a transcript's "NAME:" opens, or -1.
	turn int
}

// attrStart is the first token of the attribution (speaker or cue).
func (f *frame) attrStart() int {
	if f.spk0 >= 0 && f.spk0 < f.cue0 && !f.borrowed {
		return f.spk0
	}
	return f.cue0
}

// attrEnd is one past the last token of the attribution.
func (f *frame) attrEnd() int {
	if f.spk1 > f.cue1 && !f.borrowed {
		return f.spk1
	}
	return f.cue1
}

// findFrames finds the cues of every sentence, their speakers and their
// contents.
func (d *doc) findFrames() {
	for si, s := range d.sents {
		if s.TokenStart >= len(d.sent) || d.sent[s.TokenStart] != si {
			continue
		}
		var fs []*frame
		if f := d.colonFrame(s); f != nil {
			f.sent = si
			fs = append(fs, f)
		}
		for i := s.TokenStart; i < s.TokenEnd; i++ {
			if d.region[i] >= 0 {
				continue
			}
			if f := d.bylineAt(i, s); f != nil {
				f.sent = si
				fs = append(fs, f)
				break
			}
			if f := d.cueAt(i, s); f != nil {
				f.sent = si
				fs = append(fs, f)
				i = f.cue1 - 1
			} else if f := d.characterizedAt(i, s, fs); f != nil {
				f.sent = si
				fs = append(fs, f)
			}
		}
		for _, f := range fs {
			d.findSpeaker(f, s, fs)
			d.widenRelativeSubject(f, s)
		}
		for k, f := range fs {
			var next *frame
			for j := k + 1; j < len(fs); j++ {
				// a stance verb after a verb of saying ("said the firm accepts
				// the blame and wants to rebuild trust", "noted that in 1972,
				// he backed Shriver") goes on with what is reported: it does
				// not end the clause
				if !fs[j].form.stance || f.form.stance {
					next = fs[j]
					break
				}
			}
			var prev *frame
			for j := k - 1; j >= 0; j-- {
				// a weak verb that attributed nothing ("The talks may
				// continue, Smith said") does not bound the next cue's
				// clause; nor does an impression, whose subject is part of
				// the clause ("The policy appears to help the party, a
				// survey found")
				if (len(fs[j].parts) > 0 || !fs[j].form.weak && !f.according) && !fs[j].seeming {
					prev = fs[j]
					break
				}
			}
			d.findContent(f, s, prev, next)
		}
		for k, f := range fs {
			if f.nominal && d.insideContent(f.cue0, others(fs, k)) {
				// "Biden said Trump's claim that … was false": the claim is
				// part of what Biden said, not an attribution beside it
				continue
			}
			if f.form.stance && (f.spk0 < 0 && !f.seeming || d.insideContent(f.cue0, others(fs, k)) || d.insideContent(f.cue0, d.frames) ||
				f.spk1 == f.spk0+1 && d.lower[f.spk0] == "you") {
				// "Ruiz said she hopes to win": the hope is what Ruiz said
				// (and so is one in a block quotation Ruiz introduced);
				// "Do you support Holm?", "if you want to save": a question
				// or the reader, not a source
				continue
			}
			if f.form.stance && d.reducedRelative(f) {
				// "the one nobody wants to hear", "things we believe it
				// cannot leave out": a clause describing a noun, not a
				// source taking a stance
				continue
			}
			if len(f.parts) == 0 {
				d.quoteAfterEmpty(f, fs)
			}
			if len(f.parts) > 0 {
				d.frames = append(d.frames, f)
				d.paraFrames[d.para[f.cue0]]++
				f.kept = true
			}
		}
	}
}

// characterizedAt returns the attribution of a verb outside the lexicon
// that casts its object as a quoted phrase, when token i is the "as" before
// the quotation: "has been pounding Holm as a “con artist”", "openly
// admires Quell as a “strong leader”". The verb must follow its subject
// and the sentence's earlier frames; the content is the object and the
// quotation.
func (d *doc) characterizedAt(i int, s chorus.Sentence, fs []*frame) *frame {
	if d.lower[i] != "as" || i+1 >= s.TokenEnd {
		return nil
	}
	q := i + 1
	if q+1 < s.TokenEnd && (d.lower[q] == "a" || d.lower[q] == "an" || d.lower[q] == "the") {
		q++
	}
	r := d.openingAt(q)
	if r < 0 || d.regions[r].kind != double || d.regions[r].close < 0 || d.regions[r].last >= s.TokenEnd {
		return nil
	}
	floor := s.TokenStart
	if n := len(fs); n > 0 {
		floor = fs[n-1].attrEnd()
	}
	// the object: a short noun phrase between the verb and "as"
	v := -1
	for k := i - 1; k > floor && k >= i-6; k-- {
		if d.region[k] >= 0 || d.isPunct(k) && d.lower[k] != "'s" && d.lower[k] != "’s" && d.lower[k] != "%" {
			return nil
		}
		w := d.lower[k]
		if d.toks[k].Text == w && k < i-1 && verbLike(w) && !determiners[w] && !pronounOpeners[w] {
			v = k
			break
		}
	}
	if v < 0 || !d.subjectBefore(v, s.TokenStart) && !auxiliaries[d.lower[v-1]] && !beForms[d.lower[v-1]] && !isAdverb(d.lower[v-1]) ||
		!strings.HasSuffix(d.lower[v], "ing") && d.passive(v, s) {
		return nil // ("has been steadily pounding" is no passive)
	}
	if o := d.lower[v+1]; adjunctStarts[o] || lightPreps[o] || o == "across" || o == "up" || o == "out" {
		if particleAfter[d.lower[v]] != o {
			return nil // "comes across as …", "served on the board as …": no object
		}
	}
	f := &frame{cue0: v, cue1: v + 1, spk0: -1, spk1: -1, lastRegion: -1, byline: -1, turn: -1, characterized: true, castAs: r}
	if particleAfter[d.lower[v]] != "" && d.lower[v+1] == particleAfter[d.lower[v]] {
		f.cue1 = v + 2 // "has gone after Holm as …"
	}
	f.form = cueForm{class: cueSay, participle: strings.HasSuffix(d.lower[v], "ing")}
	return f
}

// participleAfterNoun reports whether the past form at token i describes
// the noun before it rather than saying what a subject did: an adjunct
// follows it at once ("a paper published shortly before", "the plan
// unveiled last year"), or a verb stands before it ("noted published
// reports").
func (d *doc) participleAfterNoun(i int, s chorus.Sentence) bool {
	if i > s.TokenStart {
		if _, cue := cues[d.lower[i-1]]; cue && d.toks[i-1].Text == d.lower[i-1] {
			return true
		}
	}
	n := d.lower[i+1]
	return adjunctStarts[n] || isAdverb(n) || timeWords[n] || n == "by" || n == "," || n == "."
}

// verbLike reports whether a lowercase word has the ending of a verb's
// inflected form.
func verbLike(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) ||
		w == "gone" || w == "went" || w == "took"
}

// particleAfter is the particle some characterizing verbs take before
// their object: "went after Holm as …".
var particleAfter = map[string]string{"gone": "after", "went": "after", "going": "after", "goes": "after"}

// impersonalIt returns the "it" of "it is clear", "it’s obvious", "is it
// clear" before the adjective at token i, past adverbs (not "not"), or -1.
func (d *doc) impersonalIt(i int, s chorus.Sentence) int {
	j := i - 1
	for j > s.TokenStart && (isAdverb(d.lower[j]) || degrees[d.lower[j]]) {
		j--
	}
	if j-1 < s.TokenStart {
		return -1
	}
	switch {
	case d.lower[j] == "it" && beForms[d.lower[j-1]]:
		return j - 1 // "nor is it clear"
	case beForms[d.lower[j]] || d.lower[j] == "seems" || d.lower[j] == "seemed" || d.lower[j] == "remains" || d.lower[j] == "remained" ||
		d.lower[j] == "became":
		k := j - 1
		for k > s.TokenStart && (auxiliaries[d.lower[k]] || d.lower[k] == "been") {
			k--
		}
		if d.lower[k] == "it" && k >= s.TokenStart {
			return k
		}
	}
	return -1
}

// impersonal adjectives say, after "it is", what is plain. (What is
// unclear, "it is unclear whether …", holds no one's view.)
var impersonal = wordSet(`clear obvious evident apparent plain`)

// quoteAfterEmpty gives a closing attribution whose clause an earlier cue
// of the sentence took the quotation that opens the next sentence: in
// "Holm said she felt … because “…,” she said. “B.”", B is what the second
// "she said" attributes.
func (d *doc) quoteAfterEmpty(f *frame, fs []*frame) {
	if f.colon || f.nominal || f.form.stance || f.form.participle || f.spk0 < 0 || f.sent < 0 || f.sent >= len(d.sents) {
		return
	}
	end := d.sents[f.sent].TokenEnd
	if end >= len(d.toks) || !d.onlyClosers(f.attrEnd(), end) || f.attrStart() == 0 || !d.isClosingMark(f.attrStart()-1) && !(d.lower[f.attrStart()-1] == "," && d.isClosingMark(f.attrStart()-2)) {
		return
	}
	m := f.attrStart() - 1
	if !d.isClosingMark(m) {
		m-- // “…,” she said
	}
	taken := false
	for _, o := range fs {
		if o != f && len(o.parts) > 0 && o.parts[len(o.parts)-1].End >= d.toks[m].Start && o.parts[len(o.parts)-1].End <= d.toks[f.attrStart()-1].End {
			taken = true // the quotation before ends the earlier cue's content
		}
	}
	n := d.openingAt(end)
	if !taken || n < 0 || d.para[end] != d.para[end-1] || d.regions[n].used || d.regions[n].prev >= 0 || d.regions[n].kind != double {
		return
	}
	d.addRegionPart(f, n)
}

// reducedRelative reports whether f's speaker holds a pronoun-like word
// right after a lower-case noun ("the one nobody in town wants to",
// "things we believe"): English drops the "that" of such a relative clause,
// and the clause then describes the noun instead of reporting a stance.
func (d *doc) reducedRelative(f *frame) bool {
	if f.spk0 < 1 {
		return false
	}
	for k := f.spk0; k < f.spk1; k++ {
		if !relativeSubjects[d.lower[k]] {
			continue
		}
		prev := d.lower[k-1]
		if prev == "" || clauseOpeners[prev] || pronounOpeners[prev] {
			continue
		}
		lower := true
		for _, r := range prev {
			lower = lower && unicode.IsLower(r)
		}
		if lower {
			return true
		}
	}
	return false
}

// relativeSubjects are the subjects of the reduced relative clauses
// reducedRelative looks for.
var relativeSubjects = map[string]bool{"i": true, "we": true, "you": true, "they": true, "he": true, "she": true,
	"nobody": true, "everyone": true, "everybody": true, "somebody": true, "someone": true, "people": true}

// pronounOpeners are words besides clauseOpeners after which a pronoun
// starts a clause of its own, not a relative clause.
var pronounOpeners = map[string]bool{"or": true,
	"if": true, "when": true, "as": true,
	"where": true, "whether": true, "unless": true, "until": true, "now": true, "then": true, "today": true,
	"yesterday": true, "still": true, "also": true, "here": true, "there": true, "why": true, "how": true,
	"what": true, "said": true, "says": true, "say": true, "think": true, "believe": true, "know": true,
	"yet": true, "once": true, "after": true, "before": true, "than": true, "perhaps": true, "maybe": true,
	"indeed": true, "however": true, "meanwhile": true, "instead": true, "too": true}

// supportNoun are the words after "support" the noun: "support for
// Holm", "support among traders".
var supportNoun = wordSet(`for among from in of as and or with to on at but is was are were has had`)

// aspects are verbs that a cue in the to-infinitive follows and that
// attribute with it: "continued to insist", "went on to explain", "began
// to argue".
var aspects = wordSet(`continue continues continued began begins begin started starts start went
	goes go going`)

// askedOpeners follow a sentence-opening "Asked" that puts a question:
// "Asked whether …", "Asked about …".
var askedOpeners = wordSet(`whether if about what who whom how why when where which to`)

// prepositions are the prepositions a cue takes before its content: the
// object is what is said or meant ("called on the council to act",
// "referring to the mayor", "pointed to the cost").
var prepositions = map[string][]string{}

func init() {
	for _, l := range []struct{ forms, preps string }{
		{"call calls called calling", "on"},
		{"refer refers referred referring", "to"},
		{"respond responds responded responding reply replies replied replying", "to"},
		{"comment comments commented commenting", "on about"},
		{"agree agrees agreed agreeing disagree disagrees disagreed disagreeing", "with"},
		{"ruled", "against"},
	} {
		for _, w := range strings.Fields(l.forms) {
			prepositions[w] = strings.Fields(l.preps)
		}
	}
}

// passive reports whether a form of "be" stands before token i, past
// auxiliaries and adverbs: "was told", "has been asked", "is widely seen"
// (but not the "has" of "she’s said").
func (d *doc) passive(i int, s chorus.Sentence) bool {
	for j := i - 1; j >= s.TokenStart; j-- {
		if auxiliaries[d.lower[j]] || isAdverb(d.lower[j]) {
			continue
		}
		return beForms[d.lower[j]] && !(j == i-1 && d.contracted(i, cues[d.lower[i]]))
	}
	return false
}

// infinitive reports whether the plain form at token i follows "to" after
// a word that leaves the clause's subject the speaker: "will not be able
// to boast of", "is trying to argue that".
func (d *doc) infinitive(i int, form cueForm) bool {
	return form.base && !form.stance && i >= 2 && d.lower[i-1] == "to" && d.toks[i].Text == d.lower[i] && infinitiveHosts[d.lower[i-2]]
}

// infinitiveHosts take a to-infinitive whose subject is their own.
var infinitiveHosts = wordSet(`able unable trying tried try tries`)

// contracted reports whether the "’s" before the cue at token i is a
// person's "is" or "has" ("he’s claiming", "she’s said"), not a
// possessive: a past or -ing form right after a subject pronoun.
func (d *doc) contracted(i int, form cueForm) bool {
	if i < 2 || form.base || form.third || form.class == 0 || d.lower[i-1] != "'s" && d.lower[i-1] != "’s" {
		return false
	}
	switch d.lower[i-2] {
	case "he", "she", "who":
		return true
	}
	return false
}

// conditional reports whether the attribution f opens a clause of
// condition ("If the poll shows …").
func (d *doc) conditional(f *frame, s chorus.Sentence) bool {
	a := f.attrStart()
	if a <= s.TokenStart {
		return false
	}
	switch d.lower[a-1] {
	case "if", "unless", "whether", "once", "until":
		return true
	}
	return false
}

// triggers are the words that may open a frame: one lookup per token
// instead of one per list.
var triggers = func() map[string]bool {
	m := map[string]bool{"according": true, "reportedly": true, "in": true, "likely": true, "by": true}
	for w := range cues {
		m[w] = true
	}
	for _, set := range []map[string]bool{impersonal, nounCues, seemVerbs, passiveVerbs, judgedVerbs, toNouns, ofNouns, aspects, lightVerbs, mindAdjectives} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range sidePhrases {
		m[w] = true
	}
	return m
}()

// others returns fs without its k-th frame.
func others(fs []*frame, k int) []*frame {
	return append(slices.Clip(fs[:k]), fs[k+1:]...)
}

// titleCased reports whether sentence s is a headline in title case: short,
// and most of its words after the first capitalised.
func (d *doc) titleCased(s chorus.Sentence) bool {
	if s.TokenEnd-s.TokenStart > 30 {
		return false
	}
	words, caps := 0, 0
	for i := s.TokenStart + 1; i < s.TokenEnd; i++ {
		if !d.isWord(i) || len(d.toks[i].Text) < 4 {
			continue // short words ("of", "to", "a") stay lower case in titles
		}
		words++
		if d.isCap(i) {
			caps++
		}
	}
	return words >= 3 && caps*5 >= words*4
}

// insideContent reports whether token i lies in the content of one of fs.
func (d *doc) insideContent(i int, fs []*frame) bool {
	for _, o := range fs {
		for _, p := range o.parts {
			if p.Start <= d.toks[i].Start && d.toks[i].End <= p.End {
				return true
			}
		}
	}
	return false
}

// cueAt returns the frame whose cue starts at token i, or nil.
func (d *doc) cueAt(i int, s chorus.Sentence) *frame {
	lw := d.lower[i]
	if !triggers[lw] || lw == "in" && i != s.TokenStart {
		return nil // most words: no frame to allocate
	}
	f := &frame{cue0: i, cue1: i + 1, spk0: -1, spk1: -1, lastRegion: -1, byline: -1, turn: -1}
	if i+2 < s.TokenEnd && d.toks[i].Text == lw && (toNouns[lw] && d.lower[i+1] == "to" ||
		ofNouns[lw] && (d.lower[i+1] == "of" || d.lower[i+1] == "for")) {
		// a decision, a plan or a side with its owner: "Holm's decision to
		// quit", "her criticism of the tunnel", "his support for Quell"
		if p := d.possessorBefore(i, s.TokenStart); p >= 0 {
			f.nominal = true
			if d.lower[i+1] != "to" {
				f.cue1 = i + 2 // the preposition is part of the cue, the "to" of the content
			}
			if d.lower[p] == "'s" || d.lower[p] == "’s" {
				if a := d.ownerBefore(p, s.TokenStart); a < p {
					f.spk0, f.spk1 = a, p
				}
			} else {
				f.spk0, f.spk1 = p, p+1
			}
			// only as the subject of its clause: after a verb or a
			// preposition ("pointed to Veskaria's choice to quit the pact") the
			// decision is what the clause's own source talks about
			if a := f.spk0; a < 0 || a == s.TokenStart || clauseOpeners[d.lower[a-1]] {
				return f
			}
			return nil
		}
	}
	if nounCues[lw] && i+2 < s.TokenEnd && d.toks[i].Text == lw && (d.lower[i+1] == "that" ||
		i+3 < s.TokenEnd && (d.lower[i+1] == "is" || d.lower[i+1] == "was") && d.lower[i+2] == "that") {
		// a noun of saying with its owner and its that-clause: "Smith's
		// earlier claim that …", "his warning that …"
		if w := d.lower[f.cue1+1]; d.lower[i+1] == "that" && (finiteAux[w] || strings.HasSuffix(w, "ed")) {
			return nil // a relative clause: "his idea that worked", "the view that has …"
		}
		if p := d.possessorBefore(i, s.TokenStart); p >= 0 {
			f.nominal = true
			if d.lower[i+1] != "that" {
				f.cue1 = i + 2 // "Holm's view is that …"
			}
			if d.lower[p] == "'s" || d.lower[p] == "’s" {
				if a, b := d.npBefore(p, s.TokenStart); b > a {
					f.spk0, f.spk1 = a, b
				}
			} else {
				f.spk0, f.spk1 = p, p+1
			}
			return f
		}
	}
	if lw == "according" && i+1 < s.TokenEnd && d.lower[i+1] == "to" {
		f.cue1 = i + 2
		f.according = true
		return f
	}
	if lw == "by" {
		// "by one estimate", "By Holm's own admission, …": a source
		// introduced as "according to" introduces it
		for k := i + 1; k < s.TokenEnd && k <= i+4; k++ {
			if byNouns[d.lower[k]] && (k+1 >= s.TokenEnd || d.lower[k+1] == "," || d.onlyClosers(k+1, s.TokenEnd)) &&
				(determiners[d.lower[i+1]] || possessives[d.lower[i+1]].gender != unknownGender || d.lower[i+1] == "their" || d.isCap(i+1)) {
				for j := k + 1; j < s.TokenEnd; j++ {
					if _, cue := cues[d.lower[j]]; cue && d.region[j] < 0 && particles[d.lower[j]] == nil {
						return nil // "By some measures, it met its goals, an official said": the official's
					}
				}
				f.cue1 = i + 1
				f.according = true
				return f
			}
			if !d.isWord(k) && d.lower[k] != "'s" && d.lower[k] != "’s" {
				break
			}
		}
		return nil
	}
	if passiveVerbs[lw] && d.toks[i].Text == lw && d.passive(i, s) {
		// "is expected to", "was seen as", "was asked about": no one is
		// named, and the subject is part of what is held or asked
		if lw == "reported" && i+1 < s.TokenEnd && d.lower[i+1] == "by" {
			return d.agentAt(i, s, cues[lw]) // "was first reported by the Gazette"
		}
		if i+1 >= s.TokenEnd || d.region[i+1] >= 0 || d.lower[i+1] == "by" ||
			lw != "asked" && !(d.lower[i+1] == "to" && lw != "known" || d.lower[i+1] == "as" || d.lower[i+1] == "for") {
			return nil
		}
		f.seeming, f.asked = true, lw == "asked"
		f.form = cueForm{class: cueSay, stance: true}
		return f
	}
	if judgedVerbs[lw] && d.toks[i].Text == lw && d.truePassive(i, s) {
		// "was accused of fraud", "is rated mostly true", "a curfew was
		// announced": someone unnamed judged or announced, and the clause,
		// its subject included, is what they did
		if i+1 < s.TokenEnd && (judgedParticles[d.lower[i+1]] || lw == "called" && (d.lower[i+1] == "for" || d.lower[i+1] == "to")) ||
			lw == "charged" && (i+1 >= s.TokenEnd || d.lower[i+1] != "with") {
			return nil // "was called off", "’s called for", "were charged fees"
		}
		if namingVerbs[lw] && (i+1 >= s.TokenEnd || d.isPunct(i+1) && d.region[i+1] < 0) {
			return nil // "Temna, as the firm is still called, said …": a name, not a judgement
		}
		if i+1 < s.TokenEnd && lightPreps[d.lower[i+1]] && (i+2 >= s.TokenEnd || d.isPunct(i+2)) {
			return nil // "the assaults he is accused of.": a relative clause with its object before it
		}
		for k := i + 1; k < s.TokenEnd && d.isWord(k); k++ {
			if d.lower[k] == "by" && d.authorAt(k+1, s) {
				// "was called a fraud by two rivals", "was declared the
				// winner in three states by the networks": the author is named
				f.agent, f.by, f.cue1 = true, k, i+1
				f.form = cueForm{class: cueSay}
				return f
			}
		}
		f.seeming, f.judged = true, true
		f.form = cueForm{class: cueSay, stance: true}
		return f
	}
	if aspects[lw] && d.toks[i].Text == lw {
		j := i + 1
		if lw == "went" || lw == "goes" || lw == "go" || lw == "going" {
			if j+1 >= s.TokenEnd || d.lower[j] != "on" {
				return nil
			}
			j++ // "went on to say"
		}
		if j+1 < s.TokenEnd && d.lower[j] == "to" && d.region[j+1] < 0 {
			if form, ok := cues[d.lower[j+1]]; ok && form.base && d.toks[j+1].Text == d.lower[j+1] && particles[d.lower[j+1]] == nil {
				// "continued to insist that …", "went on to explain": the
				// verb after attributes, to the subject of both ("…, going
				// on to say …" as a participle does)
				f.cue1, f.form = j+2, form
				if strings.HasSuffix(lw, "ing") {
					f.form.base, f.form.participle = false, true
				}
				return f
			}
		}
	}
	if seemVerbs[lw] && d.toks[i].Text == lw && i+1 < s.TokenEnd && d.region[i+1] < 0 {
		next := d.lower[i+1]
		if next == "to" && i+2 < s.TokenEnd && d.region[i+2] < 0 {
			if form, ok := cues[d.lower[i+2]]; ok && form.base && d.toks[i+2].Text == d.lower[i+2] {
				// "appeared to suggest", "seems to think": the verb after
				// attributes, to the subject of both
				f.cue1, f.form = i+3, form
				if ps, ok := particles[d.lower[i+2]]; ok {
					if i+3 >= s.TokenEnd || !slices.Contains(ps, d.lower[i+3]) {
						return nil
					}
					f.cue1 = i + 4
				}
				return f
			}
		}
		if next == "to" || next == "that" || next == "like" || strings.HasPrefix(lw, "seem") && d.isWord(i+1) && !adjunctStarts[next] {
			f.seeming = true
			f.form = cueForm{class: cueSay, stance: true}
			return f
		}
		return nil // "appeared on television", "appears in court"
	}
	if d.anonymityAt(i, s.TokenEnd) {
		return nil // "who asked not to be named" attributes nothing
	}
	if lw == "in" {
		// "In a new poll by the Gazette, Holm leads": the poll reports what
		// follows its comma (unless a cue of its own attributes it: "In a
		// poll, 40 percent said …")
		if i != s.TokenStart {
			return nil
		}
		for k := i + 1; k < s.TokenEnd && k <= i+15; k++ {
			if d.region[k] >= 0 {
				return nil
			}
			if d.lower[k] == "," {
				if k+2 >= s.TokenEnd || !d.anyEvidence(i+1, k) {
					return nil
				}
				for j := k + 1; j < s.TokenEnd; j++ {
					if _, cue := cues[d.lower[j]]; cue && d.region[j] < 0 && particles[d.lower[j]] == nil {
						return nil
					}
				}
				f.survey, f.spk0, f.spk1 = true, i+1, k
				f.form = cueForm{class: cueSay}
				return f
			}
		}
		return nil
	}
	if lw == "reportedly" {
		// "The firm has reportedly sold the pier": the report is no one's,
		// and it is the clause, subject included (unless a cue follows:
		// "reportedly said")
		for k := i + 1; k < s.TokenEnd && k <= i+4; k++ {
			if _, cue := cues[d.lower[k]]; cue {
				return nil
			}
		}
		f.seeming = true
		f.form = cueForm{class: cueSay, stance: true}
		return f
	}
	if impersonal[lw] && d.toks[i].Text == lw && i+2 < s.TokenEnd && (d.lower[i+1] == "that" || d.clauseSubject(i+1) || d.subjectAndVerb(i+1, s.TokenEnd)) {
		// "it is clear that …", "nor is it clear that …": what is plain,
		// to no one in particular
		if it := d.impersonalIt(i, s); it >= 0 {
			f.cue0, f.seeming, f.impersonal = it, true, true
			f.form = cueForm{class: cueSay, stance: true}
			return f
		}
	}
	if (mindAdjectives[lw] || lw == "likely") && d.toks[i].Text == lw && i+2 < s.TokenEnd && d.afterBe(i, s) {
		// "voters are eager to …", "Holm is convinced that …", "were more
		// likely to say …": the subject's state of mind
		next := d.lower[i+1]
		if lw == "likely" {
			// only before a cue: "more likely to say", not "likely to win"
			if form, ok := cues[d.lower[i+2]]; next == "to" && ok && form.base && particles[d.lower[i+2]] == nil {
				f.cue1, f.form, f.adjective = i+3, form, true
				return f
			}
			return nil
		}
		bare := certainties[lw] && (next == "if" || next == "whether" || d.clauseSubject(i+1) || d.subjectAndVerb(i+1, s.TokenEnd))
		if next != "to" && next != "that" && next != "about" && next != "over" && next != "of" && !bare {
			return nil // (a certainty takes a bare clause: "was sure Holm would win")
		}
		f.adjective = true
		f.form = cueForm{class: cueSay, stance: true}
		if next == "about" || next == "over" || next == "of" {
			f.cue1 = i + 2
		}
		return f
	}
	if e := d.sidePhrase(i, s); e > 0 {
		// "came out against the toll", "took aim at Holm"
		f.cue1, f.side = e, true
		f.form = cueForm{class: cueSay, stance: true, participle: strings.HasSuffix(lw, "ing")}
		return f
	}
	if e := d.madeClear(i, s); e > 0 {
		// "made it clear that …", "makes plain that …": saying, plainly
		f.cue1 = e
		f.form = cueForm{class: cueSay, participle: lw == "making"}
		return f
	}
	if lightVerbs[lw] && d.toks[i].Text == lw && (strings.HasSuffix(lw, "ing") || !d.passive(i, s)) { // ("is raising" is no passive)
		// a verb and a noun of saying: "made the case that …", "voiced
		// concern about …", "issued a statement on …"
		for j := i + 1; j < s.TokenEnd && j <= i+4; j++ {
			w := d.lower[j]
			if speechNouns[w] {
				// only with its topic or its clause after it: "made his
				// comments a day later" says nothing the text gives
				if j+2 >= s.TokenEnd || !(lightPreps[d.lower[j+1]] || d.lower[j+1] == "to" || d.lower[j+1] == ":") {
					return nil
				}
				f.cue1 = j + 2
				if d.lower[j+1] == "that" || d.lower[j+1] == ":" {
					f.cue1 = j + 1 // the content's own "that" or colon introduces it
				}
				if d.onlyClosers(f.cue1, s.TokenEnd) {
					return nil
				}
				f.form = cueForm{class: cueSay, stance: true, participle: strings.HasSuffix(lw, "ing")}
				return f
			}
			if !(determiners[w] || isAdverb(w) || w == "own" || w == "same" || w == "new" || w == "following" || strings.HasSuffix(w, "ful") ||
				w == "strong" || w == "public" || w == "formal" || w == "repeated" || w == "several" || w == "similar") {
				break
			}
		}
		if _, cue := cues[lw]; !cue {
			return nil
		}
	}
	if lw == "asked" && i == s.TokenStart && i+2 < s.TokenEnd && askedOpeners[d.lower[i+1]] {
		// "Asked whether the pier is safe, Holm said yes": the question is
		// attributed to no one, and ends at the comma
		f.seeming, f.asked = true, true
		f.form = cueForm{class: cueSay, stance: true}
		return f
	}
	if k := d.askedAfterAdjunct(i, s); k > 0 {
		// "Asked on Monday whether …", "When asked by a reporter about …":
		// the question, after the adjunct, up to the comma
		f.cue1, f.seeming, f.asked = k, true, true
		f.form = cueForm{class: cueSay, stance: true}
		for j := i + 1; j < k; j++ {
			if d.lower[j] == "by" {
				f.by = j // who asked
				break
			}
		}
		return f
	}
	form, ok := cues[lw]
	if !ok || d.toks[i].Text != lw && !(form.third && d.titleCased(s) && d.toks[i].Text[1:] == lw[1:]) &&
		!(form.participle && i == s.TokenStart && i+1 < s.TokenEnd && d.toks[i].Text[1:] == lw[1:] && d.isWord(i+1) && !d.isCap(i+1) && !d.titleCased(s)) {
		// (but a sentence-opening participle is capitalised: "Citing a
		// report, Holm …")
		return nil // a capital is a name ("Will", "Tell"), except in a headline's verb ("Ruiz Says …")
	}
	if i > s.TokenStart && (d.lower[i-1] == "<" || d.lower[i-1] == "/") || i+1 < s.TokenEnd && d.lower[i+1] == "=" {
		return nil // markup: <tweet id=…>
	}
	if ps, ok := particles[lw]; ok {
		p := i + 1
		if p+1 < s.TokenEnd && isAdverb(d.lower[p]) && (strings.HasPrefix(lw, "sp") || strings.HasPrefix(lw, "talk")) {
			p++ // "spoke emotionally of …"
		}
		if p >= s.TokenEnd || !slices.Contains(ps, d.lower[p]) {
			return nil
		}
		f.cue1 = p + 1
		if d.lower[p] == "out" && (strings.HasPrefix(lw, "sp") || strings.HasPrefix(lw, "talk")) {
			q := p + 1
			if q+1 < s.TokenEnd && timeWords[d.lower[q]] {
				q++ // "spoke out Tuesday about …"
			}
			if q+1 < s.TokenEnd && (d.lower[q] == "about" || d.lower[q] == "against" || d.lower[q] == "on" || d.lower[q] == "for") {
				f.cue1 = q + 1 // "spoke out about the shooting": its topic
			}
		}
		if d.lower[i+1] == "to" && !strings.HasPrefix(lw, "point") {
			f.cue1 = i + 1 // "voted to …": the to-clause is the content (but "pointed to the cost")
		}
		if d.lower[i+1] == "to" && f.cue1 == i+2 && (i+2 >= s.TokenEnd || adjunctStarts[d.lower[i+2]] || d.isPunct(i+2) && d.region[i+2] < 0) {
			return nil // "the examples critics point to as …": the object stands before
		}
		if strings.HasPrefix(lw, "put") {
			// "put it" says something only when a manner or the end of the
			// clause follows: "as one aide put it,", "put it bluntly"
			if n := i + 2; n < s.TokenEnd && !d.isPunct(n) && !strings.HasSuffix(d.lower[n], "ly") && d.lower[n] != "this" {
				return nil
			}
		}
	}
	f.form = form
	if ps, ok := prepositions[lw]; ok {
		p := i + 1
		if p+2 < s.TokenEnd && timeWords[d.lower[p]] && d.lower[p] != "this" && d.lower[p] != "last" {
			p++ // "called Friday for …"
		}
		if p+1 < s.TokenEnd && slices.Contains(ps, d.lower[p]) && !d.titleAfterPreposition(p+1) {
			// (not before a title: "commented on “Morning Desk”")
			f.cue1 = p + 1      // "called on the council to act", "referring to the mayor"
			f.form.weak = false // "commented on the vote": the topic is what the cue attributes
		}
	}
	headline := d.toks[i].Text != lw && d.titleCased(s) // "Holm Sees a Rival in Quell", "Quell Seeks More Boats"
	if f.cue1 == i+1 && !form.weak && form.class == cueSay && i+2 < s.TokenEnd && d.lower[i+1] == "about" && d.region[i+2] < 0 && !d.isPunct(i+2) &&
		!strings.HasPrefix(lw, "sa") && !strings.HasPrefix(lw, "wr") { // ("said about the pier" after a quotation is an adjunct; "writes about ports" a trade)
		f.cue1 = i + 2 // "bragged about his record", "complained about the fees": the topic
	}
	if toOnly[lw] && (i+2 >= s.TokenEnd || d.lower[i+1] != "to") && !headline {
		return nil
	}
	if asOnly[lw] && !d.asAfter(i+1, s.TokenEnd) && !headline {
		return nil
	}
	if form.stance && i+1 < s.TokenEnd && (beForms[d.lower[i+1]] || d.lower[i+1] == "here" || d.lower[i+1] == "above") {
		return nil // a participle after its noun: "the views expressed are …", "the plan offered here"
	}
	if lw == "support" && (i+1 >= s.TokenEnd || supportNoun[d.lower[i+1]] || d.isPunct(i+1) ||
		i > s.TokenStart && (d.lower[i-1] == "percent" || d.lower[i-1] == "%" || unicode.IsDigit(rune(d.lower[i-1][0])))) {
		return nil // the noun: "support for Holm", "38 percent support", "broad support among …"
	}
	if a := d.agentAt(i, s, form); a != nil {
		return a
	}
	if !form.base && !form.third && !form.participle && i+2 < s.TokenEnd && d.lower[i+1] == "by" && !strings.HasSuffix(d.lower[i+2], "ing") &&
		!media[d.lower[i+2]] {
		// a participle after its noun: "a movement promoted by the mayor",
		// "Pressed by Holm, …" (but "responded by citing …" and "said by
		// phone" are verbs)
		return nil
	}
	if !form.base && !form.third && !form.participle && i > s.TokenStart && reducedOpeners[d.lower[i-1]] {
		// a clause with no subject: "when pressed on the cost, Holm said
		// …": what was put to someone unnamed, up to the comma, like a
		// sentence-opening "Asked whether …"
		f.seeming, f.asked = true, true
		f.form = cueForm{class: cueSay, stance: true}
		return f
	}
	if strings.HasPrefix(lw, "press") && i+1 < s.TokenEnd && (d.lower[i+1] == "against" || d.lower[i+1] == "into" || d.lower[i+1] == "together") {
		return nil // pressed against a fence
	}
	if sides[lw] && i+1 < s.TokenEnd && sideParticles[d.lower[i+1]] {
		return nil // "backed off", "a bill supported by …": no side taken by the subject
	}
	if strings.HasPrefix(lw, "declin") && i+1 < s.TokenEnd && (d.isWord(i+1) && unicode.IsDigit(rune(d.lower[i+1][0])) ||
		isAdverb(d.lower[i+1]) || d.lower[i+1] == "from" || d.lower[i+1] == "by" || d.lower[i+1] == "in") {
		return nil // a figure that fell: "declined slightly from 58 percent"
	}
	if i > s.TokenStart {
		prev := d.lower[i-1]
		// a noun, not a verb: "the claims", "his remarks", "a reported deal"
		if determiners[prev] || prev == "'s" || prev == "’s" || prev == "of" || prev == "to" ||
			prev == "so-called" || prev == "newly" || prev == "such" {
			if !(prev == "one" || prev == "two" || prev == "three" || prev == "several" ||
				prev == "many" || prev == "most" || prev == "some" || prev == "both" || prev == "all" ||
				prev == "few" || prev == "other" || prev == "others" ||
				prev == "another" && !form.base && !pluralNouns[lw]) && !d.contracted(i, form) && !d.infinitive(i, form) {
				// ("another said" is a pronoun and its verb, "another claim" a noun)
				return nil
			}
		}
	}
	if j := i - 1; !form.base && !form.third && !form.participle && j > s.TokenStart && isAdverb(d.lower[j]) {
		for j > s.TokenStart && isAdverb(d.lower[j]) {
			j--
		}
		if w := d.lower[j]; (w == "a" || w == "an" || w == "the" || w == "this" || w == "that" || possessives[w].gender != unknownGender || w == "their" || w == "its") && i+1 < s.TokenEnd && d.isWord(i+1) && !determiners[d.lower[i+1]] {
			return nil // "a hastily called meeting", "the widely reported deal"
		}
	}
	if i > s.TokenStart && (form.base || form.third) && !d.verbAfterSubject(i, s.TokenStart, form.base) && !d.infinitive(i, form) {
		return nil
	}
	if (form.third && pluralNouns[lw] || form.base && nounBases[lw]) && !d.subjectBefore(i, s.TokenStart) && !d.infinitive(i, form) {
		return nil // "his early-morning tweets", "dubious medical claims", "a coordinated attack"
	}
	if (lw == "called" || lw == "dubbed" || lw == "named") && i+1 < s.TokenEnd && d.isCap(i+1) && !d.subjectBefore(i, s.TokenStart) {
		return nil // naming, not saying: "a stream called Miracle Run"
	}
	// a passive ("was told", "is said to") makes the subject a listener
	if !form.participle && d.passive(i, s) {
		return nil
	}
	if subjectOnly[lw] && i+1 < s.TokenEnd && !form.participle && !form.base && !form.third && d.participleAfterNoun(i, s) {
		return nil // "a paper published in May", "noted published reports"
	}
	return f
}

// agentAt returns the attribution of a cue verb in the passive with its
// author after "by" ("the bill is supported by 40 senators", "the story was
// first reported by the Gazette"), or nil. The author is the speaker and the
// subject is what the author said, backed or reported.
func (d *doc) agentAt(i int, s chorus.Sentence, form cueForm) *frame {
	if form.base || form.third || form.participle || form.class != cueSay || !d.truePassive(i, s) {
		return nil
	}
	k := i + 1
	if k < s.TokenEnd && isAdverb(d.lower[k]) {
		k++ // "was endorsed early by"
	}
	if k+1 >= s.TokenEnd || d.lower[k] != "by" || !d.authorAt(k+1, s) {
		return nil
	}
	return &frame{cue0: i, cue1: k + 1, by: k, agent: true, form: cueForm{class: cueSay}, spk0: -1, spk1: -1, lastRegion: -1, byline: -1, turn: -1}
}

// authorAt reports whether a passive's author starts at token k, after
// "by": a speaker ("the Gazette", "several aides") or a plural noun phrase
// ("fellow physicians"), not a gerund or a figure ("by raising taxes", "by
// 40 percent").
func (d *doc) authorAt(k int, s chorus.Sentence) bool {
	if k >= s.TokenEnd || d.region[k] >= 0 || !d.isWord(k) {
		return false
	}
	if d.startsSpeaker(k) || indefiniteAuthors[d.lower[k]] {
		return true
	}
	a, b := d.npAfter(k, s.TokenEnd)
	return b > a && d.nounPhrase(a, b) && !unicode.IsDigit(rune(d.lower[a][0]))
}

// truePassive reports whether token i is a past participle after a form of
// "be" (past auxiliaries and adverbs) that is neither a possessive "’s"
// ("Holm's declared goal") nor a gerund's "being" after a verb or a
// preposition ("angry about being described as …").
func (d *doc) truePassive(i int, s chorus.Sentence) bool {
	for j := i - 1; j >= s.TokenStart; j-- {
		lw := d.lower[j]
		if auxiliaries[lw] || isAdverb(lw) {
			continue
		}
		if !beForms[lw] || lw == "'s" || lw == "’s" {
			return false
		}
		if lw == "being" && j > s.TokenStart && !beForms[d.lower[j-1]] && !auxiliaries[d.lower[j-1]] {
			return false
		}
		return true
	}
	return false
}

// colonFrame returns the attribution of a sentence that opens with a name
// and a colon: a headline ("Lavrov: ‘We agreed on concrete steps’") or a
// speaker's turn ("Rep. Jonas Tessel (D-Vsk.): …").
func (d *doc) colonFrame(s chorus.Sentence) *frame {
	if f := d.turnFrame(s); f != nil {
		return f
	}
	i := s.TokenStart
	for i < s.TokenEnd && (d.lower[i] == "-" || d.lower[i] == "•" || d.lower[i] == "*" || d.lower[i] == "—") {
		i++
	}
	if i >= s.TokenEnd || d.region[i] >= 0 || !d.isCap(i) {
		return nil
	}
	j := i
	for j < s.TokenEnd && j-i < 8 && d.lower[j] != ":" && !isDash(d.lower[j]) {
		if d.lower[j] == "(" {
			for j < s.TokenEnd && d.lower[j] != ")" && d.lower[j] != ":" {
				j++
			}
			if j < s.TokenEnd && d.lower[j] == ")" {
				j++
			}
			continue
		}
		if !d.npToken(j) || !(d.isCap(j) || npInner[d.lower[j]] || titles[d.lower[j]]) {
			return nil
		}
		j++
	}
	if j >= s.TokenEnd || j+2 >= s.TokenEnd || !(d.lower[j] == ":" || isDash(d.lower[j]) && d.openingAt(j+1) >= 0) {
		return nil // a name and a colon, or a name, a dash and a quotation ("Ana Ruiz ― “…”")
	}
	named := false
	for k := i; k < j; k++ {
		if labels[d.lower[k]] || labels[strings.TrimSuffix(d.lower[k], "s")] {
			return nil
		}
		if d.isCap(k) && !notNames[d.lower[k]] && !titles[d.lower[k]] {
			named = true
		}
	}
	if !named || !d.personLike(i, j) {
		return nil
	}
	return &frame{cue0: j, cue1: j + 1, colon: true, spk0: i, spk1: j, lastRegion: -1, byline: -1, turn: -1}
}

// turnFrame returns the attribution of a speaker's turn in a transcript
// quoted paragraph by paragraph: each paragraph opens with a quotation mark
// and a speaker's name in capitals and a colon (“KIRBY: We have no plans
// …”). The turn runs to the end of the quotation.
func (d *doc) turnFrame(s chorus.Sentence) *frame {
	o := s.TokenStart
	r := d.openingAt(o)
	if r < 0 || o != d.paraFirst(d.para[o]) || d.regions[r].kind != double {
		return nil
	}
	j := o + 1
	for j < d.regions[r].end && j-o <= 4 && allCaps(d.toks[j].Text) {
		j++
	}
	if j == o+1 || j-o > 4 || j+1 >= d.regions[r].end || d.lower[j] != ":" {
		return nil
	}
	for k := o + 1; k < j; k++ {
		if labels[d.lower[k]] || labels[strings.TrimSuffix(d.lower[k], "s")] {
			return nil // "VIDEO:", "UPDATE:"
		}
	}
	return &frame{cue0: j, cue1: j + 1, colon: true, spk0: o + 1, spk1: j, lastRegion: -1, byline: -1, turn: r}
}

// allCaps reports whether a word is written in capitals only, and has at
// least two letters.
func allCaps(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// bylineAt returns the attribution of a quotation signed at the end of its
// paragraph, as in a collection of readers' or voters' answers: "“…” ―
// Ana Ruiz". Token i must be the dash right after the closing mark, and only
// a short name may follow it to the paragraph's end.
func (d *doc) bylineAt(i int, s chorus.Sentence) *frame {
	if !isDash(d.lower[i]) || i == 0 || !d.isClosingMark(i-1) || d.para[i-1] != d.para[i] {
		return nil
	}
	r := d.region[i-1]
	p := d.para[i]
	end := d.paraEnd(p)
	for end > i+1 && d.lower[end-1] == "." {
		end--
	}
	if end-(i+1) < 1 || end-(i+1) > 6 || end > s.TokenEnd || !d.wholeClause(r, d.paraFirst(p)) {
		return nil
	}
	named := false
	for k := i + 1; k < end; k++ {
		lw := d.lower[k]
		if !d.npToken(k) && lw != "." {
			return nil
		}
		if d.isCap(k) && !notNames[lw] && !titles[lw] {
			named = true
		} else if !d.isCap(k) && !npInner[lw] && lw != "." {
			return nil // a clause, not a name: "― and then he left"
		}
	}
	if !named {
		return nil
	}
	return &frame{cue0: i, cue1: i + 1, colon: true, spk0: i + 1, spk1: end, inverted: true, lastRegion: -1, byline: r, turn: -1}
}

// possessorBefore returns the possessive before the noun at token i, past
// at most two modifiers ("Smith's repeated claim", "their earlier
// warning"): the index of a "'s" token or of a possessive pronoun, or -1.
func (d *doc) possessorBefore(i, first int) int {
	for k := i - 1; k >= first && k >= i-3; k-- {
		lw := d.lower[k]
		switch {
		case lw == "'s" || lw == "’s":
			return k
		case lw == "his" || lw == "her" || lw == "their" || lw == "its":
			return k
		case d.region[k] >= 0 || !d.isWord(k) || d.isCap(k) || determiners[lw]:
			return -1
		}
	}
	return -1
}

// lightVerbs say something with a noun of saying after them: "made the
// case", "voiced concern", "issued a warning".
var lightVerbs = wordSet(`make makes made making voice voices voiced voicing raise raises raised
	raising issue issues issued issuing deliver delivers delivered delivering`)

// speechNouns are what lightVerbs make: "made the case that …", "raised
// concerns about …".
var speechNouns = wordSet(`case point argument arguments observation statement statements allegation
	allegations comment comments remark remarks claim claims accusation accusations promise promises
	pledge concern concerns doubts questions warning warnings appeal plea speech criticism objection
	objections complaint complaints`)

// lightPreps join a noun of saying to its topic: "concerns about the pier".
var lightPreps = wordSet(`about on against over regarding of for that`)

// afterBe reports whether a form of "be" (or "feel", "seem") stands before
// token i past adverbs and degrees: "are more eager", "was not sure".
func (d *doc) afterBe(i int, s chorus.Sentence) bool {
	for j := i - 1; j >= s.TokenStart && j >= i-4; j-- {
		lw := d.lower[j]
		if auxiliaries[lw] || isAdverb(lw) || degrees[lw] {
			continue
		}
		return beForms[lw] || copulas[lw] || lw == "away" && j > s.TokenStart && strings.HasPrefix(d.lower[j-1], "c") && copulas[d.lower[j-1]+" away"]
	}
	return false
}

// copulas join a subject to a state of mind as "be" does: "felt sure",
// "remains convinced", "came away convinced".
var copulas = wordSet(`feel feels felt seem seems seemed remain remains remained become becomes became
	grow grows grew appear appears appeared`)

func init() {
	for _, w := range []string{"came", "come", "comes"} {
		copulas[w+" away"] = true
	}
}

// mindAdjectives are states of mind that attribute after "be": "eager to
// …", "convinced that …", "concerned about …".
var mindAdjectives = wordSet(`eager willing unwilling determined reluctant confident convinced concerned
	sure unsure worried afraid hopeful optimistic pessimistic skeptical sceptical certain adamant keen
	anxious fearful aware frustrated critical supportive proud opposed committed wary suspicious
	positive`)

// certainties among mindAdjectives take a clause without "that": "was
// sure Holm would win", "are convinced the pier will hold", "weren't
// sure if …".
var certainties = wordSet(`sure unsure convinced confident certain aware positive`)

// degrees stand between "be" and an adjective: "are more likely", "was
// less sure".
var degrees = wordSet(`more less most least very so too as increasingly slightly much far
	somewhat quite rather`)

// asAfter reports whether "as" follows token i-1 within the clause, after
// at least one word: "sees [Holm] as …".
func (d *doc) asAfter(i, end int) bool {
	for k := i + 1; k < end && k <= i+8; k++ {
		if d.region[k] >= 0 || d.isPunct(k) {
			return false
		}
		if d.lower[k] == "as" {
			return true
		}
	}
	return false
}

// anyEvidence reports whether tokens [a, b) hold a noun for a poll, a
// study or a record.
func (d *doc) anyEvidence(a, b int) bool {
	for i := a; i < b; i++ {
		if evidence[d.lower[i]] {
			return true
		}
	}
	return false
}

// clauseOpeners may stand before the subject of a clause.
var clauseOpeners = wordSet(`, ; : — – -- and but yet so while whereas although though because since
	that`)

// ownerBefore returns the first token of the owner before the possessive
// at token p: a name, or a noun after a determiner ("the owner's", "the
// Lunde campaign's", "Mr. Holm's"), never a verb or a preposition before
// it ("balked at the owner's").
func (d *doc) ownerBefore(p, first int) int {
	a := p
	for i := p - 1; i >= first && i >= p-6; i-- {
		lw := d.lower[i]
		switch {
		case d.region[i] >= 0:
			return a
		case determiners[lw]:
			return i
		case d.isCap(i) || lw == "." || lw == "-":
			a = i
		case d.isWord(i) && !clauseWords[lw] && !adjunctStarts[lw] && i > first && (determiners[d.lower[i-1]] || d.isCap(i-1)):
			a = i // a common noun: "the owner", "the Lunde campaign"
		default:
			return a
		}
	}
	return a
}

// personLike reports whether tokens [a, b) may name a person or a body that
// speaks: a person mention, or when the caller gave no mention that
// overlaps them, a capitalised phrase that is no organisation of places.
func (d *doc) personLike(a, b int) bool {
	sp := d.span(a, b)
	for _, m := range d.mentions {
		if m.Overlaps(sp) {
			return m.Type == chorus.EntityPerson || m.Type == chorus.EntityOrganization || m.Type == chorus.EntityMisc
		}
	}
	// the fallback skips a lone capitalised word opening a sentence
	return d.fallback
}

// findSpeaker fills in the frame's speaker span.
func (d *doc) findSpeaker(f *frame, s chorus.Sentence, all []*frame) {
	if f.colon || f.survey || f.impersonal {
		return
	}
	if f.nominal {
		return
	}
	if f.agent {
		// the author after "by", with its apposition: "by Ana Ruiz, a
		// professor at the college"
		if a, b := d.npAfter(f.by+1, s.TokenEnd); b > a {
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
			if f.cue0 > s.TokenStart {
				// closing the sentence, with its apposition: "…, according to
				// the village head, Ivan Drobny."
				f.spk1 = d.appositiveAfter(b, s.TokenEnd)
			}
		}
		return
	}
	before := f.cue0 - 1
	for before >= s.TokenStart {
		lw := d.lower[before]
		if auxiliaries[lw] || isAdverb(lw) || (f.form.participle || f.seeming || f.adjective) && (beForms[lw] || lw == "been") ||
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
	if (before < s.TokenStart || d.lower[before] == "," && !d.appositiveSubject(before, s) || d.isClosingMark(before)) && f.form.class != cueTell && !f.form.participle {
		// only when nothing but an adjunct follows: not "…, said he would …"
		if a, b := d.npAfter(f.cue1, s.TokenEnd); b > a && (d.startsSpeaker(a) || d.hasNameOrRole(a, b)) &&
			(d.onlyClosers(b, s.TokenEnd) || d.lower[b] == "," || d.lower[b] == "who" && indefinites[d.lower[a]] || // "…, said a former official who …"
				d.trailingAdjunct(b, s.TokenEnd) && s.TokenEnd-b <= 8) {
			e := d.appositiveAfter(b, s.TokenEnd)
			if b < s.TokenEnd && d.lower[b] == "who" {
				// the relative clause describes the speaker: it runs to the
				// next comma or the sentence's end, and says nothing itself
				for e = b; e < s.TokenEnd && d.lower[e] != "," && d.region[e] < 0 && !d.onlyClosers(e, s.TokenEnd); e++ {
					if _, cue := cues[d.lower[e]]; cue && !d.anonymityAt(e, s.TokenEnd) {
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
			opening = before == s.TokenStart
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
				if d.lower[k] == "," && d.region[k] < 0 || d.isClosingMark(k) && d.lower[k-1] == "," { // (“…,” Holm)
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
	if before >= s.TokenStart && (d.lower[before] == "and" || d.lower[before] == "but") || f.form.participle {
		d.subjectSpeaker(f, s, all)
	}
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
		if k == a || k >= c || d.lower[k] != "," && d.lower[k] != "(" || notNames[d.lower[a]] || c-a > 3*maxNP {
			return false
		}
	}
	inner := false
	for k := a + 1; k < c; k++ {
		if d.region[k] >= 0 {
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
			f.spk0, f.spk1 = o.spk0, o.spk1
			return
		}
	}
	if a, b := d.subject(s.TokenStart, f.cue0); b > a && d.lower[a] != "there" && d.lower[a] != "it" {
		f.spk0, f.spk1 = a, b
		return
	}
	// no plain subject: the nearest person before the verb ("Once she
	// landed she opened by saying")
	for k := f.cue0 - 1; k >= s.TokenStart; k-- {
		if d.region[k] >= 0 {
			continue
		}
		if p, ok := pronouns[d.lower[k]]; ok && !p.thing && d.lower[k] != "him" && d.lower[k] != "her" && d.lower[k] != "them" {
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

// isClosingMark reports whether token i ends a quotation; false for an i
// outside the text (callers look back from a token that may be the first).
func (d *doc) isClosingMark(i int) bool {
	if i < 0 || i >= len(d.region) {
		return false
	}
	r := d.region[i]
	return r >= 0 && d.regions[r].close >= 0 && d.regions[r].last == i
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
	if !(determiners[lw] || roleNouns[lw] || d.isCap(b+1)) || strings.HasSuffix(lw, "ing") {
		return b
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

// verbAfterSubject tells a plain or third-person verb from the noun of the
// same spelling by the word before it: "they say" but "a phone call";
// "Smith calls" but "other states".
func (d *doc) verbAfterSubject(i, first int, base bool) bool {
	j := i - 1
	for j > first && auxiliaries[d.lower[j]] && !baseSubjects[d.lower[j]] {
		j--
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
		return baseSubjects[prev] || unicode.IsDigit(rune(prev[0])) || strings.HasSuffix(prev, "ly") ||
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
	for j > first && (auxiliaries[d.lower[j]] || isAdverb(d.lower[j])) {
		j--
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
	for k := j - 1; k >= first && k > j-7; k-- {
		w := d.lower[k]
		if d.region[k] >= 0 || d.isPunct(k) && w != "'s" && w != "’s" {
			return false
		}
		if _, cue := cues[w]; cue || clauseWords[w] && !npInner[w] {
			return false // a verb or a clause word: not one subject phrase
		}
		switch w {
		case "of", "to", "in", "for", "from", "at", "with", "close", "near", "inside":
			prep = true
			continue
		}
		plural := len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
			!strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") || irregularPlurals[w]
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
			if _, cue := cues[d.lower[m]]; cue || clauseWords[d.lower[m]] && !npInner[d.lower[m]] || adverbialStarts[d.lower[m]] && !determiners[d.lower[m]] ||
				strings.HasSuffix(d.lower[m], "ing") || d.lower[m] == "of" {
				return false
			}
			m--
		}
		return m < first || d.isPunct(m) || m < d.sents[d.sent[k]].TokenStart
	}
	return false
}

// indefinites open a speaker phrase that a relative clause can follow
// after an inverted cue ("…, said a former official who …"); "said the
// member who …" is as often the start of reported speech.
var indefinites = wordSet(`a an one two three several some many`)

// anonymityAt reports whether the cue at token i only asks for anonymity
// ("who asked not to be named", "who spoke on condition of anonymity",
// "who declined to be identified"): it says nothing itself.
func (d *doc) anonymityAt(i, end int) bool {
	if i+2 >= end {
		return false
	}
	switch d.lower[i] {
	case "asked", "requested", "spoke", "speaking", "declined":
	default:
		return false
	}
	next, after := d.lower[i+1], d.lower[i+2]
	return next == "not" && after == "to" || next == "on" && (after == "condition" || after == "the") ||
		next == "to" && after == "be" || next == "anonymity"
}

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
