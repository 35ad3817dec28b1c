package claims

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus/analyze/clause"
)

// fragment is a mechanical check of whether a claim's text reads as a
// whole statement, the yardstick of the claims' wording (see
// TestFragmentRate): it returns why the text is a fragment, or "" when it
// is none. A text is a fragment when it starts with a lower-case
// conjunction, preposition, auxiliary or verb (the start of the statement
// was cut off), has no finite verb outside a relative clause, has an
// unbalanced quotation mark (a quotation cut in two), or is only an
// attribution ("Varga told reporters in Thessara": who spoke, not what).
// It reads the surface only, so it overcounts a little (a verb it does not
// know) and undercounts a little (a subject it cannot tell is missing);
// both alike before and after a change, which is what a rate compares.
func fragment(text string) string {
	words := fragmentWords(text)
	if len(words) == 0 {
		return "empty"
	}
	first := 0
	for first+1 < len(words) && strings.HasSuffix(words[first], "ly") && isLowerWord(words[first]) {
		first++ // "narrowly missed a tanker": the adverb hides the verb
	}
	w := words[first]
	if isLowerWord(w) {
		switch {
		case fragmentConjunctions[w]:
			return "starts with a conjunction"
		case fragmentPrepositions[w]:
			return "starts with a preposition"
		case clause.Auxiliary(w):
			return "starts with an auxiliary"
		case clause.VerbCue(w) || strings.HasSuffix(w, "ing") && !fragmentIngNouns[w]:
			return "starts with a verb"
		}
	}
	if !unbalancedFree(text) {
		return "unbalanced quotation mark"
	}
	finite, speech, content := finiteVerbs(words)
	switch {
	case finite == 0:
		return "no finite verb"
	case speech > 0 && !content:
		return "only an attribution"
	}
	return ""
}

// fragmentWords lower-cases text's words with their punctuation dropped,
// keeping commas as "," (they end a relative clause) and quotation marks
// out.
func fragmentWords(text string) []string {
	var out []string
	for _, f := range strings.Fields(text) {
		comma := strings.HasSuffix(strings.TrimRight(f, "'`\"”’"), ",")
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w != "" {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
				w = "^" + w // capitalised: kept apart so no list matches it
			}
			out = append(out, w)
		}
		if comma {
			out = append(out, ",")
		}
	}
	return out
}

// finiteVerbs counts the finite verbs of words outside relative clauses
// (from "who"/"which" to the next comma), how many of them are verbs of
// saying, and whether anything but an audience or an adverbial follows
// the first verb of saying (what was said).
func finiteVerbs(words []string) (finite, speech int, content bool) {
	inRel, relVerbs := false, 0
	sawSpeech := false
	for i, w := range words {
		switch {
		case w == ",":
			inRel = false
			continue
		case w == "who" || w == "which" || w == "whom" || w == "whose":
			inRel, relVerbs = true, 0
			continue
		}
		if inRel {
			// "pilots who have flown the route are wary": a second verb
			// with no "and" before it is the main clause's again
			if isFinite(words, i) {
				relVerbs++
				if relVerbs < 2 || words[i-1] == "and" || words[i-1] == "or" {
					continue
				}
				inRel = false
			} else {
				continue
			}
		}
		if !isFinite(words, i) {
			if sawSpeech && !audience[w] && !timeWords[w] {
				content = true
			}
			continue
		}
		finite++
		switch {
		case sayVerbs[w]:
			speech++
			sawSpeech = true
		default:
			content = true
		}
	}
	if speech == 0 {
		content = true
	}
	// "told reporters at the crisis centre in Ostrelka": the words after
	// the verb of saying name where and to whom, not what
	if content && speech > 0 && finite == speech {
		content = saysSomething(words)
	}
	return finite, speech, content
}

// saysSomething reports whether the words after the first verb of saying
// hold what was said: a "that", a colon's worth of words with a verb, or a
// second clause, rather than only an audience and places.
func saysSomething(words []string) bool {
	for i, w := range words {
		if !sayVerbs[w] {
			continue
		}
		for _, r := range words[i+1:] {
			if r == "that" || r == "if" || r == "whether" {
				return true
			}
		}
		return false
	}
	return true
}

// isFinite reports whether words[i] reads as a finite verb: an auxiliary,
// a past tense, a frequent present tense, a word in -s after a name, a
// pronoun or a noun ("Tessin straddles", "the tug takes"), or a plain
// form after a plural subject ("republicans hold"). Adverbs between are
// stepped over ("Whitmore reportedly spends").
func isFinite(words []string, i int) bool {
	w := words[i]
	if strings.HasPrefix(w, "^") || w == "," {
		return false
	}
	if clause.VerbCue(w) || presentFinite[w] || pastFinite[w] {
		return true
	}
	p := i - 1
	for p >= 0 && (strings.HasSuffix(words[p], "ly") || adverbs[words[p]]) {
		p--
	}
	if p < 0 {
		return false
	}
	prev := words[p]
	subject := strings.HasPrefix(prev, "^") || prev == "he" || prev == "she" || prev == "it" || prev == "who" ||
		prev == "which" || prev == "that" || isLowerWord(prev) && !fragmentPrepositions[prev] && !determinerLike[prev] &&
		!fragmentConjunctions[prev] && !strings.HasSuffix(prev, "ing") && !clause.VerbCue(prev) && !audience[prev]
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") &&
		len(w) > 3 && subject && !pluralNouns[w] {
		return true
	}
	plural := prev == "they" || prev == "we" || prev == "i" || prev == "you" ||
		len(prev) > 3 && strings.HasSuffix(prev, "s") && !strings.HasSuffix(prev, "ss") && subject
	return plural && plainVerbs[w] || (subject || plural) && bareIrregular[w]
}

// unbalancedFree reports whether text's quotation marks pair up: curly
// and guillemet marks, DUC's “ and ”, and straight double quotes.
func unbalancedFree(text string) bool {
	if strings.Count(text, "“") != strings.Count(text, "”") || strings.Count(text, "«") != strings.Count(text, "»") ||
		strings.Count(text, `"`)%2 != 0 {
		return false
	}
	// wire copy writes “ as `` and ” as '', but some copy writes '' for both
	open, closed := strings.Count(text, "``"), strings.Count(text, "''")
	return open == closed || open == 0 && closed%2 == 0
}

var (
	fragmentConjunctions = wordSet(`and but or nor so yet as because while whereas although though if unless
		that which who whom whose where when whether than`)
	fragmentPrepositions = wordSet(`of in on at for with by from to about into onto over under against between
		through during without within among across after before since until toward towards upon via amid
		despite like per near beyond behind`)
	// fragmentIngNouns end in -ing but are not verbs (the check keeps its
	// own lists, so that it measures the code before a change as after).
	fragmentIngNouns = wordSet(`nothing something anything everything king thing things evening morning
		building meeting spring string ceiling during according`)
	// sayVerbs report what someone said; one whose words are only the
	// speaker, the audience and the place is an attribution alone.
	sayVerbs = wordSet(`said says say told tells added adds stated declared noted explained insisted argued
		warned replied wrote writes`)
	// audience words follow a verb of saying without saying anything.
	audience = wordSet(`reporters journalists a an the news conference briefing statement interview in at on
		to after before during late early friday saturday sunday monday tuesday wednesday thursday`)
	// presentFinite are frequent present tenses the clause lists lack.
	presentFinite = wordSet(`is are has have does do says want need`)
	// pastFinite are past tenses the clause lists lack.
	pastFinite = wordSet(`died lied tied got ran sat spoke rode ate fought felt thought heard sought taught
		understood slept swam sank shook forgot hung dealt meant withdrew overtook undertook arose awoke
		fled stuck struck swore wept won bit flew shrank drank sprang`)
	// bareIrregular past tenses equal their base form: finite after a subject.
	bareIrregular = wordSet(`cut put set hit let cost hurt quit shut spread bid read`)
	// plainVerbs are frequent plain present forms, finite after a plural subject.
	plainVerbs = wordSet(`hold say want need think believe know remain continue expect plan dispute see face take
		make get go come give keep show seem appear agree disagree oppose support accuse blame claim deny live
		work run call feel look play use help fear worry hope occupy account`)
	// pluralNouns end in -s but follow nouns as nouns ("human rights violations").
	pluralNouns = wordSet(`years weeks days months hours minutes percent officials members people forces troops
		leaders workers groups rights violations police news sales prices rates talks charges`)
	// determinerLike words open a noun phrase, so a word in -s after them is a noun.
	determinerLike = wordSet(`the a an its his her their our this these those some many several all both each
		every any no two three four five six seven eight nine ten other such more most few`)
	// adverbs stand between a subject and its verb.
	adverbs = wordSet(`still also only never now already just even often always soon then later once again not`)
)

func TestFragment(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Varga opened the new ferry terminal in Thessara on Monday", ""},
		{"or KDP has been campaigning for port autonomy in Veskaria since 1991", "starts with a conjunction"},
		{"will only reopen after ``it checks that the council takes firm steps", "starts with an auxiliary"},
		{"as Petar Riel lived in a district north of Marhold", "starts with a conjunction"},
		{"for the ferry service to resume, the port would have to hire crews", "starts with a preposition"},
		{"narrowly missed a tanker with 40 crew aboard was a warning", "starts with a verb"},
		{"setting off sirens along the quay", "starts with a verb"},
		{"responsibility for the blockade, the second strike since the signing of the pact", "no finite verb"},
		{"Oleg Marin, 58, a crane driver who was working at the quay", "no finite verb"},
		{"he said: ``We cannot wait for the courts", "unbalanced quotation mark"},
		{"It was late,'' said Varga, a 40-year-old pilot", "unbalanced quotation mark"},
		{"Riel told reporters at the harbour office in Tessin", "only an attribution"},
		{"Riel told the crews on Friday that the ferry would sail", ""},
		{"The mayor of Tessin told the council the quay was unsafe", ""},
		{"Tessin straddles the border between Veskaria and Marhold", ""},
		{"The ministry announced a curfew in the port district", ""},
		{"the other pilot was Ilse Varga, 31, from a village near Tessin", ""},
		{"Varga called the strike ``a disgrace'' after the vote", ""},
		{"Pilots who have flown the route are wary of it", ""},
		{"''Why did nobody warn us?'' asked a pilot in Tessin", ""},
	}
	for _, tc := range tests {
		if got := fragment(tc.text); got != tc.want {
			t.Errorf("fragment(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
