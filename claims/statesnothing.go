package claims

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus/analyze/clause"
)

// sayOnly are the verbs of saying that carry nothing but who spoke when
// nothing with a verb follows them ("The Tessin Courier wrote in its
// leader on Monday:"); "announced a curfew" says something.
var sayOnly = wordSet(`said says say told tells added adds stated wrote writes`)

// attributionOnly reports a claim whose only verb is a verb of saying with
// no verb after it: who spoke, where and to whom, but not what.
func (s *sent) attributionOnly(segs []segment) bool {
	if s.quotedAsSayingOnly(segs) {
		return true
	}
	for k, sg := range segs {
		for i := sg.from; i < sg.to; i++ {
			if s.quoted[i] {
				continue
			}
			if sayOnly[s.low[i]] && s.isSpeech(i) {
				return !s.saysMoreFrom(segs, k, i+1)
			}
			if s.isVerbCue(i) && !clause.Auxiliary(s.low[i]) {
				return false
			}
		}
	}
	return false
}

// quotedAsSayingOnly reports a claim that says who quoted whom and
// nothing more: "Ilic was quoted as saying by the Courier", "the Post
// quoted him on Monday as saying", whose quotation the copy put in the
// next sentence. With no verb after "as saying" (or "as telling") nothing
// was said in the claim itself.
func (s *sent) quotedAsSayingOnly(segs []segment) bool {
	quotedSeen := false
	for k, sg := range segs {
		for i := sg.from; i < sg.to; i++ {
			if s.quoted[i] {
				continue
			}
			switch w := s.low[i]; {
			case w == "quoted" || w == "quotes" || w == "quoting":
				quotedSeen = true
			case !quotedSeen && s.verbAt(i) && !clause.Auxiliary(w):
				return false // "The hall had two exits, X was quoted as saying": said before
			case quotedSeen && w == "as" && i+1 < sg.to && (s.low[i+1] == "saying" || s.low[i+1] == "telling"):
				return !s.saysMoreFrom(segs, k, i+2)
			}
		}
	}
	return false
}

// saysMoreFrom reports whether the words of a claim from token i of its
// run k to its end, what follows a verb of saying, say more than who
// spoke (see saysMore): a run after the verb's own may hold what was said.
func (s *sent) saysMoreFrom(segs []segment, k, i int) bool {
	if s.saysMore(i, segs[k].to) {
		return true
	}
	for _, rest := range segs[k+1:] {
		if s.saysMore(rest.from, rest.to) {
			return true
		}
	}
	return false
}

// subordinators open a clause that hangs on a main clause: one standing
// alone ("When Mr Dolgarin arrived in Ostrelka last week", "as Petar Riel
// lived north of Marhold") was cut from its sentence and states nothing.
var subordinators = wordSet(`when whenever because although though whereas unless if while`)

// subordinateOnly reports a claim that is only a subordinate clause: it
// opens with a subordinator (or, cut from inside a sentence, with a
// lower-case "as") and has no comma after which a main clause could
// follow.
func (s *sent) subordinateOnly(segs []segment) bool {
	if len(segs) == 0 {
		return false
	}
	first := segs[0].from
	if !subordinators[s.low[first]] && s.toks[first].Text != "as" {
		return false
	}
	for _, sg := range segs {
		for i := sg.from; i+1 < sg.to; i++ {
			if s.toks[i].Text == "," && !s.quoted[i] && !s.paren[i] && i > first+1 {
				return false
			}
		}
	}
	return true
}

// mayHaveVerb reports whether a claim may hold a finite verb: a verb cue,
// or a lower-case word in -s that a present tense may be ("Tessin
// straddles the border", "the tug takes the turn"). One with neither is
// a caption or a name with its title ("Harbour pilot Ilse Varga at a briefing
// in Tessin, on June 2, 2021", "Petar Riel, the former harbour master of
// Tessin"): it states nothing.
func (s *sent) mayHaveVerb(segs []segment) bool {
	for _, sg := range segs {
		for i := sg.from; i < sg.to; i++ {
			if s.quoted[i] {
				continue
			}
			w := s.toks[i].Text
			if (w == "'s" || w == "’s") && i > sg.from && contractedSubjects[s.low[i-1]] {
				return true // "That's a 12% rise"
			}
			if s.verbAt(i) || isLowerWord(w) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !sNouns[w] &&
				!s.countedNoun(i) {
				return true
			}
		}
	}
	return false
}

// countedNoun reports a word in -s right after a number ("two sons",
// "4 ages"): a plural noun, not a verb.
func (s *sent) countedNoun(i int) bool {
	if i == 0 || !s.isWord(i-1) {
		return false
	}
	p := s.low[i-1]
	return numberWords[p] || unicode.IsDigit(rune(p[0]))
}

// contractedSubjects take "'s" for "is" or "has": "that's", "it's".
var contractedSubjects = wordSet(`that it he she there what who here where`)
