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

// irregularVerbs are news text's frequent verbs whose past tense or past
// participle does not end in -ed: base, past tense, past participle. One
// table for both forms, so a verb added for finite verbs (the claims'
// clause cuts) is a participle too (the timeline's describing clauses).
var irregularVerbs = `meet met met  make made made  take took taken  leave left left  give gave given
	hold held held  find found found  send sent sent  begin began begun  come came come  go went gone
	see saw seen  set set set  put put put  keep kept kept  lead led led  win won won  lose lost lost
	fall fell fallen  rise rose risen  grow grew grown  tell told told  say said said  pay paid paid
	bring brought brought  buy bought bought  sell sold sold  build built built  drive drove driven
	flee fled fled  hit hit hit  strike struck struck  spend spent spent  stand stood stood
	become became become  draw drew drawn  steal stole stolen  write wrote written  know knew known
	bear bore born  choose chose chosen  break broke broken  shoot shot shot  lay laid laid
	catch caught caught  throw threw thrown  tear tore torn  wear wore worn  freeze froze frozen
	hide hid hidden  show showed shown`

// irregularPast and irregularParticiples are the past tenses and the past
// participles of irregularVerbs.
var irregularPast, irregularParticiples = func() (map[string]bool, map[string]bool) {
	past, part := map[string]bool{}, map[string]bool{}
	f := strings.Fields(irregularVerbs)
	for i := 0; i+2 < len(f); i += 3 {
		past[f[i+1]], part[f[i+2]] = true, true
	}
	return past, part
}()

// presentVerbs are frequent finite verbs in the present tense.
var presentVerbs = wordSet(`seeks seek wants want plans plan hopes hope aims aim calls call faces face remains
	remain comes come allows allow requires require needs need says say`)

// VerbCue reports whether a token looks like a finite verb or an
// auxiliary, the sign that a clause of its own starts near it. A
// capitalised word in -ed is a name ("Ted", "Reed"), not a verb, and
// "May" a month.
func VerbCue(tok string) bool {
	if tok == "May" {
		return false // the month ("the May pact"), not the modal
	}
	w := strings.ToLower(tok)
	if auxiliaries[w] || irregularPast[w] || presentVerbs[w] || speechVerbs[w] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(tok)
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !unicode.IsUpper(r)
}

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
