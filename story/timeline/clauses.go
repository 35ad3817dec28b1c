package timeline

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze/clause"
)

// A sentence often dates two things: what it reports and, in a clause or a
// phrase about one of its nouns, something older ("The atlas, which holds
// maps drawn in 1642, was recovered on Thursday"; "The gate, inspected in
// November, failed on Tuesday"; "Varga was charged over the 2019 fire").
// The entry belongs under the date of what the sentence reports, so such a
// time is background. Background comes in two strengths:
//
//   - soft: a clause that opens the sentence ("Founded in 1911, the club
//     …") or a bracket ("during his term (1978-1989)") sets the scene of
//     what the sentence reports, so its date may date the entry when the
//     sentence has no other;
//   - hard: a describing clause set off by commas (unless it describes
//     the subject of a sentence that only describes that subject), a
//     relative clause without commas after the sentence's verb, a year
//     that modifies a noun after that verb or after "of", the period
//     after "for" that a plan or forecast is for, or "since" counting
//     something up.
//     Auditing the DUC 2003 clusters' timelines, a sentence whose only date
//     was of this kind reported something else at that date in nearly all
//     cases (as "The Riel mayor, who was cleared of fraud in 2009, would
//     face …"), so such a date never dates the entry: the sentence
//     is left off the timeline. (In a dated article a describing or
//     relative clause's date close to the article's own date is let
//     through as soft: see recent in timeline.go; a date on a noun, after
//     "for", in a counting "since" or a comparison's baseline is fixed
//     background, never let through.)
type strength uint8

const (
	reported strength = iota // dates what the sentence reports
	soft
	hard
	// fixed is background however close it lies to the article's date: a
	// time that modifies a noun, the period after "for", a "since" that
	// counts, the baseline of a comparison. Unlike a describing clause
	// ("The minister, who flew in on Wednesday, said …") such a time dates
	// a thing the sentence names, never the news it tells: "teen-age
	// Halloween revelers" were at a party two days before the holiday,
	// "the victims of the Sept. 23 floods" were found a fortnight later.
	fixed
)

// reading is what the timeline reads of one sentence's clauses.
type reading struct {
	s          *clause.Sentence
	describing []clause.Clause
}

func newReading(text string, an *chorus.Analysis, s chorus.Sentence) *reading {
	if s.TokenStart < 0 || s.TokenEnd > len(an.Tokens) || s.TokenStart >= s.TokenEnd {
		return &reading{}
	}
	cs := clause.New(text, an.Tokens[s.TokenStart:s.TokenEnd])
	return &reading{s: cs, describing: cs.Describing()}
}

// background says how strongly the time at sp is background to what the
// sentence reports.
func (r *reading) background(sp chorus.Span) strength {
	if r.s == nil {
		return reported
	}
	for _, c := range r.describing {
		if c.Span.Contains(sp) {
			if c.Kind == clause.Bracket || c.From == 0 || r.describesSubjectsState(c) || r.datesSince(c) {
				return soft
			}
			return hard
		}
	}
	first, last := -1, -1
	for i, t := range r.s.Tokens {
		if t.End > sp.Start && t.Start < sp.End { // a token may hold more than the time ("1994-1996")
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return reported
	}
	if r.modifiesObject(first, last) || r.forPeriod(first) {
		// "Friday's bombing", "responsibility for the 9:45 a.m. attack":
		// a weekday or a clock time names a happening of the article's
		// own week, which may be the news; a date, a holiday or a year
		// names an occasion or a period
		if r.weekdayOrClock(first, last) {
			return hard
		}
		return fixed
	}
	if r.sinceCounting(first) || r.comparedWith(first) {
		return fixed
	}
	if r.inRelative(first) {
		return hard
	}
	return reported
}

// weekdayOrClock reports whether tokens [first, last] name a weekday or a
// clock time.
func (r *reading) weekdayOrClock(first, last int) bool {
	for i := first; i <= last; i++ {
		w := strings.TrimSuffix(strings.TrimSuffix(r.s.Lower[i], "'s"), "’s")
		if weekdays[w] || w == "noon" || w == "midday" || w == "midnight" || strings.Contains(w, "a.m") || strings.Contains(w, "p.m") {
			return true
		}
	}
	return false
}

var weekdays = words(`monday tuesday wednesday thursday friday saturday sunday`)

// comparedWith reports whether the time at token first dates the baseline
// of a comparison ("totaled $9 million, compared with $7 million a year
// ago"; "3.1 percent, down from 3.4 percent in May"): the sentence reports
// the new figure, which the baseline's date does not date.
func (r *reading) comparedWith(first int) bool {
	low := r.s.Lower
	for i := first - 1; i > 0 && i >= first-12; i-- {
		switch low[i] {
		case ",", ";", "(", ")", "--", "—", "–":
			return false
		case "with", "to":
			if low[i-1] == "compared" || low[i-1] == "comparison" {
				return true
			}
		case "from":
			if low[i-1] == "up" || low[i-1] == "down" {
				return true
			}
		case "versus", "vs":
			return true
		}
	}
	return false
}

// describesSubjectsState reports whether c is a participle clause set off
// right after the sentence's subject and the sentence goes on with a
// copula that describes that subject ("The Marhold dam, finished in 1974,
// is the largest of the three"): like "Founded in 1911, the club …" the
// clause tells when the subject came to be, the whole sentence is
// background on it, and the clause's date is the only happening it holds.
// A copula before a participle ("was expected", "is reported") reports
// something else; a relative clause ("The Riel players, who have held
// the title since 2019, are the favourites") tells more than the
// subject's origin and stays hard.
func (r *reading) describesSubjectsState(c clause.Clause) bool {
	low := r.s.Lower
	if c.Kind != clause.Participle || !c.Closed || c.To+2 >= len(low) || low[c.From] != "," {
		return false
	}
	for i := 0; i < c.From; i++ {
		if low[i] == "," && !r.s.Quoted[i] {
			return false
		}
		// the clause may describe the noun of a phrase in the subject,
		// not the subject ("The damage at the Riel pier, built in 1990,
		// was slight" reports the damage, which came later)
		if i > 0 && subjectPrepositions[low[i]] {
			return false
		}
	}
	switch low[c.To+1] {
	case "is", "was", "are", "were":
	default:
		return false
	}
	next := low[c.To+2]
	// (a speech verb after a copula is a participle too: "is reported")
	return !clause.PastParticiple(next, "by") && next != "being" && !strings.HasSuffix(next, "ing")
}

// subjectPrepositions open a phrase inside a subject whose noun a
// participle clause after it may describe.
var subjectPrepositions = words(`at in on near by from with over under into across inside outside`)

// datesSince reports whether c is a relative clause on the noun of a
// "since" phrase that starts the state the sentence reports ("Talks have
// grown urgent since the Riel uprising, which began in May 2023"): the
// clause dates when that state began, as "since May 2023" would.
func (r *reading) datesSince(c clause.Clause) bool {
	if c.Kind != clause.Relative || c.From == 0 || r.s.Lower[c.From] != "," {
		return false
	}
	since := r.sinceBefore(c.From)
	return since >= 0 && !r.s.Quoted[since] && !r.counts(since, c.From)
}

// modifiesObject reports whether the time at tokens [first, last] modifies
// a noun ("the 1988 bombing", "1989's protests", "for the 2019 season")
// after the sentence's first verb: such a noun is an object or sits in a
// phrase after the verb, and its year dates that noun, not what the
// sentence reports ("The blockade is meant to make Marhold give up the
// crew sought over the 2015 sinking"). Before the verb the noun is the subject,
// which is what the sentence reports ("A 2021 audit recommended …"), or a
// fronted phrase that sets its time ("After the 2019 floods, the council
// …"). A noun after "at" is an occasion the subject took part in ("placed
// eighth at the 1996 games"), which the sentence does report.
func (r *reading) modifiesObject(first, last int) bool {
	toks, low := r.s.Tokens, r.s.Lower
	if last+1 >= len(toks) || !prenominal(low[last+1], toks[last+1].Text) {
		return false
	}
	if (low[last+1] == "'" || low[last+1] == "’") && !(last+2 < len(low) && low[last+2] == "s") {
		return false // a closing quotation mark
	}
	inPhrase := func(i int) bool {
		return clause.Determiner(low[i]) || low[i] == "this" || low[i] == "that" ||
			strings.HasSuffix(low[i], "'s") || low[i] == "'s" || adjectiveBefore(toks[i].Text)
	}
	// a year right after a preposition ("in 1995 everything was …") is
	// an adverbial of its own, not inside a noun phrase, unless it is a
	// possessive ("in 1989's protests"); the tokenizer may keep "'s"
	// whole, split it in two ("'", "s") or leave it on the year
	possessive := low[last+1] == "'s" || low[last+1] == "’s" || strings.HasSuffix(low[last], "'s") || strings.HasSuffix(low[last], "’s") ||
		(low[last+1] == "'" || low[last+1] == "’") && last+2 < len(low) && low[last+2] == "s"
	// the time may hold the determiner itself ("as the early summer
	// harvest got under way"): a season, month or year after it, then a
	// noun, names which harvest or season, not when
	led := clause.Determiner(low[first]) && calendarName(low[last])
	if first == 0 || !inPhrase(first-1) && !possessive && !led {
		return false
	}
	start := first
	for start > 0 && inPhrase(start-1) {
		start--
	}
	if start > 0 && low[start-1] == "at" {
		return false
	}
	// a noun after "of" is the complement of another noun ("the ideals of
	// the 1979 uprising", "a member of the 1992 intake"), wherever it
	// stands, unless the phrase opens the sentence and sets its time ("On
	// the eve of his 2019 inauguration, …")
	if start > 0 && low[start-1] == "of" && !r.fronted(start) {
		return true
	}
	for i := 0; i < start; i++ {
		if clause.VerbCue(toks[i].Text) {
			return true
		}
	}
	return false
}

// calendarName reports a season, a month or a year: the words that, led
// by a determiner, can stand before a noun as its modifier.
func calendarName(w string) bool {
	switch w {
	case "spring", "summer", "autumn", "fall", "winter", "january", "february", "march", "april", "may", "june",
		"july", "august", "september", "october", "november", "december":
		return true
	}
	return len(w) == 4 && strings.Trim(w, "0123456789") == ""
}

// fronted reports whether token i sits in a phrase that opens the
// sentence with a preposition ("On the eve of …", "Only well into …"),
// before any comma.
func (r *reading) fronted(i int) bool {
	if !clause.Opener(r.s.Lower[0]) && r.s.Lower[0] != "only" {
		return false
	}
	for k := 1; k < i; k++ {
		if r.s.Lower[k] == "," {
			return false
		}
	}
	return true
}

// forPeriod reports whether the time at token first follows "for" after
// the sentence's verb: the period a plan, a forecast or a budget is for
// ("projected growth of 3 percent for 2026", "talks on a loan for 2026"),
// which the sentence reports now, not then. A fronted "For 2026, …" sets
// the sentence's own time and is left alone.
func (r *reading) forPeriod(first int) bool {
	k := first - 1
	for k >= 0 && (r.s.Lower[k] == "the" || r.s.Lower[k] == "early" || r.s.Lower[k] == "late" || r.s.Lower[k] == "mid") {
		k--
	}
	return k > 0 && r.s.Lower[k] == "for" && r.afterVerb(k)
}

// adjectiveBefore reports a word that may stand between a determiner and a
// year in a noun phrase ("its abortive 1995 deal", "a bloody 1973 coup"):
// a lower-case word that is no verb and no function word.
func adjectiveBefore(w string) bool {
	r := []rune(w)
	return len(r) > 2 && unicode.IsLower(r[0]) && !clause.VerbCue(w) && !functionWords[strings.ToLower(w)] &&
		!clause.Opener(strings.ToLower(w))
}

// prenominal reports whether the word after a time, w (lower case; orig as
// written), continues a noun phrase the time modifies: a noun or an
// adjective, or the possessive "'s". A preposition, conjunction, pronoun,
// determiner, verb or punctuation ends the time's phrase instead ("in
// 1993 during a shower", "in 1966 the Leonids", "in 1994 he").
func prenominal(w, orig string) bool {
	if w == "'s" || w == "’s" || w == "'" || w == "’" {
		return true // a possessive: "1989's", "1989 ' s" (checked by the caller)
	}
	r := []rune(orig)
	if len(r) == 0 || !unicode.IsLetter(r[0]) || strings.ContainsAny(w, "'’") {
		return false // punctuation, or a contraction ("I'd")
	}
	if functionWords[w] || clause.Opener(w) || clause.Determiner(w) || clause.RelativePronoun(w) || clause.VerbCue(orig) {
		return false
	}
	return true
}

// functionWords end a noun phrase or open a clause.
var functionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`of to for about against among through between within without toward upon via per
		and or but nor than as so when where while whereas whether if that what how why
		he she it they we i you him them us me this these those there here
		everything everyone everybody nothing nobody something someone anything anyone
		not no never also only just even still already ago earlier later then again
		to-date onward onwards alone`) {
		m[w] = true
	}
	return m
}()

// sinceCounting reports whether the time at token first is the start of a
// "since" phrase ("since 1984", "since the war ended in 1996") that counts
// something up rather than starts a state the sentence reports: a count,
// an ordinal, a superlative or "no"/"never" in the clause it belongs to
// ("the third such storm since 1966", "no executions since 1984", "Since
// 1993, three clinics have closed"). "Libya has been under sanctions since
// 1992" starts a state and dates it. Inside a quotation a "since" phrase is
// the speaker's account of a state ("we have lived here since 1948," he
// said), not something the article reports happening then.
func (r *reading) sinceCounting(first int) bool {
	since := r.sinceBefore(first)
	if since < 0 {
		return false
	}
	return r.s.Quoted[first] || r.counts(since, first)
}

// sinceBefore returns the "since" that opens the phrase holding token
// first (no comma between them, at most 15 tokens before), or -1.
func (r *reading) sinceBefore(first int) int {
	low := r.s.Lower
	for i := first - 1; i >= 0 && i >= first-15; i-- {
		if low[i] == "since" {
			return i
		}
		if low[i] == "," || low[i] == ";" {
			break
		}
	}
	return -1
}

// counts reports whether the clause that the "since" phrase at token
// since (running to token first or further) belongs to counts or ranks.
func (r *reading) counts(since, first int) bool {
	low := r.s.Lower
	// the clause "since" belongs to: what follows the phrase when it opens
	// the sentence ("Since 1993, three …"), else what precedes it
	from, to := 0, since
	if since <= 1 { // "Since …" or "Ever since …"
		from, to = len(low), len(low)
		for i := first; i < len(low); i++ {
			if low[i] == "," {
				from = i + 1
				break
			}
		}
	} else {
		for i := since - 1; i >= 0; i-- {
			if low[i] == "," || low[i] == ";" {
				from = i + 1
				break
			}
		}
	}
	for i := from; i < to; i++ {
		if countWord(low[i], r.s.Tokens[i].Text) || i > 0 && superlative(low[i-1], low[i]) {
			return true
		}
	}
	return false
}

// countWord reports a word that counts or ranks: a figure, a number word,
// an ordinal, "no", "never".
func countWord(w, orig string) bool {
	if countWords[w] {
		return true
	}
	r := []rune(orig)
	return len(r) > 0 && unicode.IsDigit(r[0])
}

var countWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`no never none two three four five six seven eight nine ten eleven twelve twenty
		dozen dozens hundred hundreds thousand thousands million millions
		first second third fourth fifth sixth seventh eighth ninth tenth`) {
		m[w] = true
	}
	return m
}()

// superlative reports "the most", "the least" or "the …est" ("the heaviest
// storm since 1966", "the biggest majority since …").
func superlative(prev, w string) bool {
	if w == "most" || w == "least" {
		return true
	}
	return (prev == "the" || strings.HasSuffix(prev, "'s")) && len(w) > 4 && strings.HasSuffix(w, "est") &&
		!strings.HasSuffix(w, "rest") && !strings.HasSuffix(w, "uest") && !strings.HasSuffix(w, "test")
}

// inRelative reports whether the time at token first sits in a relative
// clause that no comma sets off ("a church leader who died in 1960", "the
// permit that the council granted in 2019", see relativeThat) or in one
// opened by "where" (", where rebels
// fought in 1994, …", which the clause package does not read as
// describing). Such a clause picks out one of the sentence's nouns by what
// it did then; the sentence reports something else.
func (r *reading) inRelative(first int) bool {
	low := r.s.Lower
	for i := first - 1; i > 0 && i >= first-20; i-- {
		switch low[i] {
		case ",", ";", "–", "—", "--", "(", ")":
			return low[i] == "," && i+1 < first && low[i+1] == "where"
		case "who", "whom", "whose", "which", "where", "that":
			if low[i] == "that" && !r.relativeThat(i) {
				return false
			}
			// set off by a comma (only ", where" is left to read here) it
			// describes wherever it stands
			return r.s.Quoted[i] == r.s.Quoted[first] && r.verbGroups(i+1, first) < 2 && (low[i-1] == "," || r.afterVerb(i))
		}
	}
	return false
}

// afterVerb reports whether a verb cue comes before token i: a relative
// clause on the subject ("Floods that began in 2019 ruined the Riel
// harvest") tells how what the sentence reports began, one on an object
// picks out a noun.
func (r *reading) afterVerb(i int) bool {
	for k := 0; k < i; k++ {
		if clause.VerbCue(r.s.Tokens[k].Text) {
			return true
		}
	}
	return false
}

// relativeThat reports whether the "that" at token i opens a relative
// clause on the noun before it ("the permit that the council granted in
// 2019") rather than what a verb or an adjective says ("she thinks that",
// "it is clear that"). A word in -s before it is taken for a verb
// ("Varga insists that …"), which leaves plural nouns out; a verb or
// adjective of saying and knowing is listed.
func (r *reading) relativeThat(i int) bool {
	prev := r.s.Lower[i-1]
	if clause.VerbCue(r.s.Tokens[i-1].Text) || functionWords[prev] || clause.Opener(prev) || thatVerbs[prev] || thatHeads[prev] ||
		strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") {
		return false
	}
	r0 := []rune(r.s.Tokens[i-1].Text)
	if len(r0) < 2 || !unicode.IsLetter(r0[0]) {
		return false
	}
	// a verb of saying earlier in the clause takes the "that" even after
	// a noun: "told clients in a notice seen by the press that …"
	for k := i - 2; k >= 0; k-- {
		w := r.s.Lower[k]
		if w == "," || w == ";" {
			break
		}
		if clause.Speech(w) || thatVerbs[w] {
			return false
		}
	}
	return true
}

// thatVerbs are verbs that take a "that" clause of what they say or know,
// also further before it ("told clients … that"); thatHeads are the other
// words right before a "that" that opens such a clause, not a relative
// one ("it is clear that").
var thatVerbs, thatHeads = words(`know think believe say hope fear claim argue insist suggest show mean ensure
		feel realize admit deny hear learn find found read see saw note agree expect warn order decide
		prove indicate confirm demonstrate acknowledge recognize understand assume suspect conclude promise doubt`),
	words(`clear evident aware sure likely unlikely possible true certain obvious apparent concerned afraid
		confident convinced worried glad hopeful except given such now fact`)

// words makes a set of the words of s.
func words(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// verbGroups counts the verb groups among tokens [from, to): a second one
// not joined to the first by "and", "or" or "but" is the sentence's own
// verb after the relative clause ended ("the number of clinics that
// offered the service fell between 1982 and 1992").
func (r *reading) verbGroups(from, to int) int {
	n := 0
	for i := from; i < to; i++ {
		if !clause.VerbCue(r.s.Tokens[i].Text) {
			continue
		}
		if i > from && (clause.VerbCue(r.s.Tokens[i-1].Text) || r.s.Lower[i-1] == "and" || r.s.Lower[i-1] == "or" || r.s.Lower[i-1] == "but") {
			continue
		}
		n++
	}
	return n
}

// forecastsWeather reports whether the sentence forecasts the weather: its
// subject names the weather ("Low pressure will move east on Thursday";
// "On Friday, the cold front will stall over the hills"; "Heavy rain is
// expected to reach the coast by Sunday") and its verb looks ahead. What a
// forecast says will happen is no happening of the story, and a weather
// column filed beside a story would otherwise fill its timeline.
func (r *reading) forecastsWeather() bool {
	if r == nil || r.s == nil {
		return false
	}
	low := r.s.Lower
	for i := 1; i < len(low); i++ {
		future := low[i] == "will" ||
			(low[i] == "expected" || low[i] == "forecast" || low[i] == "predicted") && i+1 < len(low) && low[i+1] == "to"
		if !future || r.s.Quoted[i] {
			continue
		}
		for k := i - 1; k >= 0; k-- {
			if low[k] == "," || low[k] == ";" {
				break
			}
			if weatherNouns[low[k]] {
				return true
			}
		}
		return false
	}
	return false
}

// weatherNouns name the weather as the subject of a forecast.
var weatherNouns = words(`weather pressure front fronts low showers shower rain rains rainfall snow snowfall
	frost temperatures temperature winds wind gusts storm storms thunderstorms typhoon hurricane cyclone
	clouds fog sleet drizzle blizzard air`)
