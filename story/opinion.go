package story

import (
	"github.com/chorusnews/chorus"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A news digest reports; it does not opine. Commentary pieces (columns,
// blogs, analysis) land in the same stories as the reports they comment on,
// and their sentences share the reports' words, so concept coverage alone
// picks them as readily as reporting. The signal here is deliberately small
// and explainable: a sentence is the writer's opinion when the words outside
// its quotation marks (the writer's own, not a speaker's) carry cues of the
// writer's judgement, and an article is commentary when many of its
// sentences do. It looks at the text only, never at URLs, sections or a
// site's furniture, which differ from outlet to outlet.

// cue is one kind of evidence of the writer's judgement.
type cue int

const (
	// cuePerson: first or second person ("I", "we", "you"): the writer
	// speaking, or speaking to the reader. Reports speak of others.
	cuePerson cue = iota
	// cueQuestion: a question the writer asks (a report answers them).
	cueQuestion
	// cueStance: a phrase that frames what follows as the writer's view
	// ("on the whole", "it is worth", "to be fair", "the point is").
	cueStance
	// cueAdvice: "should" or "ought to" that no one in the sentence is
	// said to have said: the writer recommending.
	cueAdvice
	// cueEvaluative: a word of praise or blame ("good", "honest",
	// "absurd") with no speaker in the sentence.
	cueEvaluative
	// cueHedge: the writer's own guess ("probably", "perhaps").
	cueHedge
)

// cueWeight is how much each cue says alone. The strong ones make a
// sentence subjective by themselves; the weak ones (an evaluative word, a
// hedge) are common in plain reporting too ("a good harvest", "perhaps
// the oldest"), so it takes two of them.
var cueWeight = [...]float64{
	cuePerson:     1,
	cueQuestion:   1,
	cueStance:     1,
	cueAdvice:     1,
	cueEvaluative: 0.5,
	cueHedge:      0.5,
}

// subjectiveAt is the weight of cues that makes a sentence subjective.
const subjectiveAt = 1.0

// stancePhrases frame a sentence as the writer's view. They are matched
// as whole words outside quotation marks.
var stancePhrases = []string{
	"on the whole", "it is worth", "it's worth", "it’s worth", "worth being clear", "worth remembering",
	"worth noting", "to be fair", "in fairness", "to be sure", "make no mistake", "needless to say",
	"the point is", "that is the point", "that's the point", "the truth is", "the fact is", "the trouble is",
	"the problem is", "the question is", "frankly", "arguably", "admittedly", "of course", "surely",
	"sadly", "thankfully", "mercifully", "fortunately", "unfortunately", "let us", "let's", "let’s",
	"in my view", "in our view", "it seems to", "one wonders", "nobody has bothered", "no one has bothered",
}

// personWords are first- and second-person words. "us" counts only in
// lower case ("US" is a country), and "I" only as a capital (see person).
var personWords = map[string]bool{"i": true, "me": true, "my": true, "mine": true, "myself": true,
	"we": true, "us": true, "our": true, "ours": true, "ourselves": true,
	"you": true, "your": true, "yours": true, "yourself": true, "yourselves": true}

// evaluativeWords praise or blame. A report uses them about the news
// ("a good harvest") less often than a commentary about the story itself.
var evaluativeWords = wordSet(`good bad worse excellent terrible awful wonderful dreadful honest dishonest
	foolish wise silly absurd ridiculous shameful disgraceful admirable sensible interesting uninteresting
	boring disappointing welcome deplorable laudable commendable outrageous pointless misguided`)

// hedgeWords are the writer's own guesses.
var hedgeWords = wordSet(`probably perhaps maybe presumably doubtless undoubtedly conceivably`)

// adviceWords recommend when the writer uses them.
var adviceWords = wordSet(`should ought shouldn't shouldn’t`)

// attributionWords name a speaker's act of saying, believing or asking:
// with one in the sentence, its advice and praise are reported, not the
// writer's ("the union said the audit should be published").
var attributionWords = wordSet(`said say says saying told tell tells according added adds stated argued
	argue argues urged urge urges warned warn warns believe believes believed think thinks thought
	claimed claim claims insisted insists wrote writes asked asks announced recommended recommend
	recommends suggested suggests proposed proposes demanded demands want wants wanted agreed called
	calls noted notes acknowledged admitted conceded predicted expects expected hopes hoped explained
	described`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// opinion weighs the cues of the writer's judgement in a sentence, and
// lists them (each kind once, in the order of the cue constants). open
// says the sentence starts inside a quotation that an earlier sentence of
// its paragraph opened.
func opinion(text string, open bool) (float64, []cue) {
	ws := writerWords(text, open)
	found := map[cue]bool{}
	attributed := false
	for i, w := range ws {
		lw := strings.ToLower(w.text)
		switch {
		case person(ws, i):
			found[cuePerson] = true
		case adviceWords[lw] || lw == "ought":
			found[cueAdvice] = true
		case evaluativeWords[lw]:
			found[cueEvaluative] = true
		case hedgeWords[lw]:
			found[cueHedge] = true
		}
		if attributionWords[lw] {
			attributed = true
		}
	}
	if attributed {
		// advice and praise in a sentence that names a speaker are most
		// likely the speaker's, said without quotation marks
		delete(found, cueAdvice)
		delete(found, cueEvaluative)
	}
	if stance(ws) {
		found[cueStance] = true
	}
	if writerAsks(text) {
		found[cueQuestion] = true
	}
	var cues []cue
	weight := 0.0
	for c := range cueWeight {
		if found[cue(c)] {
			cues = append(cues, cue(c))
			weight += cueWeight[c]
		}
	}
	return weight, cues
}

// subjective reports whether a sentence voices the writer's judgement.
func subjective(text string, open bool) bool {
	w, _ := opinion(text, open)
	return w >= subjectiveAt
}

// writerWord is a word outside quotation marks, with whether it opens a
// run of the writer's words (the sentence's start, or just after a quote).
type writerWord struct {
	text  string
	first bool
}

// writerWords returns the words of a sentence outside its quotation
// marks, in order: the writer's words, not the speakers'. A sentence that
// closes a quotation it did not open (the quotation began a sentence
// earlier) starts inside it; one that opens a quotation it does not close
// ends inside it. Single quotation marks count when they stand at a
// word's edge, not inside a word (an apostrophe: "don't", "dockers’").
func writerWords(t string, open bool) []writerWord {
	var out []writerWord
	in := open || startsInQuote(t)
	single := false
	first := true
	prev := rune(' ')
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		next, _ := utf8.DecodeRuneInString(t[i+size:])
		switch {
		case r == '“' || strings.HasPrefix(t[i:], "``"):
			in = true
			if r != '“' {
				size = 2
			}
		case r == '”' || strings.HasPrefix(t[i:], "''"):
			in, first = false, true
			if r != '”' {
				size = 2
			}
		case r == '"':
			in = !in
			first = first || !in
		case (r == '‘' || r == '\'') && !isWordRune(prev) && isWordRune(next) && !in:
			single, in = true, true
		case (r == '’' || r == '\'') && single && !isWordRune(next):
			single, in, first = false, false, true
		case isWordRune(r):
			j := i
			for j < len(t) {
				r2, s2 := utf8.DecodeRuneInString(t[j:])
				// an apostrophe inside a word keeps it whole ("don't")
				if !isWordRune(r2) && !((r2 == '\'' || r2 == '’') && j > i && j+s2 < len(t) && isWordRuneAt(t, j+s2)) {
					break
				}
				j += s2
			}
			if !in {
				out = append(out, writerWord{text: t[i:j], first: first})
				first = false
			}
			size = j - i
			r, _ = utf8.DecodeLastRuneInString(t[i:j])
		}
		prev = r
		i += size
	}
	return out
}

func isWordRuneAt(t string, i int) bool {
	r, _ := utf8.DecodeRuneInString(t[i:])
	return isWordRune(r)
}

// startsInQuote reports whether a sentence's first quotation mark closes
// a quotation: a curly or doubled closing mark, or an odd straight one
// right after punctuation (`We will,” she said` / `We will," she said`).
func startsInQuote(t string) bool {
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		switch {
		case r == '“' || strings.HasPrefix(t[i:], "``"):
			return false
		case r == '”' || strings.HasPrefix(t[i:], "''"):
			return true
		case r == '"':
			if strings.Count(t, "\"")%2 == 0 {
				return false
			}
			before, _ := utf8.DecodeLastRuneInString(t[:i])
			return strings.ContainsRune(",.!?…", before)
		}
		i += size
	}
	return false
}

// person reports whether word i is a first- or second-person word. "I"
// must be a capital and not a numeral after a name ("World War I",
// "Charles I"); "us" must be in lower case.
func person(ws []writerWord, i int) bool {
	w := ws[i].text
	lw := strings.ToLower(w)
	if !personWords[lw] && !strings.HasPrefix(lw, "i'") && !strings.HasPrefix(lw, "i’") &&
		!strings.HasPrefix(lw, "we'") && !strings.HasPrefix(lw, "we’") && !strings.HasPrefix(lw, "you'") && !strings.HasPrefix(lw, "you’") {
		return false
	}
	switch {
	case lw == "us":
		// "the us" is the country in lower-cased text
		return w == "us" && (i == 0 || strings.ToLower(ws[i-1].text) != "the")
	case w == "I":
		if i > 0 && !ws[i-1].first {
			r, _ := utf8.DecodeRuneInString(ws[i-1].text)
			return !unicode.IsUpper(r)
		}
	}
	return true
}

// stance reports whether the writer's words hold a stance phrase.
func stance(ws []writerWord) bool {
	var b strings.Builder
	b.WriteByte(' ')
	for i, w := range ws {
		if i > 0 && w.first {
			// a quotation sits between: no phrase runs across it
			b.WriteString(" | ")
		}
		b.WriteString(strings.ToLower(w.text))
		b.WriteByte(' ')
	}
	s := b.String()
	for _, p := range stancePhrases {
		if strings.Contains(s, " "+p+" ") {
			return true
		}
	}
	return false
}

// writerAsks reports whether a sentence is a question of the writer's:
// it ends in a question mark, not in a quotation mark after one (a
// speaker's question).
func writerAsks(text string) bool {
	return strings.HasSuffix(strings.TrimSpace(text), "?")
}

// commentaryShare is the share of subjective sentences from which an
// article is commentary rather than a report. Wire reports stay well
// under it (of DUC 2003's newswire articles one reaches it, a short one
// whose quotation has garbled marks); the demo corpus's column and
// analysis piece pass it, one in four of their sentences being the
// writer's view.
const commentaryShare = 0.2

// openQuote reports whether a sentence of article a that starts at byte
// at starts inside a quotation opened earlier in its paragraph: the middle
// sentences of a quotation several sentences long carry no quotation
// marks of their own, and their "we" is the speaker's. Only double marks
// count; a single one may be an apostrophe.
func openQuote(a *chorus.Article, at int) bool {
	from := 0
	for _, p := range a.Paragraphs {
		if p.Start <= at && at < p.End {
			from = p.Start
			break
		}
	}
	in := false
	t := a.Text[from:at]
	for i := 0; i < len(t); {
		r, size := utf8.DecodeRuneInString(t[i:])
		switch {
		case r == '“' || strings.HasPrefix(t[i:], "``"):
			in = true
		case r == '”' || strings.HasPrefix(t[i:], "''"):
			in = false
		case r == '"':
			in = !in
		}
		i += size
	}
	return in
}

// opinionShare is the share of an article's body sentences that are
// subjective, counting only sentences long enough to say something and
// leaving out page furniture ("Sign in to comment": not the writer's
// voice).
func opinionShare(texts []string, open []bool) float64 {
	n, subj := 0, 0
	for i, t := range texts {
		if len(strings.Fields(t)) < minSentenceWords/2 || furniture(t) {
			continue
		}
		n++
		if subjective(t, open[i]) {
			subj++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(subj) / float64(n)
}
