package people

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze/ner"
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
