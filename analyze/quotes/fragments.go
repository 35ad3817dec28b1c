package quotes

// Speaker phrases that are fragments of a sentence, not a source. On wire
// copy the walk back from a cue stops at the wrong word often enough: it
// keeps the verb and adverbs between the subject and a participle cue
// ("Harbour crews quickly began urging …"), reads a time phrase or a
// number as the subject ("Two weeks ago announced …", "44"), takes an
// adjective whose noun became the cue ("A lively and informed debate"), a
// page's own label ("Correction: …") or a word that only points to a
// source ("No matter"). A reader would rather see a quote with no speaker
// than with a wrong one, so the subject is kept when it is there, and when
// it is not the phrase keeps its span but gets no name: news annotation
// still marks an attribution there (its source span on the fragment), and
// the story's quote list, for a reader, leaves out a reported clause that
// names no one (see story/quotes).

import "strings"

// trimSpeaker drops from the end of a speaker phrase before its cue the
// words that follow the subject: adverbs ("already", "quickly"), a verb
// of beginning ("began"), a form of "be" or "have" and a contracted verb
// ("’ve"). It reports false, and leaves the phrase as it is, when no
// subject is left: the phrase was those words alone or ends in a
// determiner, a possessive ("The bank’s highly") or a pronoun that points
// to a fact ("That’s partly").
func (d *doc) trimSpeaker(f *frame) bool {
	a, b := f.spk0, f.spk1
	if f.inverted || f.according || b > f.cue0 {
		return true
	}
	for b > a && d.region[b-1] < 0 && trailingWord(d.lower[b-1]) && (b-1 > a || !d.isCap(b-1)) {
		b--
	}
	if b == f.spk1 {
		return true
	}
	for b > a && d.region[b-1] < 0 && (speakerPreps[d.lower[b-1]] || d.lower[b-1] == "by") {
		b-- // the preposition of a trimmed weekday: "Ana Riel on Friday"
	}
	if b == a {
		return false
	}
	last := d.lower[b-1]
	if p, ok := contractedPronoun(last); ok && pointingPronouns[p] || (last == "’s" || last == "'s") && b-2 >= a && pointingPronouns[d.lower[b-2]] {
		return false // "That’s partly …", "It’s also …": a subject that points to a fact
	}
	if determiners[last] || isPossessive(last) || last == "'s" || last == "’s" || strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
		return false
	}
	f.spk1 = b
	return true
}

// trailingWord reports whether a word can stand between a subject and its
// verb, but ends no noun phrase.
func trailingWord(w string) bool {
	if isAdverb(w) && !nounsInLy[w] || weekdays[w] {
		return true // "quickly", "the Tessin council Tuesday"
	}
	return subjectFollowers[w] || beForms[w] && w != "'s" && w != "’s" || contractedVerbs[strings.TrimLeft(w, "'’")] && (strings.HasPrefix(w, "'") || strings.HasPrefix(w, "’"))
}

// nounsInLy are nouns (and a newspaper's "daily") that end like adverbs.
var nounsInLy = wordSet(`assembly supply daily weekly monthly quarterly monopoly anomaly reply belly bully jelly
	rally italy family ally july`)

// subjectFollowers are words that follow a subject before its verb: "The
// council already has …", "Crews even began …".
var subjectFollowers = wordSet(`already even also still now then just soon again began begun begins started
	starts continued continues am has have had`)

// fragmentSpeaker reports whether the speaker phrase a..b is no source
// at all: a time phrase, a number, a lone adjective, participle or
// pointer, or a label of the page itself.
func (d *doc) fragmentSpeaker(a, b int) bool {
	w := d.lower[a]
	n := b - a
	words := d.lower[a:b]
	// a time phrase: "Two weeks ago", "Friday in Tessin at the request of
	// …", "the day", "Periodically over some ten centuries"
	if words[n-1] == "ago" && n <= 4 && !d.hasName(a+1, b) || weekdays[w] && (n == 1 || speakerPreps[d.lower[a+1]]) || w == "periodically" {
		return true
	}
	if n == 2 && (articles[w] || w == "that") && timeNouns[words[1]] || n > 2 && openingTime(w, words[1]) && speakerPreps[words[2]] {
		return true // "the day", "last month of the crash off Riel Point"
	}
	// a verb the walk back took for a noun: "arrested", "expelled for",
	// "hiding in the hills"
	if !d.isCap(a) && len(w) > 4 && (strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && w != "hundred" || strings.HasSuffix(w, "ing")) &&
		(n == 1 && !strings.HasSuffix(w, "ing") || n > 1 && speakerPreps[words[1]]) {
		return true
	}
	// a piece of a number the tokens split: "000th the density"
	if startsWithDigit(w) && n > 1 && ordinalDigits(w) && articles[words[1]] {
		return true
	}
	// an article whose noun the cue took, or a phrase that points to no
	// one: "The", "No matter"
	if n == 1 && (w == "the" || w == "a" || w == "an") || n == 2 && w == "no" && words[1] == "matter" {
		return true
	}
	// the page's own label: "Correction", "Ticket", "This article"
	if pageWords[words[n-1]] && (n == 1 || n == 2 && (w == "this" || w == "our")) {
		return true
	}
	// a lone adjective whose noun the cue took, after a determiner or
	// alone: "A lively", "Our previous"
	last := words[n-1]
	if n <= 2 && (n == 1 || determiners[w] || isPossessive(w) || w == "our" || w == "my") && d.region[b-1] < 0 {
		if lonelyAdjectives[last] {
			return true
		}
	}
	return false
}

// unknownSpeaker reports whether the one-word speaker phrase a..b is a
// participle opening the sentence ("Pausing to explain his view, …",
// "Asked about the dam, …"),
// whose subject comes later: the attribution is real, only its speaker is
// unknown. (A relative pronoun with no phrase it stands for, "…, which
// reminds us of …", is left to resolveSpeakers, which gives it no name.) (A count as speaker, "44 said
// the same", is kept here: news annotation takes the share of a poll for
// its source; the story's quote list, for a reader, drops it.)
func (d *doc) unknownSpeaker(a, b int) bool {
	if b != a+1 || d.region[a] >= 0 {
		return false
	}
	w := d.lower[a]
	return d.isCap(a) && !d.mentioned(a) && len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"))
}

// skipOpeningTime moves the start of a speaker phrase past a page's label
// run into it ("Summary Surveys show …"), past an opening weekday and its
// preposition's phrase ("Saturday at the Veskaria fair Mayor Ana Riel said
// …"), past a subordinator ("Though Riel …"), so that notSpeaker reads the subject after it, and past an opening
// "this week" or "last year" ("This week it even warned …").
func (d *doc) skipOpeningTime(f *frame) {
	a := f.spk0
	if f.inverted || f.according {
		return
	}
	if f.spk1 > a+1 && pageWords[d.lower[a]] && d.isCap(a) && d.isCap(a+1) && d.sent[a] >= 0 && d.sents[d.sent[a]].TokenStart == a {
		// a box's label run into its text: "Summary Studies show …"
		f.spk0 = a + 1
		return
	}
	if f.spk1 > a+1 && speakerSubordinators[d.lower[a]] && d.isWord(a+1) {
		// a subordinator opening the speaker's clause: "Although Veskaria
		// insists …", "If Ana Riel is calling …": the subject follows it
		f.spk0 = a + 1
		return
	}
	if f.spk1 > a+2 && weekdays[d.lower[a]] && speakerPreps[d.lower[a+1]] {
		f.spk0 = a + 1
		return
	}
	if f.spk1 > a+2 && openingTime(d.lower[a], d.lower[a+1]) && !speakerPreps[d.lower[a+2]] {
		f.spk0 = a + 2
		if d.lower[f.spk0] == "," && f.spk1 > f.spk0+1 {
			f.spk0++
		}
	}
}

// ordinalDigits reports a number read as an ordinal ("000th"): a part of
// a larger number split by the tokens, not a count of anything.
func ordinalDigits(w string) bool {
	for _, suffix := range []string{"th", "st", "nd", "rd"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	return false
}

// mentioned reports whether a named-entity mention covers token i.
func (d *doc) mentioned(i int) bool {
	for _, m := range d.mentions {
		if m.Span.Start <= d.toks[i].Start && d.toks[i].End <= m.Span.End {
			return true
		}
	}
	return false
}

// speakerSubordinators open a clause before its subject.
var speakerSubordinators = wordSet(`although though while whereas because since if when whenever unless once until`)

var weekdays = wordSet(`monday tuesday wednesday thursday friday saturday sunday`)

var timeNouns = wordSet(`day week month year morning evening night afternoon weekend time`)

var relativeWords = wordSet(`which whom whose whatever whichever`)

// pageWords label a part of the page, not a source in it.
var pageWords = wordSet(`correction corrections ticket tickets article page caption advertisement update summary`)

// lonelyAdjectives never end a noun phrase that speaks; the noun they
// modify was taken for the cue or left out.
var lonelyAdjectives = wordSet(`noisy dangerous current previous despite similarly recent latest`)

// pointingPronouns stand for a thing or a fact, never a source, when a
// contracted verb follows them.
var pointingPronouns = wordSet(`that it there what here this`)

// openingTime reports whether two words are a time that may open a
// sentence before its subject: "this week", "last year".
func openingTime(w, next string) bool {
	return (w == "this" || w == "last" || w == "next") && timeNouns[next]
}

// showVerbs put out a document or a sign, whose words a participle may
// then report: "released video showing …".
var showVerbs = wordSet(`released presented displayed published issued produced unveiled posted carried
	headlined aired showed circulated distributed`)

// verbParticles follow a verb as part of it: "held up", "put out".
var verbParticles = wordSet(`up out off down back away`)

func isPronoun(w string) bool {
	_, ok := pronouns[w]
	return ok
}
