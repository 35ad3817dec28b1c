package claims

import (
	"strings"

	"github.com/chorusnews/chorus/analyze/clause"
)

// attributed is what attribution found: the source, what it says, and
// any claim the attribution phrase itself carries ("Varga told a press
// briefing in the port city of Thessara").
type attributed struct {
	source  segment
	content segment
	extra   []segment
	// before is a clause ahead of a relative attribution, read as claims
	// of its own ("Varga found the ledger and called the police" in "…,
	// who confirmed it was the book")
	before segment
	// lastClause says the source vouches for the content's last clause
	// only: "by official council estimates" ends the verb phrase it
	// measures, so in "The strike began in 2019 and has cost 4,000 jobs
	// by official estimates" the estimates count the jobs, not the start.
	lastClause bool
}

// attribution finds a source at the start or end of [a, b).
func (s *sent) attribution(a, b int) (attributed, bool) {
	end := b
	for end > a && s.isPunct(end-1) {
		end--
	}
	// "According to X, Y"
	if s.low[a] == "according" && a+1 < b && s.low[a+1] == "to" {
		for c := a + 2; c < end; c++ {
			if s.toks[c].Text == "," {
				return attributed{source: segment{a + 2, c}, content: segment{c + 1, b}}, s.words(c+1, b) >= 4
			}
		}
	}
	// "As reported by X, Y"
	if s.low[a] == "as" {
		if src, c, ok := s.asReported(a, end); ok && c+1 < b && s.toks[c].Text == "," {
			return attributed{source: src, content: segment{c + 1, b}}, s.words(c+1, b) >= 4
		}
	}
	// "Y, according to X" / "Y according to X"
	for k := a + 3; k+2 < end; k++ {
		if s.low[k] == "according" && s.low[k+1] == "to" && !s.quoted[k] && noComma(s, k+2, end) {
			return attributed{source: segment{k + 2, end}, content: segment{a, k}}, s.words(a, k) >= 4
		}
	}
	// "Y by official council estimates", "Y, ministry figures show" is left alone
	if end-a > 6 {
		switch s.low[end-1] {
		case "estimates", "estimate", "figures", "count", "tally", "data":
			for k := end - 2; k > end-8 && k > a+3; k-- {
				if s.low[k] == "by" || (s.low[k] == "to" && s.low[k-1] == "according") {
					return attributed{source: segment{k + 1, end}, content: segment{a, k}, lastClause: true}, true
				}
			}
		}
	}
	// "Y, X said." / "Y, said X." / "Y, the Tessin Courier reports."
	for c := end - 1; c > a && end-c <= 14; c-- {
		if s.toks[c].Text != "," {
			continue
		}
		if c+1 < end && (s.low[c+1] == "who" || s.low[c+1] == "which") {
			// "… called the police, who confirmed it was the book": the
			// relative clause reports what follows its verb, said by the
			// noun before the comma; what comes before is a claim of its own
			return s.relativeAttribution(a, c, b, end)
		}
		for v := c + 1; v < end && v <= c+9; v++ {
			if !s.isSpeech(v) {
				continue
			}
			src, extra, ok := s.trailingSource(c+1, v, end)
			if !ok {
				break
			}
			r := attributed{source: src, content: segment{a, c}}
			if extra.to > extra.from {
				r.extra = []segment{extra}
			}
			return r, s.words(a, c) >= 4 || s.quotedShare(a, c) > 0.5
		}
		break
	}
	// "X said (on Monday) (that) Y"
	for v := a + 1; v < min(end, a+26); v++ {
		if s.quoted[v] {
			break
		}
		if !s.isSpeech(v) {
			if s.low[v] == "that" || s.toks[v].Text == ":" {
				break
			}
			continue
		}
		if passive[s.low[v-1]] {
			break // "Seven people were confirmed dead"
		}
		if s.low[v-1] == "as" {
			continue // "The vote, as disclosed in a memo, was …": an aside, no speaker before it
		}
		if s.low[v-1] == "an" || s.low[v-1] == "a" || s.low[v-1] == "the" {
			continue // "among an estimated 400 guests": an adjective, no verb of saying
		}
		if strings.HasPrefix(s.low[v], "add") && v+1 < end && s.low[v+1] == "to" {
			break // "The council added to that budget …": no speech
		}
		subj := segment{a, v}
		for subj.to > subj.from && clause.Auxiliary(s.low[subj.to-1]) {
			subj.to--
		}
		if absoluteOpeners[s.low[a]] {
			break // "With 22 percent of the ballots counted, …": no speaker
		}
		speaker, aside, ok := s.speaker(subj)
		if !ok {
			break
		}
		c := s.skipAdverbials(v+1, end)
		// "said in a written statement after talks in Brenmoor that …"
		// (only past an adverbial: in "said the blockade that narrowly
		// missed …" the "that" opens a relative clause of the reported
		// subject)
		for k := c; k < min(end, c+10); k++ {
			if s.toks[k].Text == "," || s.quoted[k] || s.isVerbCue(k) {
				break
			}
			if s.low[k] == "that" {
				if !s.relativeThat(k) {
					c = k
				}
				break
			}
		}
		if c < end && s.low[c] == "that" {
			c++
		}
		if c < end && s.toks[c].Text == ":" || c < end && s.toks[c].Text == "," {
			c++
		}
		if s.words(c, b) < 4 || !s.reportedClause(c, b) {
			break
		}
		r := attributed{source: speaker, content: segment{c, b}}
		r.extra = aside
		return r, true
	}
	return attributed{}, false
}

// relativeAttribution reads "Y, who confirmed Z" (the comma at c): the
// noun ending Y says Z when a verb of saying opens the relative clause.
func (s *sent) relativeAttribution(a, c, b, end int) (attributed, bool) {
	for v := c + 2; v < end && v <= c+4; v++ {
		if !s.isSpeech(v) {
			continue
		}
		ante := s.antecedent(a, c)
		k := s.skipAdverbials(v+1, end)
		if k < end && s.low[k] == "that" {
			k++
		}
		if ante.to <= ante.from || s.words(k, b) < 4 || !s.reportedClause(k, b) {
			return attributed{}, false
		}
		return attributed{source: ante, content: segment{k, b}, before: segment{a, c}}, true
	}
	return attributed{}, false
}

// reportedClause reports whether [a, b), what follows a verb of saying,
// is a clause it reports: it has a verb before the first ", and"/", but"
// or semicolon, and does not start with one (which would leave it without
// a subject). "claimed responsibility for the blockade, the second …" and
// "declared himself ready for talks …" have an object, not a clause; "said
// in a statement will reopen the quay …" (the copy dropped its "it") and
// "Some reports have suggested …" ("reports" a noun) have no subject.
func (s *sent) reportedClause(a, b int) bool {
	if a >= b {
		return false
	}
	first := s.toks[a].Text
	if first == s.low[a] && (clause.Auxiliary(s.low[a]) || s.isVerbCue(a) || coordinators[s.low[a]]) {
		// ("what the pilots said and cites notes …": the verb of
		// saying ends a clause of the subject; what follows is the
		// sentence's own predicate)
		return false
	}
	for i := a; i < b; i++ {
		if s.toks[i].Text == ";" || s.toks[i].Text == "," && i+1 < b && coordinators[s.low[i+1]] && !s.quoted[i] {
			return false
		}
		if s.verbAt(i) && i > a {
			return true
		}
	}
	return false
}

// noComma reports whether [a, b) holds no comma: a trailing "according
// to" names the source only when what follows it runs to the clause's end
// unbroken ("…, according to the village head, Ilse Varga" is left whole).
func noComma(s *sent, a, b int) bool {
	for i := a; i < b; i++ {
		if s.toks[i].Text == "," {
			return false
		}
	}
	return true
}

// speaker reads the subject before a speech verb: a short noun phrase
// with no verb of its own ("Union spokesman Petar Ilic", "The Marhold
// Water Institute"). A subject with an aside between commas ("Varga,
// talking to reporters after the vote in Perandos,") names the speaker before the
// comma; the whole subject is returned as a claim of its own when the
// aside says something (four words or more, not a bare apposition).
func (s *sent) speaker(sg segment) (segment, []segment, bool) {
	if k := s.timeOpener(sg.from, sg.to); k > sg.from && k < sg.to && s.toks[k].Text == "," {
		// "Moments later, the pilot told …": the time before the comma
		// says when, the phrase after it who
		sg.from = k + 1
	}
	head := sg.to
	for i := sg.from; i < sg.to; i++ {
		if s.toks[i].Text == "," {
			head = i
			break
		}
	}
	if head <= sg.from || head-sg.from > 9 {
		return segment{}, nil, false
	}
	if s.low[sg.from] == "of" {
		// "Of the 40 injuries reported so far, 12 were burns": a share
		// of a count opens the sentence, and its participle reports nothing
		return segment{}, nil, false
	}
	// "During the strike the port authority said": the speaker is the
	// last noun phrase
	from := sg.from
	if clause.Opener(s.low[from]) {
		for i := head - 1; i > from; i-- {
			if s.low[i] == "the" || s.low[i] == "a" || s.low[i] == "an" {
				from = i
				break
			}
		}
		if from == sg.from {
			return segment{}, nil, false
		}
	}
	for i := sg.from; i < head; i++ {
		if s.isVerbCue(i) || s.low[i] == "to" || s.quoted[i] {
			return segment{}, nil, false
		}
	}
	// the aside is a claim only when a relative clause in it says something
	// of the speaker ("Rusanova, who waded through the streets of Ostrelka
	// last Thursday, told MPs …", "Oleg Marin, 58, a crane driver who was
	// working at the quay, said …"): said of the speaker by name, that is
	// a statement. Any other aside ("Varga, talking to reporters after the
	// vote,", "Riel, leader of the Left Dockers Party,") is a noun
	// phrase with no verb of its own: alone it is a fragment
	var aside []segment
	if head < sg.to && s.words(head+1, sg.to) >= 4 && !s.apposition(head+1, sg.to) {
		end := sg.to
		for end > head+2 && s.isPunct(end-1) {
			end--
		}
		for i := head; i+2 < end; i++ {
			if s.quoted[i] || s.paren[i] {
				break
			}
			if i == head && s.relativeClaimAt(head) {
				aside = []segment{{sg.from, head}, {head + 2, end}}
				break
			}
			if i > head && s.low[i] == "who" && s.isVerbCue(i+1) {
				aside = []segment{{sg.from, head}, {i + 1, end}}
				break
			}
		}
	}
	return segment{from, head}, aside, true
}

// apposition reports whether [a, b) is a noun phrase naming what the
// subject before it is ("Mrs Oyelaran, a retired teacher, said"): it
// restates the subject and makes no claim a reader could weigh alone.
func (s *sent) apposition(a, b int) bool {
	if !clause.Determiner(s.low[a]) {
		return false
	}
	for b > a && s.isPunct(b-1) {
		b--
	}
	for i := a + 1; i < b; i++ {
		if clause.RelativePronoun(s.low[i]) || s.low[i] == "that" || s.toks[i].Text == "," {
			return false
		}
	}
	return true
}

// trailingSource reads "X said" or "said X" after a comma, in [from, end)
// with the verb at v: X must be a short phrase with no verb, and after
// "X said" only adverbials may follow, or a phrase that says something
// itself ("told a press briefing in the port city of Thessara"), returned
// as extra.
func (s *sent) trailingSource(from, v, end int) (segment, segment, bool) {
	if v == from { // "said Carolyn Bennett, the town recorder"
		if end-v-1 > 8 || end-v-1 < 1 {
			return segment{}, segment{}, false
		}
		if timeWords[s.low[v+1]] {
			return segment{}, segment{}, false // "said Friday as the fire spread": no speaker
		}
		for i := v + 1; i < end; i++ {
			if s.isVerbCue(i) || s.low[i] == "that" || subordinators[s.low[i]] || s.low[i] == "as" {
				return segment{}, segment{}, false
			}
		}
		return segment{v + 1, end}, segment{}, true
	}
	to := v
	for to > from && clause.Auxiliary(s.low[to-1]) {
		to--
	}
	if to-from > 8 || to == from {
		return segment{}, segment{}, false
	}
	for i := from; i < to; i++ {
		if s.isVerbCue(i) || s.low[i] == "than" {
			// "…, a far better result than polls had predicted": a
			// comparison, not its source
			return segment{}, segment{}, false
		}
	}
	rest := s.skipAdverbials(v+1, end)
	switch {
	case rest == end:
		return segment{from, to}, segment{}, true
	case s.low[rest] == "that":
		// "When Varga arrived, he said that …": the comma closes an opener,
		// and what follows is the sentence's own attribution
		return segment{}, segment{}, false
	case s.words(rest, end) >= 4 && end-from <= 20 && !s.capitalised(rest):
		if !s.saysMore(rest, end) {
			// "told reporters at the crisis centre in Ostrelka": where and
			// to whom, an attribution all the same, but no claim of its own
			return segment{from, to}, segment{}, true
		}
		return segment{from, to}, segment{from, end}, true
	}
	return segment{}, segment{}, false
}

// skipAdverbials steps over what sits between a speech verb and what was
// said: "on Friday", "late Thursday", "in a statement", "reporters".
func (s *sent) skipAdverbials(i, end int) int {
	for i < end {
		w := s.low[i]
		switch {
		case timeWords[w]:
			j := i
			for j < end && timeWords[s.low[j]] {
				j++
			}
			if j < end && (s.low[j] == "'s" || s.low[j] == "’s") {
				return i // "said last week's blockade …": a subject, no adverbial
			}
			i = j
		case (w == "in" || w == "during") && i+2 < end && (s.low[i+1] == "a" || s.low[i+1] == "an") &&
			(s.low[i+2] == "statement" || s.low[i+2] == "interview" || s.low[i+2] == "briefing"):
			i += 3
			if i < end && timeWords[s.low[i]] {
				continue
			}
		case w == "reporters" || w == "journalists" || w == "told":
			i++
		default:
			return i
		}
	}
	return i
}

// relativeThat reports a "that" followed by its verb, perhaps after an
// adverb ("the blockade that narrowly missed …"): a relative pronoun, not
// the conjunction that opens what was said ("told members that the pay
// dispute …").
func (s *sent) relativeThat(k int) bool {
	j := k + 1
	for j < len(s.toks) && strings.HasSuffix(s.low[j], "ly") && isLowerWord(s.toks[j].Text) {
		j++
	}
	return j < len(s.toks) && isLowerWord(s.toks[j].Text) && s.isVerbCue(j)
}

// passive auxiliaries before a speech verb make it a passive, not a source.
var passive = wordSet(`is are was were be been being`)

// absoluteOpeners open a phrase whose verb is no verb of saying by a
// subject: "With most ballots counted, …", "After the votes were tallied".
var absoluteOpeners = map[string]bool{"with": true, "without": true, "after": true, "before": true, "once": true, "upon": true}

// asReported reads "as reported by X" from the "as" at a to the comma
// that ends X (or to end): X is the source (the outlet, document or
// person after "by" or "in"), c the comma's index. An adverb may stand
// before the verb ("as first revealed in").
func (s *sent) asReported(a, end int) (src segment, c int, ok bool) {
	v := a + 1
	if v < end && strings.HasSuffix(s.low[v], "ly") || v < end && s.low[v] == "first" {
		v++
	}
	if v+2 >= end || !s.isSpeech(v) || !strings.HasSuffix(s.low[v], "ed") || s.low[v+1] != "by" && s.low[v+1] != "in" {
		return segment{}, 0, false
	}
	c = v + 2
	for c < end && s.toks[c].Text != "," {
		if s.quoted[c] || c-v > 14 {
			return segment{}, 0, false
		}
		c++
	}
	if c == v+2 {
		return segment{}, 0, false
	}
	return segment{v + 2, c}, c, true
}

// reportedAside finds "Y, as reported by X, Z" in [a, b): the aside
// between the commas c1 and c2 names the source of the sentence around
// it, which reads as "Y Z".
func (s *sent) reportedAside(a, b int) (src segment, c1, c2 int, ok bool) {
	for c := a + 1; c+3 < b; c++ {
		if s.toks[c].Text != "," || s.low[c+1] != "as" || s.quoted[c] {
			continue
		}
		src, c2, ok := s.asReported(c+1, b)
		if !ok || c2 >= b || s.words(c2+1, b) < 3 {
			continue
		}
		return src, c, c2, true
	}
	return segment{}, 0, 0, false
}
