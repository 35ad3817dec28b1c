package quotes

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// relativeSubjectBefore reports whether the plain form at token i follows
// a plural subject with a relative clause of its own ("Traders who have
// worked with Holm say", "residents who live near the pier say"): the
// word right before the verb ends the relative clause, not the subject,
// so it tells nothing about the verb's number. The relative clause must be
// short and hold no punctuation or quotation, and its head must open
// the sentence or follow a comma or a conjunction, so that "the man who met
// them say" deep in a sentence is not read as a subject.
func (d *doc) relativeSubjectBefore(i, first int) bool {
	for k := i - 1; k > first && k >= i-9; k-- {
		w := d.lower[k]
		if d.region[k] >= 0 || d.isPunct(k) {
			return false
		}
		if w != "who" && w != "that" {
			continue
		}
		if k+1 >= i {
			return false // "officials who say": the relative's own verb
		}
		h := k - 1
		head := d.lower[h]
		if !(pluralNoun(head) || irregularPlurals[head]) || d.isCap(h) && !strings.HasSuffix(head, "s") {
			return false
		}
		// at most a determiner and two modifiers before the head
		m := h - 1
		for m >= first && m >= h-3 && d.isWord(m) && !clauseWords[d.lower[m]] {
			m--
		}
		return m < first || d.isPunct(m) && d.region[m] < 0 || subjectOpeners[d.lower[m]]
	}
	return false
}

// pluralNoun reports whether a lowercase word has the shape of a plural
// noun: a final s that is not part of "ss", "us" or "is", nor a possessive.
func pluralNoun(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

// askedAfterAdjunct returns the token that opens the question of an
// "asked" that opens its sentence (or follows "when" or "if" there) with an
// adjunct between the verb and the question: a time ("Asked on Monday
// whether …", "Asked Tuesday about …") or who asked ("When asked by a
// reporter about …"). It returns 0 when there is no such question before
// the clause's comma.
func (d *doc) askedAfterAdjunct(i int, s chorus.Sentence) int {
	if d.lower[i] != "asked" || d.toks[i].Text != "asked" && d.toks[i].Text != "Asked" {
		return 0
	}
	if i != s.TokenStart && !(i-1 == s.TokenStart && reducedOpeners[d.lower[i-1]]) {
		return 0
	}
	adjunct := false
	for k := i + 1; k < s.TokenEnd && k <= i+8; k++ {
		w := d.lower[k]
		if d.region[k] >= 0 || !d.isWord(k) {
			return 0
		}
		if askedOpeners[w] && adjunct && w != "to" || w == "to" && adjunct && k+1 < s.TokenEnd && d.lower[k+1] != "the" {
			if k+2 >= s.TokenEnd {
				return 0
			}
			return k
		}
		switch {
		case timeWords[w] || w == "on" || w == "by" || w == "last" || w == "again" || w == "later" || w == "repeatedly":
			adjunct = true
		case !adjunct:
			return 0 // "Asked the mayor …": an object, not an adjunct
		}
	}
	return 0
}

// afterDateline returns the first token after a dateline that opens a
// story's first sentence ("LUNDE — …", "TESSIN, Veskaria (AP) — …"): a
// place in capitals, perhaps with a region and an agency, then a dash. The
// place is where the story was filed, not the subject of its sentence.
// Without a dateline it returns first.
func (d *doc) afterDateline(first, limit int) int {
	if first >= limit || !allCaps(d.toks[first].Text) || !d.isWord(first) {
		return first
	}
	for k := first + 1; k < limit && k <= first+8; k++ {
		w := d.lower[k]
		if isDash(w) || w == "-" {
			// the word before the dash is the place or the agency in
			// capitals: "FBI Director Ana Riel — who …" is a subject
			if k+1 < limit && (allCaps(d.toks[k-1].Text) || d.lower[k-1] == ")") {
				return k + 1
			}
			return first
		}
		if d.region[k] >= 0 || !(d.isWord(k) && d.isCap(k) || w == "," || w == "(" || w == ")" || w == ".") {
			return first
		}
	}
	return first
}

// madeClear returns one past the adjective of "made (it) clear", "makes
// plain", "making it known" at token i when a that-clause or a clause with
// its own subject follows, or 0.
func (d *doc) madeClear(i int, s chorus.Sentence) int {
	switch d.lower[i] {
	case "make", "makes", "made", "making":
	default:
		return 0
	}
	if d.toks[i].Text != d.lower[i] {
		return 0
	}
	k := i + 1
	if k < s.TokenEnd && d.lower[k] == "it" {
		k++
	}
	if k+2 >= s.TokenEnd || !(d.lower[k] == "clear" || d.lower[k] == "plain" || d.lower[k] == "known") {
		return 0
	}
	if n := k + 1; d.lower[n] == "that" || d.clauseSubject(n) || d.subjectAndVerb(n, s.TokenEnd) {
		return k + 1
	}
	return 0
}

// sidePhrases are the phrases of taking a side or aiming at someone whose
// object is what the source is for or against, keyed by the verb's forms;
// each phrase is the words after the verb.
var sidePhrases = func() map[string][][]string {
	m := map[string][][]string{}
	add := func(forms string, phrases ...string) {
		for _, f := range strings.Fields(forms) {
			for _, p := range phrases {
				m[f] = append(m[f], strings.Fields(p))
			}
		}
	}
	add("come comes came coming", "out against", "out in favor of", "out in favour of", "out in support of", "out for")
	add("take takes took taken taking", "issue with", "aim at", "a swipe at", "swipes at", "shots at", "credit for",
		"a stand against", "a stance against", "a firm stance against", "a hard line on", "a hard line against",
		"a shot at", "a jab at", "jabs at", "a dig at", "digs at")
	add("sound sounds sounded sounding", "off on", "off about", "the alarm about", "the alarm on", "the alarm over")
	add("hit hits hitting", "back at", "out at")
	add("fire fires fired firing", "back at")
	add("double doubles doubled doubling", "down on")
	add("speak speaks spoke speaking", "out in favor of", "out in favour of", "out in support of")
	add("lash lashes lashed lashing", "out at", "out against")
	add("push pushes pushed pushing", "back on", "back against")
	add("throw throws threw thrown throwing", "his support behind", "her support behind", "their support behind", "its support behind")
	return m
}()

// sidePhrase returns one past the end of a phrase of sidePhrases that
// starts at token i and has a word after it, or 0.
func (d *doc) sidePhrase(i int, s chorus.Sentence) int {
	ps, ok := sidePhrases[d.lower[i]]
	if !ok || d.toks[i].Text != d.lower[i] {
		return 0
	}
	for _, p := range ps {
		e := i + 1 + len(p)
		if e >= s.TokenEnd || !d.isWord(e) {
			continue
		}
		match := true
		for k, w := range p {
			if d.lower[i+1+k] != w {
				match = false
				break
			}
		}
		if match {
			return e
		}
	}
	return 0
}

// restrictiveRelative reports whether f is the verb of a relative clause
// inside the subject of next ("A member who supports Holm said …", "Aides
// who saw the plan say …"): f's speaker is "who" or "that" right after a
// noun, next is a verb of saying with no subject of its own before it, and
// only words of a noun phrase stand between f's cue and next's.
func (d *doc) restrictiveRelative(f, next *frame) bool {
	if f.spk0 <= 0 || f.spk1 != f.spk0+1 || f.spk1 != f.cue0 || next.form.stance || next.cue0 <= f.cue1 {
		return false
	}
	if w := d.lower[f.spk0]; w != "who" && w != "that" || !d.isWord(f.spk0-1) || clauseWords[d.lower[f.spk0-1]] {
		return false
	}
	if next.spk0 >= 0 && next.spk0 >= f.cue1 && next.spk0 < next.cue0 && pronouns[d.lower[next.spk0]].gender != unknownGender {
		return false // "who supports Holm, he said": a subject of its own
	}
	for k := f.cue1; k < next.cue0; k++ {
		w := d.lower[k]
		if d.region[k] >= 0 || !d.isWord(k) || w == "that" || clauseWords[w] && !npInner[w] {
			return false
		}
		if _, cue := cues[w]; cue {
			return false
		}
	}
	return true
}

// thatAfterAdjunct returns the "that" introducing a reported clause after
// an adjunct that opens at token k ("during a break in the hearing that …", "in
// an interview with the Post that …"), or k when the words after k are not
// only an adjunct's noun phrases before a "that".
func (d *doc) thatAfterAdjunct(k, end int) int {
	if k >= end || !objectEnders[d.lower[k]] && d.lower[k] != "in" && d.lower[k] != "without" { // ("claimed without any proof that …")
		return k
	}
	for j := k + 1; j < end && j <= k+9; j++ {
		w := d.lower[j]
		if w == "that" {
			// (a relative "that" takes a verb at once: "in a town that has …")
			if j > k+1 && j+1 < end && !finiteAux[d.lower[j+1]] && !verbLike(d.lower[j+1]) {
				return j
			}
			return k
		}
		if d.region[j] >= 0 || !d.isWord(j) && w != "'s" && w != "’s" || clauseWords[w] && !npInner[w] {
			return k
		}
		if _, cue := cues[w]; cue {
			return k
		}
	}
	return k
}

// widenRelativeSubject gives a cue whose subject has a relative clause of
// its own ("Aides who saw the plan say …") the whole subject as its
// speaker, when the speaker found is only the relative clause's object
// ("the plan").
func (d *doc) widenRelativeSubject(f *frame, s chorus.Sentence) {
	if f.inverted || f.borrowed || f.spk0 <= s.TokenStart || f.spk1 != f.cue0 || !d.relativeSubjectBefore(f.cue0, s.TokenStart) {
		return
	}
	for k := f.spk0 - 1; k > s.TokenStart && k >= f.cue0-9; k-- {
		if w := d.lower[k]; w == "who" || w == "that" {
			if a, b := d.npBefore(k, s.TokenStart); b == k && a < k {
				f.spk0 = a
			}
			return
		}
	}
}
