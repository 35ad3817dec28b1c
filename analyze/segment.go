package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// Tokenize splits text[span] into tokens with byte spans into text. Words
// keep inner apostrophes, hyphens and abbreviation dots ("al-Assad",
// "U.S.", "48-hour"); numbers keep their separators ("470,000", "1.5");
// possessive "'s" and "n't" are split off, as CoNLL-style taggers expect;
// every other mark is a token of its own.
func Tokenize(text string, span chorus.Span) []chorus.Token {
	var out []chorus.Token
	i := span.Start
	for i < span.End {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || r == '\u00a0' {
			i += size
			continue
		}
		start := i
		switch {
		case unicode.IsDigit(r):
			i = scanNumber(text, i, span.End)
		case isWordRune(r):
			i = scanWord(text, i, span.End)
		case r == '-' && i+1 < span.End && text[i+1] == '-':
			// "--" is a dash typed in ASCII: one token, as CoNLL writes it
			for i < span.End && text[i] == '-' {
				i++
			}
		default:
			i += size
		}
		tok := text[start:i]
		// split possessive and negation clitics off words
		if i-start > 2 && isWordRune(r) {
			for _, cl := range []string{"'s", "’s", "n't", "n’t", "'S", "’S"} {
				if strings.HasSuffix(tok, cl) && len(tok) > len(cl) {
					cut := i - len(cl)
					out = append(out, chorus.Token{Span: chorus.Span{Start: start, End: cut}, Text: text[start:cut]})
					start = cut
					tok = text[start:i]
					break
				}
			}
		}
		out = append(out, chorus.Token{Span: chorus.Span{Start: start, End: i}, Text: tok})
	}
	return out
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// scanWord reads a word starting at i: letters and digits, joined by single
// apostrophes, hyphens or dots when a letter or digit follows ("U.S.",
// "al-Nusra", "Kerry's"), and a final abbreviation dot ("U.S.", "Gen.").
func scanWord(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isWordRune(r) {
			i += size
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '&' {
			if i+size < end {
				next, _ := utf8.DecodeRuneInString(text[i+size:])
				if isWordRune(next) && (r != '&' || unicode.IsUpper(next)) {
					i += size
					continue
				}
			}
			if r == '.' && isAbbreviationDot(text, i) {
				return i + size
			}
		}
		return i
	}
	return i
}

// isAbbreviationDot reports whether the dot at i ends an abbreviation
// ("U.S.", "Gen.", "Aug.") rather than a sentence.
func isAbbreviationDot(text string, i int) bool {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if !isWordRune(r) && r != '.' {
			break
		}
		j -= size
	}
	word := text[j:i]
	if strings.Contains(word, ".") { // U.S, a.m
		return true
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r) // an initial: "John F. Kennedy"
	}
	return abbreviations[strings.ToLower(word)]
}

// scanNumber reads a number: digits with thousands separators and a
// decimal part ("470,000", "1.5", "7/14/2016", "48-hour", "2016's").
func scanNumber(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsDigit(r) || unicode.IsLetter(r) {
			i += size
			continue
		}
		if (r == ',' || r == '.' || r == '/' || r == ':' || r == '-') && i+size < end {
			next, _ := utf8.DecodeRuneInString(text[i+size:])
			if unicode.IsDigit(next) || (r == '-' && unicode.IsLetter(next)) {
				i += size
				continue
			}
		}
		return i
	}
	return i
}

// abbreviations end with a dot that does not end the sentence.
var abbreviations = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep del atty amb rev fr st
		jr sr messrs hon pres supt insp det cpl pvt brig
		jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
		inc corp co ltd llc plc bros dept univ assn est approx vs etc al no nos vol fig op ft mt
		ave blvd rd hwy`) {
		m[w] = true
	}
	return m
}()

// sentenceStarters are words that, capitalised after an abbreviation that
// may also end a sentence ("… in the U.S. The plan …"), show that it did.
var sentenceStarters = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`The A An He She It They We I This That These Those There But And Or So
		In On At For After Before When While As If His Her Their Its Our Some Many Most No Yet Still
		However Meanwhile Earlier Later Then Now`) {
		m[w] = true
	}
	return m
}()
