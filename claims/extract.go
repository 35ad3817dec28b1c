package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze/clause"
)

// segment is a run of a sentence's tokens, [from, to).
type segment struct{ from, to int }

// rawClaim is one claim of a sentence before its facets are read: the
// token runs its words come from (a subject and its predicate may be two
// runs) and who it is attributed to.
type rawClaim struct {
	segs []segment
	// attribution is the run naming the source as written ("the
	// Kalessian Centre for Labour Studies", "ministry spokeswoman Ilse
	// Varga"), empty when the article states it itself. It is a run, not
	// a string, so that the facet can read it against the sentence and
	// the article (see reader.sayer).
	attribution segment
}

// sent is a sentence being split, with per-token views (the clause
// package's, under short names).
type sent struct {
	text   string
	toks   []chorus.Token
	low    []string
	quoted []bool // inside quotation marks
	paren  []bool // inside parentheses
	dashed []bool // inside a pair of dashes: "the blockade _ which the dockers first claimed, but … _ shut the quay"
	// describing are the clauses that describe a noun: relative clauses are
	// cut from the main clause, and some become claims of their own.
	describing []clause.Clause
}

func newSent(text string, toks []chorus.Token) *sent {
	c := clause.New(text, toks)
	return &sent{text: text, toks: toks, low: c.Lower, quoted: c.Quoted, paren: c.Bracketed, dashed: dashAsides(toks, c.Quoted),
		describing: c.Describing()}
}

// dashAsides marks the tokens between two dashes of a sentence (an em or
// en dash, "--", or the spaced underscore old wire copy types for one): an
// aside, whose commas and conjunctions belong to it, not to the sentence.
func dashAsides(toks []chorus.Token, quoted []bool) []bool {
	out := make([]bool, len(toks))
	open := -1
	for i, t := range toks {
		switch t.Text {
		case "—", "–", "--", "_":
			if quoted[i] {
				continue
			}
			if open < 0 {
				open = i
				continue
			}
			for k := open; k <= i; k++ {
				out[k] = true
			}
			open = -1
		}
	}
	return out
}

func (s *sent) isWord(i int) bool {
	r, _ := utf8.DecodeRuneInString(s.toks[i].Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func (s *sent) isPunct(i int) bool {
	return !s.isWord(i) && s.toks[i].Text != "$" && s.toks[i].Text != "€" && s.toks[i].Text != "£"
}

// words counts the word tokens in [a, b).
func (s *sent) words(a, b int) int {
	n := 0
	for i := a; i < b; i++ {
		if s.isWord(i) {
			n++
		}
	}
	return n
}

// span returns the source text of tokens [a, b).
func (s *sent) span(a, b int) string {
	if a >= b {
		return ""
	}
	return s.text[s.toks[a].Start:s.toks[b-1].End]
}

// trim drops punctuation, quotation marks and discourse openers from the
// ends of [a, b): "But, ..." → "...".
//
// A quotation the range holds whole keeps its marks: "condemned the
// blockade as “reckless.”" is not cut to an open quotation mark.
func (s *sent) trim(a, b int) (int, int) {
	a0, b0 := a, b
	for a < b && (s.isPunct(a) && s.toks[a].Text != "(" || leadWords[s.low[a]] && a+1 < b) {
		a++
	}
	for b > a && s.isPunct(b-1) && s.toks[b-1].Text != ")" && s.toks[b-1].Text != "%" {
		b--
	}
	if a >= b {
		return a, b
	}
	if s.quoted[b-1] && b < b0 && s.quoted[b] {
		open, end := s.quotedRun(b, a0, b0)
		if open >= a0 && isQuoteMark(s.toks[open].Text) && isQuoteMark(s.toks[end-1].Text) {
			b = end
		}
	}
	if s.quoted[a] && a > a0 && s.quoted[a-1] {
		open, closed := s.quotedRun(a, a0, b0)
		if isQuoteMark(s.toks[open].Text) && (open > a0 || !s.quoted[a0] || a0 == 0) && closed <= b {
			a = open
		}
	}
	return a, b
}

// quotedRun returns the quoted run of tokens that token x-1 and x share,
// within [lo, hi): where its quotation opens and where it ends.
func (s *sent) quotedRun(x, lo, hi int) (open, end int) {
	open = x - 1
	for open > lo && s.quoted[open-1] {
		open--
	}
	end = x
	for end < hi && s.quoted[end] {
		end++
	}
	return open, end
}

// isQuoteMark reports a token that is (part of) a quotation mark.
func isQuoteMark(t string) bool {
	switch t {
	case "“", "”", "\"", "«", "»", "`", "'", "``", "''":
		return true
	}
	return false
}

// quotedShare is the share of word tokens of [a, b) inside quotation marks.
func (s *sent) quotedShare(a, b int) float64 {
	n, q := 0, 0
	for i := a; i < b; i++ {
		if s.isWord(i) {
			n++
			if s.quoted[i] {
				q++
			}
		}
	}
	if n == 0 {
		return 0
	}
	return float64(q) / float64(n)
}

// isVerbCue reports whether token i looks like a finite verb or an
// auxiliary, the sign that a clause of its own starts near it.
// passive auxiliaries before a speech verb make it a passive, not a source.
var passive = wordSet(`is are was were be been being`)

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

func (s *sent) isVerbCue(i int) bool { return clause.VerbCue(s.toks[i].Text) }

// clauses splits sentence tokens into claims: attribution stripped,
// coordinated and relative clauses apart, direct quotations left out
// (the quotes section carries them) except what their attribution adds.
func clauses(text string, toks []chorus.Token) []rawClaim {
	s := newSent(text, toks)
	a, b := s.trim(0, len(toks))
	if s.words(a, b) < 5 || strings.HasSuffix(strings.TrimSpace(s.span(0, len(toks))), "?") {
		return nil
	}
	if a < b && s.quoted[a] && !isQuoteMark(s.toks[a].Text) && (a == 0 || !s.quoted[a-1] || isQuoteMark(s.toks[a-1].Text)) {
		// the sentence starts inside a quotation the segmenter cut ("No
		// pilots,'' 17-year-old Ilse Varga … said"): the quoted words are
		// the quotes section's, and a fragment of them no claim
		for a < b && s.quoted[a] {
			a++
		}
		if a, b = s.trim(a, b); s.words(a, b) < 5 {
			return nil
		}
	}
	if s.tail(a) {
		// "said harbour spokesman Petar Ilic. He added …": the attribution of a
		// quotation the segmenter left in the sentence before; what
		// follows its full stop, if anything, is a sentence of its own
		for a < b && s.toks[a].Text != "." {
			a++
		}
		if a, b = s.trim(a, b); s.words(a, b) < 5 {
			return nil
		}
	}
	var out []rawClaim
	s.collect(a, b, segment{}, 0, &out)
	return out
}

// collect strips one attribution from [a, b), splits what is left and
// recurses into the parts (a part may carry its own "X said").
func (s *sent) collect(a, b int, attr segment, depth int, out *[]rawClaim) {
	a, b = s.trim(a, b)
	if a >= b {
		return
	}
	if depth < 3 {
		if r, ok := s.attribution(a, b); ok {
			if len(r.extra) > 0 { // the attribution says something itself
				s.keep(rawClaim{segs: r.extra}, out)
			}
			if r.before.to > r.before.from {
				s.collect(r.before.from, r.before.to, attr, depth+1, out)
			}
			if s.quotedShare(r.content.from, r.content.to) > 0.5 {
				return // a direct quotation
			}
			s.collect(r.content.from, r.content.to, r.source, depth+1, out)
			return
		}
	}
	if q := s.quotedShare(a, b); q > 0.5 {
		return
	} else if q >= 0.3 {
		s.unquoted(a, b, out)
		return
	}
	parts := s.split(a, b)
	// one part may still be less than the whole: a relative clause cut out
	cut := len(parts) > 1 || len(parts) == 1 && (len(parts[0].segs) != 1 || parts[0].segs[0] != segment{a, b})
	if cut && depth < 3 {
		for _, p := range parts {
			if len(p.segs) == 1 {
				s.collect(p.segs[0].from, p.segs[0].to, attr, depth+1, out)
				continue
			}
			// "TCT, which operates the quays, said 1,900 stayed away": the
			// relative clause removed, a subject and "said …" remain
			if v := p.segs[1].from; len(p.segs) == 2 && s.isSpeech(v) {
				c := s.skipAdverbials(v+1, p.segs[1].to)
				if c < p.segs[1].to && s.low[c] == "that" {
					c++
				}
				s.collect(c, p.segs[1].to, p.segs[0], depth+1, out)
				continue
			}
			s.keep(rawClaim{segs: p.segs, attribution: attr}, out)
		}
		return
	}
	// "Riel met Varga on Monday to propose a wider port partnership": the
	// meeting is a claim of its own, which other reports may share
	if p := s.purposeAt(a, b); p > 0 {
		s.keep(rawClaim{segs: []segment{{a, p}}, attribution: attr}, out)
	}
	s.keep(rawClaim{segs: []segment{{a, b}}, attribution: attr}, out)
}

// keep adds a clause that holds enough words to state something.
func (s *sent) keep(c rawClaim, out *[]rawClaim) {
	for i, sg := range c.segs {
		sg.from, sg.to = s.trim(sg.from, sg.to)
		c.segs[i] = sg
	}
	if len(c.segs) > 0 {
		c.segs = s.wholeQuotes(c.segs)
	}
	if len(c.segs) > 0 {
		c.segs = s.firstSentence(c.segs)
	}
	n := 0
	for _, sg := range c.segs {
		n += s.words(sg.from, sg.to)
	}
	if n < 4 || s.subordinateOnly(c.segs) || s.attributionOnly(c.segs) || !s.mayHaveVerb(c.segs) {
		return
	}
	*out = append(*out, c)
}

// tail reports a sentence that starts with a lower-case verb, perhaps
// after an adverb ("said harbour spokesman …", "wept a deckhand as …",
// "narrowly missed a tanker …"): the end of a sentence the segmenter
// cut, whose subject is in the sentence before.
func (s *sent) tail(a int) bool {
	for a+1 < len(s.toks) && strings.HasSuffix(s.toks[a].Text, "ly") && isLowerWord(s.toks[a].Text) {
		a++
	}
	return isLowerWord(s.toks[a].Text) && (s.isVerbCue(a) || clause.Auxiliary(s.low[a]))
}

// wholeQuotes keeps a claim's quotations whole: a quotation opening after
// a full stop is a sentence the segmenter left joined ("… saw the
// pilot. “He waved at me."), so the claim ends before it; an opening mark
// whose quotation closes in the next sentence (the segmenter cut “reckless.”
// after the full stop) is left out of the claim's words, which are
// otherwise the article's own.
func (s *sent) wholeQuotes(segs []segment) []segment {
	for k, sg := range segs {
		for i := sg.from + 1; i < sg.to; i++ {
			if s.openingMark(i) && (s.toks[i-1].Text == "." || s.toks[i-1].Text == "!" || s.toks[i-1].Text == "?") {
				a, b := s.trim(sg.from, i-1)
				if b <= a {
					return segs[:k]
				}
				return append(segs[:k:k], segment{a, b})
			}
		}
	}
	last := segs[len(segs)-1]
	for i := last.to - 1; i >= last.from; i-- {
		if !isQuoteMark(s.toks[i].Text) {
			continue
		}
		for i > last.from && isQuoteMark(s.toks[i-1].Text) && s.toks[i-1].End == s.toks[i].Start {
			i-- // the first half of a mark typed as two tokens
		}
		if !s.openingMark(i) {
			break // the last mark closes a quotation
		}
		end := i
		for end < last.to && isQuoteMark(s.toks[end].Text) {
			end++
		}
		out := append(segs[:len(segs)-1:len(segs)-1], segment{last.from, i})
		if end < last.to {
			out = append(out, segment{end, last.to})
		}
		var kept []segment
		for _, sg := range out {
			if a, b := s.trim(sg.from, sg.to); b > a {
				kept = append(kept, segment{a, b})
			}
		}
		return kept
	}
	return segs
}

// firstSentence ends a claim where a second sentence the segmenter left
// joined begins, or wire markup (see entityName): after a full stop standing alone before a word ("… his
// rival, Ana da Costa. da Costa campaigned …"), or after an abbreviation
// before a capitalised word that opens sentences ("… for WebFerry Inc.
// Without these items …"). The claim keeps the first sentence: the rest
// is another statement, and the attribution may be either's. (A
// capitalised "He" after a lower-case word is no sign of a lost full
// stop: it is a family name as often, "said He Lin".)
func (s *sent) firstSentence(segs []segment) []segment {
	for k, sg := range segs {
		for i := sg.from + 1; i < sg.to; i++ {
			t := s.toks[i].Text
			end := -1
			switch {
			case t == "&" && i+1 < sg.to && entityName(s.toks[i+1].Text):
				end = i
			case s.quoted[i] || s.paren[i] || i+1 >= sg.to || !s.isWord(i+1):
			case t == ".":
				end = i
			case len(t) > 1 && strings.HasSuffix(t, ".") && s.capitalised(i+1) && (clause.Opener(s.low[i+1]) || sentenceStarts[s.low[i+1]]):
				end = i + 1
			}
			if end < 0 {
				continue
			}
			a, b := s.trim(sg.from, end)
			if b <= a {
				return segs[:k]
			}
			return append(segs[:k:k], segment{a, b})
		}
	}
	return segs
}

// entityName reports the name of an unexpanded markup entity after its
// "&" ("&UR;", "&QL;"), the residue of old wire markup: no prose follows
// it in the sentence.
func entityName(t string) bool {
	if len(t) < 2 {
		return false
	}
	for _, r := range t {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// sentenceStarts are words that, capitalised after an abbreviation,
// start a sentence (with the sentence openers of package clause).
var sentenceStarts = wordSet(`the a an he she it they we there this these those without`)

// openingMark reports a quotation mark that opens a quotation: quoted, and
// the token before it not.
func (s *sent) openingMark(i int) bool {
	return isQuoteMark(s.toks[i].Text) && s.quoted[i] && (i == 0 || !s.quoted[i-1]) && i+1 < len(s.toks) && s.quoted[i+1]
}

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
				if s.saysMore(i+1, sg.to) {
					return false
				}
				for _, rest := range segs[k+1:] {
					if s.saysMore(rest.from, rest.to) {
						return false
					}
				}
				return true
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
				if s.saysMore(i+2, sg.to) {
					return false
				}
				for _, rest := range segs[k+1:] {
					if s.saysMore(rest.from, rest.to) {
						return false
					}
				}
				return true
			}
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
					return attributed{source: segment{k + 1, end}, content: segment{a, k}}, true
				}
			}
		}
	}
	// "Y, X said." / "Y, said X." / "Y, The New York Times reports."
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
	// "X said (on Friday) (that) Y"
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

// numberWords count a noun after them: "two weeks", "several years".
var numberWords = wordSet(`two three four five six seven eight nine ten eleven twelve dozens hundreds thousands
	millions several many few some all both these those other more most`)

// pastTenses are past tenses the clause reader's verb cues leave out (its
// list serves the clause cuts, where a short or a bare form would mislead):
// here any of them shows that a claim has a verb.
var pastTenses = wordSet(`cut read got spoke flew ran sat ate fought felt thought heard sought taught hung
	stuck swore wept shrank sank drank dealt meant withdrew arose bit hurt quit shut spread let cost leapt
	knelt slept swept crept`)

// sNouns end in -s but are never verbs.
var sNouns = wordSet(`news series species means politics headquarters whereas always perhaps ages`)

// contractedSubjects take "'s" for "is" or "has": "that's", "it's".
var contractedSubjects = wordSet(`that it he she there what who here where`)

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

// absoluteOpeners open a phrase whose verb is no verb of saying by a
// subject: "With most ballots counted, …", "After the votes were tallied".
var absoluteOpeners = map[string]bool{"with": true, "without": true, "after": true, "before": true, "once": true, "upon": true}
