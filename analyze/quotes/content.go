package quotes

import (
	"sort"
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
)

// trailing marks end a reported clause but are not part of it.
var trailing = wordSet(`. , ; : — -- - …`)

// findContent finds what the frame attributes: a quotation or a clause
// after the cue ("said: “…”", "said that …"), before it ("“…,” he said",
// "…, officials said"), or on both sides ("The problem is, he added,
// the ferry …"). prev and next are the sentence's neighbouring frames.
func (d *doc) findContent(f *frame, s chorus.Sentence, prev, next *frame) {
	if f.turn >= 0 {
		if rg := &d.regions[f.turn]; !rg.used {
			d.addClause(f, f.cue1, rg.end)
			rg.used = true
		}
		return
	}
	if f.nominal {
		a := f.cue1
		if a < s.TokenEnd && d.lower[a] == "that" {
			a++
		}
		d.addClause(f, a, d.contentEnd(f, s, next))
		return
	}
	if f.agent {
		// the subject before the passive is what the author said or backed;
		// a judgement's complement goes with it ("Holm was declared the
		// winner by …": "Holm … the winner")
		before := f.cue0 - 1
		for before >= s.TokenStart && (auxiliaries[d.lower[before]] || isAdverb(d.lower[before]) || beForms[d.lower[before]]) {
			before--
		}
		if a, b := d.npBefore(before+1, s.TokenStart); b > a {
			d.addSpan(f, a, b)
		}
		if f.by > f.cue1 {
			d.addSpan(f, f.cue1, f.by)
		}
		if r := f.spk1; len(f.parts) > 0 && f.spk0 > f.by && r > f.spk0 && r+1 < s.TokenEnd && d.reasonAfter(f, f.spk0, r+1) == r {
			// the reason after the author: "was criticized by rivals for
			// failing to …" holds what they criticized too
			d.addClause(f, r, d.contentEnd(f, s, next))
		}
		return
	}
	if f.survey {
		d.addClause(f, f.spk1+1, d.contentEnd(f, s, next))
		return
	}
	if f.characterized {
		d.addClause(f, f.cue1, d.regions[f.castAs].last+1)
		return
	}
	if f.impersonal {
		a := f.cue1
		if d.lower[a] == "that" {
			a++
		}
		d.addClause(f, a, d.contentEnd(f, s, next))
		return
	}
	if f.seeming {
		// the impression is the whole clause, its subject included: "the
		// pier seems safe" attributes "the pier … safe" to no one (but a
		// second verb's borrowed subject belongs to the first: "Holm left
		// and seemed relieved")
		a := f.cue0
		if f.asked {
			a = f.cue1
		} else if f.spk0 >= 0 && f.spk0 < f.cue0 && !f.borrowed {
			a = f.spk0
		}
		e := d.contentEnd(f, s, next)
		if f.judged && a > s.TokenStart && subordinators[d.lower[a-1]] {
			for k := f.cue1; k < e; k++ {
				if d.lower[k] == "," && d.region[k] < 0 {
					e = k // "When the deal was announced, Holm left": the clause ends at its comma
					break
				}
			}
		}
		if f.asked && (f.cue0 == s.TokenStart || reducedOpeners[d.lower[f.cue0-1]]) {
			for k := a; k < e; k++ {
				if d.lower[k] == "," && d.region[k] < 0 {
					e = k // "Asked whether …, Holm said": the answer is Holm's
					break
				}
			}
		}
		d.addClause(f, a, e)
		f.spk0, f.spk1 = -1, -1
		if f.asked && f.by > f.cue0 && f.by+1 < f.cue1 {
			// "When asked by a reporter about …": the reporter asked
			f.spk0, f.spk1 = f.by+1, f.cue1
			for f.spk1 > f.spk0+1 && (timeWords[d.lower[f.spk1-1]] || d.lower[f.spk1-1] == "on" || d.lower[f.spk1-1] == "last") {
				f.spk1--
			}
		}
		return
	}
	if f.form.base && f.spk0 < 0 && !f.colon && !f.according && d.opensSentence(f.cue0, s) {
		return // a plain form without a subject is an order: "Ask the mayor about it"
	}
	if f.byline >= 0 {
		if !d.regions[f.byline].used {
			d.addBefore(f, f.byline, [2]int{})
		}
		// each signed quotation has its own byline: none carries on
		f.lastRegion = -1
		return
	}
	if x, e, ok := d.objectGap(f, s); ok {
		d.addSpan(f, x, e) // "a deal she supported": the object stands before
		f.gap = true
		return
	}
	a, b := f.attrStart(), f.attrEnd()
	end := d.contentEnd(f, s, next)
	start := s.TokenStart
	if prev != nil && prev.attrEnd() <= a {
		start = prev.attrEnd()
		if len(prev.parts) > 0 {
			if last := prev.parts[len(prev.parts)-1]; last.End > d.toks[start].Start {
				// the clause before belongs to the earlier cue, up to where
				// its content ends
				start = a
				for k := a - 1; k >= prev.attrEnd() && d.toks[k].Start >= last.End; k-- {
					start = k
				}
				if start >= a-1 && a-1 > s.TokenStart && d.lower[a-1] == "," && d.onlyClosers(b, s.TokenEnd) &&
					!d.isClauseBefore(s.TokenStart, prev.attrStart()) {
					// "An audit recommended X, newspapers reported.": the earlier
					// attribution and its content are what the last one reports
					start = s.TokenStart
				}
			}
		}
	}
	if o, c := d.parensAround(a, b, s); o >= 0 && c == b {
		// "(down to 19 percent in the spring, Varga says)": an attribution
		// closing an aside in parentheses attributes the aside
		start, end = max(start, o+1), min(end, c)
	}

	// what stands after the attribution
	k := b
	if (f.form.class == cueTell || f.form.class == cueAsk) && !f.inverted {
		k = d.skipObject(k, end)
	}
	// ", though," ", however,": an aside between the cue and its content
	aside := false
	if k+2 < end && d.lower[k] == "," && asides[d.lower[k+1]] {
		j := k + 2
		if j < end && asides[d.lower[j]] { // "in fact", "of course"
			j++
		}
		if j < end && d.lower[j] == "," {
			k, aside = j+1, true
		}
	}
	if k == b && k+3 < end && d.lower[k] == "," {
		// a longer aside set off by commas before "that": "cautioned, as
		// did the board itself, that …", "said, in an interview, that …"
		for j := k + 2; j < end && j <= k+9; j++ {
			if d.region[j] >= 0 || d.lower[j] == ";" || d.lower[j] == ":" {
				break
			}
			if d.lower[j] == "," {
				if j+1 < end && d.lower[j+1] == "that" {
					k, aside = j+1, true
				}
				break
			}
		}
	}
	if !d.titleCased(s) && !sides[d.lower[f.cue0]] && !f.side && !(d.aimed(f) && k < end && d.isCap(k) && (k+1 == end || d.lower[k+1] == ",")) {
		// (in a headline every word is capitalised, and none is a filler;
		// the side someone takes is often a name: "endorsed Holm")
		k = d.skipFiller(k, end)
	}
	// a title after a possessive is part of an adjunct, not the content
	// ("told Tessin Radio’s “Early Watch” on Friday", "said on Marhold TV’s “Harbour Hour”")
	for k > b && k < end && ((d.lower[k-1] == "’s" || d.lower[k-1] == "'s") && d.titleOwner(f, b, k-1) || d.titleAfterPreposition(k)) {
		r := d.openingAt(k)
		if r < 0 || d.regions[r].close < 0 || d.regions[r].last+1 >= end {
			if r >= 0 && d.regions[r].close >= 0 {
				k = end
			}
			break
		}
		k = d.skipFiller(d.regions[r].last+1, end)
	}
	if t := d.thatAfterAdjunct(k, end); t > k {
		k = t // "said during a break in the hearing that …": the adjunct is no content
	}
	titled := false
	if c, r := d.quoteAfterAdjunct(k, end); r >= 0 {
		switch {
		case !d.titleRegion(r):
			// "complained during a chat with the Gazette, “We have …”":
			// the quotation after the adjunct is what was said
			k = c + 1
		case works[d.lower[c-1]]:
			// "said in his memoir, “A Harbour Son.”": the quotation names
			// the book; the attribution closes the clause before it
			titled = true
		}
		// (a title that names no work is left as it was: "noted on the
		// radio the old slogan, “Make the Port Great”")
	}
	intro := false
	if k < end {
		switch d.lower[k] {
		case "that":
			k++
			intro = true
		case ":", "―":
			k++
			intro = true
		case ",":
			if d.openingAt(k+1) >= 0 {
				k++
			} else if k+2 < end && (d.lower[k+1] == "but" || d.lower[k+1] == "and") && d.openingAt(k+2) >= 0 {
				k += 2 // "“A,” he said, but “B.”"
			} else if k+3 < end && (d.lower[k+1] == "but" || d.lower[k+1] == "and") && joinAdverbs[d.lower[k+2]] && d.openingAt(k+3) >= 0 {
				k += 3 // "“A,” he said, and still “B.”"
			}
		}
	}
	afterRegion := -1
	if k < end {
		afterRegion = d.openingAt(k)
	}
	if afterRegion < 0 && k >= end && k > b && d.lower[k-1] == ":" {
		// "X said:" closing a paragraph introduces the quotation that opens the next
		afterRegion = d.nextParagraphQuote(end)
	}
	if afterRegion < 0 && next == nil && end == s.TokenEnd && d.lower[end-1] == ":" && d.words(k, end, 6) < 6 {
		// "He told his audience, to rowdy applause:" ¶ “…”
		if r := d.nextParagraphQuote(end); r >= 0 {
			afterRegion, intro, k = r, true, end
		}
	}
	if afterRegion < 0 && k >= end && k > b && d.lower[k-1] == ":" && !f.colon && !f.according && f.spk1 > f.spk0 {
		// "The governor added:" closing a paragraph introduces the next
		// paragraph as a block quotation, printed without marks
		if a, e, ok := d.blockAfter(end); ok {
			d.addClause(f, a, e)
			return
		}
	}
	if k == b && k+1 < end && d.lower[k] == "as" && d.lower[k+1] == "much" && !f.inverted && f.spk0 >= 0 &&
		!(k+2 < end && d.lower[k+2] == "as") && (a == 0 || !d.isClosingMark(a-1) && d.region[a-1] < 0) {
		// "said as much", "indicated as much": what was said is what the
		// sentence before tells, the pro-form standing for it
		d.addClause(f, k, k+2)
		return
	}
	toClause := k < end && d.lower[k] == "to" && toVerbs[d.lower[f.cue0]]
	goesOn := b+1 < end && d.lower[b] == "," && d.continuation(b+1, end) // "…, she said, to warn the crews"
	afterEmpty := d.onlyClosers(k, end) || (d.trailingAdjunct(b, end) && !goesOn || d.adjunctAfterObject(f, b, k, end, intro)) && !toClause && !aside || titled
	if toClause && !f.inverted {
		intro = true // "vowed to …" as plainly as "said that …"
	}
	// (a clause, or what goes on with the one before: "it is her duty,
	// she said, to warn the crews")
	parenthetical := !intro && afterRegion < 0 && k < end && d.lower[k] == "," && (d.clauseAfter(k+1, end) || d.continuation(k+1, end))

	// what stands before it
	var beforeRegion = -1
	var beforeClause [2]int
	if !f.form.participle && a == s.TokenStart && a > 0 && d.isClosingMark(a-1) && d.para[a-1] == d.para[a] &&
		!d.regions[d.region[a-1]].used && (afterEmpty || f.inverted) {
		// "“…!” ¶ Clinton said." split into two sentences by the quotation's own full stop
		beforeRegion = d.region[a-1]
	}
	if !f.form.participle && a > start {
		j := a - 1
		if j-1 > start && d.lower[j] == "as" && (d.lower[j-1] == "," || d.isClosingMark(j-1)) && d.onlyClosers(b, end) {
			j-- // "…, as one official put it."
		}
		switch {
		case d.isClosingMark(j) && d.wholeClause(d.region[j], start):
			if !d.regions[d.region[j]].used {
				beforeRegion = d.region[j]
			}
		case d.lower[j] == "," && j-1 >= start && d.isClosingMark(j-1) && d.wholeClause(d.region[j-1], start):
			if !d.regions[d.region[j-1]].used {
				beforeRegion = d.region[j-1]
			}
		case d.lower[j] == "," && d.isClauseBefore(start, j) && !(b < end && d.lower[b] != "," && !d.onlyClosers(b, end) && d.subordinateOnly(start, j)):
			// (an opening subordinate clause before an attribution that is
			// no aside belongs to the speaker's clause: "When the ferry
			// sank, the Gazette reported six boats missing"; as an aside,
			// it is part of what was said: "When the ferry sank, he said,
			// the pier closed")
			beforeClause = [2]int{start, j}
		case d.isClosingMark(j) && d.isClauseBefore(start, j):
			// a clause ending in a quoted phrase: "They have “very different goals,” Silverman said."
			beforeClause = [2]int{start, j + 1}
		case f.according && j+1 == a && d.isClauseBefore(start, a) && afterEmpty:
			beforeClause = [2]int{start, a}
		}
	}
	hasBefore := beforeRegion >= 0 || beforeClause[1] > beforeClause[0]
	if dash := d.dashAfterAdjunct(b, end); hasBefore && dash < end && afterRegion < 0 {
		// "The pier could be sold, allies believe — allies she will need":
		// after the dash, an aside on the source, not a second content
		afterEmpty = true
	}
	if afterEmpty && !hasBefore && !f.inverted && !f.according && a-1 >= s.TokenStart && d.lower[a-1] == "as" &&
		(a-1 == s.TokenStart || d.lower[a-2] == "," && !d.isClauseBefore(s.TokenStart, a-2)) {
		// "As the Gazette reported on Saturday, Varga has …": the clause
		// after the adjunct's comma is what the "as" attributes (also after
		// a comma: "Given that, as the Gazette reported on Saturday, …")
		for c := b; c < end && c <= b+6; c++ {
			if d.region[c] >= 0 || d.isPunct(c) && d.lower[c] != "," {
				break
			}
			if d.lower[c] == "," {
				if w := d.lower[min(c+1, end-1)]; c > b && c+1 < end && w != "and" && w != "but" && w != "or" && (d.clauseAfter(c+1, end) || d.openingAt(c+1) >= 0) {
					k, afterEmpty, intro = c+1, false, true
					afterRegion = d.openingAt(k)
				}
				break
			}
		}
	}
	if f.according && !hasBefore && !afterEmpty && a > s.TokenStart+2 && d.lower[a-1] == "," && afterRegion < 0 && d.region[a-1] < 0 &&
		d.isClauseBefore(s.TokenStart, a-1) && !d.continuesClause(f.spk1, end) {
		// "Riel will propose X, according to an aide who saw the memo":
		// the source is that of the whole clause before, an earlier cue's
		// included, and the words after it describe it
		d.addClause(f, s.TokenStart, a-1)
		return
	}
	if f.according && hasBefore {
		// "according to X" after a clause attributes that clause; whatever
		// follows the source describes it ("…, according to two aides who
		// saw the memo") or is an adjunct, never a second content
		afterEmpty = true
		if beforeClause[1] > beforeClause[0] && f.spk1 > f.cue1 && f.spk1+1 < end && d.lower[f.spk1] == "," &&
			d.clauseAfter(f.spk1+1, end) && !coordinators[d.lower[f.spk1+1]] && (d.subjectAndVerb(f.spk1+1, end) || d.clauseSubject(f.spk1+1)) {
			// … unless a clause follows the source's comma: the
			// attribution is an aside in the sentence it splits ("While
			// most crates were cargo, according to a port official, two
			// held mail")
			k, afterEmpty, parenthetical = f.spk1, false, true
		}
	}

	if f.according && !hasBefore {
		// "According to X, …": the content follows the source's comma,
		// whatever word opens it ("According to X, about half …"), also
		// after a conjunction or an adverb ("But according to X, …", "Now,
		// according to X, …")
		if d.opensSentence(f.cue0, s) || d.afterOpener(f.cue0, s) {
			afterEmpty = false
		}
		if f.spk1 > 0 {
			k = f.spk1
			if k < end && d.lower[k] == "," {
				k++
			}
		}
		if k < end {
			afterRegion = d.openingAt(k)
		}
		intro = true
	}

	if parenthetical && f.form.weak && !hasBefore && !f.inverted && a-1 >= s.TokenStart && d.lower[a-1] == "as" &&
		(a-1 == s.TokenStart || d.lower[a-2] == "," && !d.isClauseBefore(s.TokenStart, a-2)) {
		// "As Holm observed, the pier …": the clause after the comma is
		// what the "as" attributes, for a weak verb as for any
		intro = true
	}
	switch {
	case hasBefore && afterEmpty, beforeRegion >= 0 && (!intro || d.lower[b] != "that"):
		d.addBefore(f, beforeRegion, beforeClause)
		if afterRegion >= 0 && (beforeRegion >= 0 || k > b+1 && d.lower[b] == "," && d.continuesSentence(afterRegion) &&
			(d.lower[k-1] == "and" || d.lower[k-1] == "but" || joinAdverbs[d.lower[k-1]])) {
			d.addRegionPart(f, afterRegion) // "“A,” she said, “B.”", "X “A,” she said, and still “b.”"
		} else if c := d.adjunctComma(b, end); afterRegion < 0 && beforeRegion >= 0 && !f.inverted && a > 0 && d.commaInMark(a-1) && c+1 < end && d.lower[c] == "," &&
			d.continuation(c+1, end) {
			// the quoted sentence goes on unquoted after the attribution
			// (and its adjunct): "“It is a shame,” he said, that both
			// pilots had met", "“We are worried,” they wrote in a note,
			// that the board …"
			d.addClause(f, c+1, end)
		}
	case beforeClause[1] > beforeClause[0] && parenthetical:
		// the split clause starts after the last clause joined before it:
		// "A resisted, but B had become so bad, he noted, that …" splits B
		for j := beforeClause[1] - 3; j > beforeClause[0]; j-- {
			if d.region[j] < 0 && (d.lower[j] == ";" || d.lower[j-1] == "," && (d.lower[j] == "but" || d.lower[j] == "and")) &&
				d.words(j+1, beforeClause[1], 3) >= 3 {
				beforeClause[0] = j + 1
				break
			}
		}
		d.addBefore(f, beforeRegion, beforeClause)
		d.addClause(f, k+1, end)
	case beforeClause[1] > beforeClause[0] && afterRegion >= 0 && d.lower[b] == "," && !intro &&
		d.regionEndsClause(afterRegion, end) && d.continuesSentence(afterRegion):
		// a sentence the attribution splits, finished by a quotation: "So
		// when the firm called, Barrett said, “we were floored.”"
		d.addBefore(f, beforeRegion, beforeClause)
		d.addRegionPart(f, afterRegion)
	case afterEmpty && afterRegion < 0:
		// nothing attributed: "Clinton said to People."
	case f.colon || f.according || intro || afterRegion >= 0 || !f.form.weak || k < end && (d.clauseSubject(k) || d.bareClause(f, k, end) || d.whClause(f, k, end)) || d.findings(f) ||
		d.toks[f.cue0].Text != d.lower[f.cue0] && d.titleCased(s): // a headline's verb takes its object: "Website Shows Bias"
		// (a weak cue takes a bare clause only when a subject pronoun opens
		// it: "the court showed he was wrong", not "showed restraint";
		// a poll's or a study's findings are what it reports, though:
		// "the poll showed a lead")
		if afterRegion >= 0 && d.regionEndsClause(afterRegion, end) {
			d.addRegionPart(f, afterRegion)
			// quotations that follow at once belong to it: "said: “A.” “B.”"
			for r := f.lastRegion; r >= 0 && r+1 < len(d.regions); r = f.lastRegion {
				n := d.regions[r+1]
				if n.open != d.regions[r].last+1 || n.open >= end || n.used {
					break
				}
				if d.addRegionPart(f, r+1); f.lastRegion == r {
					break
				}
			}
			return
		}
		if !f.according && !intro && f.inverted {
			return // "said Smith" with nothing before it
		}
		if f.ref1 > f.ref0 && f.spk0 > 0 && (d.lower[f.spk0-1] == "," || isDash(d.lower[f.spk0-1])) {
			// "Lavrov, who said the talks were useful, left": the clause ends
			// at the comma (or at the dash that closes a dash's aside)
			mark := d.lower[f.spk0-1]
			for i := k; i < end; i++ {
				if d.lower[i] == mark && d.region[i] < 0 && !(mark == "," && d.listGoesOn(k, i, end)) {
					end = i
					break
				}
			}
		}
		if f.colon && f.spk0 >= 0 && allCaps(d.toks[f.spk1-1].Text) && end == s.TokenEnd && afterRegion < 0 {
			// a transcript's turn ("HOLM: Well, look, …") runs to the end
			// of its paragraph, past any cue inside its first sentence
			// ("HOLM: Here is a mayor who promised …")
			if p := d.para[f.cue0]; p >= 0 && d.paraEnd(p) > end {
				end = d.paraEnd(p)
			}
		}
		d.addClause(f, k, end)
	}
}

// findings reports whether f is a poll, a study or a record showing or
// finding something ("a new survey shows a tie", "the study found wide
// gaps"), or a paper, a body or a name reporting it: what follows the verb
// is what it reports, clause or not.
func (d *doc) findings(f *frame) bool {
	lw := d.lower[f.cue0]
	if !findingVerbs[lw] && !reportVerbs[lw] || f.spk0 < 0 || f.borrowed {
		return false
	}
	for i := f.spk0; i < f.spk1; i++ {
		if findingVerbs[lw] && evidence[d.lower[i]] || reportVerbs[lw] && (bodies[d.lower[i]] || d.capitalInside(i)) {
			return true
		}
	}
	for i := f.ref0; i < f.ref1; i++ {
		// the phrase a relative pronoun stands for: "a survey, which shows …"
		if findingVerbs[lw] && evidence[d.lower[i]] || reportVerbs[lw] && (bodies[d.lower[i]] || d.capitalInside(i)) {
			return true
		}
	}
	if findingVerbs[lw] && !f.inverted && f.spk1 <= f.cue0 {
		// a long subject the speaker phrase took only the end of: "The
		// mean of harbour surveys gathered in a month shows …"
		s := d.sents[f.sent]
		for i := f.spk0 - 1; i >= s.TokenStart && i >= f.spk0-8; i-- {
			if d.region[i] >= 0 || d.lower[i] == "," {
				break
			}
			if _, cue := cues[d.lower[i]]; cue {
				break
			}
			if evidence[d.lower[i]] {
				return true
			}
		}
	}
	return false
}

// reportVerbs are the forms of "report" whose bare clause is what a paper,
// a body or a named person reports ("The Gazette reported the pier had been
// sold"); the plain form and "reporting" are too often no cue ("must report
// by May", "reporting from Lunde").
var reportVerbs = wordSet(`reports reported`)

// findingVerbs are the weak cues a poll or a study reports with.
var findingVerbs = wordSet(`show shows showed shown showing find finds found finding suggest suggests
	suggested suggesting indicate indicates indicated indicating`)

// evidence are nouns for polls, studies and records, whose findings are
// attributed to them.
var evidence = wordSet(`poll polls polling survey surveys study studies research analysis analyses
	data report reports results figures numbers records filings documents emails video videos
	footage average averages markets audit review investigation tally count email memo memos
	letter letters transcript transcripts photo photos post posts ad ads paper papers record
	document chart map roster number figure result estimate estimates statistics census
	forecast forecasts model projection projections`)

// adjunctAfterObject reports whether only an adjunct of time or place
// follows the addressee the cue took at [b, k) ("told The Post on
// Thursday", "told reporters during a call"), so that the content is the
// clause before the attribution. "about", "of", "to" and "on" a topic
// ("reminded them of the record", "advising on the sale") open content.
func (d *doc) adjunctAfterObject(f *frame, b, k, end int, intro bool) bool {
	if k <= b || k >= end || intro || f.form.class == cueAsk || d.lower[k] == "," || !d.trailingAdjunct(k, end) {
		return false
	}
	switch d.lower[k] {
	case "about", "of", "to", "on", "for", "with":
		return k+1 < end && timeWords[d.lower[k+1]]
	}
	return true
}

// titleOwner reports whether the possessive at token o, after the
// attribution ending at b, owns a programme or a paper the speaker spoke to
// or on ("told Tessin Radio’s", "said on Marhold TV’s") rather than a
// quotation's subject ("said Holm’s “…”").
func (d *doc) titleOwner(f *frame, b, o int) bool {
	if f.form.class == cueTell && !f.inverted && b < o && o-b <= 3 {
		return true
	}
	for i := b; i < o; i++ {
		switch d.lower[i] {
		case "on", "to", "in", "with", "during", "at":
			return true
		}
	}
	return false
}

// titleAfterPreposition reports whether token k opens a capitalised
// quotation right after "on" or "during": a programme the speaker spoke on
// ("said on “Meet the Press.”"), not what was said.
func (d *doc) titleAfterPreposition(k int) bool {
	r := d.openingAt(k)
	if r < 0 || k == 0 || d.regions[r].close < 0 || d.regions[r].first >= d.regions[r].end {
		return false
	}
	return (d.lower[k-1] == "on" || d.lower[k-1] == "during") && d.isCap(d.regions[r].first)
}

// opensSentence reports whether only adverbs stand before token i in its
// sentence ("Perhaps ask …").
func (d *doc) opensSentence(i int, s chorus.Sentence) bool {
	for k := s.TokenStart; k < i; k++ {
		if !(isAdverb(d.lower[k]) || sentenceAdverbs[d.lower[k]] || auxiliaries[d.lower[k]] || d.lower[k] == "please") {
			return false
		}
	}
	return true
}

// contrasts open a clause of contrast whose own attribution ends the one
// before it: "Most traders said the fares were fair, while others said …".
var contrasts = wordSet(`while whereas though although`)

// contrastBefore reports whether token c-1 belongs to a word of contrast:
// "while", "though", or "even as", "even though".
func (d *doc) contrastBefore(c int) bool {
	w := d.lower[c-1]
	switch {
	case contrasts[w]:
		return true
	case w == "as":
		return c >= 2 && d.lower[c-2] == "even"
	case w == "even":
		return c < len(d.lower) && (d.lower[c] == "as" || contrasts[d.lower[c]])
	}
	return false
}

// contentEnd is where the content of f may run to: the sentence's end, or
// the clause boundary before the next attribution.
func (d *doc) contentEnd(f *frame, s chorus.Sentence, next *frame) int {
	b := f.attrEnd()
	end := s.TokenEnd
	if f.borrowed && f.spk0 > b && f.spk0 < end {
		end = f.spk0 // "Despite admitting [he had concerns], Ruiz voted"
	}
	if d.conditional(f, s) || sides[d.lower[f.cue0]] || f.side || d.aimed(f) && f.cue1 < end && d.isCap(f.cue1) && f.cue1+1 < end && d.lower[f.cue1+1] == "," {
		// "If the audit finds [waste], the board will act": the main
		// clause after the comma is the writer's; and the side taken is a
		// noun phrase: "endorsed [Holm], who said …"
		for i := b; i < end; i++ {
			if d.lower[i] != "," || d.region[i] >= 0 {
				continue
			}
			if c := d.complementAfterAside(f, i, end); c > i {
				i = c // "accused Holm, the mayor, of …": the charge is part of it
				continue
			}
			if d.listGoesOn(b, i, end) {
				continue
			}
			end = i
			break
		}
	}
	if next != nil && d.restrictiveRelative(f, next) {
		// "A member who supports Holm said …": the relative clause ends
		// where the main clause's verb takes over
		return next.cue0
	}
	if next != nil {
		// stop before the next attribution when a clause boundary separates them
		nb := next.attrStart()
		if nb < b && next.cue0 > b && next.spk1 <= next.cue0 {
			// the next speaker holds this attribution: "Varga, a trader who
			// described himself as X, said …" ends X at the comma
			nb = next.cue0
		}
		c := nb
		c -= d.relativeReport(b, nb, next, s) // "…, which the inquiry said was careless"
		for c > b && (d.lower[c-1] == "," || d.lower[c-1] == ";" || d.lower[c-1] == "and" || d.lower[c-1] == "but" || d.closingDash(b, c-1) ||
			d.contrastBefore(c) && next.spk0 >= 0 && next.spk0 < next.cue0) {
			c--
		}
		switch {
		case c < nb && c-b >= 2:
			end = c
		case c == b && nb > b && d.lower[nb-1] == "," && !next.inverted && next.spk0 == nb && next.spk1 <= next.cue0 && d.onlyClosers(next.cue1, s.TokenEnd):
			// "The plan is worrying, Riel said.": the cue ends the clause
			// that the attribution after it reports; it has no content
			// after it
			end = b
		case nb-1 > b && d.isClosingMark(nb-1) && next.spk0 >= 0 && !next.borrowed:
			// "X said: “A,” he added.", but not "X said the ad “…” suggests
			// that …", whose verb has no subject of its own
			end = nb
			if o := d.regions[d.region[nb-1]].open; o > b+1 && d.lower[o-1] == ":" && !d.onlyClosers(b, o) {
				// "The statement cited its impact on women: “A,” the union
				// wrote.": the quotation set off by the colon is the next
				// attribution's, what comes before it this one's
				end = o - 1
			}
		}
	}
	return end
}

// relativeReport returns how many words ("which", "in which") open the
// relative clause that tells the next attribution, whose speaker starts at
// token nb, when that clause closes the sentence: "Varga faulted the
// audit, which Riel said was rushed". The clause is Riel's, not part of
// what Varga said; a relative clause set off by commas in the middle ("the
// plan, which Riel called costly, will …") stays with the content around
// it, and 0 says there is no such clause.
var relativePrepositions = wordSet(`in during under through at on by for with from of`)

func (d *doc) relativeReport(b, nb int, next *frame, s chorus.Sentence) int {
	if nb-2 <= b || next.spk0 != nb || next.borrowed || next.inverted {
		return 0
	}
	// the pronoun, or a preposition and "which": "…, in which Riel called
	// for …"; "who" before a subject is an object ("…, who Riel said …")
	n := 1
	if d.lower[nb-1] == "which" && relativePrepositions[d.lower[nb-2]] {
		n = 2
	} else if w := d.lower[nb-1]; w != "which" && w != "whom" && w != "who" {
		return 0
	}
	if nb-n-1 <= b || d.lower[nb-n-1] != "," {
		return 0
	}
	for k := next.cue1; k < s.TokenEnd; k++ {
		if d.region[k] >= 0 {
			continue
		}
		if d.lower[k] == ";" {
			return 0
		}
		if d.lower[k] == "," && k+1 < s.TokenEnd {
			// the main clause goes on after the relative one: "…, which
			// Riel called costly, will …"; a further relative clause or
			// an aside does not ("…, which Riel said was rushed, who …")
			if w := d.lower[k+1]; auxiliaries[w] || beForms[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !d.isCap(k+1) {
				return 0
			}
		}
	}
	return n
}

// closingDash reports whether token i is a dash that ends a clause begun
// at token b, not the second dash of an aside ("Riel thinks — for now —
// that …").
func (d *doc) closingDash(b, i int) bool {
	if d.lower[i] != "-" && !isDash(d.lower[i]) {
		return false
	}
	for k := b; k < i; k++ {
		if d.lower[k] == "-" || isDash(d.lower[k]) {
			return false
		}
	}
	return true
}

// addBefore adds the content found before the attribution.
func (d *doc) addBefore(f *frame, r int, clause [2]int) {
	if r >= 0 {
		// a quotation carried over from earlier paragraphs starts there,
		// unless an earlier paragraph attributes its own part
		for p := d.regions[r].prev; p >= 0 && !d.paraHasFrame(d.regions[p].para, f); p = d.regions[r].prev {
			r = p
		}
		d.addRegionPart(f, r)
		return
	}
	d.addClause(f, clause[0], clause[1])
}

// addRegionPart adds quotation r (and the paragraphs it continues into) as
// one content fragment.
func (d *doc) addRegionPart(f *frame, r int) {
	first := d.regions[r]
	last := r
	for n := d.regions[last].next; n >= 0 && !d.paraHasFrame(d.regions[n].para, f); n = d.regions[last].next {
		last = n
	}
	lr := d.regions[last]
	e := lr.end
	for e > first.first && (d.lower[e-1] == "," || d.lower[e-1] == ":" || d.lower[e-1] == ";") {
		e--
	}
	if e <= first.first {
		return
	}
	sp := chorus.Span{Start: d.toks[first.first].Start, End: d.toks[e-1].End}
	f.parts = append(f.parts, sp)
	f.direct = append(f.direct, true)
	f.lastRegion = last
	for i := r; i >= 0; i = d.regions[i].next {
		d.regions[i].used = true
		if i == last {
			break
		}
	}
}

// addClause adds tokens [a, e) as reported content, without the marks
// that end it; a clause of fewer than two words is no content.
func (d *doc) addClause(f *frame, a, e int) {
	for a < e && trailing[d.lower[a]] {
		a++
	}
	for e > a && trailing[d.lower[e-1]] {
		e--
	}
	if n := d.words(a, e, 2); n < 2 && !(n == 1 && a < e && (sides[d.lower[f.cue0]] || d.aimed(f) || f.side) && (d.isCap(a) || objectPronouns[d.lower[a]])) &&
		!(n == 1 && a < e && !f.form.stance && (answers[d.lower[a]] || d.lower[a] == "so" && a > f.cue0)) {
		// (but taking a side names the side: "Ruiz endorsed Holm", "Ruiz
		// criticized Holm"; and an answer is what was said: "most
		// pilots said yes", "she said so")
		return
	}
	f.parts = append(f.parts, d.span(a, e))
	f.direct = append(f.direct, false)
	// a quotation that ends the clause can be continued by the next one
	if r := d.region[e-1]; r >= 0 && d.regions[r].last == e-1 {
		f.lastRegion = r
		d.regions[r].used = true
		return
	}
	// so can one that opens a clause before the attribution: "“I admire
	// the mechanics” of the plan, Holtz said. “But …”"
	if r := d.region[a]; r >= 0 && d.regions[r].open == a && d.regions[r].close >= 0 && e <= f.attrStart() {
		f.lastRegion = r
		d.regions[r].used = true
	}
}

// answers are whole replies in one word.
var answers = wordSet(`yes no nope yep yeah sorry absolutely okay ok sure never definitely certainly`)

// objectPronouns may stand alone as the side taken or the target aimed
// at: "most oppose it", "three senators endorsed him".
var objectPronouns = wordSet(`him her them it us me`)

// continuesSentence reports whether quotation r opens with a lowercase
// word, as the second half of a sentence does.
func (d *doc) continuesSentence(r int) bool {
	i := d.regions[r].first
	if i >= d.regions[r].end || !d.isWord(i) {
		return false
	}
	return !d.isCap(i) && !unicode.IsDigit(rune(d.toks[i].Text[0]))
}

// regionEndsClause reports whether quotation r runs to the end of the
// clause (only closing marks after it), so that it is the whole content
// rather than a phrase quoted inside a reported clause.
func (d *doc) regionEndsClause(r, end int) bool {
	rg := d.regions[r]
	if rg.close < 0 || rg.para != d.para[min(end, len(d.toks))-1] && end > 0 {
		return true
	}
	return d.onlyClosers(rg.last+1, end)
}

// isClauseBefore reports whether tokens [a, e) form a reported clause that
// a following attribution can take, not a leading adverbial ("On Monday,").
func (d *doc) isClauseBefore(a, e int) bool {
	// a conjunction opening the sentence is no adverbial: "But the levy
	// still falls short, said Holm."
	for a+1 < e && (d.lower[a] == "but" || d.lower[a] == "and" || d.lower[a] == "yet") && d.sent[a] >= 0 && d.sents[d.sent[a]].TokenStart == a {
		a++
	}
	words := d.words(a, e, 7)
	if words < 2 {
		return false
	}
	if lw := d.lower[a]; adverbialStarts[lw] && !determiners[lw] && words <= 6 || timeWords[lw] && words <= 3 {
		// a leading adverbial alone ("On Monday,"), unless a clause
		// follows its comma ("On Monday, the pier closed, officials said")
		for m := a + 1; m < e-2; m++ {
			if d.lower[m] == "," && d.region[m] < 0 && d.words(m+1, e, 2) >= 2 {
				return true
			}
		}
		return false
	}
	return true
}

// adjunctComma returns the comma that closes an adjunct opening at token
// b ("in a letter to the mayor,"), or b when no adjunct opens there.
func (d *doc) adjunctComma(b, end int) int {
	if b >= end || !adjunctStarts[d.lower[b]] {
		return b
	}
	for c := b + 1; c < end && c <= b+8; c++ {
		if d.region[c] >= 0 || clauseWords[d.lower[c]] && !npInner[d.lower[c]] {
			return b
		}
		if d.lower[c] == "," {
			return c
		}
	}
	return b
}

// coordinators join a second verb or clause to the one before them.
var coordinators = wordSet(`and but or nor yet so`)

// adverbialClauseOpeners open a subordinate clause that cannot stand as what was
// said: "When the ferry sank, the Gazette reported …".
var adverbialClauseOpeners = wordSet(`when while as if because although though since after before until
	unless once whenever whereas`)

// subordinateOnly reports whether tokens [a, e), the words before an
// attribution's comma, are only an adverbial of the clause the attribution
// opens: a subordinate clause, perhaps after an adverb or a short phrase
// of time and its comma ("Usually when a ferry sinks, the papers call …",
// "Tuesday morning, as the parade drifted by, the Gazette reported …"),
// with no main clause after a later comma.
func (d *doc) subordinateOnly(a, e int) bool {
	k := a
	if isAdverb(d.lower[k]) {
		k++
	} else if timeWords[d.lower[k]] {
		// a short phrase of time and its comma: "Tuesday morning,"
		for j := k + 1; j < e && j <= k+3; j++ {
			if d.lower[j] == "," {
				k = j + 1
				break
			}
		}
	}
	if k >= e || !adverbialClauseOpeners[d.lower[k]] {
		return false
	}
	if d.lower[k] == "as" && k+1 < e && (d.lower[k+1] == "a" || d.lower[k+1] == "an") {
		return false // "As an example of his skills, …": a preposition
	}
	for j := k + 1; j < e; j++ {
		if d.region[j] >= 0 {
			return false
		}
		if d.lower[j] == "," && j+1 < e && !adverbialClauseOpeners[d.lower[j+1]] {
			return false // "When the ferry sank, the pier closed": a main clause follows
		}
	}
	return true
}

// clauseAfter reports whether tokens [a, e) can be the second half of a
// content split by a parenthetical attribution ("…, he added, there are
// …"), not an adjunct of the attribution (", referring to …", ", who …").
func (d *doc) clauseAfter(a, e int) bool {
	if a >= e {
		return false
	}
	lw := d.lower[a]
	if strings.HasSuffix(lw, "ing") || lw == "who" || lw == "which" || lw == "according" || lw == "to" ||
		adverbialStarts[lw] && lw != "the" && lw != "a" && lw != "an" && lw != "but" && lw != "and" {
		return false
	}
	return d.words(a, e, 2) >= 2
}

// adjunctStarts open an adjunct of an attribution: "said in a statement",
// "told Fox on Sunday", "said of the plan".
var adjunctStarts = wordSet(`in on at during to of about as after before via through from with while
	upon following`)

// toVerbs take what was promised or asked as a to-clause: "vowed to build
// a wall", "urged Congress to act".
var toVerbs = wordSet(`promise promises promised promising pledge pledges pledged pledging vow vows
	vowed vowing urge urges urged urging ask asks asked asking threaten threatens threatened
	threatening propose proposes proposed proposing agree agrees agreed agreeing
	warn warns warned warning call calls called calling demand demands demanded demanding
	want wants wanted wanting like plan plans planned planning hope hopes hoped hoping intend intends
	intended intending expect expects expected expecting decline declines declined declining
	refuse refuses refused refusing seek seeks sought seeking aim aims aimed aiming vote votes voted
	voting offer offers offered offering decide decides decided deciding eager willing unwilling
	determined reluctant keen anxious`)

// asides stand between commas after a cue: "he added, though, that …".
var asides = wordSet(`though however too also again meanwhile moreover furthermore indeed
	nonetheless nevertheless still in fact of course fact course`)

// subordinators open a clause that hangs on the attribution rather than
// continuing the quote: "…, he said, before leaving".
var subordinators = wordSet(`before after when while because since though although but and whereas
	unless until if where`)

// trailingAdjunct reports whether what follows the attribution at b is only
// an adjunct of it: "in a statement", ", referring to …", "on Monday".
func (d *doc) trailingAdjunct(b, end int) bool {
	k := b
	if k < end && d.lower[k] == "," {
		k++
		if k < end {
			lw := d.lower[k]
			return strings.HasSuffix(lw, "ing") || lw == "who" || lw == "which" || lw == "according" ||
				adjunctStarts[lw] || subordinators[lw]
		}
		return true
	}
	if k < end {
		lw := d.lower[k]
		if approximators[lw] && k+1 < end && d.countAt(k+1, end) {
			return false // "said about 1.8 million cubic metres escaped": a count opens the clause
		}
		if lw == "at" && k+2 < end && (d.lower[k+1] == "least" || d.lower[k+1] == "most") && d.countAt(k+2, end) {
			return false // "reported at least six boats sank": a count opens the clause
		}
		if adjunctStarts[lw] || timeWords[lw] && lw != "this" && !(k+1 < end && (d.lower[k+1] == "'s" || d.lower[k+1] == "’s")) { // ("Thursday’s protests" is an object)
			for j := k; j < end; j++ {
				if d.lower[j] == "that" || d.lower[j] == ":" || d.openingAt(j) >= 0 ||
					(d.clauseSubject(j) || j > k && determiners[d.lower[j]] && d.subjectAndVerb(j, end)) && !subordinators[d.lower[j-1]] && d.lower[j-1] != "as" {
					return false // (but "said Friday as he left" is the adjunct's own clause)
				}
			}
			return true
		}
	}
	return false
}

// approximators come before a count: "about 2,300", "nearly 40".
var approximators = wordSet(`about around some nearly almost roughly approximately over under up`)

func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// countWords are counts and shares written out: "about half", "nearly a
// third", "roughly two dozen".
var countWords = wordSet(`half third thirds quarter quarters fifth dozen dozens hundred hundreds
	thousand thousands million millions one two three four five six seven eight nine ten twenty
	thirty forty fifty sixty seventy eighty ninety`)

// countAt reports whether a count opens tokens [k, end): a number, or a
// count in words, perhaps after "a" ("a third").
func (d *doc) countAt(k, end int) bool {
	w := d.lower[k]
	if startsWithDigit(w) || countWords[w] || strings.HasPrefix(w, "two-") || strings.HasPrefix(w, "one-") || strings.HasPrefix(w, "three-") {
		return true
	}
	return (w == "a" || w == "an") && k+1 < end && countWords[d.lower[k+1]]
}

// blockAfter returns the tokens of the paragraph after the one token
// end-1 ends, when it can be a quotation set off as a block: a paragraph of
// at least five words, neither a heading (ending in a colon) nor one with
// quotation marks or a cue in its first sentence.
func (d *doc) blockAfter(end int) (int, int, bool) {
	if end <= 0 || end >= len(d.toks) {
		return 0, 0, false
	}
	p := d.para[end-1]
	if p < 0 || d.paraEnd(p) != end || d.para[end] < 0 || d.para[end] == p {
		return 0, 0, false
	}
	a, e := d.paraFirst(d.para[end]), d.paraEnd(d.para[end])
	if a != end || d.words(a, e, 5) < 5 || d.lower[e-1] == ":" {
		return 0, 0, false
	}
	for i := a; i < e; i++ {
		if d.region[i] >= 0 && d.regions[d.region[i]].open == i && d.regions[d.region[i]].kind == double {
			return 0, 0, false
		}
		// a cue in the first sentence starts an attribution of its own
		if _, cue := cues[d.lower[i]]; cue && d.lower[i] == d.toks[i].Text && d.sent[i] == d.sent[a] && d.cueAt(i, d.sents[d.sent[i]]) != nil {
			return 0, 0, false // (not a noun: "reeks of fear")
		}
	}
	return a, e, true
}

// clauseSubject reports whether token j is a subject pronoun opening a
// reported clause after an adjunct: "said after the meeting he would …".
// "it", "there" and "you" are objects as often as subjects, so they open a
// clause only before a finite verb: "said on Monday it was too late".
func (d *doc) clauseSubject(j int) bool {
	if p, ok := contractedPronoun(d.lower[j]); ok {
		// "knows they’re spun", "said it’ll rain": the verb is in the
		// token, so "it", "there" and "you" open a clause too
		return (pronouns[p] != pronoun{} || p == "there" || p == "you") && p != "him" && p != "her" && p != "them" &&
			j > 0 && d.isWord(j-1) && d.region[j] < 0
	}
	switch d.lower[j] {
	case "he", "she", "they", "we", "i":
		return j > 0 && d.isWord(j-1) && d.region[j] < 0
	case "it", "there", "you":
		if j == 0 || j+1 >= len(d.toks) || !d.isWord(j-1) || d.region[j] >= 0 || d.sent[j+1] != d.sent[j] {
			return false
		}
		w := d.lower[j+1]
		return finiteAux[w] || d.toks[j+1].Text == w && len(w) > 3 && (strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed"))
	}
	return false
}

// contractedPronoun splits a pronoun with a contracted verb ("they’re",
// "he'll", "it’s") and returns the pronoun.
func contractedPronoun(w string) (string, bool) {
	for _, apostrophe := range []string{"’", "'"} {
		if p, verb, ok := strings.Cut(w, apostrophe); ok && p != "" && contractedVerbs[verb] {
			return p, true
		}
	}
	return "", false
}

// contractedVerbs are the verbs a pronoun may carry after an apostrophe.
var contractedVerbs = wordSet(`re ll s d ve m`)

// bareClause reports whether a clause with a subject of its own and no
// "that" opens at token k after a weak cue of knowing or finding: a short
// noun phrase, then a finite auxiliary ("found the town was in breach",
// "know your logs are audited"), not an object ("found a way to win").
func (d *doc) bareClause(f *frame, k, end int) bool {
	return bareClauseVerbs[d.lower[f.cue0]] && d.subjectAndVerb(k, end)
}

// subjectAndVerb reports whether tokens from k open a clause: a short noun
// phrase, then a finite auxiliary.
func (d *doc) subjectAndVerb(k, end int) bool {
	if k >= end || d.region[k] >= 0 {
		return false
	}
	if pluralNoun(d.lower[k]) && k+1 < end && !d.isCap(k) && d.toks[k+1].Text == d.lower[k+1] && d.region[k+1] < 0 &&
		(finiteAux[d.lower[k+1]] || strings.HasSuffix(d.lower[k+1], "ed") && (k+2 >= end || d.lower[k+2] != "by")) {
		return true // a bare plural and its verb: "found dockers favored Riel"
	}
	if !(determiners[d.lower[k]] || possessives[d.lower[k]].gender != unknownGender || d.lower[k] == "their" || d.lower[k] == "your" ||
		d.isCap(k) || unicode.IsDigit(rune(d.lower[k][0]))) {
		return false
	}
	for i := k + 1; i < end && i <= k+6; i++ {
		lw := d.lower[i]
		if d.region[i] >= 0 || !d.isWord(i) && lw != "'s" && lw != "’s" {
			return false
		}
		if finiteAux[lw] {
			return i > k
		}
		if clauseWords[lw] && !npInner[lw] || lw == "to" {
			return false
		}
	}
	return false
}

// whClause reports whether a question opens at token k after a weak cue
// that takes a bare clause: "knows how the fee works", "found whether …".
func (d *doc) whClause(f *frame, k, end int) bool {
	if f.cue0 >= 2 && strings.HasPrefix(d.lower[f.cue0-2], "let") {
		return false // "let us know what …" asks; it reports nothing
	}
	return knowing[d.lower[f.cue0]] && whWords[d.lower[k]] && k+2 < end && d.isWord(k+1) && d.lower[k+1] != "to"
}

// knowing are the weak cues that take a question: "knows how …".
var knowing = wordSet(`know knows`)

// whWords open an indirect question.
var whWords = wordSet(`how what whether if why where who when which`)

// bareClauseVerbs are the weak cues that take a clause without "that".
var bareClauseVerbs = wordSet(`know knows find finds found show shows showed shown confirm confirms confirmed
	conclude concludes concluded estimate estimates estimated indicate indicates indicated recall recalls recalled
	agree agrees agreed maintain maintains maintained stated stating`)

// finiteAux are the finite auxiliaries that show a clause's verb.
var finiteAux = wordSet(`is are was were has have had will would could can may might should must does did
	do`)

// nextParagraphQuote returns the quotation opening the paragraph after the
// one token end-1 ends, or -1.
func (d *doc) nextParagraphQuote(end int) int {
	if end <= 0 || end >= len(d.toks) {
		return -1
	}
	p := d.para[end-1]
	if p < 0 || d.paraEnd(p) != end {
		return -1
	}
	return d.openingAt(end)
}

// attachQuotations gives unattributed quotations to the attribution next
// to them: the second half of a quotation split by its attribution ("“A,”
// she said. “B.”") and quoted paragraphs that follow an attributed
// quotation with no attribution of their own.
func (d *doc) attachQuotations() {
	claimed := func(r int) bool { return d.regions[r].used }
	for _, f := range d.frames {
		if n := d.quoteAfterReport(f); n >= 0 && !claimed(n) {
			if g := d.antecedentSpeaker(f); g != nil {
				// "“A,” said Holm, who noted that …. “B.”": B goes on with
				// Holm's quotation, not with the relative clause about him
				d.addRegionPart(g, n)
			} else {
				d.addRegionPart(f, n)
			}
		}
	extend:
		for f.lastRegion >= 0 {
			r := f.lastRegion
			n := r + 1
			// skip a title quoted inside the attribution ("said Cuban, a host
			// of “Shark Tank.”") to the quotation that goes on after it
			for n < len(d.regions) && d.regions[n].para == d.regions[r].para && d.sent[d.regions[n].open] == f.sent &&
				d.regions[n].open > f.attrEnd() && !d.startsPart(d.regions[n].open) {
				n++
			}
			if n >= len(d.regions) || claimed(n) || d.regions[n].prev >= 0 {
				break
			}
			rg, ng := d.regions[r], d.regions[n]
			upTo := ng.open
			if o := ng.open - 1; o > rg.last+1 && (d.lower[o] == "but" || d.lower[o] == "and") && d.sent[o] >= 0 && d.sents[d.sent[o]].TokenStart == o {
				upTo = o // “A,” she said. But “B.”
			}
			if d.hasFrameBetween(rg.last+1, upTo, f) {
				break
			}
			switch {
			case ng.para == rg.para:
				// split by the attribution: only the attribution and
				// punctuation between the two halves
				if !(f.attrStart() > rg.last && f.attrEnd() <= ng.open) {
					break extend
				}
			case ng.para == rg.para+1 || d.paraEnd(rg.para) == d.paraFirst(ng.para):
				if ng.open != d.paraFirst(ng.para) {
					break extend
				}
			default:
				break extend
			}
			if d.addRegionPart(f, n); f.lastRegion == r {
				break // an empty quotation: nothing to carry on
			}
		}
	}
}

// parensAround returns the parentheses of sentence s that hold tokens
// [a, b), or -1, -1.
func (d *doc) parensAround(a, b int, s chorus.Sentence) (int, int) {
	o := -1
	for k := a - 1; k >= s.TokenStart && k >= a-30; k-- {
		if d.lower[k] == ")" {
			return -1, -1
		}
		if d.lower[k] == "(" {
			o = k
			break
		}
	}
	if o < 0 {
		return -1, -1
	}
	for k := b; k < s.TokenEnd && k <= b+30; k++ {
		if d.lower[k] == "(" {
			return -1, -1
		}
		if d.lower[k] == ")" {
			return o, k
		}
	}
	return -1, -1
}

// afterOpener reports whether only a conjunction, an adverb or their
// comma stand before token i in sentence s: "But according to …", "Now,
// according to …".
func (d *doc) afterOpener(i int, s chorus.Sentence) bool {
	if i-s.TokenStart > 3 {
		return false
	}
	for k := s.TokenStart; k < i; k++ {
		w := d.lower[k]
		if !(w == "but" || w == "and" || w == "yet" || w == "so" || w == "," || isAdverb(w) || sentenceAdverbs[w] || auxiliaries[w]) {
			return false
		}
	}
	return true
}

// dashAfterAdjunct returns the dash that follows the attribution ending
// at token b, at once or after a short adjunct of time ("reported on
// Tuesday — a turn for the worse"), or end.
func (d *doc) dashAfterAdjunct(b, end int) int {
	for k := b; k < end && k <= b+4; k++ {
		w := d.lower[k]
		if isDash(w) || w == "-" && k+1 < end && d.lower[k+1] != "-" {
			return k
		}
		if !(timeWords[w] || w == "on" || w == "last" || w == "this" || w == "earlier" || w == "late" || w == "early") {
			return end
		}
	}
	return end
}

// continuesClause reports whether the words from token k go on with a
// clause split by an attribution ("Among the ports at risk, according to
// Varga, are 16 …"): a comma, then a verb.
func (d *doc) continuesClause(k, end int) bool {
	if k < 0 || k+1 >= end || d.lower[k] != "," {
		return false
	}
	w := d.lower[k+1]
	return finiteAux[w] || beForms[w] || auxiliaries[w] && w != "also"
}

// antecedentSpeaker returns the frame of f's sentence that quotes
// directly the speaker a relative pronoun of f stands for ("“A,” said
// Holm, who noted …"), or nil.
func (d *doc) antecedentSpeaker(f *frame) *frame {
	if f.ref1 <= f.ref0 {
		return nil
	}
	for _, g := range d.frames {
		if g == f || g.sent != f.sent || g.spk0 < 0 || g.spk1 <= f.ref0 || f.ref1 <= g.spk0 {
			continue
		}
		for _, direct := range g.direct {
			if direct {
				return g
			}
		}
	}
	return nil
}

// quoteAfterReport returns the quotation that opens the sentence right
// after an attribution of reported speech ("The deal may fail, Brand said.
// “We have no partner.”"), or -1. News writing gives the speaker of a
// paraphrase the quotation that follows it when the quotation names no
// speaker of its own.
func (d *doc) quoteAfterReport(f *frame) int {
	if f.lastRegion >= 0 || len(f.parts) == 0 || f.colon || f.nominal || f.form.stance || f.sent < 0 || f.sent >= len(d.sents) {
		return -1
	}
	for _, direct := range f.direct {
		if direct {
			return -1
		}
	}
	// the attribution must end its sentence: no quotation is left inside it
	end := d.sents[f.sent].TokenEnd
	if end >= len(d.toks) || d.region[end-1] >= 0 {
		return -1
	}
	n := d.openingAt(end)
	if n < 0 || (d.para[end] != d.para[end-1] && (d.para[end] != d.para[end-1]+1 || d.paraEnd(d.para[end-1]) != end)) || d.regions[n].prev >= 0 || d.hasFrameBetween(f.attrEnd(), end, f) {
		return -1
	}
	return n
}

// hasFrameBetween reports whether tokens [a, b) hold another frame's cue,
// or words outside the sentence of f's attribution in the same paragraph
// (a sentence of narration between two quotations).
func (d *doc) hasFrameBetween(a, b int, f *frame) bool {
	for i := a; i < b; i++ {
		if d.isWord(i) && d.para[i] == d.para[a] && d.sent[i] != f.sent {
			return true
		}
	}
	// frames are in text order until resolveSpeakers sorts them again
	k := sort.Search(len(d.frames), func(k int) bool { return d.frames[k].cue0 >= a })
	for ; k < len(d.frames) && d.frames[k].cue0 < b; k++ {
		if o := d.frames[k]; o != f && !((o.form.participle || o.form.stance) && o.sent == f.sent) {
			return true
		}
	}
	return false
}

// paraHasFrame reports whether paragraph p holds the cue of a frame other
// than f.
func (d *doc) paraHasFrame(p int, f *frame) bool {
	n := d.paraFrames[p]
	if d.para[f.cue0] == p && d.hasFrame(f) {
		n--
	}
	return n > 0
}

// hasFrame reports whether f is among the frames kept so far.
func (d *doc) hasFrame(f *frame) bool { return f.kept }

// words counts the word tokens of [a, e), stopping at limit.
func (d *doc) words(a, e, limit int) int {
	n := 0
	for i := a; i < e && n < limit; i++ {
		if d.isWord(i) {
			n++
		}
	}
	return n
}

// wholeClause reports whether quotation r is all of the clause that starts
// at token start (or follows a colon), not a phrase quoted inside it
// ("He likened the audit to a “fire drill,” according to …").
func (d *doc) wholeClause(r, start int) bool {
	o := d.regions[r].open
	if o <= start || d.lower[o-1] == ":" || d.para[o-1] != d.para[o] {
		return true
	}
	for i := start; i < o; i++ {
		if d.isWord(i) && d.lower[i] != "but" && d.lower[i] != "and" {
			return false
		}
	}
	return true
}

// startsPart reports whether an opening mark at token o can start the next
// part of a quotation: at a sentence's start, or after a comma, colon or
// dash.
func (d *doc) startsPart(o int) bool {
	if o == 0 || d.sent[o] < 0 || d.sents[d.sent[o]].TokenStart == o {
		return true
	}
	switch d.lower[o-1] {
	case ",", ":", "—", "--", ";", ".":
		return true
	}
	return d.isClosingMark(o - 1)
}

// colonQuotations attributes a quotation introduced by a colon with no cue
// verb the lexicon knows ("Trump leaned in and boomed: “…”", "The email
// goes on: “…”", "In a later interview, she went further:" ¶ “…”) to the
// subject of the clause before the colon. The quotation must run to the
// end of its sentence, and the clause must hold no attribution of its own.
func (d *doc) colonQuotations() {
	added := false
	for r := range d.regions {
		rg := d.regions[r]
		if rg.used || rg.prev >= 0 || rg.kind != double || rg.open == 0 {
			continue
		}
		c := rg.open - 1 // the colon
		if d.lower[c] != ":" {
			continue
		}
		if d.para[c] != rg.para && (d.para[c] != rg.para-1 || d.paraEnd(d.para[c]) != c+1 || d.paraFirst(rg.para) != rg.open) {
			continue
		}
		si := d.sent[c]
		if si < 0 || d.region[c] >= 0 {
			continue
		}
		if last := rg.last; last+1 < len(d.toks) && d.sent[last] >= 0 && !d.onlyClosers(last+1, d.sents[d.sent[last]].TokenEnd) {
			continue // the sentence goes on after the quotation
		}
		start := d.sents[si].TokenStart
		for i := start; i < c; i++ {
			if d.region[i] >= 0 {
				start = -1 // a quotation inside the clause: not a plain introduction
				break
			}
			if isDash(d.lower[i]) || d.lower[i] == "-" {
				start = i + 1 // "HEADLINE - Name:": the clause after the dash
			}
		}
		if start < 0 || d.sentHasFrame(si) {
			continue
		}
		a, b := d.subject(start, c)
		label := start > d.sents[si].TokenStart && b == c && b > a && d.hasName(a, b) // "… - Philip Bump: “…”"
		if b <= a || (b >= c || d.words(b, c, 1) < 1) && !label {
			continue // no subject, or nothing said of it
		}
		f := &frame{cue0: c, cue1: c + 1, colon: true, spk0: a, spk1: b, sent: si, lastRegion: -1, byline: -1, turn: -1}
		d.addRegionPart(f, r)
		if len(f.parts) == 0 {
			continue
		}
		d.frames = append(d.frames, f)
		d.paraFrames[d.para[c]]++
		f.kept = true
		added = true
	}
	if added {
		sort.SliceStable(d.frames, func(i, j int) bool { return d.frames[i].cue0 < d.frames[j].cue0 })
	}
}

// sentHasFrame reports whether sentence si holds the cue of a kept frame.
func (d *doc) sentHasFrame(si int) bool {
	for _, f := range d.frames {
		if f.sent == si {
			return true
		}
	}
	return false
}

// joinAdverbs can stand between "and" or "but" and the second half of a
// split quotation.
var joinAdverbs = wordSet(`still then also later yet even`)

// addSpan adds tokens [a, e) to f's content as a reported fragment, however
// short: the subject of a passive may be a single name ("Holm was endorsed
// by …").
func (d *doc) addSpan(f *frame, a, e int) {
	for a < e && trailing[d.lower[a]] {
		a++
	}
	for e > a && trailing[d.lower[e-1]] {
		e--
	}
	if d.words(a, e, 1) == 0 {
		return
	}
	f.parts = append(f.parts, d.span(a, e))
	f.direct = append(f.direct, false)
}

// quoteAfterAdjunct returns the comma that ends an adjunct opening at
// token k ("in an interview with the Gazette,", "in her memoir,") and the
// quotation that follows it and closes the clause, or -1 for the region
// when there is none.
func (d *doc) quoteAfterAdjunct(k, end int) (int, int) {
	if k >= end || !adjunctStarts[d.lower[k]] {
		return k, -1
	}
	for c := k + 1; c < end && c <= k+10; c++ {
		if d.region[c] >= 0 || clauseWords[d.lower[c]] && !npInner[d.lower[c]] {
			return k, -1
		}
		if d.lower[c] == "," {
			r := d.openingAt(c + 1)
			if r < 0 || !d.regionEndsClause(r, end) {
				return k, -1
			}
			return c, r
		}
	}
	return k, -1
}

// titleRegion reports whether quotation r reads as a title rather than
// speech: at most eight words, each capitalised but for short function
// words ("A Harbour Son", "Tide Tables of the North").
func (d *doc) titleRegion(r int) bool {
	rg := d.regions[r]
	n := 0
	for i := rg.first; i < rg.end; i++ {
		if !d.isWord(i) {
			continue
		}
		if n++; n > 8 {
			return false
		}
		if !d.isCap(i) && !titleFillers[d.lower[i]] {
			return false
		}
	}
	return n > 0
}

// works are the nouns a title in quotation marks names: "in his memoir,
// “A Harbour Son”".
var works = wordSet(`book books memoir memoirs novel biography autobiography column essay article
	op-ed editorial report film movie documentary show program programme podcast song album poem
	play series`)

// titleFillers are the short words a title leaves in lower case.
var titleFillers = wordSet(`a an the of and or in on at to for from with by`)
