package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// This file holds the checks that tell a name from a capitalised common
// word, a product or a heavenly body, which the tagger, reading shape and
// neighbours, takes for people and organisations on real pages.

// commonWords marks the one-word mentions that are only ever written at
// the start of a sentence while the story also writes the same word in
// lower case ("Arrogance cost him the seat" beside "such arrogance"): a
// capital the sentence gives is no sign of a name, and a word the story
// writes uncapitalised is an ordinary word. A name the story writes in
// mid-sentence anywhere, or as a word of a longer name ("Brown" beside
// "Gordon Brown"), is left alone.
func commonWords(ms []mention, arts []Article, drop []bool) {
	inner := map[string]bool{}
	for _, m := range ms {
		w := oneWord(m.text)
		if w != "" && midSentence(arts[m.art].Text, m.span.Start) {
			inner[w] = true
		}
		if w == "" {
			for _, part := range strings.Fields(m.text) {
				p, _ := possessive(part)
				inner[p] = true
			}
		}
	}
	lower := map[string]bool{} // cache: does the story write the word in lower case?
	for i, m := range ms {
		w := oneWord(m.text)
		if w == "" || inner[w] || drop[i] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || acronym(w) != "" || allCaps(w) {
			continue
		}
		low, seen := lower[w]
		if !seen {
			low = writesLower(arts, strings.ToLower(w))
			lower[w] = low
		}
		if low {
			drop[i] = true
		}
	}
}

// writesLower reports whether some article of the story holds w, a lower
// case word, as a whole word.
func writesLower(arts []Article, w string) bool {
	for _, a := range arts {
		for off := 0; ; {
			i := strings.Index(a.Text[off:], w)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(w)
			off = e
			before, _ := utf8.DecodeLastRuneInString(a.Text[:s])
			after, _ := utf8.DecodeRuneInString(a.Text[e:])
			if (s == 0 || !wordRune(before)) && (e == len(a.Text) || !wordRune(after)) {
				return true
			}
		}
	}
	return false
}

// articleLeads drops the article "A" or "An" that a tagger, seeing it
// capitalised at the start of a sentence, joined to a person's name ("An
// Orvel spokesman said"), when the story names the rest on its own
// elsewhere: a person called An ("An Nguyen") is never written without
// the given name, while an organisation keeps its name.
func articleLeads(ms []mention) {
	alone := map[string]bool{}
	for _, m := range ms {
		alone[strings.ToLower(m.text)] = true
	}
	for i, m := range ms {
		if m.typ != chorus.EntityPerson {
			continue
		}
		first, rest, ok := strings.Cut(m.text, " ")
		if !ok || (first != "A" && first != "An") {
			continue
		}
		if r, _ := possessive(rest); alone[strings.ToLower(r)] {
			ms[i].text = rest
			ms[i].span.Start += len(first) + 1
		}
	}
}
