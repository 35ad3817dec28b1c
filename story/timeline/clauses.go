package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// A sentence often dates two things: what it reports and, in a clause that
// describes one of its nouns, something older ("The atlas, which holds maps
// drawn in 1642, was recovered on Thursday"; "The gate, inspected in
// November, failed on Tuesday"). The entry belongs under the date of what
// the sentence reports, so a time inside such a describing clause is
// background: it dates the sentence only when the sentence has no other.

// relativeWords open a clause that describes the noun before the comma.
var relativeWords = map[string]bool{"which": true, "who": true, "whom": true, "whose": true}

// reportingVerbs end in -ed like participles but after an appositive they are
// the sentence's own verb ("The operator, THC, said on Wednesday …").
var reportingVerbs = map[string]bool{
	"said": true, "told": true, "added": true, "announced": true, "stated": true, "reported": true,
	"warned": true, "claimed": true, "confirmed": true, "insisted": true, "explained": true,
	"replied": true, "noted": true, "argued": true, "estimated": true, "declared": true,
}

// irregularParticiples are past participles that do not end in -ed.
var irregularParticiples = map[string]bool{
	"built": true, "drawn": true, "stolen": true, "written": true, "made": true, "taken": true,
	"given": true, "known": true, "born": true, "found": true, "held": true, "sold": true,
	"bought": true, "seen": true, "chosen": true, "begun": true, "broken": true, "shot": true,
	"hit": true, "set": true, "put": true, "laid": true, "paid": true, "sent": true, "spent": true,
	"brought": true, "caught": true, "thrown": true, "torn": true, "worn": true, "frozen": true,
	"hidden": true, "driven": true, "shown": true, "grown": true, "won": true, "lost": true,
}

// determiners open a noun phrase set off after the subject.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "one": true}

// sentenceOpeners begin a sentence with something other than its subject,
// so the first comma closes that, not an appositive: "On Tuesday, the
// minister …".
var sentenceOpeners = map[string]bool{
	"in": true, "on": true, "at": true, "after": true, "before": true, "when": true, "while": true,
	"as": true, "but": true, "and": true, "however": true, "yesterday": true, "today": true,
	"last": true, "earlier": true, "since": true, "during": true, "by": true, "for": true,
	"with": true, "although": true, "though": true, "if": true, "because": true, "meanwhile": true,
	"still": true, "also": true, "instead": true, "then": true, "now": true, "once": true,
	"until": true, "later": true, "so": true, "yet": true, "from": true, "over": true, "under": true,
}

// clausePrepositions follow a participle that opens a describing clause:
// "stolen from", "finished in", "drawn by".
var clausePrepositions = map[string]bool{
	"in": true, "on": true, "at": true, "from": true, "by": true, "during": true, "since": true,
	"after": true, "before": true, "last": true, "earlier": true, "for": true, "over": true,
	"into": true, "with": true, "under": true, "between": true, "until": true, "this": true,
}

// backgroundSpans returns the describing clauses of the sentence at span:
// relative clauses set off by a comma (", which …"), participle clauses set
// off by commas (", stolen from the library on 2 March,") or opening the
// sentence ("Founded in 1911, the club …"), an appositive noun phrase after
// the subject, and brackets.
func backgroundSpans(text string, span chorus.Span) []chorus.Span {
	s := span.In(text)
	var out []chorus.Span
	add := func(from, to int) {
		out = append(out, chorus.Span{Start: span.Start + from, End: span.Start + to})
	}
	// a clause ends at the next comma, dash or closing bracket
	clauseEnd := func(from int) (int, bool) {
		if i := strings.IndexAny(s[from:], ",;()–—"); i >= 0 {
			return from + i, true
		}
		return len(s), false
	}
	if w1, w2, _ := twoWords(s, 0); isParticiple(w1) && clausePrepositions[w2] {
		if end, closed := clauseEnd(0); closed && s[end] == ',' {
			add(0, end)
		}
	}
	if i := strings.IndexByte(s, ','); i > 0 {
		// an appositive after the subject: "The atlas, a volume of maps
		// made in 1642, was taken on 2 March"
		first, _ := wordAt(s, 0)
		w1, _, after := twoWords(s, i+1)
		if !sentenceOpeners[first] && determiners[w1] {
			if end, closed := clauseEnd(after); closed && s[end] == ',' {
				add(i, end)
			}
		}
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(':
			if j := strings.IndexByte(s[i:], ')'); j > 0 {
				add(i, i+j+1)
			}
		case ',':
			w1, w2, after := twoWords(s, i+1)
			switch {
			case relativeWords[w1]:
				end, _ := clauseEnd(after)
				add(i, end)
			case isParticiple(w1) && clausePrepositions[w2]:
				// only a clause closed before the sentence goes on: an open
				// one may be the sentence's own verb after an appositive
				if end, closed := clauseEnd(after); closed && s[end] == ',' {
					add(i, end)
				}
			}
		}
	}
	return out
}

// twoWords returns the lower-cased first two words of s from i and the
// offset just past the first.
func twoWords(s string, i int) (string, string, int) {
	w1, next := wordAt(s, i)
	w2, _ := wordAt(s, next)
	return w1, w2, next
}

func wordAt(s string, i int) (string, int) {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += n
	}
	return strings.ToLower(s[i:j]), j
}

// isParticiple guesses a past participle from its form alone.
func isParticiple(w string) bool {
	if reportingVerbs[w] {
		return false
	}
	return irregularParticiples[w] || (len(w) >= 5 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed"))
}
