package timex

import "strings"

// tense is the grammatical time of the clause around an expression, which
// decides whether "Thursday" or "in April" is the last or the next one.
type tense uint8

const (
	tenseNone tense = iota
	tensePast
	tensePresent
	tenseFuture
	// tenseWeakFuture is an infinitive ("to meet"), which counts only when
	// no finite verb is near.
	tenseWeakFuture
)

// pastIrregular are common irregular past-tense verbs of news text.
var pastIrregular = set("was", "were", "had", "did", "said", "told", "met", "made", "took", "came", "went", "gave",
	"found", "left", "began", "held", "got", "saw", "knew", "thought", "became", "brought", "bought", "sent",
	"spent", "built", "fell", "rose", "won", "lost", "paid", "struck", "shot", "ran", "sold", "wrote", "spoke",
	"stood", "broke", "led", "fled", "flew", "drove", "threw", "kept", "heard", "felt", "meant", "sat", "hung",
	"sought", "fought", "caught", "taught", "chose", "woke", "ate", "grew", "drew", "blew", "withdrew",
	"overthrew", "swept", "arose", "rode", "hid", "laid", "dealt", "quit", "forgot", "forgave", "froze", "shook",
	"sank", "swore", "tore", "wore", "bore", "slew", "slid", "spun", "stole", "stuck", "stung", "swam", "swung",
	"undertook", "underwent", "upheld", "withheld", "wound", "became", "befell", "beset", "bid", "bled", "bred",
	"clung", "crept", "dug", "fed", "forbade", "foresaw", "lent", "lit", "mistook", "overcame", "overran",
	"oversaw", "overtook", "rang", "sang", "shone", "shrank", "slept", "sped", "split", "spread", "sprang",
	"strove", "wept", "wrung", "ago")

// presentVerbs mark a present-tense clause.
var presentVerbs = set("is", "are", "am", "says", "has", "have", "does", "do", "remains", "continues", "seems")

// futureWords mark a future clause on their own.
var futureWords = set("will", "shall", "would", "wo", "ll", "tomorrow", "upcoming", "coming")

// intentions are words that look to the future when followed by "to"
// ("expected to", "plans to").
var intentions = set("expected", "scheduled", "planned", "plans", "plan", "due", "set", "likely", "poised", "slated",
	"going", "hoping", "hopes", "expects", "intends", "intended", "aims", "aimed", "ready", "prepared", "prepares",
	"preparing", "planning", "agreed", "promised", "vowed", "decided", "threatened", "wants", "wanted", "asked", "urged")

// notVerbsEd are "-ed" words that are not past-tense verbs.
var notVerbsEd = set("need", "needed", "speed", "red", "bed", "hundred", "indeed", "united", "feed", "seed", "deed",
	"reed", "bled", "shed", "wed", "fred", "ned", "ted", "naked", "wicked", "sacred", "kindred", "creed", "greed",
	"weed", "breed", "proceed", "exceed", "succeed", "embed", "limited", "related", "based", "proposed",
	"expected", "scheduled", "armed", "detailed", "advanced", "experienced", "qualified", "supposed",
	"alleged", "so-called", "called", "named", "used", "concerned", "interested", "involved", "unnamed",
	"estimated", "planned", "combined", "unidentified", "unprecedented", "increased", "reduced",
	// adjectives made with "un-", which have no verb to be the past of
	"unspecified", "untouched", "undisclosed", "unexpected", "unresolved", "unannounced", "unchanged",
	"unchallenged", "unemployed", "unarmed", "unopposed", "unaffected", "unrelated", "unscheduled",
	"unconfirmed", "unsolved", "unharmed", "unmanned", "unfinished", "unlimited", "unsecured", "unused",
	"unwanted", "unexplained", "unrestricted", "unregulated", "unprotected", "undecided", "unauthorized")

// determiners precede nouns, so an "-ed" word after them is an adjective and
// a word after "to" that is one is not an infinitive.
var determiners = set("the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
	"these", "those", "some", "any", "each", "every", "no")

// notInfinitive are words after "to" that do not make an infinitive.
var notInfinitive = set("the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "that",
	"these", "those", "be", "date", "them", "him", "me", "us", "it", "which", "whom", "what", "where", "about",
	"between", "some", "more", "less", "early", "late", "mid", "next", "last", "both", "all", "each", "every",
	"several", "many", "other", "another", "same", "former", "new", "one", "two", "three", "four", "five",
	"six", "seven", "eight", "nine", "ten", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "power", "court",
	"death", "prison", "office", "school", "work", "church", "market", "home", "war", "court", "jail")

// cue classifies token k as a tense marker, or tenseNone.
func (p *parser) cue(k int) tense {
	t := p.toks[k]
	if t.kind != tWord {
		return tenseNone
	}
	w := t.low
	switch {
	case futureWords[w]:
		if w == "ll" && p.low(k-1) != "'" {
			return tenseNone
		}
		if w == "coming" && !p.is(k-1, "this", "the") {
			return tenseNone
		}
		return tenseFuture
	case w == "to":
		nx := p.low(k + 1)
		if nx == "" || p.kind(k+1) != tWord || p.capital(k+1) || notInfinitive[nx] {
			return tenseNone
		}
		if p.is(k-1, "according", "due", "up", "next", "prior", "compared", "addition", "close", "equal",
			"similar", "from", "back", "down", "access", "contrast", "respect", "regard", "way", "trip", "visit") {
			return tenseNone
		}
		return tenseWeakFuture
	case intentions[w] && p.is(k+1, "to"):
		// "had been due to expire Friday" is a plan the text reports as
		// overtaken: the time it named is behind the writer
		if p.is(k-1, "had") || p.is(k-1, "been") && p.is(k-2, "had") {
			return tensePast
		}
		return tenseFuture
	case modals[w]:
		// "may have met" looks back; "can meet", "should meet" ahead.
		if p.is(k+1, "have") || p.is(k+1, "not") && p.is(k+2, "have") {
			return tensePast
		}
		return tenseFuture
	case (baseOrPast[w] || pastIrregular[w] || len(w) > 4 && strings.HasSuffix(w, "ed") && !notVerbsEd[w]) && linkingVerbs[p.low(k-1)]:
		// "would stay closed until Monday", "remain shut": a participle
		// after a linking verb is a state, and the verb before it holds
		// the tense
		return tenseNone
	case baseOrPast[w]:
		if p.is(k-1, "will", "would", "shall", "to", "ll") || modals[p.low(k-1)] {
			return tenseFuture
		}
		if p.is(k-1, "be", "been", "being") {
			return p.auxiliary(k - 1) // a passive: "was hit", "being hit"
		}
		if p.is(k-1, "did", "does", "do", "not", "could") {
			return tenseNone
		}
		return tensePast
	case pastIrregular[w]:
		if p.is(k-1, "be", "been", "being") {
			return p.auxiliary(k - 1)
		}
		if p.presentPassive(k) {
			return tensePresent
		}
		return tensePast
	case presentVerbs[w]:
		return tensePresent
	case len(w) > 4 && strings.HasSuffix(w, "ed") && !notVerbsEd[w]:
		if determiners[p.low(k-1)] {
			return tenseNone
		}
		if p.is(k-1, "be", "been", "being") {
			return p.auxiliary(k - 1)
		}
		if p.presentPassive(k) {
			return tensePresent
		}
		return tensePast
	}
	return tenseNone
}

// presentPassive reports whether the participle at token k follows "is",
// "are" or "am", an adverb or "not" allowed between: "the case is heard in
// May" is present, not past.
func (p *parser) presentPassive(k int) bool {
	a := k - 1
	for a > 0 && (auxAdverbs[p.low(a)] || p.is(a, "not")) {
		a--
	}
	return p.is(a, "is", "are", "am")
}

// linkingVerbs link a subject to a state a participle names ("stay
// closed", "remained shut").
var linkingVerbs = set("stay", "stays", "stayed", "staying", "remain", "remains", "remained", "remaining",
	"keep", "keeps", "kept", "become", "becomes", "became", "seem", "seems", "seemed")

// modals are auxiliaries that look ahead unless followed by "have".
// "could" is left out: it is as often the past of "can".
var modals = set("can", "may", "might", "should", "must")

// baseOrPast are verbs whose past is their base form: past unless an
// auxiliary before them says otherwise ("will set", "to cut").
var baseOrPast = set("set", "put", "cut", "hit", "let", "quit", "shut", "cast", "spread", "split", "struck")

// auxAdverbs are the adverbs that stand between an auxiliary and the verb
// it helps.
var auxAdverbs = set("still", "also", "already", "probably", "likely", "soon", "then", "now", "only", "just",
	"again", "certainly", "almost", "finally", "eventually", "never", "ever", "quickly", "formally", "officially",
	"actually", "really", "apparently", "reportedly", "previously", "originally", "initially", "usually")

// auxiliary gives the tense of a passive or progressive built on "be" at
// token k: "would be paid" is future, "has been paid" present, "had been
// paid" past.
func (p *parser) auxiliary(k int) tense {
	// an adverb may stand between the auxiliary and "be": "would still
	// be held", "has already been paid"
	a := k - 1
	for a > 0 && auxAdverbs[p.low(a)] {
		a--
	}
	switch {
	case p.is(a, "will", "would", "shall", "to") || modals[p.low(a)] && p.low(k) == "be":
		return tenseFuture
	case p.is(a, "could"):
		return tenseNone
	case p.is(a, "has", "have"):
		return tensePresent
	case p.is(a, "had"):
		return tensePast
	case p.low(k) == "be" && p.is(k-1, "not") && p.is(k-2, "will", "would", "can", "could", "may", "might", "should", "must"):
		return tenseFuture
	case p.low(k) == "being":
		// "is being paid" is present and "was being paid" past; "the risk of
		// being hit" is a gerund, which has no tense of its own
		switch {
		case p.is(k-1, "is", "are", "am"):
			return tensePresent
		case p.is(k-1, "was", "were"):
			return tensePast
		}
		return tenseNone
	}
	return tensePast
}

// tenseAround looks for the tense marker nearest to tokens [i, j) within the
// sentence, the left side first at equal distance. A preposition right
// before the expression decides first: "since" looks back, "as soon as"
// and "as early as" look ahead. An infinitive counts only when no finite
// verb is near.
func (p *parser) tenseAround(i, j int) tense {
	p.cueTok, p.cueFor = -1, i
	switch {
	case p.is(i-1, "since"):
		return tensePast
	case p.is(i-1, "as") && p.is(i-2, "soon", "early") && p.is(i-3, "as"):
		return tenseFuture
	case p.is(i-1, "until", "till") && p.is(i-2, "postponed", "delayed", "extended", "adjourned", "recessed"):
		return tenseFuture
	}
	if p.plannedFor(i) {
		return tenseFuture
	}
	// First the clause on the left (news puts the verb before the time:
	// "said Friday"), then the clause on the right ("On Friday, X met"),
	// then the whole sentence.
	// "until January", "by May", "through 1990" lean to the future.
	weak := p.is(i-1, "until", "till", "through", "by")
	look := func(k int) (tense, bool) {
		c := p.cue(k)
		if c == tenseWeakFuture {
			weak = true
			return tenseNone, false
		}
		if c != tenseNone {
			p.cueTok = k
		}
		return c, c != tenseNone
	}
	for l := i - 1; l >= 0 && l >= i-8 && p.sameSentence(l, i) && !p.is(l, ",", ";", ":"); l-- {
		if c, ok := look(l); ok {
			return c
		}
	}
	for r := j; r < len(p.toks) && r < j+8 && p.sameSentence(r, j-1) && !p.is(r, ",", ";", ":"); r++ {
		if c, ok := look(r); ok {
			return c
		}
	}
	for d := 1; d <= 14; d++ {
		if l := i - d; l >= 0 && p.sameSentence(l, i) && !p.clauseBreak(l, i) {
			if c, ok := look(l); ok {
				return c
			}
		}
		if r := j - 1 + d; r < len(p.toks) && p.sameSentence(r, j-1) {
			if c, ok := look(r); ok {
				return c
			}
		}
	}
	if weak {
		return tenseFuture
	}
	return tenseNone
}

// plannedNouns are gatherings that are arranged ahead: a time that dates
// one of them ("invited both sides to talks on Friday") is when it will be
// held, whatever the tense of the verb that arranged it.
var plannedNouns = set("talks", "meeting", "meetings", "summit", "negotiations", "hearing", "vote", "referendum",
	"session", "conference", "election", "elections", "consultations", "briefing", "rally", "ceremony")

// plannedFor reports whether the expression at token i dates a gathering
// someone was invited or called to: "to" or "for" then a planned noun,
// with at most a few words ("at the ministry") and no comma between it
// and the expression.
func (p *parser) plannedFor(i int) bool {
	for l := i - 1; l >= 0 && l >= i-8 && p.sameSentence(l, i) && !p.is(l, ",", ";", ":"); l-- {
		if !plannedNouns[p.low(l)] {
			continue
		}
		k := l - 1
		if p.is(k, "a", "the", "new", "fresh", "further", "emergency", "urgent", "crisis", "peace") {
			k--
		}
		if p.is(k, "a", "the", "new", "fresh", "further") {
			k--
		}
		return p.is(k, "to", "for")
	}
	return false
}

// clauseBreak reports whether a semicolon or an opening quotation mark lies
// between tokens l and i, so that the cue belongs to another clause.
func (p *parser) clauseBreak(l, i int) bool {
	for k := l + 1; k < i; k++ {
		if p.low(k) == ";" {
			return true
		}
	}
	return false
}
