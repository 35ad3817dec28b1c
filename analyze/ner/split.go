package ner

import "strings"

// splitToken cuts a raw token the way CoNLL-2003 text is tokenised, which
// is what the model was trained on: quotes and brackets, trailing commas
// and marks, a sentence-final full stop and a possessive 's become tokens
// of their own. It returns the pieces and the index of the word piece,
// whose tag the raw token takes. Most tokens come back whole.
func splitToken(raw string) ([]string, int) {
	w := normalizeWord(raw)
	if len(w) <= 1 {
		return []string{w}, 0
	}
	var lead []string
	for len(w) > 1 && strings.IndexByte("\"([{", w[0]) >= 0 {
		lead = append(lead, w[:1])
		w = w[1:]
	}
	// A single quote opening a capitalised word: 'Kerry (not '90s, 's, 'S).
	if len(w) > 2 && w[0] == '\'' && raw[0] != '`' && w[1] >= 'A' && w[1] <= 'Z' {
		lead = append(lead, w[:1])
		w = w[1:]
	}
	var trail []string // in reverse order
	for len(w) > 1 {
		n := len(w)
		switch c := w[n-1]; {
		case strings.IndexByte("\")]},;:!?", c) >= 0:
			trail = append(trail, w[n-1:])
			w = w[:n-1]
			continue
		case n > 2 && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S")) && hasLetter(w[:n-2]):
			trail = append(trail, w[n-2:])
			w = w[:n-2]
			continue
		case c == '.' && trimWordPunct(w) == w[:n-1]:
			trail = append(trail, ".")
			w = w[:n-1]
			continue
		}
		break
	}
	if len(lead) == 0 && len(trail) == 0 {
		return []string{w}, 0
	}
	pieces := append(lead, w)
	for i := len(trail) - 1; i >= 0; i-- {
		pieces = append(pieces, trail[i])
	}
	return pieces, len(lead)
}

func hasLetter(s string) bool {
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80 {
			return true
		}
	}
	return false
}

// splitSentences applies splitToken to every token; core[i][j] is the
// index of token j's word piece in sentence i. It reports whether anything
// was split, so the common case costs no copies.
func splitSentences(sents [][]string) (pieces [][]string, core [][]int, split bool) {
	for _, s := range sents {
		for _, w := range s {
			if p, _ := splitToken(w); len(p) > 1 || p[0] != w {
				split = true
				break
			}
		}
		if split {
			break
		}
	}
	if !split {
		return sents, nil, false
	}
	pieces = make([][]string, len(sents))
	core = make([][]int, len(sents))
	for i, s := range sents {
		core[i] = make([]int, len(s))
		for j, w := range s {
			p, c := splitToken(w)
			core[i][j] = len(pieces[i]) + c
			pieces[i] = append(pieces[i], p...)
		}
	}
	return pieces, core, true
}
