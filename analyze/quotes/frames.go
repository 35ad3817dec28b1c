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
	// unnamed marks a speaker phrase that stands where the source is
	// written but names no one ("Two weeks ago", "A noisy"): its span is
	// kept, as news annotation marks the source there, and it gets no name.
	unnamed bool
	// kept is set once the frame is among the document's frames.
	kept bool
	// byline is the quotation a paragraph-ending "― Name" signs, or -1.
	byline int
	// turn is the quoted paragraph a transcript's "NAME:" opens, or -1.
	turn int
	// pollEnd ends the description of a poll that is the source ("in a
	// poll this month"), or is 0.
	pollEnd int
	// gap marks a cue whose object is the noun phrase before its speaker
	// ("a deal she backed"): the phrase is its content.
	gap bool
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
			d.speakerBeforeAside(f, fs)
			d.widenRelativeSubject(f, s)
			if f.spk1 > f.spk0 && f.spk0 >= 0 {
				f.spk0 = d.pastTimeOpener(f.spk0, f.spk1)
			}
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
				if len(fs[j].parts) == 0 && fs[j].cue1+1 == f.attrStart() && d.lower[fs[j].cue1] == "," {
					continue // "The plan is worrying, Riel said": a cue of the clause Riel reports
				}
				if (fs[j].nominal || fs[j].form.stance && !f.form.stance || !clauseReporters[d.lower[fs[j].cue0]] && !fs[j].colon && !fs[j].according && !fs[j].inverted && clauseReporters[d.lower[f.cue0]]) &&
					f.attrStart() > 0 && d.lower[f.attrStart()-1] == "," && !f.form.participle {
					continue // "…, when Varga's support for the pier helped, Riel told …": the noun is in Riel's clause
				}
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
			if f.form.stance && (f.spk0 < 0 && !f.seeming || d.insideContent(f.cue0, d.notSubjectOf(f, others(fs, k))) || d.insideContent(f.cue0, d.frames) ||
				f.spk1 == f.spk0+1 && d.lower[f.spk0] == "you") {
				// "Ruiz said she hopes to win": the hope is what Ruiz said
				// (and so is one in a block quotation Ruiz introduced);
				// "Do you support Holm?", "if you want to save": a question
				// or the reader, not a source
				continue
			}
			if f.form.stance && !f.gap && d.reducedRelative(f) {
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

// relativeThat reports whether the "that" before the cue at token i is a
// relative pronoun, the cue's subject, rather than a determiner: it
// follows a noun ("a poll that shows …", "letters that called him …",
// "firms that warn …") and, for a form that may be a noun, no verb
// follows the cue ("a report that claims were false" has no such cue).
func (d *doc) relativeThat(i int, s chorus.Sentence, form cueForm) bool {
	t := i - 1
	if d.lower[t] != "that" || t-1 < s.TokenStart || i+1 >= s.TokenEnd {
		return false
	}
	h := d.lower[t-1]
	if !d.isWord(t-1) || d.region[t-1] >= 0 || clauseWords[h] || auxiliaries[h] || beForms[h] || isAdverb(h) ||
		determiners[h] || prepLike[h] || possessives[h].gender != unknownGender || h == "so" || h == "such" || h == "now" || strings.HasSuffix(h, "ed") {
		return false
	}
	if _, cue := cues[h]; cue && d.toks[t-1].Text == h && !pluralNoun(h) {
		return false // "argue that claims …", "noted that reports …"
	}
	if form.base || form.third {
		if n := d.lower[i+1]; finiteAux[n] || beForms[n] || auxiliaries[n] || d.isPunct(i+1) && n != ":" && n != "," {
			return false
		}
	}
	return true
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
		{"agree agrees agreed agreeing disagree disagrees disagreed disagreeing", "with on"},
		{"believe believes believed believing", "in"},
		{"vouch vouches vouched vouching", "for"},
		{"ruled", "against"},
		{"warn warns warned warning caution cautions cautioned cautioning", "of about against"},
		{"complain complains complained complaining boast boasts boasted boasting", "about of"},
		{"joke jokes joked joking", "about"},
	} {
		for _, w := range strings.Fields(l.forms) {
			prepositions[w] = strings.Fields(l.preps)
		}
	}
}

// inFavorOf returns the end of "in favor of" (or "in favour of") at token
// p after the vote at token i, or 0.
func (d *doc) inFavorOf(i, p int, s chorus.Sentence) int {
	if !strings.HasPrefix(d.lower[i], "vot") || p+3 >= s.TokenEnd || d.lower[p] != "in" ||
		d.lower[p+1] != "favor" && d.lower[p+1] != "favour" || d.lower[p+2] != "of" {
		return 0
	}
	return p + 3
}

// pastAdverbs returns the token after up to two adverbs from k: the
// particle of "focused nearly entirely on", or k itself.
func (d *doc) pastAdverbs(k, end int) int {
	for n := 0; n < 2 && k+1 < end && (isAdverb(d.lower[k]) || particleAdverbs[d.lower[k]]); n++ {
		k++
	}
	return k
}

// particleAdverbs stand between a verb and its particle: "spoke instead
// about", "focused nearly entirely on".
var particleAdverbs = wordSet(`instead almost again also mainly mostly largely`)

// ballotFor returns the end of "cast a ballot for" (or "cast their votes
// against") at the cue "cast" at token i, or 0.
func (d *doc) ballotFor(i int, s chorus.Sentence) int {
	if d.lower[i] != "cast" && d.lower[i] != "casts" && d.lower[i] != "casting" {
		return 0
	}
	k := i + 1
	if k < s.TokenEnd && (d.lower[k] == "a" || d.lower[k] == "their" || possessives[d.lower[k]].gender != unknownGender) {
		k++
	}
	if k+2 >= s.TokenEnd || !ballots[d.lower[k]] || d.lower[k+1] != "for" && d.lower[k+1] != "against" {
		return 0
	}
	return k + 2
}

// ballots are what a voter casts.
var ballots = wordSet(`ballot ballots vote votes`)

// directives are verbs that tell someone to do something; in the active
// they name whom ("urged dealers to check").
var directives = wordSet(`urged ordered advised warned encouraged instructed begged implored`)

// callForms are the forms of "call", which names what someone is called
// ("called the plan a disaster") but also summons ("called the police").
var callForms = wordSet(`call calls called calling`)

// summoned reports whether the "call" at token i summons someone: an
// article and one noun, then the clause ends or goes on about them ("called
// the police, who …", "called an ambulance and …"), with nothing said of
// them in between.
func (d *doc) summoned(i int, s chorus.Sentence) bool {
	j := i + 1
	if j+1 >= s.TokenEnd || !(d.lower[j] == "the" || d.lower[j] == "a" || d.lower[j] == "an") || !d.isWord(j+1) || d.region[j+1] >= 0 {
		return false
	}
	k := j + 2
	return k >= s.TokenEnd || d.lower[k] == "," || d.lower[k] == "." || d.lower[k] == ";" ||
		d.lower[k] == "who" || d.lower[k] == "and" || d.lower[k] == "to" || d.lower[k] == "after" || d.lower[k] == "when"
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
	return form.base && (!form.stance || sides[d.lower[i]]) && i >= 2 && d.lower[i-1] == "to" && d.toks[i].Text == d.lower[i] && infinitiveHosts[d.lower[i-2]]
}

// toObject returns the first token of the noun phrase that is the subject
// of the plain form at token i after "to", or -1: a headline's future
// ("Ruiz to endorse Holm"), the object of a verb that moves someone to act
// ("prompted Ruiz to call for …", "led dockers to demand …"), or the
// first or only one to do so ("the first mayor to endorse Holm").
func (d *doc) toObject(i int, form cueForm, s chorus.Sentence) int {
	if !form.base || i < s.TokenStart+2 || d.lower[i-1] != "to" || d.toks[i].Text != d.lower[i] || d.region[i-1] >= 0 {
		return -1
	}
	j := i - 2
	if !d.isWord(j) || clauseWords[d.lower[j]] || auxiliaries[d.lower[j]] || beForms[d.lower[j]] || infinitiveHosts[d.lower[j]] {
		return -1
	}
	if _, cue := cues[d.lower[j]]; cue && d.toks[j].Text == d.lower[j] {
		return -1
	}
	k := j
	first := false
	for k > s.TokenStart && j-k < 6 && d.npToken(k-1) && !clauseWords[d.lower[k-1]] && !beForms[d.lower[k-1]] {
		if _, cue := cues[d.lower[k-1]]; cue && d.toks[k-1].Text == d.lower[k-1] || movers[d.lower[k-1]] {
			break
		}
		first = first || firsts[d.lower[k]]
		k--
	}
	first = first || firsts[d.lower[k]]
	switch {
	case k == s.TokenStart:
		// a headline: title case, or no full stop at its end
		if d.isCap(j) && d.isCap(k) && (d.titleCased(s) || d.lower[s.TokenEnd-1] != ".") {
			return k
		}
		return -1
	case movers[d.lower[k-1]] || first:
		return k
	}
	return -1
}

// purposeSubject returns the subject of the clause in which the plain
// form at token i follows "to", when the subject does it: "[Riel] went on
// the radio to defend the fee", "[Lind] struggled to explain why …",
// "[Varga] has yet to endorse Holm". A verb must follow the subject
// before the "to": in "The best place to discuss …" the phrase is the
// subject of a later verb.
func (d *doc) purposeSubject(i int, form cueForm, s chorus.Sentence) (int, int) {
	if !form.base || i < s.TokenStart+2 || d.lower[i-1] != "to" || d.toks[i].Text != d.lower[i] || d.region[i-1] >= 0 {
		return 0, 0
	}
	if infinitiveHosts[d.lower[i-2]] || d.toObject(i, form, s) >= 0 || purposeActs[d.lower[i]] {
		return 0, 0
	}
	a, b := d.subject(s.TokenStart, i-1)
	if b <= a || b >= i-1 || !d.verbLike(b) || d.lower[a] == "there" || d.lower[a] == "it" {
		return 0, 0
	}
	if !d.actorPhrase(a, b) {
		return 0, 0 // "That requirement …": no one who speaks
	}
	return a, b
}

// actorPhrase reports whether tokens [a, b) name someone who can speak:
// a personal pronoun, a role or a body ("the union"), or a name ("That
// requirement" and "One logical place" name no one).
func (d *doc) actorPhrase(a, b int) bool {
	if p, ok := pronouns[d.lower[a]]; ok {
		return !p.thing
	}
	if b == a+1 && (quantifiers[d.lower[a]] || d.lower[a] == "others") {
		return true // "some", "many", "others"
	}
	for k := a; k < b; k++ {
		lw := d.lower[k]
		if roleNouns[lw] || bodies[lw] {
			return true
		}
		if d.isCap(k) && !notNames[lw] && !determiners[lw] && !d.commonWord(k) {
			return true
		}
	}
	return false
}

// purposeActs are cues that, done on purpose, name an act of speaking
// rather than what is said: "flew in to address the convention", "rose
// to thank supporters", "agreed to publish the book", "ran to challenge
// the mayor".
var purposeActs = wordSet(`address thank write publish repeat respond reply tell note post read call
	vote answer admit deny blame compare recount recall remember challenge`)

// purposeTo reports whether purposeSubject finds a subject for token i.
func (d *doc) purposeTo(i int, form cueForm, s chorus.Sentence) bool {
	a, b := d.purposeSubject(i, form, s)
	return b > a
}

// movers are verbs whose object is the subject of the to-infinitive after
// it: "prompted Ruiz to call for …".
var movers = wordSet(`prompted prompt prompts prompting led lead leads leading forced force forces
	allowed allow allows inspired inspire inspires spurred spur spurs caused cause causes`)

// firsts make a noun phrase the one that acted before or alone: "the first
// mayor to endorse Holm".
var firsts = wordSet(`first only earliest`)

// wishModals before "like to" make a wish: "would like to", "’d like to".
var wishModals = wordSet(`would 'd ’d`)

// stateNounNext follow "states" the noun, not the verb: "states where …",
// "states with open primaries".
var stateNounNext = wordSet(`where which with in and or like such including across`)

// addForms are the forms of "add", a verb of saying only when what is
// added is said.
var addForms = wordSet(`add adds added adding`)

// addsThing reports whether what follows "add" at token k is a thing added
// rather than words: a count ("added 300 jobs", "added about 20 berths"),
// or a noun phrase and "to" and what it joins ("added a new rule to the
// harbour code"). ("added to the crowd that …" speaks to someone, so "to"
// right after the verb is left alone.)
func (d *doc) addsThing(k, end int) bool {
	if k >= end || d.region[k] >= 0 {
		return false
	}
	if d.countAt(k, end) || approximators[d.lower[k]] && k+1 < end && d.countAt(k+1, end) {
		return true
	}
	if !determiners[d.lower[k]] {
		return false
	}
	for j := k + 1; j < end && j <= k+6; j++ {
		w := d.lower[j]
		if w == "to" {
			if !(j+1 < end && (determiners[d.lower[j+1]] || possessives[d.lower[j+1]].gender != unknownGender)) {
				return false
			}
			for m := j + 1; m < end; m++ {
				if d.lower[m] == ":" || d.region[m] >= 0 {
					return false // "added a line to her speech: “…”": what was added is said
				}
			}
			return true
		}
		if d.region[j] >= 0 || !d.isWord(j) || clauseWords[w] && !npInner[w] {
			return false
		}
	}
	return false
}

// stateKinds are the modifiers of "states" the noun: "Southern states",
// "swing states", "member states".
var stateKinds = wordSet(`southern northern eastern western midwestern southeastern southwestern
	northeastern northwestern central belt gulf baltic balkan arab nordic caucus primary swing
	battleground border member island coastal neighboring neighbouring sovereign slave free red blue
	purple key early remaining individual several`)

// infinitiveHosts take a to-infinitive whose subject is their own.
var infinitiveHosts = wordSet(`able unable trying tried try tries tend tends tended ready quick careful`)

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
	case "while", "although", "though", "whereas":
		// a concession that opens the sentence ends at its comma, where
		// the main clause takes over: "Though Varga insists the port is
		// safe, Riel wants an audit"
		return a-1 == s.TokenStart || a-2 == s.TokenStart && (d.lower[s.TokenStart] == "but" || d.lower[s.TokenStart] == "and" || d.lower[s.TokenStart] == "even")
	}
	return false
}

// triggers are the words that may open a frame: one lookup per token
// instead of one per list.
var triggers = func() map[string]bool {
	m := map[string]bool{"according": true, "reportedly": true, "in": true, "likely": true, "by": true, "to": true, "as": true}
	for w := range cues {
		m[w] = true
	}
	for _, set := range []map[string]bool{impersonal, nounCues, seemVerbs, passiveVerbs, judgedVerbs, toNouns, ofNouns, aspects, lightVerbs, mindAdjectives, sideRoles} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range sidePhrases {
		m[w] = true
	}
	for w := range receiveVerbs {
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
// notSubjectOf returns fs without the nominal frames whose cue lies in
// the content of f: in "His decision to quit was seen as a betrayal", the
// decision is the subject of what "was seen", not a frame reporting it.
func (d *doc) notSubjectOf(f *frame, fs []*frame) []*frame {
	out := fs[:0:0]
	for _, o := range fs {
		if o.nominal && o.cue0 >= 0 && f.covers(d.toks[o.cue0].Start, d.toks[o.cue0].End) {
			continue
		}
		out = append(out, o)
	}
	return out
}

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
// pastTimeOpener returns where the speaker phrase [a, b) starts once a
// time phrase that opens its sentence with no comma is left out: "For
// years the union asked …", "Last week the council said …", "In March
// the mayor warned …". The time is when they spoke, not who.
func (d *doc) pastTimeOpener(a, b int) int {
	j := a
	if timePrepositions[d.lower[j]] {
		j++
	}
	n := 0
	for j < b && n < 3 && (timeWords[d.lower[j]] || spanWords[d.lower[j]] || isDigits(d.lower[j])) {
		j++
		n++
	}
	for n > 0 && d.lower[j-1] == "the" { // "For years the union": "the" opens the subject
		j--
		n--
	}
	if n == 0 || j >= b || j == a {
		return a
	}
	// what is left must start a noun phrase: a determiner, a pronoun or a
	// capitalised word
	if w := d.lower[j]; determiners[w] || d.isCap(j) {
		return j
	}
	if p, ok := pronouns[d.lower[j]]; ok && !p.thing {
		return j
	}
	return a
}

// timePrepositions open a time phrase.
var timePrepositions = wordSet(`for in on during since after before over until by`)

// spanWords make up a short time phrase with timeWords.
var spanWords = wordSet(`years year months month weeks week days day decades decade hours
	next past early late the weekend morning afternoon evening night`)

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// leftUnsaid reports a cue at i denied before a question it leaves open:
// "TCT has not said how much it is losing", "she would not say whether
// …". Nobody said what follows, so it is no attribution. (A denial of a
// claim, "did not say that …", still reports one.)
func (d *doc) leftUnsaid(i int, s chorus.Sentence) bool {
	if i+1 >= s.TokenEnd || !questionWords[d.lower[i+1]] || !tellingVerbs[d.lower[i]] {
		return false // ("they weren't sure if …" is a stance, not silence)
	}
	for j := i - 1; j >= s.TokenStart && j >= i-3; j-- {
		switch w := d.lower[j]; {
		case w == "not" || w == "n't" || w == "n’t" || w == "never":
			return true
		case !isAdverb(w) && w != "yet":
			return false
		}
	}
	return false
}

// tellingVerbs are the cues of telling what a question asks.
var tellingVerbs = wordSet(`say says said saying tell tells told telling disclose discloses disclosed
	reveal reveals revealed explain explains explained specify specifies specified confirm confirms
	confirmed indicate indicates indicated elaborate elaborated`)

// questionWords open a question a source may leave unanswered.
var questionWords = wordSet(`how what whether why when where who which if`)

func (d *doc) cueAt(i int, s chorus.Sentence) *frame {
	lw := d.lower[i]
	if !triggers[lw] {
		return nil // most words: no frame to allocate
	}
	if receiveVerbs[lw] {
		return d.receivedAt(i, s)
	}
	if d.leftUnsaid(i, s) {
		return nil
	}
	if lw == "to" && i == s.TokenStart {
		if c := d.viewOpener(i, s); c > 0 {
			// "To many dockers, the toll is unfair": whose view the clause
			// after the comma is, as with "In a new poll, …"
			return &frame{cue0: i, cue1: i + 1, spk0: i + 1, spk1: c, lastRegion: -1, byline: -1, turn: -1, survey: true}
		}
	}
	if lw == "in" && i != s.TokenStart {
		e := d.pollAfter(i, s)
		if e < 0 {
			return nil
		}
		// "Holm leads by six points in a new poll by the Gazette": the
		// poll is the source, as with "according to", and so is what
		// describes it ("… in a poll this month")
		return &frame{cue0: i, cue1: i + 1, spk0: -1, spk1: -1, lastRegion: -1, byline: -1, turn: -1, according: true, pollEnd: e}
	}
	f := &frame{cue0: i, cue1: i + 1, spk0: -1, spk1: -1, lastRegion: -1, byline: -1, turn: -1}
	if i+2 < s.TokenEnd && d.toks[i].Text == lw && (toNouns[lw] && d.lower[i+1] == "to" ||
		ofNouns[lw] && (d.lower[i+1] == "of" || d.lower[i+1] == "for" || slices.Contains(ofNounPreps[lw], d.lower[i+1]))) {
		// a decision, a plan or a side with its owner: "Holm's decision to
		// quit", "her criticism of the tunnel", "his support for Quell"
		if p := d.possessorBefore(i, s.TokenStart); p >= 0 {
			f.nominal = true
			if d.lower[i+1] != "to" || !toNouns[lw] {
				f.cue1 = i + 2 // the preposition is part of the cue, the "to" of the content
			}
			if d.lower[p] == "'s" || d.lower[p] == "’s" {
				if a := d.ownerBefore(p, s.TokenStart); a < p {
					f.spk0, f.spk1 = a, p
				}
			} else {
				f.spk0, f.spk1 = p, p+1
			}
			a := f.spk0
			if a < 0 || a == s.TokenStart || clauseOpeners[d.lower[a-1]] {
				return f // the subject of its clause
			}
			// after a preposition ("pointed to Veskaria's choice to quit
			// the pact") the decision is what the clause's own source talks
			// about; but after a verb a side or a plan is the subject's own
			// ("stepped up her attacks on Holm", "kept his promise to"), and so
			// is its pronoun
			if !prepLike[d.lower[a-1]] && d.isWord(a-1) && d.region[a-1] < 0 {
				if _, ok := possessives[d.lower[a]]; ok {
					if b, e := d.subject(s.TokenStart, a); e > b && e < a {
						f.spk0, f.spk1 = b, e
					}
				}
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
	if lw == "as" && i == s.TokenStart && i+3 < s.TokenEnd && (d.lower[i+1] == "reported" || d.lower[i+1] == "noted") && d.lower[i+2] == "by" {
		// "As reported by the Gazette, …" reads as "according to the
		// Gazette, …"
		f.cue1 = i + 3
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
		if next == "to" || next == "that" || next == "like" || strings.HasPrefix(lw, "seem") && d.isWord(i+1) && !adjunctStarts[next] ||
			d.appearsAs(i+1, s) {
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
	if a := d.sideRoleAt(i, s); a >= 0 {
		// "Riel is a staunch backer of the levy", "was no fan of Holm":
		// the side the subject of "be" takes
		f.cue0, f.cue1, f.adjective, f.side = a, i+2, true, true
		f.form = cueForm{class: cueSay, stance: true}
		return f
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
		if next != "to" && next != "that" && next != "about" && next != "over" && next != "of" && next != "on" && !bare &&
			!(next == "with" && withMinds[lw]) && !(next == "in" && lw == "confident") {
			return nil // (a certainty takes a bare clause: "was sure Holm would win")
		}
		if lw == "bent" && (next != "on" || !strings.HasSuffix(d.lower[i+2], "ing")) {
			return nil // "bent on winning", not "bent on one side"
		}
		f.adjective = true
		f.form = cueForm{class: cueSay, stance: true}
		if next == "about" || next == "over" || next == "of" || next == "on" || next == "with" || next == "in" {
			f.cue1 = i + 2 // ("bent on winning", "divided on the tax")
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
				if j+2 >= s.TokenEnd || !(lightPreps[d.lower[j+1]] || d.lower[j+1] == "to" && !notToNouns[w] || d.lower[j+1] == ":") {
					return nil // (a call or a note "to" someone is a message sent: "made a call to the police")
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
			if _, cue := cues[w]; cue || clauseWords[w] || d.region[j] >= 0 || !d.isWord(j) || d.isCap(j) && !d.titleCased(s) {
				break
			}
			// a modifier of the noun: "made veiled references to", "sounded
			// a cautious note about", "made several controversial statements on"
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
	if !ok || d.toks[i].Text != lw && !((form.third || d.headlinePast(i, s, form)) && d.titleCased(s) && d.toks[i].Text[1:] == lw[1:]) &&
		!(form.participle && i == s.TokenStart && i+1 < s.TokenEnd && d.toks[i].Text[1:] == lw[1:] && d.isWord(i+1) && !d.isCap(i+1) && !d.titleCased(s)) {
		// (but a sentence-opening participle is capitalised: "Citing a
		// report, Holm …")
		return nil // a capital is a name ("Will", "Tell"), except in a headline's verb ("Ruiz Says …")
	}
	if i > s.TokenStart && (d.lower[i-1] == "<" || d.lower[i-1] == "/") || i+1 < s.TokenEnd && d.lower[i+1] == "=" {
		return nil // markup: <tweet id=…>
	}
	if lw != "alleged" && !form.weak && d.participleAdjective(i, s) {
		// "in written arguments", "for detailed treatment": no one says
		// anything ("alleged crimes" are alleged by someone, as PolNeAR
		// reads them; a weak verb takes only a clause, so before a noun
		// it attributes nothing anyway)
		return nil
	}
	if ps, ok := particles[lw]; ok {
		p := i + 1
		if q := d.pastAdverbs(p, s.TokenEnd); q > p && q < s.TokenEnd && slices.Contains(ps, d.lower[q]) {
			p = q // "spoke emotionally of …", "focused nearly entirely on …"
		}
		if p < s.TokenEnd && !slices.Contains(ps, d.lower[p]) && (strings.HasPrefix(lw, "sp") || strings.HasPrefix(lw, "talk")) {
			// "spoke with the Gazette about …", "talked openly on social
			// media about …": whom or where, then the topic
			if a := d.aboutAfter(p, s.TokenEnd); a > 0 {
				p = a
			}
		}
		favor := d.inFavorOf(i, p, s) // "voted in favor of the levy" takes a side as "voted for" does
		if favor == 0 && (p >= s.TokenEnd || !slices.Contains(ps, d.lower[p])) {
			return nil
		}
		f.cue1 = max(p+1, favor)
		if d.lower[p] == "out" && (strings.HasPrefix(lw, "sp") || strings.HasPrefix(lw, "talk")) {
			q := p + 1
			if q+1 < s.TokenEnd && timeWords[d.lower[q]] {
				q++ // "spoke out Tuesday about …"
			}
			if q+1 < s.TokenEnd && (d.lower[q] == "about" || d.lower[q] == "against" || d.lower[q] == "on" || d.lower[q] == "for") {
				f.cue1 = q + 1 // "spoke out about the shooting": its topic
			}
		}
		if d.lower[p] == "in" && strings.HasPrefix(lw, "weigh") && p+2 < s.TokenEnd && (d.lower[p+1] == "on" || d.lower[p+1] == "about") {
			f.cue1 = p + 2 // "weighed in on the vote": its topic
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
	if h := i - 1; h >= s.TokenStart && d.lower[h] == "having" && (h == s.TokenStart || participlePreps[d.lower[h-1]] || d.lower[h-1] == ",") {
		// "Having announced that …, the mayor …": a participle whose
		// subject is the clause's, as "Announcing that …" would be
		f.form.participle, f.form.base, f.form.third = true, false, false
	}
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
	if lw == "like" && !(i+2 < s.TokenEnd && d.lower[i+1] == "to" && d.isWord(i+2) && i > s.TokenStart && wishModals[d.lower[i-1]]) {
		return nil // "would like to …" is a wish; "like" alone a preposition or a taste
	}
	if toOnly[lw] && (i+2 >= s.TokenEnd || d.lower[i+1] != "to" && !(d.lower[i+1] == "not" && d.lower[i+2] == "to" && i+3 < s.TokenEnd && d.isWord(i+3))) && !headline {
		// (a to-clause may be negated: "decided not to run")
		return nil
	}
	if (lw == "states" || lw == "state") && i+1 < s.TokenEnd && (finiteAux[d.lower[i+1]] && d.lower[i+1] != "that" || stateNounNext[d.lower[i+1]]) {
		return nil // the noun: "Rust Belt states have suffered", "caucus states, where …"
	}
	if lw == "states" && (i > s.TokenStart && stateKinds[d.lower[i-1]] ||
		i+2 < s.TokenEnd && d.lower[i+1] == "that" && finiteAux[d.lower[i+2]]) {
		// the noun: "the Gulf states", "in caucus states, …", and
		// "states that have …", whose "that" opens a relative clause, as
		// no clause a verb of saying reports starts with "have"
		return nil
	}
	if lw == "told" && i > s.TokenStart && d.lower[i-1] == "all" && (i-1 == s.TokenStart || d.isPunct(i-2)) && i+1 < s.TokenEnd && d.lower[i+1] == "," {
		return nil // "All told, …": in all
	}
	if callForms[lw] && d.summoned(i, s) {
		return nil // "called the police, who …": a telephone call, no words named
	}
	if directives[lw] && strings.HasSuffix(lw, "ed") && i+2 < s.TokenEnd && d.lower[i+1] == "to" && d.isWord(i+2) {
		// "dealers urged to check their stock": a directive with no object
		// is a passive with "be" left out, as headlines do; the subject
		// was urged, and who urged it is not said
		return nil
	}
	if e := d.ballotFor(i, s); e > 0 {
		f.cue1 = e // "cast a ballot for Holm": a side, as "voted for" is
	} else if asOnly[lw] && !d.asAfter(i+1, s.TokenEnd) && !d.favorAfter(i+1, s) && !headline {
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
	if !form.base && !form.third && !form.participle && i > s.TokenStart && reducedOpeners[d.lower[i-1]] &&
		!(d.lower[i-1] == "once" && i-2 >= s.TokenStart && d.opensClause(i-2, s)) {
		// (after its subject "once" is an adverb: "Holm once said …")
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
	if lw == "say" && i > s.TokenStart && i+1 < s.TokenEnd && d.lower[i-1] == "," && d.lower[i+1] == "," {
		return nil // "no better than, say, the old pier": for example, no one speaks
	}
	if addForms[lw] && i > s.TokenStart && d.addsThing(i+1, s.TokenEnd) {
		// (a sentence that opens with "Adding to …" names what it adds
		// after its verb: "Adding to the unease is a report that …")
		return nil // "added 300 jobs", "added a new rule to the code"
	}
	if strings.HasPrefix(lw, "declin") && i+1 < s.TokenEnd && (d.isWord(i+1) && unicode.IsDigit(rune(d.lower[i+1][0])) ||
		isAdverb(d.lower[i+1]) || d.lower[i+1] == "from" || d.lower[i+1] == "by" || d.lower[i+1] == "in") {
		return nil // a figure that fell: "declined slightly from 58 percent"
	}
	if i > s.TokenStart {
		prev := d.lower[i-1]
		// a noun, not a verb: "the claims", "his remarks", "a reported deal"
		if determiners[prev] && !d.relativeThat(i, s, form) || prev == "'s" || prev == "’s" || prev == "of" || prev == "to" ||
			prev == "so-called" || prev == "so-" || prev == "-" && i-2 >= s.TokenStart && d.lower[i-2] == "so" || prev == "newly" || prev == "such" {
			// ("so- called", a hyphen left by a line break)
			if !(prev == "one" || prev == "two" || prev == "three" || prev == "several" ||
				prev == "many" || prev == "most" || prev == "some" || prev == "both" || prev == "all" ||
				prev == "few" || prev == "other" || prev == "others" ||
				prev == "another" && !form.base && !pluralNouns[lw]) && !d.contracted(i, form) && !d.infinitive(i, form) && d.toObject(i, form, s) < 0 && !d.purposeTo(i, form, s) {
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
	if i > s.TokenStart && (form.base || form.third) && !d.verbAfterSubject(i, s.TokenStart, form.base) && !d.infinitive(i, form) && d.toObject(i, form, s) < 0 && !d.purposeTo(i, form, s) {
		return nil
	}
	if (form.third && pluralNouns[lw] || form.base && nounBases[lw]) && !d.subjectBefore(i, s.TokenStart) && !d.infinitive(i, form) && d.toObject(i, form, s) < 0 && !d.purposeTo(i, form, s) {
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

// receiveVerbs take a side noun whose author follows "of" or "from":
// "won the backing of the union", "drew criticism from Holm".
var receiveVerbs = wordSet(`won wins win winning received receives receive receiving has have had having
	got gets earned earns secured secures drew draws faced faces facing gained gains enjoys enjoyed
	lost loses`)

// receivedNouns are the sides a subject receives from someone.
var receivedNouns = wordSet(`endorsement endorsements support backing criticism praise blessing
	condemnation rebuke`)

// receivedAt returns the attribution of a side received, when token i is
// a verb of receiveVerbs: "Varga won the endorsement of the union" has the
// union for its speaker and Varga for its content, as the passive "was
// endorsed by the union" has.
func (d *doc) receivedAt(i int, s chorus.Sentence) *frame {
	if d.toks[i].Text != d.lower[i] || i == s.TokenStart {
		return nil
	}
	k := i + 1
	if k < s.TokenEnd && (determiners[d.lower[k]] || possessives[d.lower[k]].gender != unknownGender || d.lower[k] == "their" || d.lower[k] == "its") {
		k++
	}
	for n := 0; n < 2 && k < s.TokenEnd && !receivedNouns[d.lower[k]]; n++ {
		if w := d.lower[k]; d.region[k] >= 0 || !d.isWord(k) || d.isCap(k) || clauseWords[w] || determiners[w] {
			return nil
		}
		k++ // "the crucial backing", "more support"
	}
	if k+2 >= s.TokenEnd || !receivedNouns[d.lower[k]] || d.region[k] >= 0 {
		return nil
	}
	if by := k + 1; (d.lower[by] == "of" || d.lower[by] == "from") && d.authorAt(by+1, s) {
		return &frame{cue0: i, cue1: by + 1, by: by, agent: true, side: true, form: cueForm{class: cueSay}, spk0: -1, spk1: -1, lastRegion: -1, byline: -1, turn: -1}
	}
	return nil
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
		if t := d.toks[k].Text; j-i > 1 && allCaps(t) && len(t) > 4 && (strings.HasSuffix(t, "ED") || strings.HasSuffix(t, "ING")) {
			return nil // a headline in capitals, "DAM BOSS SUSPENDED: …", not a name
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

// participleAdjective reports whether the participle at token i describes
// the noun after it, as an adjective does, after an article, a possessive
// or a preposition: "for alleged abuses", "in written arguments", "its
// detailed account". A quantifier before it is a subject ("many expected
// …") and is left alone.
func (d *doc) participleAdjective(i int, s chorus.Sentence) bool {
	lw := d.lower[i]
	if i == s.TokenStart || i+1 >= s.TokenEnd || !strings.HasSuffix(lw, "ed") && !irregularParticiples[lw] {
		return false
	}
	if !adjectiveOpeners[d.lower[i-1]] || d.region[i+1] >= 0 || !d.isWord(i+1) {
		return false
	}
	next := d.lower[i+1]
	return !clauseWords[next] && !timeWords[next] && !adjunctStarts[next] && !strings.HasSuffix(next, "ly")
}

// adjectiveOpeners come before a noun phrase, so a participle right after
// them modifies the noun that follows it.
var adjectiveOpeners = wordSet(`the a an his her their its our my your this these those of for in with from
	on at about against over under without into`)

// prepLike are the words before a possessor that make its noun the
// object of what the clause's own source says: "pointed to Holm's
// choice".
var prepLike = wordSet(`to of at on about in for with from by into over against than like as after before
	despite about under without between the a an`)

// viewHolders are the words that name whose view an opening "To …,"
// gives: "To them, …", "To many, …".
var viewHolders = wordSet(`me him her them us many some others most critics supporters`)

// viewOpener returns the comma that closes an opening "To …," naming
// whose view the clause after it is, or 0: a name, perhaps after its role
// ("To Riel, the vote was a turning point", "To harbour consultant Ana
// Varga, …"), an object pronoun or a group ("To them", "To many"), or a
// possessive and a plural ("To her supporters"), then a clause. "To win,
// …", "To be sure, …" and "To the extent …" are no view.
func (d *doc) viewOpener(i int, s chorus.Sentence) int {
	if d.toks[i].Text != "To" || i+3 >= s.TokenEnd {
		return 0
	}
	n := d.lower[i+1]
	name := false
	switch {
	case d.isCap(i+1) && !determiners[n] && !notNames[n]:
		name = true
	case viewHolders[n]:
	case (possessives[n].gender != unknownGender || n == "their" || n == "his" || n == "our" || n == "my") && pluralNoun(d.lower[i+2]):
	case d.roleBeforeName(i+1, s.TokenEnd):
		name = true // "To harbour consultant Ana Varga, …"
	default:
		return 0
	}
	for c := i + 2; c < s.TokenEnd && c <= i+9; c++ {
		if d.region[c] >= 0 || d.isPunct(c) && d.lower[c] != "," && d.lower[c] != "." {
			return 0
		}
		if d.lower[c] == "," {
			if name && (!d.isCap(c-1) || !d.personLike(i+1, c) || places[strings.ToLower(d.text[d.toks[i+1].Start:d.toks[c-1].End])]) {
				return 0 // "To win the port, …"; "To Lunde, the ferry runs twice a day": a place
			}
			if !(d.clauseAfter(c+1, s.TokenEnd) && (d.clauseSubject(c+1) || d.subjectAndVerb(c+1, s.TokenEnd) || baseSubjects[d.lower[c+1]] || d.isCap(c+1) || d.lower[c+1] == "it" || d.lower[c+1] == "there")) {
				return 0
			}
			return c
		}
	}
	return 0
}

// appearsAs reports whether the word at token k after "appear" is the
// state something appears in, an adjective or a participle ("appeared
// poised to win", "appears closer", "appeared ready to"), rather than
// where or how it appeared ("appeared in court", "appeared live").
func (d *doc) appearsAs(k int, s chorus.Sentence) bool {
	if k+1 >= s.TokenEnd || !d.isWord(k) || d.isCap(k) || d.region[k] >= 0 {
		return false
	}
	w := d.lower[k]
	if adjunctStarts[w] || clauseWords[w] || isAdverb(w) || timeWords[w] || determiners[w] {
		return false
	}
	return appearStates[w] || strings.HasSuffix(w, "ed") && len(w) > 4 || strings.HasSuffix(w, "er") && len(w) > 4 && comparative(w)
}

// appearStates are the adjectives "appear" most often takes before what
// is to come: "appeared ready to …", "appears likely to …".
var appearStates = wordSet(`ready likely unlikely certain sure set poised open eager willing intent close`)

// comparative reports whether a word in -er is a comparative adjective
// ("closer", "weaker") rather than a noun ("leader", "voter").
func comparative(w string) bool {
	switch w {
	case "closer", "weaker", "stronger", "better", "worse", "tighter", "narrower", "wider", "larger", "smaller",
		"higher", "lower", "likelier", "safer", "riskier", "easier", "harder", "greater":
		return true
	}
	return false
}

// roleBeforeName reports whether lowercase words from token a, among them
// a role ("consultant", "strategist", "official"), lead to a capitalised
// name: "harbour consultant Ana Varga". A determiner or a verb among them
// ("understand the real Dred Scott") is no role.
func (d *doc) roleBeforeName(a, end int) bool {
	role := false
	for k := a; k < end && k < a+4; k++ {
		w := d.lower[k]
		if d.isCap(k) {
			return role
		}
		if !d.isWord(k) || determiners[w] || clauseWords[w] || isAdverb(w) {
			return false
		}
		if roleNouns[w] || strings.HasSuffix(w, "ant") || strings.HasSuffix(w, "ist") {
			role = true
		}
	}
	return false
}

// pollNouns are the evidence a sentence may end on as its source: "in a
// new poll", "in the latest survey by the Gazette".
var pollNouns = wordSet(`poll polls survey surveys`)

// pollAfter returns the end of the poll that the "in" at token i, inside
// the sentence, opens when that poll ends the sentence (or its clause, at
// a comma) and is its only source, or -1: "Holm leads by six points in a
// poll released Friday". The clause before must have words of its own,
// and no cue may attribute the sentence otherwise.
func (d *doc) pollAfter(i int, s chorus.Sentence) int {
	if i+2 >= s.TokenEnd || i-s.TokenStart < 3 || d.region[i] >= 0 {
		return -1
	}
	bare := false // no determiner: "in latest poll", "in public opinion polls"
	if w := d.lower[i+1]; !determiners[w] && possessives[w].gender == unknownGender && w != "their" && w != "its" && !d.isCap(i+1) {
		if isAdverb(w) || approximators[w] || w == "just" || !d.isWord(i+1) {
			return -1
		}
		bare = true
	}
	poll := -1
	for k := i + 1; k < s.TokenEnd && k <= i+12; k++ {
		if d.region[k] >= 0 || d.isPunct(k) && d.lower[k] != "-" && d.lower[k] != "/" && d.lower[k] != "'s" && d.lower[k] != "’s" {
			return -1
		}
		if pollNouns[d.lower[k]] {
			poll = k
			break
		}
		if clauseWords[d.lower[k]] && d.lower[k] != "and" {
			return -1 // "partly because of the lack of any poll"
		}
	}
	if poll < 0 || poll == i+2 && d.lower[poll] == "polls" {
		return -1 // "ahead in the polls" is the polls in general, not a source
	}
	if bare && (poll == i+1 || d.lower[poll] == "polls" && poll == i+2) {
		return -1 // "in polls", "in recent polls": polls in general too
	}
	// what follows the poll is its own description, up to the sentence's
	// end: "by the Gazette", "released on Friday", "of 900 voters"
	end := poll + 1
	for end < s.TokenEnd && end <= poll+10 && !d.onlyClosers(end, s.TokenEnd) && d.lower[end] != "," {
		if d.region[end] >= 0 || d.isPunct(end) && d.lower[end] != "-" && d.lower[end] != "." || d.lower[end] == "that" || d.lower[end] == "which" ||
			beForms[d.lower[end]] || finiteAux[d.lower[end]] || modals[d.lower[end]] {
			return -1 // (a verb: "the tone of the papers and polls was sour")
		}
		end++
	}
	if end < s.TokenEnd && !d.onlyClosers(end, s.TokenEnd) && d.lower[end] != "," {
		return -1
	}
	for j := s.TokenStart; j < s.TokenEnd; j++ {
		if c, cue := cues[d.lower[j]]; cue && d.region[j] < 0 && particles[d.lower[j]] == nil && j != i && !(c.stance && j < i) {
			// (a view before the poll is what it found: "39 percent viewed
			// him favorably in the poll")
			return -1
		}
		if d.lower[j] == "according" {
			return -1
		}
	}
	return end
}

// lightVerbs say something with a noun of saying after them: "made the
// case", "voiced concern", "issued a warning".
var lightVerbs = wordSet(`make makes made making voice voices voiced voicing raise raises raised
	raising issue issues issued issuing deliver delivers delivered delivering give gives gave giving
	sound sounds sounded sounding share shares shared sharing`)

// speechNouns are what lightVerbs make: "made the case that …", "raised
// concerns about …".
var speechNouns = wordSet(`case point argument arguments observation statement statements allegation
	allegations comment comments remark remarks claim claims accusation accusations promise promises
	pledge concern concerns doubts questions warning warnings appeal plea speech criticism objection
	objections complaint complaints mention reference references suggestion prediction predictions call
	commitment apology apologies note secret preview testimonial testimonials assurance assurances
	announcement wish critique account words opinion opinions praise thoughts views support`)

// notToNouns are speechNouns whose "to" names whom they went to, not what
// they say: "made a call to the police", "gave a note to the clerk".
var notToNouns = wordSet(`call note preview testimonial testimonials mention secret wish announcement`)

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
	positive upbeat tired bent upfront outspoken vocal unhappy disappointed uneasy
	uncomfortable nervous bullish bearish ambivalent hawkish dovish cautious enthusiastic
	thrilled pleased happy satisfied mindful hesitant inclined content reassured mystified distrustful leery
	angry upset furious sensitive conscious`)

// sideRoles are the nouns of a side taken that name, after "be" and "a",
// whom the subject backs or fights: "is a supporter of Holm".
var sideRoles = wordSet(`supporter supporters backer backers critic critics opponent opponents
	defender defenders proponent proponents fan fans champion champions ally allies foe foes`)

// sideRoleAt returns the determiner that opens "a (staunch) supporter of"
// when the sideRoles noun at token i follows "be" that way ("has been an
// early backer of", "were among the first critics of", "is no fan of"),
// or -1.
func (d *doc) sideRoleAt(i int, s chorus.Sentence) int {
	if !sideRoles[d.lower[i]] || d.toks[i].Text != d.lower[i] || i+2 >= s.TokenEnd || d.lower[i+1] != "of" || !d.isWord(i+2) {
		return -1
	}
	j := i - 1
	for j > s.TokenStart && i-j <= 5 && d.isWord(j) && !determiners[d.lower[j]] && d.lower[j] != "no" &&
		d.toks[j].Text == d.lower[j] && (!clauseWords[d.lower[j]] || d.lower[j] == "and") && !beForms[d.lower[j]] {
		j-- // its modifiers: "early", "first and most eager", "long-time"
	}
	switch w := d.lower[j]; {
	case w == "a" || w == "an" || w == "no":
	case w == "the" && j-1 > s.TokenStart && d.lower[j-1] == "among":
		j-- // "among the earliest backers of"
	case w == "the" && j-2 > s.TokenStart && d.lower[j-1] == "of" && d.lower[j-2] == "one":
		j -= 2 // "one of the critics of"
	default:
		return -1
	}
	if j-1 < s.TokenStart || !d.afterBe(j, s) {
		return -1
	}
	return j
}

// withMinds are the mindAdjectives that take what they judge after "with":
// "were pleased with the ruling".
var withMinds = wordSet(`thrilled pleased happy unhappy satisfied frustrated disappointed upset angry furious uncomfortable`)

// certainties among mindAdjectives take a clause without "that": "was
// sure Holm would win", "are convinced the pier will hold", "weren't
// sure if …".
var certainties = wordSet(`sure unsure convinced confident certain aware positive`)

// degrees stand between "be" and an adjective: "are more likely", "was
// less sure".
var degrees = wordSet(`more less most least very so too as increasingly slightly much far
	somewhat quite rather`)

// favorAfter reports whether a judgement such as "favorably" follows
// token i-1 within the clause of sentence s, after at least one word:
// "view Holm favorably", "saw the plan negatively".
func (d *doc) favorAfter(i int, s chorus.Sentence) bool {
	for k := i + 1; k < s.TokenEnd && k <= i+6; k++ {
		if d.region[k] >= 0 || d.isPunct(k) {
			return false
		}
		if favorJudgements[d.lower[k]] {
			// (a poll after it is the source of the whole clause: "…
			// viewed Holm favorably in a Gazette poll")
			return !(k+1 < s.TokenEnd && d.lower[k+1] == "in" && d.pollAfter(k+1, s) >= 0)
		}
	}
	return false
}

// favorJudgements say how well someone is viewed.
var favorJudgements = wordSet(`favorably unfavorably favourably unfavourably positively negatively`)

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
