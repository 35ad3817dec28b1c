package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze/ner"
)

// This file holds the checks that tell a name from a capitalised common
// word, an abbreviation or a word that stands alone on pages, which the
// tagger, reading shape and neighbours, takes for people and
// organisations on real pages. The types the story's own names overrule
// are in storytypes.go.

// commonWords marks the one-word mentions that are only ever written at
// the start of a sentence while the story also writes the same word in
// lower case ("Arrogance cost him the seat" beside "such arrogance"): a
// capital the sentence gives is no sign of a name, and a word the story
// writes uncapitalised is an ordinary word. A name the story writes in
// mid-sentence anywhere, or as a word of a longer name ("Brown" beside
// "Gordon Brown"), is left alone.
func commonWords(ms []mention, arts []Article, sw *storyWords, drop []bool) {
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
		if f := parse(w, m.typ); f.kind != kindName {
			continue // a description ("Volunteer"), which may stand for a person of the story
		}
		low, seen := lower[w]
		if !seen {
			low = sw.writes(strings.ToLower(w))
			lower[w] = low
		}
		if low {
			drop[i] = true
		}
	}
}

// storyWords answers whether a story writes a word or phrase, as
// written. The words of its texts are gathered once, on first use, so a
// story of many articles is not scanned again for every name.
type storyWords struct {
	arts  []Article
	words map[string]bool
}

// writes reports whether some article of the story holds w (a word or a
// phrase, case as given) as a whole word or phrase.
func (sw *storyWords) writes(w string) bool {
	if sw.words == nil {
		sw.words = map[string]bool{}
		for _, a := range sw.arts {
			for _, x := range strings.FieldsFunc(a.Text, func(r rune) bool { return !wordRune(r) }) {
				sw.words[x] = true
			}
		}
	}
	parts := strings.FieldsFunc(w, func(r rune) bool { return !wordRune(r) })
	for _, x := range parts {
		if !sw.words[x] {
			return false // a word of it is nowhere in the story
		}
	}
	if len(parts) == 1 && parts[0] == w {
		return true
	}
	return countWord(sw.arts, w, 1) > 0
}

// countWord counts the whole-word occurrences of w in the story's
// articles, stopping at limit.
func countWord(arts []Article, w string, limit int) int {
	n := 0
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
				if n++; n >= limit {
					return n
				}
			}
		}
	}
	return n
}

// lowerLead returns how many bytes of a mention's text are a lower-case
// word before the name, with the space after it ("al. Hibernation" from
// "et al. Hibernation …"): a name opens with a capital or a particle
// ("von", "de", "al-"), and a particle has no full stop.
func lowerLead(text string) int {
	first, rest, ok := strings.Cut(text, " ")
	if !ok || rest == "" {
		return 0
	}
	word := strings.TrimSuffix(first, ".")
	for _, r := range word {
		if !unicode.IsLower(r) {
			return 0
		}
	}
	if word == "" || word == first && isParticle(first, true) {
		return 0
	}
	return len(first) + 1
}

// gluedEnd returns where a mention's text should end when page
// extraction glued several lines into one word with no space ("Ilse
// VargaIlse Maria VargaRiel" from a profile box): at the first place where
// a lower-case letter runs into a capital, when a piece cut there is also
// a word of the mention on its own ("Ilse"). Names written like "McAdam"
// or "DeLuca" have no such piece and are kept whole. It returns len(text)
// when nothing was glued.
func gluedEnd(text string) int {
	whole := map[string]bool{}
	for _, w := range strings.Fields(text) {
		whole[w] = true
	}
	first := -1
	glued := false
	for _, w := range strings.Fields(text) {
		start, prev := 0, rune(0)
		for i, r := range w {
			if unicode.IsUpper(r) && unicode.IsLower(prev) {
				if whole[w[start:i]] {
					glued = true
				}
				start = i
			}
			prev = r
		}
		if start > 0 && whole[w[start:]] {
			glued = true
		}
	}
	if !glued {
		return len(text)
	}
	prev := rune(0)
	for i, r := range text {
		if unicode.IsUpper(r) && unicode.IsLower(prev) && first < 0 {
			first = i
		}
		prev = r
	}
	return first
}

// loneWords are words that stand alone on web pages, capitalised as
// headings, buttons or exclamations ("Note", "Subscribe", "Yikes"), and
// that are no names on their own.
var loneWords = lowerSet("yikes", "wow", "oh", "hey", "yes", "okay", "alas", "thanks", "hello", "yeah", "oops",
	"learn", "plan", "define", "follow", "click", "subscribe", "download", "join", "share", "visit", "buy", "try",
	"stir", "bake", "note", "tip", "tips", "step", "update", "updated", "related", "advertisement", "sponsored",
	"source", "photo", "photos", "video", "credit", "editor", "summary", "conclusion", "introduction", "ingredients",
	"directions", "instructions", "menu", "home", "contact", "login", "search", "comments", "reply")

// lowerPhrases marks the mentions of several words that the story writes
// in lower case as a whole more often than capitalised ("Ridge Fever"
// in a headline beside "ridge fever" in the text): such a phrase is a
// common noun, capitalised by a title, not a name. A body's name that
// reporters also write uncapitalised now and then ("the truth commission",
// one outlet's "science directorate" beside another's "Science
// Directorate") is capitalised as often, and a name ending in an
// institution's head stays whatever the count.
func lowerPhrases(ms []mention, sw *storyWords, drop []bool) {
	capital := map[string]int{}
	for i, m := range ms {
		if !drop[i] && strings.Contains(m.text, " ") {
			s, _ := possessive(m.text)
			capital[s]++
		}
	}
	lower := map[string]bool{}
	for i, m := range ms {
		if drop[i] || !strings.Contains(m.text, " ") || organisationByHead(m.text) {
			continue
		}
		s, _ := possessive(m.text)
		low := strings.ToLower(s)
		if low == s {
			continue
		}
		is, seen := lower[s]
		if !seen {
			is = sw.writes(low) && countWord(sw.arts, low, capital[s]+1) > capital[s]
			lower[s] = is
		}
		if is {
			drop[i] = true
		}
	}
}

// leadWords drops the first word of a mention that a tagger, seeing it
// capitalised at the start of a sentence, joined to a name the story
// writes on its own elsewhere: the article "A" or "An" before a person
// ("An Orvel spokesman said"; a person called An, "An Nguyen", is never
// written without the given name), or a word the story also writes in
// lower case ("Unpredictable Varga faces …" beside "unpredictable")
// before a name the tagger did not type a person: many given names are
// also words ("Will", "Rose"). A title stays ("President Varga"), and so
// does a name the story writes in mid-sentence or a known place or
// organisation ("South Korea").
func leadWords(ms []mention, arts []Article, sw *storyWords) {
	alone, inner := map[string]bool{}, map[string]bool{}
	for _, m := range ms {
		alone[strings.ToLower(m.text)] = true
		if midSentence(arts[m.art].Text, m.span.Start) {
			inner[m.text] = true
		}
	}
	for i, m := range ms {
		first, rest, ok := strings.Cut(m.text, " ")
		if r, _ := possessive(rest); !ok || !alone[strings.ToLower(r)] {
			continue
		}
		article := m.typ == chorus.EntityPerson && (first == "A" || first == "An")
		if !article && (m.typ == chorus.EntityPerson || inner[m.text] || isTitle(first) || !isCap(first) || ner.KnownPlace(m.text) ||
			ner.KnownOrganization(m.text) || !sw.writes(strings.ToLower(first))) {
			continue
		}
		ms[i].text = rest
		ms[i].span.Start += len(first) + 1
		ms[i].cut = true
	}
}

// commonAcronyms are abbreviations of common nouns that pages write in
// capitals like the names of bodies ("an IPO", "AI tools", "the CPU").
var commonAcronyms = lowerSet("ipo", "ai", "ceo", "cfo", "cto", "coo", "ctr", "cpm", "cpc", "roi", "kpi", "seo",
	"cpu", "gpu", "ssd", "hdd", "ram", "usb", "hdmi", "hd", "uhd", "led", "lcd", "oled", "tv", "pc", "gps", "vpn",
	"api", "ui", "ux", "vr", "ar", "iot", "faq", "diy", "pdf", "url", "gdp", "atm", "suv", "ev", "dna", "rna",
	"hpv", "mri", "icu", "er", "eta", "asap", "fyi", "ok")

// dropAcronyms marks the one-word mentions that are common abbreviations
// or words that stand alone on pages.
func dropAcronyms(ms []mention, drop []bool) {
	for i, m := range ms {
		w := oneWord(m.text)
		if w != "" && (allCaps(w) && commonAcronyms[strings.ToLower(w)] || loneWords[strings.ToLower(w)]) {
			drop[i] = true
		}
	}
}
