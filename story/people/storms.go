package people

import (
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
)

// This file finds the names of storms. Weather services give storms
// people's given names ("Hurricane Odile", "Typhoon Marek"), and a tagger
// reading "Odile battered the coast" types the storm a person. A storm is
// neither a person, an organisation nor a place: it is typed MISC, as
// CoNLL types named events, and so leaves the story's list of people and
// organisations and joins no person of the same given name.

// stormKinds are the words that stand right before a storm's name, and
// whose lower-case forms an article about a storm uses.
var stormKinds = lowerSet("hurricane", "typhoon", "cyclone", "storm")

// stormQualifiers may stand before a storm's kind ("Super Typhoon",
// "Tropical Storm").
var stormQualifiers = lowerSet("super", "tropical", "subtropical", "severe", "winter")

// retypeStorms types as MISC every mention of a storm's name: a name of
// one word written right after a storm's kind ("Hurricane Odile", the
// kind inside the mention or just before it) in an article that speaks
// of weather in lower case ("the storm", "heavy rains"), and the same
// name alone anywhere in the story ("Odile's winds"), unless a person the
// story names in full bears it ("Odile Mercier"). A name followed by
// another capitalised word ("Hurricane Bay Hotel") or that is a noun of
// an institution or a place ("Hurricane Center") is no storm's.
func retypeStorms(ms []mention, arts []Article) {
	weather := make([]int8, len(arts)) // 0 unknown, 1 speaks of storms, -1 not
	speaksOfStorms := func(ai int) bool {
		if weather[ai] == 0 {
			weather[ai] = -1
			if lowerStormWord(arts[ai].Text) {
				weather[ai] = 1
			}
		}
		return weather[ai] == 1
	}
	storms := map[string]bool{}
	storm := make([]bool, len(ms))
	for i, m := range ms {
		name, ok := stormName(m, arts[m.art].Text)
		if ok && speaksOfStorms(m.art) {
			storms[key(name)] = true
			storm[i] = true
		}
	}
	if len(storms) == 0 {
		return
	}
	people := map[string]bool{} // words of the people named in full
	for i, m := range ms {
		if ws := strings.Fields(m.text); !storm[i] && m.typ == chorus.EntityPerson && len(ws) >= 2 {
			for _, w := range ws {
				p, _ := possessive(w)
				people[key(p)] = true
			}
		}
	}
	for i := range ms {
		if storm[i] {
			ms[i].typ = chorus.EntityMisc
			continue
		}
		if w := oneWord(ms[i].text); w != "" && storms[key(w)] && !people[key(w)] {
			ms[i].typ = chorus.EntityMisc
		}
	}
}

// stormName returns the storm's name a mention holds or follows: the
// mention is a storm's kind and one name ("Typhoon Marek", "Super
// Typhoon Marek"), or one name right after a kind in the text.
func stormName(m mention, text string) (string, bool) {
	ws := strings.Fields(m.text)
	var name string
	switch {
	case len(ws) == 1:
		before := strings.TrimSpace(text[:m.span.Start])
		last := before[strings.LastIndexAny(before, " \t\n")+1:]
		if !isCap(last) || !stormKinds[strings.ToLower(last)] || strings.ContainsAny(text[len(before):m.span.Start], "\n") {
			return "", false
		}
		name = ws[0]
	case len(ws) >= 2:
		for _, w := range ws[:len(ws)-2] {
			if !stormQualifiers[strings.ToLower(w)] {
				return "", false
			}
		}
		if !stormKinds[strings.ToLower(ws[len(ws)-2])] {
			return "", false
		}
		name = ws[len(ws)-1]
	default:
		return "", false
	}
	name, _ = possessive(name)
	if !isUpperInitial(name) || !isLetters(strings.ReplaceAll(name, "-", "")) || isCap(nextWord(text, m.span.End)) {
		return "", false
	}
	k := key(name)
	if generic[k] || institutionHeads[k] || placeHeads[k] || corporateHeads[k] || facilities[k] {
		return "", false
	}
	return name, true
}

// weatherWords are the lower-case words of a report on a storm: its kind
// ("the storm", "hurricanes") and what it brings ("heavy rains").
var weatherWords = []string{"hurricane", "typhoon", "cyclone", "storm", "thunderstorm", "tropical", "rain", "winds"}

// lowerStormWord reports whether text writes a weather word in lower case,
// singular or plural, as a word of its own.
func lowerStormWord(text string) bool {
	for _, k := range weatherWords {
		for off := 0; ; {
			i := strings.Index(text[off:], k)
			if i < 0 {
				break
			}
			i += off
			end := i + len(k)
			if end < len(text) && text[end] == 's' {
				end++
			}
			if (i == 0 || !unicode.IsLetter(rune(text[i-1]))) && (end == len(text) || !unicode.IsLetter(rune(text[end]))) {
				return true
			}
			off = i + len(k)
		}
	}
	return false
}
