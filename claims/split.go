package claims

import (
	"strings"

	"github.com/chorusnews/chorus/analyze/clause"
)

// part is one clause of a split sentence: one run of tokens, or a
// subject and a predicate taken from two runs.
type part struct{ segs []segment }

// coordinators join clauses after a comma.
var coordinators = wordSet(`and but while whereas although though`)

// split cuts [a, b) into clauses: at semicolons; at a comma and a
// coordinator when a clause follows ("…, and a UN envoy said …"); at a
// bare "and"/"but" followed by an auxiliary (a second predicate of the
// same subject, "… opened in 1998 and has grown into …"); and around
// non-restrictive relative clauses (", which …,"), which become claims
// about their antecedent. A predicate without a subject borrows the
// first clause's.
func (s *sent) split(a, b int) []part {
	// relative clauses first: [comma, end) ranges left out of the main clause
	type rel struct {
		// from is where the cut starts: the clause's comma, or the comma
		// of an age before it ("Riel, 71, who …")
		from, comma, end int
		// words is where the clause's own words end: end, or past the
		// closing quotation mark of a comma typed inside it
		words int
		claim bool // the clause is a claim about its antecedent
	}
	var rels []rel
	after := a // a clause nested in one already cut is cut with it
	for _, c := range s.describing {
		i := c.From
		if c.Kind != clause.Relative || i < after || i+2 >= b || s.quoted[i] || s.paren[i] || s.dashed[i] {
			// (one inside an aside between dashes, "the islands _
			// battered by a storm, which …, _ emerged unscathed", is the
			// aside's, cut with it or not at all)
			continue
		}
		end := min(c.To, b)
		words := -1
		for k := i + 1; k < end; k++ {
			if isDash(s.toks[k].Text) && !s.dashed[k] && !s.quoted[k] {
				// a lone dash ends the clause: "the suite, which holds 90
				// percent of the market _ unless the maker drops …"
				end = k
				break
			}
			if s.toks[k].Text == "," && s.quoted[k] {
				// the comma ending the clause typed inside a quotation:
				// "Riel, who calls himself the ``Iron Mayor,'' took …"
				j := k + 1
				for j < end && isQuoteMark(s.toks[j].Text) {
					j++
				}
				if j > k+1 && j < end && !s.quoted[j] && isLowerWord(s.toks[j].Text) && s.isVerbCue(j) {
					end, words = j-1, j // (the closing mark is cut with the clause)
					break
				}
			}
		}
		if alias := s.aliasEnd(end, b); alias > end {
			// "Riel, who leads the Dockers Front, or KDF, which
			// …": the name given again belongs to the clause's noun
			end = alias
		}
		if c.OwnSubject && end < b {
			// ", which the caretaker, Roman Hudak, began ringing …": a
			// clause with a subject of its own may hold commas of its own,
			// so the next comma is no sure end of it; left whole
			continue
		}
		// one with a subject of its own says nothing of its antecedent
		// alone ("display, which the library hopes will happen soon"): it
		// is cut from the main clause but makes no claim
		if words < 0 {
			words = end
		}
		rels = append(rels, rel{s.ageBefore(a, i), i, end, words, !c.OwnSubject})
		after = end
	}
	inRel := func(i int) bool {
		for _, r := range rels {
			if r.from <= i && i <= r.end {
				return true
			}
		}
		return false
	}
	// coordination cuts in the main clause: (cut, next start, needs subject)
	type cut struct {
		at, next int
		vp       bool
	}
	var cuts []cut
	for i := a + 1; i+1 < b; i++ {
		if s.quoted[i] || s.paren[i] || s.dashed[i] || inRel(i) {
			continue
		}
		switch {
		case (s.low[i] == "a.m." || s.low[i] == "p.m.") && s.capitalisedName(i+1) && s.hasVerb(i+1, b):
			// a sentence the segmenter left joined: "… at 6 a.m. Thessara
			// Container Terminal said …"
			cuts = append(cuts, cut{i + 1, i + 1, false})
		case s.toks[i].Text == ";":
			// "On trial are Riel, the former mayor; Vos, his deputy; …":
			// a semicolon between items of a list cuts no clause off
			if s.clauseFollows(i+1, b, inRel) {
				cuts = append(cuts, cut{i, i + 1, false})
			}
		case s.toks[i].Text == "," && coordinators[s.low[i+1]] && i+2 < b && s.low[i+2] != "to":
			// (", and to report …" is a second infinitive of the same
			// verb, no clause)
			r := i + 2
			if r+1 < b && s.toks[r+1].Text == "," && s.isVerbCue(r) {
				continue // "tried, but failed, to reach": a verb set off by commas
			}
			if s.isVerbCue(r) && (clause.Auxiliary(s.low[r]) || s.low[i+1] == "and" || s.low[i+1] == "but") {
				cuts = append(cuts, cut{i, r, true})
				continue
			}
			for j := r + 1; j < min(b, r+8); j++ {
				if s.toks[j].Text == "," {
					break
				}
				if s.isVerbCue(j) {
					cuts = append(cuts, cut{i, r, false})
					break
				}
			}
		case (s.low[i] == "and" || s.low[i] == "but") && clause.Auxiliary(s.low[i+1]) && s.words(a, i) >= 5 &&
			s.toks[i-1].Text != ",":
			cuts = append(cuts, cut{i, i + 1, true})
		}
	}
	if len(cuts) > 0 && s.subject(a, cuts[0].at).to <= s.subject(a, cuts[0].at).from {
		// a second predicate borrows the first clause's subject; with none
		// to borrow ("…, said the spokesman, Petar Ilic, and cited
		// Ms Varga …") it would stand without one: it stays joined
		kept := cuts[:0]
		for _, c := range cuts {
			if !c.vp {
				kept = append(kept, c)
			}
		}
		cuts = kept
	}
	if len(rels) == 0 && len(cuts) == 0 {
		return []part{{segs: []segment{{a, b}}}}
	}
	// main clause runs between cuts, minus relative clauses
	var parts []part
	start, vp := a, false
	var subject segment
	emit := func(from, to int, needsSubject bool) {
		segs := s.without(from, to, func(i int) bool { return inRel(i) })
		if len(segs) == 0 {
			return
		}
		if needsSubject && subject.to > subject.from {
			segs = append([]segment{subject}, segs...)
		}
		parts = append(parts, part{segs: segs})
	}
	for k, c := range cuts {
		emit(start, c.at, vp)
		if k == 0 {
			subject = s.subject(a, c.at)
		}
		start, vp = c.next, c.vp
	}
	emit(start, b, vp)
	if len(cuts) == 0 {
		subject = s.subject(a, b)
	}
	for _, r := range rels {
		if !r.claim {
			continue
		}
		ante := s.antecedent(a, r.from)
		if ante.to <= ante.from || r.comma+2 >= r.end {
			continue
		}
		if s.low[r.comma+1] == "who" && ante.from > a && placePrepositions[s.low[ante.from-1]] {
			// "a volunteer at the shop in Market Street, who was
			// sorting …": the place is not who; the person is further
			// back, past words this cannot tell apart, so no claim
			continue
		}
		if s.quotedShare(r.comma+2, r.words) > 0.5 {
			// ", which ``operated under its wing''": a direct quotation,
			// the quotes section's (see collect)
			continue
		}
		if s.low[r.comma+1] == "which" && ante.from > a+1 && wherePrepositions[s.low[ante.from-1]] &&
			s.isWord(ante.from-2) && !s.isVerbCue(ante.from-2) {
			// "a break-in at the depot, which has alarmed the town", "the
			// talks in Riel, which began on Monday": after a noun's place
			// the clause is as likely the noun's (the break-in, the
			// talks) as the place's, so no claim. ("A visit to Riel,
			// which …" is about Riel more often than not.)
			continue
		}
		parts = append(parts, part{segs: []segment{ante, {r.comma + 2, r.words}}})
	}
	return parts
}

// ageBefore returns where an age set off by commas ends the name before
// the "who" clause whose comma is at i ("Ilse Varga, 71, who …"): the
// comma before the age, so that the clause speaks of the person rather
// than of the number, and the main clause reads on without a stray "71".
// Otherwise it returns i.
func (s *sent) ageBefore(a, i int) int {
	if i-2 <= a || i+1 >= len(s.toks) || s.low[i+1] != "who" || s.toks[i-2].Text != "," || s.quoted[i-1] {
		return i
	}
	age := s.toks[i-1].Text
	if len(age) > 3 {
		return i
	}
	for _, r := range age {
		if r < '0' || r > '9' {
			return i
		}
	}
	return i - 2
}

// clauseFollows reports whether the run from i to the next semicolon (or
// b) has a verb outside the relative clauses: a clause, not a list item.
func (s *sent) clauseFollows(i, b int, inRel func(int) bool) bool {
	for ; i < b && s.toks[i].Text != ";"; i++ {
		if !inRel(i) && !s.quoted[i] && s.verbAt(i) {
			return true
		}
	}
	return false
}

// relativeClaimAt reports whether a relative clause opening at the comma
// at i has the relative pronoun as its subject ("Rusanova, who waded …"),
// so that it says something of the noun before the comma.
func (s *sent) relativeClaimAt(i int) bool {
	for _, c := range s.describing {
		if c.From == i && c.Kind == clause.Relative {
			return !c.OwnSubject
		}
	}
	return false
}

// purpose reports whether "to" at i opens a purpose clause ("met Varga
// on Monday to propose a wider port partnership"): a finite verb before it,
// a noun or a time word right before it (not "hoped to", "is to", "able
// to"), a verb after it, and enough words on both sides.
func (s *sent) purpose(a, i, b int) bool {
	if i+1 >= b || s.words(a, i) < 5 || s.words(i, b) < 5 || !s.isWord(i-1) {
		return false
	}
	prev, next := s.low[i-1], s.low[i+1]
	if s.isVerbCue(i-1) || infinitiveTakers[prev] || clause.Auxiliary(next) || placePrepositions[next] || !isLowerWord(s.toks[i+1].Text) {
		return false
	}
	// "after failing to", "had gone to": a verb form before "to" takes it;
	// "… a banned group and to …" is a second infinitive of the verb
	if strings.HasSuffix(prev, "ing") || clause.PastParticiple(prev, "to") || prev == "and" || prev == "or" || prev == "but" {
		return false
	}
	// "a plan for the two operators to share the quay", "wary enough of
	// the audit to", "decided on Monday to accept": the infinitive
	// completes what comes before it
	for j := i - 1; j >= a && j >= i-6; j-- {
		if s.low[j] == "for" || s.low[j] == "enough" || s.low[j] == "too" {
			return false
		}
		if s.isVerbCue(j) {
			if infinitiveTakers[s.low[j]] {
				return false
			}
			break
		}
	}
	if strings.HasSuffix(next, "s") && !strings.HasSuffix(next, "ss") || strings.HasSuffix(next, "ed") || strings.HasSuffix(next, "ing") {
		return false // "to talks", "to armed groups": a preposition, not an infinitive
	}
	finite := false
	for j := a; j < i; j++ {
		if objectControl[s.low[j]] {
			return false // "urged Russia to push", "pressure its ally to ground"
		}
		if s.isVerbCue(j) && !s.quoted[j] {
			finite = true
		}
	}
	return finite && !s.quoted[i] && !s.paren[i]
}

// purposeAt returns the first "to" of [a, b) opening a purpose clause, or -1.
func (s *sent) purposeAt(a, b int) int {
	for i := a + 1; i < b; i++ {
		if s.low[i] == "to" && s.purpose(a, i, b) {
			return i
		}
	}
	return -1
}

// objectControl verbs take an object and an infinitive: "urged Russia to
// push", "pressure its ally to ground its jets".
var objectControl = wordSet(`urge urges urged ask asks asked force forces forced allow allows allowed persuade persuaded
	convince convinced require requires required tell tells told want wants wanted help helps helped enable enables
	enabled encourage encouraged invite invited push pushed pressure pressured press pressed expect expected
	offer offers offered urging asking forcing allowing persuading requiring telling helping enabling
	encouraging inviting pushing pressing prompt prompts prompted prompting lead leads led leading
	cause causes caused causing`)

// infinitiveTakers are words "to" completes rather than opens a purpose
// after: "hoped to", "is set to", "able to", "plan to".
var infinitiveTakers = wordSet(`hope hopes hoped aim aims aimed plan plans planned want wants wanted seek seeks sought
	try tries tried expect expects expected need needs needed is are was were be set going able unable due likely
	unlikely ready willing required asked urged called agreed refused decided failed managed continue continues
	continued began begin started start appears appeared seems seemed used order way time chance effort efforts
	bid attempt right power plan move deal proposal decision pressure vote ability permission request requests
	call calls demand demands offer promise pledge appeal motion invitation hard easy difficult impossible
	possible enough`)

// capitalisedName reports a capitalised token that is not a function word.
func (s *sent) capitalisedName(i int) bool {
	return s.capitalised(i) && !notNames[s.low[i]]
}

func isLowerWord(t string) bool {
	return t != "" && t[0] >= 'a' && t[0] <= 'z'
}

// hasVerb reports a verb cue in [a, b).
func (s *sent) hasVerb(a, b int) bool {
	for i := a; i < b; i++ {
		if s.isVerbCue(i) {
			return true
		}
	}
	return false
}

// without returns the runs of [from, to) whose tokens skip does not mark.
func (s *sent) without(from, to int, skip func(int) bool) []segment {
	var out []segment
	i := from
	for i < to {
		for i < to && skip(i) {
			i++
		}
		j := i
		for j < to && !skip(j) {
			j++
		}
		if j > i {
			a, b := s.trim(i, j)
			if b > a {
				out = append(out, segment{a, b})
			}
		}
		i = j
	}
	return out
}

// subject is the clause's words before its first verb: at most ten
// tokens, none of them punctuation.
func (s *sent) subject(a, b int) segment {
	// "On the last morning of the summit, Varga called …": after the opener
	if !s.capitalisedName(a) || clause.Opener(s.low[a]) {
		for i := a; i < b && i < a+14; i++ {
			if s.toks[i].Text == "," {
				if s.isVerbCue(i + 1) {
					return segment{}
				}
				a = i + 1
				break
			}
			if s.isVerbCue(i) {
				break
			}
		}
	}
	for i := a; i < b && i < a+10; i++ {
		if s.dashed[i] && i > a {
			// "Riel _ who took office last year _ signed …": the subject
			// ends where the aside opens
			return segment{a, i}
		}
		if s.isVerbCue(i) {
			if i == a {
				return segment{}
			}
			return segment{a, i}
		}
		if s.toks[i].Text == "," {
			return segment{}
		}
	}
	return segment{}
}

// antecedent is the noun phrase right before a relative clause's comma:
// words back to the previous punctuation, verb or preposition, at most six.
func (s *sent) antecedent(a, comma int) segment {
	i := comma
	for i > a && comma-i < 6 {
		j := i - 1
		if !s.isWord(j) && s.toks[j].Text != "’s" && s.toks[j].Text != "'s" || s.isVerbCue(j) || placePrepositions[s.low[j]] ||
			s.low[j] == "of" || s.low[j] == "by" || s.low[j] == "with" || s.low[j] == "that" || antecedentStops[s.low[j]] {
			break
		}
		i = j
	}
	if i > a+1 && s.low[i] == "or" && s.toks[i-1].Text == "," {
		// "the Kalessian Dockers Union, or KDU, which …": the clause speaks
		// of the union, the "or" phrase only names it again
		return s.antecedent(a, i-1)
	}
	return segment{i, comma}
}

// antecedentStops end an antecedent going back: the word before a noun
// phrase that is no part of it ("identified as Petar Riel, who lived …"
// is about Petar Riel, not "as Petar Riel").
var antecedentStops = wordSet(`as for to from than like about into against among over under after before since
	during via per`)

// aliasEnd returns, when the comma at i is followed by "or" and a short
// name closed by another comma (", or KDF,"), that comma; else i.
func (s *sent) aliasEnd(i, b int) int {
	if i+2 >= b || s.toks[i].Text != "," || s.low[i+1] != "or" {
		return i
	}
	for j := i + 2; j < b && j <= i+6; j++ {
		if s.toks[j].Text == "," {
			return j
		}
		if s.isVerbCue(j) {
			break
		}
	}
	return i
}
