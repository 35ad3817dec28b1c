package claims

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus/analyze/clause"
)

// isVerbCue reports whether token i looks like a finite verb or an
// auxiliary, the sign that a clause of its own starts near it.
func (s *sent) isVerbCue(i int) bool { return clause.VerbCue(s.toks[i].Text) }

// isSpeech reports a speech verb written in lower case ("said", not the
// "States" of "United States").
func (s *sent) isSpeech(i int) bool {
	return clause.Speech(s.low[i]) && !s.quoted[i] && s.toks[i].Text == s.low[i] && !s.addsAmount(i)
}

// addsAmount reports "add" with an amount after it ("the share added
// more than 2%", "Olsen added three goals"): a sum, not a verb of saying.
func (s *sent) addsAmount(i int) bool {
	if !strings.HasPrefix(s.low[i], "add") || i+1 >= len(s.low) {
		return false
	}
	next := s.low[i+1]
	return amountWords[next] || strings.ContainsAny(next, "0123456789")
}

// amountWords open an amount: "added more than", "added three".
var amountWords = wordSet(`more less nearly almost about another over roughly some up one two three four five six seven eight
	nine ten eleven twelve dozens hundreds thousands millions`)

// verbAt reports a token that reads as a finite verb more surely than a
// verb cue alone tells: a verb cue, a short or irregular past tense the
// cues leave out ("died", "got", "flew"), or a present tense in -s right
// after a noun or a name ("the toll stands", "Tessin straddles"), not
// after a number, a determiner or a preposition ("two weeks ago", "the
// talks", "for years"). The cues serve the clause cuts, where such forms
// would mislead; here, telling a clause from a noun phrase, they help.
func (s *sent) verbAt(i int) bool {
	if s.isVerbCue(i) {
		return true
	}
	w := s.toks[i].Text
	if !isLowerWord(w) {
		return false
	}
	if pastTenses[w] || len(w) >= 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") {
		return true
	}
	if len(w) <= 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") ||
		sNouns[w] || i == 0 {
		return false
	}
	p := s.low[i-1]
	return s.isWord(i-1) && !unicode.IsDigit(rune(p[0])) && !clause.Determiner(p) && !numberWords[p] &&
		!placePrepositions[p] && !antecedentStops[p] && !s.isVerbCue(i-1) && !strings.HasSuffix(p, "ing") && p != "of" && p != "and" && p != "or"
}

// pastTenses are past tenses the clause reader's verb cues leave out (its
// list serves the clause cuts, where a short or a bare form would mislead):
// here any of them shows that a claim has a verb.
var pastTenses = wordSet(`cut read got spoke flew ran sat ate fought felt thought heard sought taught hung
	stuck swore wept shrank sank drank dealt meant withdrew arose bit hurt quit shut spread let cost leapt
	knelt slept swept crept`)

// sNouns end in -s but are never verbs.
var sNouns = wordSet(`news series species means politics headquarters whereas always perhaps ages`)

// numberWords count a noun after them: "two weeks", "several years".
var numberWords = wordSet(`two three four five six seven eight nine ten eleven twelve dozens hundreds thousands
	millions several many few some all both these those other more most`)
