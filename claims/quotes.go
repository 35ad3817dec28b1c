package claims

import "strings"

// unquoted keeps, from a sentence that is largely a quotation, the
// unquoted runs that say something beyond who spoke: "Varga said after
// laying a wreath at the harbour memorial", not "Varga told reporters at
// the harbour office in Tessin" (who spoke, where and to whom: the
// content is the quotation, which the quotes section carries).
func (s *sent) unquoted(a, b int, out *[]rawClaim) {
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
		if from < to && s.tail(from) {
			// "…,'' said harbour spokesman Petar Ilic. He added that …": the
			// attribution of the quotation before; a sentence the segmenter
			// left joined may follow its full stop, and is read as one
			for from < to && s.toks[from].Text != "." {
				from++
			}
			if from < to {
				s.collect(from, b, segment{}, 1, out)
				return
			}
		}
		for v := from + 1; v < to && v <= from+8; v++ {
			if s.isSpeech(v) {
				// "Varga told a press briefing in the port city of Thessara",
				// not "said Oleg Marin, 58, who …" nor "told RKI as he left"
				if rest := s.skipAdverbials(v+1, to); s.words(rest, to) >= 4 && !s.capitalised(rest) && s.saysMore(rest, to) {
					s.keep(rawClaim{segs: []segment{{from, to}}}, out)
				}
				break
			}
		}
		i = j
	}
}

// saysMore reports whether [a, b), what follows a verb of saying and its
// adverbials, holds a verb of its own ("after laying a wreath", "as he
// left the court") rather than only an audience and a place ("reporters
// at the crisis centre in Ostrelka", "a briefing in Tessin").
func (s *sent) saysMore(a, b int) bool {
	for i := a; i < b; i++ {
		if s.quoted[i] {
			continue
		}
		w := s.low[i]
		if s.verbAt(i) || len(w) > 5 && strings.HasSuffix(w, "ing") && !ingNouns[w] && s.toks[i].Text == w {
			return true
		}
	}
	return false
}

// ingNouns end in -ing but name a thing or a time, not an action.
var ingNouns = wordSet(`during according morning evening building meeting briefing hearing gathering
	sitting ceiling nothing something anything everything spring`)
