package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze/clause"
)

// sayer returns who the article says a claim comes from, read from the
// run the attribution rules found (sg, in the sentence s whose first word
// is at sentenceStart). The rules find a run by its place around a verb
// of saying, so the run may hold what is no source at all: a connective
// ("but", "while the port"), an adverb ("Apparently"), a time ("Sunday
// night") or a thing that cannot say anything ("a deal", "the stock").
// Every reader sees the attribution, so such a run gives "" rather than a
// wrong source. A pronoun or a bare surname becomes the fuller name the
// article's quotes or entities give it.
func (r *reader) sayer(s *sent, sg segment, sentenceStart int) string {
	a, b := sg.from, sg.to
	for i := a; i < b; i++ {
		if t := s.toks[i].Text; t == "_" || t == "--" || t == "—" {
			a = i + 1 // "KESSIN _ Early": a dateline, then the sentence
		}
	}
	for a < b && (s.isPunct(a) || sayerLeads[s.low[a]]) {
		a++
	}
	if k := s.timeOpener(a, b); k > a {
		a = k // "Moments later Varga said"
	}
	for b > a {
		w := s.low[b-1]
		switch {
		case s.isPunct(b-1) && !(s.toks[b-1].Text == ")" && b >= 2 && s.paren[b-2]) || sayerTails[w] || sayerLeads[w] || isLowerWord(s.toks[b-1].Text) && strings.HasSuffix(w, "ly") && !sayerNouns[w]:
			b--
			continue
		case b-2 > a && (s.low[b-2] == "in" || s.low[b-2] == "on") && (timeWords[w] || calendarWord(w)):
			b -= 2 // "Varga in March"
			continue
		case b-1 > a && (timeWords[w] || calendarWord(w)) && !isLowerWord(s.toks[b-2].Text):
			b-- // "Tolla Shipping Ltd. Tuesday"
			continue
		}
		break
	}
	if a >= b {
		return ""
	}
	// initial is set when the run opens the sentence (after connectives
	// or a dateline), where a common noun is written with a capital
	initial := true
	for i := sentenceStart; i < a; i++ {
		if !s.isPunct(i) && !sayerLeads[s.low[i]] {
			initial = false
		}
	}
	if a > 0 && (s.toks[a-1].Text == "_" || s.toks[a-1].Text == "--" || s.toks[a-1].Text == "—") {
		initial = true
	}
	// common reads a capitalised word as the common word it may be: at
	// the start of a sentence, when the article writes it in lower case
	// elsewhere or it is a word sources are named by, and no entity
	// mention covers it
	common := func(i int) bool {
		if isLowerWord(s.toks[i].Text) {
			return true
		}
		participle := strings.HasSuffix(s.low[i], "ing") && i+1 < b && isLowerWord(s.toks[i+1].Text)
		return i == a && initial && (participle || r.lower[s.low[i]] || sayerNouns[s.low[i]] || clause.Determiner(s.low[i]) || strings.HasSuffix(s.low[i], "ly")) &&
			!r.inMention(s.toks[i].Span)
	}
	first := s.low[a]
	if common(a) && (nonSayerOpeners[first] || len(first) > 4 && strings.HasSuffix(first, "ing") && b-a > 1) {
		// "with 56 percent of the ballots", "Speaking on his radio show"
		return ""
	}
	head := -1
	for i := a; i < b; i++ {
		w := s.low[i]
		if s.toks[i].Text == "that" || w == "than" || clause.Auxiliary(w) {
			return "" // "a decision that Varga", "the institute has estimated that": a clause, no source
		}
		if (w == "and" || w == "or") && i+1 < b && isLowerWord(s.toks[i+1].Text) && strings.HasSuffix(s.low[i+1], "ing") {
			return "" // "Tollan law and using Tollan judges": a participle, no second source
		}
		if w == "and" || w == "or" {
			continue // "Varga and Olsen", "airline and port officials": the last noun heads
		}
		if i > a && (headStops[w] || s.toks[i].Text == "," || s.toks[i].Text == "(" || pronouns[w] || clause.RelativePronoun(w)) {
			break
		}
		if i > a && common(i) {
			next := ""
			if i+1 < b {
				next = s.low[i+1]
			}
			if !sayerNouns[w] && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || clause.PastParticiple(w, next)) {
				continue // "evidence presented at the hearing", "a memo seen by": the noun before names the source
			}
			if s.isVerbCue(i) && !sayerNouns[w] {
				break // a verb ends the phrase; "reports", "figures" may be nouns
			}
		}
		head = i
	}
	if head < 0 {
		return ""
	}
	hw := s.low[head]
	switch {
	case pronouns[hw] && head == a:
		return r.resolved(s, a, b)
	case strings.ContainsAny(hw, "0123456789") || nonSayerWords[hw] || common(head) && timeNouns[hw] || head+1 < b && common(head+1) && timeNouns[s.low[head+1]]:
		return ""
	case common(head):
		if !sayerNouns[hw] && !personNoun(hw) && !r.namedSourceAfter(s, head, b) {
			return ""
		}
	case b-a == 1:
		return r.fullName(s, a)
	}
	out := s.span(a, b)
	if !isLowerWord(s.toks[a].Text) && common(a) && !clause.Determiner(s.low[a]) && (b-a == 1 || isLowerWord(s.toks[a+1].Text)) {
		// "Authorities said": a common noun, written capitalised only
		// because it opens the sentence. (A leading article is left to
		// the renderer, which lower-cases it where the source is shown;
		// a title before a name keeps its capital: "Coach Ilse Varga".)
		c, n := utf8.DecodeRuneInString(out)
		out = string(unicode.ToLower(c)) + out[n:]
	}
	return out
}

// timeOpener returns where a time phrase opening [a, b) ends ("Moments
// later", "Two days earlier", "A year ago"), or a when none opens it.
func (s *sent) timeOpener(a, b int) int {
	for k := a; k < b && k < a+4; k++ {
		switch s.low[k] {
		case "later", "earlier", "ago":
			if k > a && timeNouns[s.low[k-1]] {
				return k + 1
			}
			return a
		}
	}
	return a
}

// resolved names the source a pronoun at [a, b) stands for, when the
// article's quotes resolved the speaker ("he said" after "Mayor Ilse
// Varga"); else the pronoun itself, which a renderer may leave out.
func (r *reader) resolved(s *sent, a, b int) string {
	span := chorus.Span{Start: s.toks[a].Start, End: s.toks[b-1].End}
	for _, q := range r.an.Quotes {
		if q.SpeakerName == "" || !q.Speaker.Contains(span) {
			continue
		}
		if name := strings.TrimSpace(q.SpeakerName); nameLike(name) && !pronouns[strings.ToLower(name)] && r.lastPersonIs(name, span.Start) {
			return name
		}
	}
	return s.span(a, b)
}

// lastPersonIs reports whether the last person named before pos, in its
// sentence or the two before, is name. The quotes' resolver may carry a
// speaker over a sentence that names someone else ("While the campaign
// did not please Mara Olsen, she said …" after a quotation of another
// woman): a pronoun then keeps its own word, which a renderer may leave
// out, rather than a wrong name every reader sees.
func (r *reader) lastPersonIs(name string, pos int) bool {
	from := 0
	for i, sn := range r.an.Sentences {
		if sn.Start <= pos && pos < sn.End {
			from = r.an.Sentences[max(0, i-2)].Start
			break
		}
	}
	mentions := r.mentions
	if mentions == nil {
		mentions = r.an.Mentions
	}
	last := ""
	for _, m := range mentions {
		if m.Type == chorus.EntityPerson && m.Start >= from && m.End <= pos {
			last = m.Text
		}
	}
	if last == "" {
		return false
	}
	return last == name || strings.HasSuffix(name, " "+last) || lastWord(name) != "" && lastWord(name) == lastWord(last)
}

// fullName gives a bare surname ("Varga said") the fullest form of that
// name in the article ("Ilse Varga"), when the quotes' resolved speaker
// or the person mentions give one and no other person shares the surname.
func (r *reader) fullName(s *sent, i int) string {
	short := s.toks[i].Text
	span := s.toks[i].Span
	for _, q := range r.an.Quotes {
		if q.Speaker.Contains(span) && q.SpeakerName != short && lastWord(q.SpeakerName) == short && nameLike(q.SpeakerName) {
			return q.SpeakerName
		}
	}
	best := ""
	for _, m := range r.mentions {
		if m.Type != chorus.EntityPerson || m.Text == short || lastWord(m.Text) != short {
			continue
		}
		switch {
		case best == "" || strings.HasSuffix(m.Text, " "+best):
			best = m.Text
		case strings.HasSuffix(best, " "+m.Text) || best == m.Text:
		default:
			return short // two people share the surname: leave it as written
		}
	}
	if best == "" {
		return short
	}
	return best
}

// nameLike reports a person's name: every word capitalised but the
// joiners names keep in lower case ("Staffan de Mistura"), so no phrase
// the quotes' resolver read too widely ("Two days later Varga").
func nameLike(name string) bool {
	for _, w := range strings.Fields(name) {
		if c, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(c) && !nameJoiners[w] {
			return false
		}
	}
	return name != ""
}

func lastWord(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	return strings.TrimRight(f[len(f)-1], ".,")
}

// namedSourceAfter reports a head noun followed by "of", "from" or "by" and
// a person or an organisation the tagger names: "guidance from the Lowmere
// Clinic", "a survey by Kessin University". The noun need not be one the
// lists know; the named body is the one that says it.
func (r *reader) namedSourceAfter(s *sent, head, b int) bool {
	if head+2 >= b || !(s.low[head+1] == "of" || s.low[head+1] == "from" || s.low[head+1] == "by") {
		return false
	}
	mentions := r.mentions
	if mentions == nil {
		mentions = r.an.Mentions
	}
	for i := head + 2; i < b; i++ {
		for _, m := range mentions {
			if (m.Type == chorus.EntityOrganization || m.Type == chorus.EntityPerson) && m.Span.Start <= s.toks[i].Start && s.toks[i].End <= m.Span.End {
				return true
			}
		}
	}
	return false
}

// inMention reports whether an entity mention covers sp.
func (r *reader) inMention(sp chorus.Span) bool {
	for _, m := range r.mentions {
		if m.Span.Start <= sp.Start && sp.End <= m.Span.End {
			return true
		}
	}
	return false
}

// personNoun guesses from its ending a noun naming people or a body
// that can speak: "dockers", "investigator", "activists", "spokesman",
// "the government".
func personNoun(w string) bool {
	w = strings.TrimSuffix(w, "s")
	for _, suf := range []string{"er", "or", "ist", "ian", "ant", "ent", "man", "men", "woman", "women", "ive"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// calendarWord reports a month or a weekday.
func calendarWord(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december":
		return true
	}
	return false
}

// sayerLeads are connectives and adverbs the attribution rules may leave
// at the front (or end) of a source: "but officials said", "while the
// port authority said", "yet Kessin Shipping said".
var sayerLeads = wordSet(`and but or yet so though although while whereas even because as then also still
	however meanwhile instead nonetheless perhaps`)

// sayerTails are adverbs left after the source: "the agency also said",
// "officials there said", "police now say".
var sayerTails = wordSet(`also now there here too again originally initially first later earlier still already
	previously again simply repeatedly separately`)

// nonSayerOpeners open a phrase that is no source: a preposition, an
// adverb, a comparison, a place or time word.
var nonSayerOpeners = wordSet(`with in for at by of from after before during since until over under on about into
	than like far less more there here then such either neither each every
	soon early late later earlier meanwhile indeed similarly certainly apparently primarily`)

// headStops end the head noun of a source: "a spokesman for the port",
// "people familiar with the talks", "Varga of the dockers' union".
var headStops = wordSet(`of for at in from with on to by about before after familiar privy close who which
	whose whom over under near`)

// timeNouns head a time, not a source: "Moments later", "A year ago",
// "Sunday night".
var timeNouns = wordSet(`moment moments minute minutes hour hours day days week weeks month months year years decade decades
	night morning afternoon evening weekend summer winter spring autumn fall time times ago later earlier`)

// pronouns stand for a source named elsewhere.
var pronouns = wordSet(`he she they it we i him her them`)

// nonSayerWords name what cannot say anything, capitalised or not.
var nonSayerWords = wordSet(`there that this these`)

// sayerNouns are common nouns that can be a source: bodies, roles and
// documents. (Nouns ending like a person, "dockers", "investigator", need
// no entry: see personNoun.)
var sayerNouns = wordSet(`official officials police authority authorities people person source sources spokesperson
	expert experts witness witnesses diplomat diplomats analyst analysts economist economists family families
	assembly daily weekly
	group groups party parties company companies firm firms agency agencies ministry ministries office offices
	council board committee commission panel court tribunal union unions military army navy police palace
	observatory bureau institute institution university team management staff administration cabinet
	chief chiefs head heads aide aides envoy envoys delegate delegates doctor doctors nurse nurses
	report reports study studies survey surveys poll polls research analysis statement statements release
	document documents memo memos letter letters record records data figures estimate estimates statistics
	evidence results finding findings calculations count tally newsletter newspaper newspapers paper papers
	magazine journal radio television broadcaster news press media website blog filing lawsuit complaint
	indictment video footage agreement ruling verdict notice website
	organisation organization association federation coalition alliance campaign campaigners
	scientists researchers residents neighbours neighbors victims relatives friends colleagues staffers
	prosecutors investigators regulators critics supporters opponents observers insiders
	mayor governor senator president minister premier king queen prince judge coroner
	man woman men women boy girl child children couple mother father son daughter wife husband
	allies ally bosses crew pilot captain
	secretary attorney counsel deputy sheriff general colonel major admiral sergeant bishop archbishop pope priest imam rabbi
	scholar leadership regime junta congress senate legislature embassy consulate church club league network station
	channel outlet publication bulletin broadcast announcement communique declaration coach player players fans students teachers workers members leaders
	service services department departments intelligence force forces guard directorate inspectorate watchdog`)
