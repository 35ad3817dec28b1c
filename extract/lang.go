package extract

import (
	"slices"
	"strings"
	"unicode"
)

// languageMarkers are each language's most frequent short function words.
// Counting them in the first few hundred words tells apart the languages
// news in Latin script mostly comes in, at almost no cost; scripts other
// than Latin are told by their Unicode range.
var languageMarkers = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "is", "that", "for", "was", "on", "with", "said"},
	"fr": {"le", "la", "les", "des", "et", "est", "une", "dans", "que", "pour", "du", "sur"},
	"de": {"der", "die", "das", "und", "ist", "nicht", "ein", "eine", "mit", "den", "auf", "sich"},
	"es": {"el", "los", "las", "y", "es", "una", "que", "por", "con", "del", "para", "como"},
	"it": {"il", "di", "che", "e", "è", "della", "per", "una", "con", "sono", "gli", "non"},
	"pt": {"o", "os", "da", "do", "e", "que", "não", "uma", "com", "para", "em", "são"},
	"nl": {"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "met", "voor", "zijn"},
	"id": {"yang", "dan", "di", "ini", "itu", "dengan", "untuk", "tidak", "dari", "dalam", "akan", "pada", "bahwa"},
	"tr": {"ve", "bir", "bu", "için", "ile", "çok", "olarak", "daha", "gibi", "olan", "ama", "değil", "göre", "sonra"},
	"sv": {"och", "att", "det", "som", "är", "av", "för", "med", "till", "den", "har", "inte"},
	"da": {"og", "at", "det", "er", "til", "på", "af", "ikke", "med", "som", "for", "har"},
	"pl": {"i", "w", "na", "się", "nie", "że", "do", "jest", "z", "jak", "ale", "dla", "przez"},
	"ro": {"și", "şi", "în", "la", "cu", "pe", "care", "este", "din", "nu", "că", "sunt"},
	"vi": {"và", "của", "là", "có", "không", "được", "trong", "cho", "với", "này", "các", "những"},
}

// latinLanguages are languageMarkers' languages in a fixed order, so that
// a tie always resolves the same way.
var latinLanguages = func() []string {
	var out []string
	for lang := range languageMarkers {
		out = append(out, lang)
	}
	slices.Sort(out)
	return out
}()

var markerIndex = func() map[string][]string {
	idx := map[string][]string{}
	for lang, words := range languageMarkers {
		for _, w := range words {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}()

// DetectLanguage returns an ISO 639-1 code for text, or "" when unsure.
func DetectLanguage(text string) string {
	scripts := map[string]int{}
	counts := map[string]int{}
	words := 0
	for _, f := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if words >= 400 {
			break
		}
		words++
		r := []rune(f)[0]
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			scripts["ru"]++
		case unicode.Is(unicode.Arabic, r):
			scripts["ar"]++
		case hasKana(f):
			scripts["ja"]++
		case unicode.Is(unicode.Han, r):
			scripts["zh"]++
		case unicode.Is(unicode.Hangul, r):
			scripts["ko"]++
		case unicode.Is(unicode.Thai, r):
			scripts["th"]++
		case unicode.Is(unicode.Devanagari, r):
			scripts["hi"]++
		case unicode.Is(unicode.Greek, r):
			scripts["el"]++
		case unicode.Is(unicode.Hebrew, r):
			scripts["he"]++
		}
		for _, lang := range markerIndex[strings.ToLower(f)] {
			counts[lang]++
		}
	}
	if words == 0 {
		return ""
	}
	if scripts["ja"] > 0 {
		// Japanese writes many words in Chinese characters, but only
		// Japanese has kana.
		scripts["ja"] += scripts["zh"]
		delete(scripts, "zh")
	}
	// Scripts written without spaces come as a few long runs of letters,
	// so they count once per run but win with a third of the runs.
	best, bestN := "", 0
	for lang, n := range scripts {
		if n > bestN || (n == bestN && lang < best) {
			best, bestN = lang, n
		}
	}
	if bestN*2 > words || (bestN*3 > words && (best == "ja" || best == "zh" || best == "th")) {
		if best == "ru" {
			return cyrillicLanguage(text)
		}
		return best
	}
	best, bestN, second := "", 0, 0
	for _, lang := range latinLanguages {
		n := counts[lang]
		switch {
		case n > bestN:
			best, bestN, second = lang, n, bestN
		case n > second:
			second = n
		}
	}
	if bestN < 3 || bestN < second*3/2 {
		return ""
	}
	return best
}

// cyrillicLanguage tells apart the languages most news in Cyrillic comes
// in by the letters only some of them use: Ukrainian's і, ї, є and ґ,
// Serbian's ђ, ћ, џ, љ, њ and ј, and Bulgarian's frequent ъ, which
// Russian, writing ы and э instead, uses rarely.
func cyrillicLanguage(text string) string {
	var uk, sr, bg, ru int
	for _, r := range text {
		switch unicode.ToLower(r) {
		case 'і', 'ї', 'є', 'ґ':
			uk++
		case 'ђ', 'ћ', 'џ', 'љ', 'њ', 'ј':
			sr++
		case 'ъ':
			bg++
		case 'ы', 'э':
			ru++
		}
	}
	switch max(uk, sr, bg, ru) {
	case 0, ru:
		return "ru"
	case uk:
		return "uk"
	case sr:
		return "sr"
	default:
		return "bg"
	}
}

// detectable reports whether DetectLanguage can recognise a language, so
// that its verdict can overrule what a page declares.
func detectable(lang string) bool {
	if _, ok := languageMarkers[lang]; ok {
		return true
	}
	switch lang {
	case "ru", "uk", "bg", "sr", "ar", "zh", "el", "he", "ja", "ko", "th", "hi":
		return true
	}
	return false
}

// hasKana reports whether a word holds Japanese kana; its first letter may
// be a Chinese character.
func hasKana(w string) bool {
	for _, r := range w {
		if r >= 0x3040 && r <= 0x30ff {
			return true
		}
	}
	return false
}
