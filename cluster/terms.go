package cluster

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word of a text as clustering sees it.
type token struct {
	lower string
	cap   bool // starts with an upper-case letter
	start bool // first word of a sentence (or of a line)
	alpha bool // holds at least one letter
}

// tokenize splits text into words: runs of letters and digits. Apostrophes
// inside a word are dropped ("Kerry’s" → "kerrys" is avoided by cutting at
// the apostrophe: "kerry", "s").
func tokenize(text string, out []token) []token {
	start := true
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			switch r {
			case '.', '!', '?', '\n', ':', '"', '“', '”', ';':
				start = true
			}
			i += size
			continue
		}
		j := i
		alpha := false
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r2) && !unicode.IsDigit(r2) {
				break
			}
			if unicode.IsLetter(r2) {
				alpha = true
			}
			j += s2
		}
		w := text[i:j]
		out = append(out, token{lower: strings.ToLower(w), cap: unicode.IsUpper(r), start: start, alpha: alpha})
		start = false
		i = j
	}
	return out
}

// keepWord reports whether a lower-cased word is a content term: not a
// stopword, at least three characters, and not a bare number unless it
// looks like a year (years tell apart events that repeat: the 2008 and the
// 2013 earthquake).
func keepWord(t token, stop map[string]bool) bool {
	if len(t.lower) < 3 || stop[t.lower] {
		return false
	}
	if !t.alpha {
		return len(t.lower) == 4 && (strings.HasPrefix(t.lower, "19") || strings.HasPrefix(t.lower, "20"))
	}
	return true
}

// stem folds common English suffixes so inflections share a term. It is
// deliberately light: a wrong merge costs more than a missed one.
func stem(w string) string {
	for _, suf := range []string{"ings", "ing", "ies", "ied", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			switch suf {
			case "ies", "ied":
				return w[:len(w)-3] + "y"
			case "s":
				if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
					return w
				}
			}
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// connectors may sit inside a capitalised name: "Bank of England",
// "Staffan de Mistura", "Bashar al Assad".
var connectors = map[string]bool{"of": true, "de": true, "al": true, "bin": true, "van": true, "von": true,
	"la": true, "le": true, "du": true, "da": true, "del": true, "der": true, "and": false}

// capitalisedPhrases finds names the cheap way until a tagger feeds real
// entities: runs of capitalised words, joined by connectors. A word that
// opens a sentence counts only if the text also capitalises it elsewhere,
// so "Efforts to calm the border…" does not make "Efforts" a name. Title-case
// headlines ("Juan Pablo Makes His Decision") capitalise everything and are
// left to the caller to skip.
func capitalisedPhrases(toks []token, stop map[string]bool, emit func(phrase []string)) {
	midCap := map[string]bool{}
	for _, t := range toks {
		if t.cap && !t.start && t.alpha {
			midCap[t.lower] = true
		}
	}
	isName := func(t token) bool {
		return t.cap && t.alpha && len(t.lower) >= 2 && !stop[t.lower] && (!t.start || midCap[t.lower])
	}
	var run []string
	flush := func() {
		for len(run) > 0 && connectors[run[len(run)-1]] {
			run = run[:len(run)-1]
		}
		if len(run) > 0 {
			emit(run)
		}
		run = run[:0]
	}
	for i, t := range toks {
		switch {
		case isName(t):
			if t.start && len(run) > 0 {
				flush()
			}
			run = append(run, t.lower)
		case len(run) > 0 && connectors[t.lower] && i+1 < len(toks) && isName(toks[i+1]):
			run = append(run, t.lower)
		default:
			flush()
		}
	}
	flush()
}

// titleCase reports whether most words of a headline are capitalised, in
// which case capitals say nothing about names.
func titleCase(toks []token) bool {
	n, caps := 0, 0
	for _, t := range toks {
		if !t.alpha {
			continue
		}
		n++
		if t.cap {
			caps++
		}
	}
	return n >= 3 && caps*10 >= n*6
}

var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or nor for that with was were are has have had not but from this its
		his her their they them she him who whom whose which what when where will would could should can may might
		been being into over after about also said says say more than other some such only then there these
		those our out all any one two three new year years ago very just like how why you your we us it's
		against between during before under while because most many much made make told per did does do
		monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow week weeks month months
		january february march april may june july august september october november december
		mr mrs ms dr according including since until still even last first next time times day days
		news report reported reports statement added asked here now get got off onto upon via yet
		i me my he it is be to of in on at by as if so no up down do am than too own same each few both
		because through again further once any every another anyone something nothing everyone
		http https www com html`) {
		m[w] = true
	}
	return m
}()

// foreignStopwords are the commonest function words of the languages
// other than English that news pages arrive in most. Without them two
// German pages share "und", "der", "für" and "auf", which the document
// frequencies of a mostly English stream weigh as rare, telling words, and
// unrelated pages of one language join one story on them. Words that are
// also English content words ("die", "war", "man", "car", "son", "era") are left
// out, since English stopwords apply to every language.
var foreignStopwords = map[string]string{
	"de": `und der das den dem des ein eine einer eines einem einen ist sind waren wird werden wurde wurden hat
		haben hatte hatten sein seine seiner seinen ihre ihrer ihren ihr sich nicht auch auf aus bei mit nach von vom
		zum zur für über unter gegen durch ohne bis seit als wie wenn weil dass damit oder aber doch noch nur schon
		sehr mehr kann können muss müssen soll sollen will wollen diese dieser dieses diesem diesen jetzt immer hier
		dort dann denn ich wir uns euch sie ihm ihn ihnen mich mir dir dich alle allem allen alles viele vielen
		keine kein keinen etwa bereits sowie jedoch beim ins zwischen heute neue neuen neuer ersten zwei drei`,
	"fr": `les des une est sont était ont avait avec pour par dans sur sous aux du au ces cette cet ses leur leurs
		qui que quoi dont où mais ou donc ne pas plus moins très tout tous toute toutes être avoir fait faire
		comme aussi elle elles ils nous vous lui eux cela ça sans entre depuis après avant chez selon deux trois`,
	"es": `los las una unos unas del por para con sin sobre entre hasta desde como pero más muy también que qué
		quien cual cuando donde este esta estos estas ese esa eso esos esas fue fueron ser está están
		han hay había tiene tienen sus les nos ella ellos ellas usted porque según todo todos toda todas dos tres`,
	"pt": `uma umas uns dos das para pela pelo pelas pelos com sem sobre entre até desde como mas mais muito também
		que quem qual quando onde este esta estes estas esse essa isso esses essas foi foram ser são está estão
		tem têm seu sua seus suas nos ela eles elas você porque segundo todo todos toda todas dois duas três aqui
		não num numa ainda já muito muita`,
	"it": `gli del della delle dei degli dal dalla nel nella nei sul sulla per con tra fra una uno che chi cui
		anche più molto questo questa questi queste quello quella sono erano essere stato stata hanno
		aveva suo sua suoi sue loro lei lui noi voi perché secondo tutto tutti tutta tutte due tre non ancora`,
	"nl": `het een van voor met naar door over onder tegen zonder tot sinds als maar ook meer zeer dat deze dit
		zijn waren wordt werden werd heeft hebben had hun haar hij zij wij jullie niet geen nog wel omdat
		volgens alle twee drie bij uit aan`,
}

// capitalisesNouns are the languages that write every noun with a capital,
// so that capitals say nothing of names there.
var capitalisesNouns = map[string]bool{"de": true, "lb": true}

// stopwordSets holds, per language, the English stopwords with that
// language's added.
var stopwordSets = func() map[string]map[string]bool {
	sets := map[string]map[string]bool{}
	for lang, words := range foreignStopwords {
		m := make(map[string]bool, len(stopwords)+200)
		for w := range stopwords {
			m[w] = true
		}
		for _, w := range strings.Fields(words) {
			m[w] = true
		}
		sets[lang] = m
	}
	return sets
}()

// stopwordsOf returns the stopwords for an article in lang ("pt-BR" reads
// as "pt"); English's for English and for languages without a list.
func stopwordsOf(lang string) map[string]bool {
	if m, ok := stopwordSets[baseLang(lang)]; ok {
		return m
	}
	return stopwords
}

// baseLang is a language tag's primary subtag, lower-cased: "pt-BR" → "pt".
func baseLang(lang string) string {
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	return base
}
