package claims

// unquoted keeps, from a sentence that is largely a quotation, the
// unquoted runs that say something beyond who spoke: "Varga said after
// laying a wreath at the harbour memorial".
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
		for v := from + 1; v < to && v <= from+8; v++ {
			if s.isSpeech(v) {
				// "Varga told a press briefing in the port city of Thessara",
				// not "said Oleg Marin, 58, who …" nor "told RKI as he left"
				if rest := s.skipAdverbials(v+1, to); s.words(rest, to) >= 4 && !s.capitalised(rest) {
					s.keep(rawClaim{segs: []segment{{from, to}}}, out)
				}
				break
			}
		}
		i = j
	}
}
