package clause

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The word classes below are the closed lists the clause heuristics read.
// They are shared by every stage that reads clause structure (the timeline,
// the claims), so a word added for one reader is seen by all of them.

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// relativeWords open a clause that describes the noun before the comma.
var relativeWords = wordSet(`which who whom whose`)

// RelativePronoun reports a relative pronoun ("which", "who", "whom", "whose"),
// given in lower case.
func RelativePronoun(w string) bool { return relativeWords[w] }

// determiners open a noun phrase: after a comma that follows the subject
// they open an appositive ("The atlas, a volume of maps …").
var determiners = wordSet(`a an the its his her their our one`)

// Determiner reports a word, in lower case, that opens a noun phrase.
func Determiner(w string) bool { return determiners[w] }

// relativeSubjects open the subject of a relative clause that has one of
// its own ("which the council approved", "who they met"): determiners,
// demonstratives and personal pronouns.
var relativeSubjects = wordSet(`the a an its his her their our this that these those he she they it we i you one`)

// speechVerbs attribute what follows or precedes them to a source.
var speechVerbs = wordSet(`said says say told tells added adds stated announced announces reported reports
	warned warns insisted insists claimed confirmed confirms noted estimated believes believed
	argued argues acknowledged acknowledges admitted admits explained explains wrote writes declared declares
	asserted asserts maintained maintains contended revealed reveals disclosed predicted predicts cautioned
	conceded concedes recalled quoted testified show shows showed counted replied replies`)

// Speech reports a speech (reporting) verb, given in lower case: "said",
// "told", "warns".
func Speech(w string) bool { return speechVerbs[w] }

// auxiliaries start a verb phrase.
var auxiliaries = wordSet(`is are was were be been has have had will would could can may might should must shall
	did does do cannot won't wouldn't didn't doesn't isn't wasn't weren't hasn't haven't hadn't`)

// Auxiliary reports an auxiliary or modal verb, given in lower case: after
// "and" it shows a second predicate of the same subject.
func Auxiliary(w string) bool { return auxiliaries[w] }

// commonVerbs are frequent finite verbs that do not end in -ed.
var commonVerbs = wordSet(`met made took left gave held found sent began came went saw set put kept led won lost
	fell rose grew told said paid brought bought sold built drove fled hit struck spent stood became
	seeks seek wants want plans plan hopes hope aims aim calls call faces face remains remain comes come
	allows allow requires require needs need says say`)

// VerbCue reports whether a token looks like a finite verb or an
// auxiliary, the sign that a clause of its own starts near it. A
// capitalised word in -ed is a name ("Ted", "Reed"), not a verb.
func VerbCue(tok string) bool {
	w := strings.ToLower(tok)
	if auxiliaries[w] || commonVerbs[w] || speechVerbs[w] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(tok)
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !unicode.IsUpper(r)
}

// irregularParticiples are past participles that do not end in -ed.
var irregularParticiples = wordSet(`built drawn stolen written made taken given known born found held sold
	bought seen chosen begun broken shot hit set put laid paid sent spent brought caught thrown torn worn
	frozen hidden driven shown grown won lost`)

// PastParticiple guesses from its form alone whether w (lower case),
// followed by next, is a past participle. A speech verb is taken for a
// finite verb ("The operator, THC, said on Wednesday, …") unless "by"
// names its agent, which only a passive participle has ("The plan,
// announced by the council in May, …").
func PastParticiple(w, next string) bool {
	if speechVerbs[w] && next != "by" {
		return false
	}
	return participleForm(w)
}

// participleForm reports a word shaped like a past participle: an
// irregular one, or one in -ed (not -eed: "need", "proceed").
func participleForm(w string) bool {
	return irregularParticiples[w] || (len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"))
}

// sentenceOpeners begin a sentence with something other than its subject,
// so the first comma closes that, not an appositive: "On Tuesday, the
// minister …", "Despite the storm, the ferry …".
var sentenceOpeners = wordSet(`in on at after before when while as but and however yesterday today last earlier
	since during by for with although though if because meanwhile still also instead then now once until later
	so yet from over under despite following amid near across outside inside into to toward towards`)

// Opener reports a word, in lower case, that begins a sentence with an
// adverbial or a conjunction rather than with its subject.
func Opener(w string) bool { return sentenceOpeners[w] }

// clausePrepositions follow a participle that opens a describing clause:
// "stolen from", "finished in", "drawn by".
var clausePrepositions = wordSet(`in on at from by during since after before last earlier for over into with
	under between until this`)
