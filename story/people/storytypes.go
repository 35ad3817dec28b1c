package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze/ner"
)

// This file holds the types a story's own names overrule. The tagger
// types each mention from its sentence; the story as a whole knows more:
// a word it also writes as a person's surname or after "Senator" is that
// person, a well-known place or a planet is a place, a shopping site or a
// social network is an organisation, and a name after a model number or
// before a weekday is a thing or a day's name.

// storyNames collects, from a story's mentions, the surnames of the
// people it names in full ("Varga" of "Ilse Varga"), every word of those
// names, and the first words of its organisations' and places' names of
// several words ("Tessin" of "Tessin Group").
type storyNames struct {
	surnames, personWords, otherHeads map[string]bool
	// titled are the one-word names the story writes after a personal
	// title at least once ("Varga" of "Senator Varga").
	titled map[string]bool
}

func namesOf(ms []mention, arts []Article) storyNames {
	n := storyNames{surnames: map[string]bool{}, personWords: map[string]bool{}, otherHeads: map[string]bool{}, titled: map[string]bool{}}
	for _, m := range ms {
		if w := oneWord(m.text); w != "" && personalTitles[key(wordBefore(arts[m.art].Text, m.span.Start))] {
			n.titled[key(w)] = true
		}
		ws := strings.Fields(m.text)
		if len(ws) < 2 {
			continue
		}
		if m.typ != chorus.EntityPerson {
			n.otherHeads[key(ws[0])] = true
			continue
		}
		for _, w := range ws {
			p, _ := possessive(w)
			n.personWords[key(p)] = true
		}
		s, _ := possessive(strings.Join(ws, " "))
		if f := parse(s, chorus.EntityPerson); f.typ == chorus.EntityPerson && f.kind == kindName && f.full() {
			last, _ := possessive(ws[len(ws)-1])
			n.surnames[key(last)] = true
		}
	}
	return n
}

// personalTitles are the titles written before a person's surname alone
// ("Senator Varga", "Gov. Tessin"), which no organisation or place takes.
var personalTitles = set("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president", "senator", "sen",
	"rep", "representative", "congressman", "congresswoman", "gov", "governor", "mayor", "judge", "justice",
	"gen", "lt", "colonel", "col", "capt", "sgt", "sergeant", "admiral", "adm", "detective", "det", "sheriff",
	"ambassador", "chancellor", "premier", "pope", "cardinal", "bishop", "rabbi", "pastor", "coach",
	"commissioner", "speaker", "minister", "secretary", "professor", "prof")

// wordBefore returns the word, letters and full stops, that ends right
// before offset start of text, spaces skipped on the same line; "" when
// punctuation or a line break comes first.
func wordBefore(text string, start int) string {
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i == start {
		return ""
	}
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= n
	}
	return text[j:i]
}

// retypeSurnames types as a person a one-word organisation or place that
// is the surname of a person the story names in full ("Varga" typed an
// organisation beside "Ilse Varga"), or that the story writes after a
// personal title ("President Varga"): a story calls its people by their
// surname after the first mention, and the tagger, without the given
// name, guesses. A word that opens an organisation's or place's longer
// name ("Varga Freight") may be that body, and a well-known place keeps
// its type ("Jordan" beside "Ilse Jordan"), as does a planet or a moon
// ("Moon" beside a lander called "Blue Moon").
func retypeSurnames(ms []mention, names storyNames) {
	for i := range ms {
		t := ms[i].typ
		if t != chorus.EntityOrganization && t != chorus.EntityLocation {
			continue
		}
		w := oneWord(ms[i].text)
		if w == "" || acronym(w) != "" {
			continue
		}
		k := key(w)
		if (names.surnames[k] || names.titled[k]) && !names.otherHeads[k] && !heavenlyBodies[k] && !ner.KnownPlace(w) {
			ms[i].typ = chorus.EntityPerson
		}
	}
}

// heavenlyBodies are planets and moons that science pages name as often
// as any town, and that a tagger, seeing a capitalised word alone, takes
// for a person or a company.
var heavenlyBodies = set("mercury", "venus", "earth", "moon", "mars", "jupiter", "saturn", "uranus", "neptune",
	"pluto", "ceres", "titan", "europa", "enceladus", "ganymede", "callisto", "triton", "charon", "phobos", "deimos")

// retypePlaces types as a place a person or organisation of one name that
// is a well-known place or a heavenly body ("Marhold" stays, "Kenya" and
// "Jupiter" typed a person are places). A word of a person's longer name
// in the story is left alone ("Georgia" beside "Georgia Varga").
func retypePlaces(ms []mention, names storyNames) {
	for i := range ms {
		t := ms[i].typ
		if t != chorus.EntityPerson && t != chorus.EntityOrganization {
			continue
		}
		w := oneWord(ms[i].text)
		if w == "" || names.personWords[key(w)] || allCaps(w) {
			continue
		}
		if heavenlyBodies[key(w)] || t == chorus.EntityPerson && ner.KnownPlace(w) {
			ms[i].typ = chorus.EntityLocation
		}
	}
}

// onlineServices are the social networks and apps that pages name in
// almost every article ("follow us on …", "she wrote on …") and that a
// tagger, reading them after "on" or "at", types a place or a person.
// Amazon and eBay shop online too; the river and the forest are "the
// Amazon", which a story about them writes, so a service that is also a
// place is one only where the story writes it mostly without "the".
var onlineServices = set("twitter", "instagram", "facebook", "youtube", "tiktok", "snapchat", "whatsapp",
	"linkedin", "reddit", "pinterest", "tumblr", "uber", "lyft", "netflix", "spotify", "airbnb", "wechat", "weibo",
	"amazon", "ebay")

// retypeOrganisations types as an organisation a one-word person or
// place that is a well-known organisation (the NER gazetteer's, or an
// online service) and no well-known place ("Walmart" typed a place after
// "at"), unless a place the story writes after "in". A word of a person's longer name in the story is left alone
// ("Dell" beside "Ilse Dell").
func retypeOrganisations(ms []mention, arts []Article, names storyNames) {
	total := map[string]int{}
	for _, m := range ms {
		if w := oneWord(m.text); w != "" {
			total[w]++
		}
	}
	afterIn := map[string]bool{}
	for _, m := range ms {
		if w := oneWord(m.text); w != "" && strings.EqualFold(wordBefore(arts[m.art].Text, m.span.Start), "in") {
			afterIn[w] = true
		}
	}
	withThe := map[string]bool{} // cache: does the story mostly write "the" before the word?
	for i := range ms {
		t := ms[i].typ
		if t != chorus.EntityPerson && t != chorus.EntityLocation {
			continue
		}
		w := oneWord(ms[i].text)
		if w == "" || names.personWords[key(w)] {
			continue
		}
		service := onlineServices[key(w)]
		if service && ner.KnownPlace(w) {
			the, seen := withThe[w]
			if !seen {
				the = 2*countWord(arts, "the "+w, total[w]) >= total[w]
				withThe[w] = the
			}
			service = !the
		}
		// A club named after its town is the town after "in" ("studied
		// in Tessin"), which the gazetteer's places may not list.
		known := ner.KnownOrganization(w) && !ner.KnownPlace(w) && !(t == chorus.EntityLocation && afterIn[w])
		if service || known {
			ms[i].typ = chorus.EntityOrganization
		}
	}
}

// companyNouns follow a company's name and never a person's ("Orvel
// shares", "Orvel's spokeswoman", "Orvel users").
var companyNouns = lowerSet("shares", "stock", "spokesperson", "spokesman", "spokeswoman", "employees", "staff",
	"headquarters", "subsidiary", "subsidiaries", "customers", "users", "app", "platform", "website", "stores",
	"listing", "ipo", "shareholders", "investors", "revenue", "profit", "earnings")

// retypeFirms types as an organisation a one-word person that the story
// writes before a noun only companies have ("Orvel shares rose"), unless
// the word is also part of a person's longer name or follows a personal
// title in the story.
func retypeFirms(ms []mention, arts []Article, names storyNames) {
	firms := map[string]bool{}
	for _, m := range ms {
		if w := oneWord(m.text); w != "" && m.typ == chorus.EntityPerson && companyNouns[strings.ToLower(wordAfterName(arts[m.art].Text, m.span.End))] {
			firms[w] = true
		}
	}
	for i, m := range ms {
		w := oneWord(m.text)
		if w == "" || m.typ != chorus.EntityPerson || !firms[w] || names.personWords[key(w)] || names.titled[key(w)] {
			continue
		}
		ms[i].typ = chorus.EntityOrganization
	}
}

// wordAfterName returns the word after a name that ends at end, past a
// possessive ending ("Orvel's shares" gives "shares").
func wordAfterName(text string, end int) string {
	for _, pos := range []string{"'s", "’s", "'", "’"} {
		if strings.HasPrefix(text[end:], pos) {
			end += len(pos)
			break
		}
	}
	return nextWord(text, end)
}

// retypeProducts types as a thing (MISC) a person's name of several words
// that opens with a well-known company's name that the story also writes
// alone as an organisation ("Google Vega" beside "Google"): a company's
// name before a capitalised word names its product, not a person. The
// tagger's type alone is no proof ("Taylor" typed an organisation beside
// "Taylor Swift"), nor is a company's name that is also a given name.
func retypeProducts(ms []mention) {
	firms := map[string]bool{}
	for _, m := range ms {
		if w := oneWord(m.text); w != "" && m.typ == chorus.EntityOrganization && acronym(w) == "" {
			firms[w] = true
		}
	}
	for i, m := range ms {
		first, _, ok := strings.Cut(m.text, " ")
		if !ok || m.typ != chorus.EntityPerson {
			continue
		}
		if firms[first] && ner.KnownOrganization(first) && !ner.KnownGivenName(first) &&
			parse(m.text, chorus.EntityPerson).typ == chorus.EntityPerson {
			ms[i].typ = chorus.EntityMisc
		}
	}
}

// retypeModels types as a thing (MISC) a one-word name that the story
// writes after a number every time ("the 737 Max", "1 Tbsp", "2 Green"
// containers of a diet plan): a model of a product line or a unit, not a
// person or a firm. A year does not count ("the 2020 Tessin" is the
// firm's car of that year, but "in 2019 Varga won" is a person), nor
// does one mention after a number where others stand alone.
func retypeModels(ms []mention, arts []Article) {
	total, afterNumber := map[string]int{}, map[string]int{}
	for _, m := range ms {
		w := oneWord(m.text)
		if w == "" || m.typ == chorus.EntityMisc {
			continue
		}
		total[w]++
		if numberBefore(arts[m.art].Text, m.span.Start) {
			afterNumber[w]++
		}
	}
	for i, m := range ms {
		if w := oneWord(m.text); w != "" && m.typ != chorus.EntityMisc && afterNumber[w] == total[w] && total[w] > 0 {
			ms[i].typ = chorus.EntityMisc
		}
	}
}

// numberBefore reports whether a number that is no year (digits, maybe
// after letters, as in "737" or "A320") ends right before offset start,
// one space between.
func numberBefore(text string, start int) bool {
	if start < 2 || text[start-1] != ' ' {
		return false
	}
	i := start - 1
	for i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
		i--
	}
	digits := text[i : start-1]
	if digits == "" {
		return false
	}
	year := len(digits) == 4 && (strings.HasPrefix(digits, "19") || strings.HasPrefix(digits, "20"))
	return !year
}

// weekdays name the days that close the names of shopping days and
// holidays ("Black Friday", "Cyber Monday").
var weekdays = lowerSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// retypeDayNames types as a thing (MISC) a one-word name that the story
// writes before a weekday every time: the tagger cut "Black" from "Black
// Friday", and a day's name is no place or firm. A place the story writes
// after "in" is a dateline's ("said in Marhold Wednesday"), and so is a
// well-known place.
func retypeDayNames(ms []mention, arts []Article) {
	total, beforeDay := map[string]int{}, map[string]int{}
	for _, m := range ms {
		w := oneWord(m.text)
		if w == "" || m.typ == chorus.EntityMisc {
			continue
		}
		if ner.KnownPlace(w) || strings.EqualFold(wordBefore(arts[m.art].Text, m.span.Start), "in") {
			total[w] = -1 << 30 // never all before a weekday
		}
		total[w]++
		if next := nextWord(arts[m.art].Text, m.span.End); isCap(next) && weekdays[strings.ToLower(next)] {
			beforeDay[w]++
		}
	}
	for i, m := range ms {
		if w := oneWord(m.text); w != "" && m.typ != chorus.EntityMisc && beforeDay[w] == total[w] && total[w] > 0 {
			ms[i].typ = chorus.EntityMisc
		}
	}
}

// retypeFlights types as MISC a name that ends in "Flight" with a number
// after it ("Tessin Air Flight 212"): it names one flight, not the
// airline, and so joins no airline's entity and no list of organisations.
func retypeFlights(ms []mention, arts []Article) {
	for i, m := range ms {
		ws := strings.Fields(m.text)
		if len(ws) < 2 || key(ws[len(ws)-1]) != flightKey {
			continue
		}
		if n := nextWord(arts[m.art].Text, m.span.End); n == "" && isDigits(digitsAfter(arts[m.art].Text, m.span.End)) {
			ms[i].typ = chorus.EntityMisc
		}
	}
}

var flightKey = key("flight")

// digitsAfter returns the digits that follow offset end after one space,
// "" when none do.
func digitsAfter(text string, end int) string {
	if end >= len(text) || text[end] != ' ' {
		return ""
	}
	j := end + 1
	for j < len(text) && text[j] >= '0' && text[j] <= '9' {
		j++
	}
	return text[end+1 : j]
}
