package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// placeKinds are the nouns of a kind of place that a story writes in lower
// case next to a place's name: "the township of Ardel", "Ardel province".
var placeKinds = lowerSet("island", "province", "county", "district", "township", "town", "village",
	"municipality", "city")

// placeKindFollowers may come right after "<name> <kind>" when the kind
// noun ends the phrase ("Ardel island, where …", "Ardel province in the
// north"); any other word makes the noun a modifier ("a Varga town hall").
var placeKindFollowers = lowerSet("where", "in", "on", "and", "or", "is", "was", "has", "had", "which", "that",
	"to", "from", "near", "at")

// retypeKindNamed types as a place a name the tagger typed a person or an
// organisation when the story writes it as a place of some kind, at
// least once: after "the township of" or before a lower-case "province"
// that ends its phrase. A word of a person's name the story writes in
// full, or that it writes after a personal title, is left alone ("the
// town of Clinton" does not make Bill Clinton's "Clinton" a town).
func retypeKindNamed(ms []mention, arts []Article, names storyNames) {
	places := map[string]bool{}
	for _, m := range ms {
		if m.typ != chorus.EntityPerson && m.typ != chorus.EntityOrganization {
			continue
		}
		name, _ := possessive(strings.TrimSpace(m.text))
		text := arts[m.art].Text
		if !places[name] && (kindBefore(text, m.span.Start) || kindAfter(text, m.span.End)) {
			places[name] = true
		}
	}
	if len(places) == 0 {
		return
	}
	for i, m := range ms {
		if m.typ != chorus.EntityPerson && m.typ != chorus.EntityOrganization {
			continue
		}
		name, _ := possessive(strings.TrimSpace(m.text))
		if !places[name] {
			continue
		}
		personal := false
		for _, w := range strings.Fields(name) {
			personal = personal || names.personWords[key(w)] || names.titled[key(w)]
		}
		if !personal {
			ms[i].typ = chorus.EntityLocation
		}
	}
}

// kindBefore reports whether the text before offset start ends in "<kind>
// of " ("the island province of ").
func kindBefore(text string, start int) bool {
	before, ok := strings.CutSuffix(text[:start], " of ")
	if !ok {
		return false
	}
	return placeKinds[lastWord(before)]
}

// kindAfter reports whether a lower-case place kind follows offset end and
// ends its phrase: punctuation, the text's end or a word of
// placeKindFollowers comes next.
func kindAfter(text string, end int) bool {
	rest, ok := strings.CutPrefix(text[end:], " ")
	if !ok {
		return false
	}
	i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if i < 0 {
		i = len(rest)
	}
	if !placeKinds[rest[:i]] {
		return false
	}
	rest = rest[i:]
	if rest == "" {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(rest); r != ' ' {
		return r != '-' && r != '\''
	}
	rest = rest[1:]
	j := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	if j < 0 {
		j = len(rest)
	}
	return placeKindFollowers[rest[:j]]
}

// lastWord returns the letters that end s, "" when s ends otherwise.
func lastWord(s string) string {
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	return s[i+1:]
}
