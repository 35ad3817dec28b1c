package claims

import (
	"unicode"

	"github.com/chorusnews/chorus"
)

// closingQuote reports whether a straight quote at sp closes a quotation:
// glued to the word before it and not to the word after it.
func closingQuote(text string, sp chorus.Span) bool {
	before := sp.Start > 0 && !unicode.IsSpace(rune(text[sp.Start-1])) && text[sp.Start-1] != '('
	after := sp.End < len(text) && !unicode.IsSpace(rune(text[sp.End])) && !unicode.IsPunct(rune(text[sp.End]))
	return before && !after
}

// unquoted keeps, from a sentence that is largely a quotation, the
// unquoted runs that say something beyond who spoke: "Varga said after
// laying a wreath at the harbour memorial".
func (s *sent) unquoted(a, b int, out *[]clause) {
	i := a
	for i < b {
		for i < b && s.quoted[i] {
			i++
		}
		j := i
		for j < b && !s.quoted[j] {
			j++
		}
		from, to := s.trim(i, j)
		for v := from + 1; v < to && v <= from+8; v++ {
			if s.isSpeech(v) {
				// "Varga told a press briefing in the port city of Thessara",
				// not "said Oleg Marin, 58, who …" nor "told RKI as he left"
				if rest := s.skipAdverbials(v+1, to); s.words(rest, to) >= 4 && !s.capitalised(rest) {
					s.keep(clause{segs: []segment{{from, to}}}, out)
				}
				break
			}
		}
		i = j
	}
}
