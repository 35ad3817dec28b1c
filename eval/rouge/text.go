package rouge

import "strings"

// How a summary becomes the tokens ROUGE counts, in the order the reference
// pipeline (shared/tools/scorers/rouge.sh feeding ROUGE-1.5.5.pl) applies it:
//
//  1. rouge.sh writes sentence-per-line ("SPL") files: it drops carriage
//     returns, keeps the lines that hold a non-space byte, squeezes each
//     line's white space to single spaces and trims it, then cuts the line
//     into sentences after ".", "!" or "?" (optionally followed by a closing
//     quote, parenthesis or bracket) where a space is followed by a capital
//     or a digit (optionally behind an opening quote, parenthesis or
//     bracket). Sentences matter only for ROUGE-L.
//  2. ROUGE lower-cases A-Z and, for -l N, keeps the first N words, a word
//     being a run of bytes between white space, counted over the sentences
//     in order; the sentence that reaches N is cut there.
//  3. ROUGE turns every byte other than a-z, 0-9 and "-" into a space, sets
//     "-" apart, and keeps the tokens that start with a letter or a digit:
//     the tokens are the runs of a-z0-9, hyphens are dropped.
//  4. With -m, tokens longer than three bytes are stemmed (see stemmer).
//
// All of it is bytes, as in Perl without a Unicode layer: a UTF-8 letter
// such as "é" is two non-alphanumeric bytes and so splits a word, and only
// ASCII white space separates words.

// isSpace reports whether b is white space to Perl's \s on a byte string:
// space, tab, newline, vertical tab, form feed, carriage return.
func isSpace(b byte) bool {
	return b == ' ' || (b >= '\t' && b <= '\r')
}

// splitLines is rouge.sh's spl(): text to trimmed, single-spaced sentences.
// With split false a whole line is one sentence (rouge.sh's SPLIT=0).
func splitLines(text string, split bool) []string {
	text = strings.ReplaceAll(text, "\r", "")
	var out []string
	for _, line := range strings.Split(text, "\n") {
		l := squeeze(line)
		if l == "" {
			continue
		}
		if !split {
			out = append(out, l)
			continue
		}
		out = appendSentences(out, l)
	}
	return out
}

// squeeze replaces every run of white space with one space and trims the
// ends, as `s/\s+/ /g; s/^ | $//g` does.
func squeeze(s string) string {
	var b strings.Builder
	pending := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if isSpace(c) {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteByte(c)
	}
	return b.String()
}

// appendSentences cuts one squeezed line at the spaces rouge.sh's naive
// splitter picks: /(?<=[.!?]["')\]]?)\s+(?=["'(\[]?[A-Z0-9])/.
func appendSentences(out []string, l string) []string {
	start := 0
	for i := 1; i+1 < len(l); i++ {
		if l[i] == ' ' && endsSentence(l, i) && startsSentence(l, i+1) {
			out = append(out, l[start:i])
			start = i + 1
		}
	}
	return append(out, l[start:])
}

// endsSentence reports whether the bytes before position i close a sentence.
func endsSentence(l string, i int) bool {
	p := l[i-1]
	if isByteIn(p, ".!?") {
		return true
	}
	return i >= 2 && isByteIn(p, `"')]`) && isByteIn(l[i-2], ".!?")
}

// startsSentence reports whether the bytes from position j open a sentence.
func startsSentence(l string, j int) bool {
	if isUpperOrDigit(l[j]) {
		return true
	}
	return j+1 < len(l) && isByteIn(l[j], `"'([`) && isUpperOrDigit(l[j+1])
}

func isUpperOrDigit(b byte) bool { return (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') }

// limitWords keeps the first n words of the sentences (n <= 0 keeps all),
// cutting the sentence that reaches n and dropping the ones after it, as
// ROUGE's readText_LCS does for -l. The sentences are already squeezed, so a
// word is whatever lies between single spaces.
func limitWords(sents []string, n int) []string {
	if n <= 0 {
		return sents
	}
	var out []string
	used := 0
	for _, s := range sents {
		words := strings.Count(s, " ") + 1
		if used+words < n {
			out = append(out, s)
			used += words
			continue
		}
		out = append(out, cutWords(s, n-used))
		break
	}
	return out
}

// cutWords returns the first k space-separated words of a squeezed sentence.
func cutWords(s string, k int) string {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			k--
			if k == 0 {
				return s[:i]
			}
		}
	}
	return s
}

// Truncate returns the start of text up to the end of its words-th word,
// counting words the way ROUGE's -l does after rouge.sh has prepared the
// text: a word is a run of bytes other than ASCII white space, and carriage
// returns are ignored (rouge.sh deletes them before splitting words). A
// summary cut with Truncate(s, n) scores exactly as s does under -l n. A
// text of at most words words, or words <= 0 (ROUGE's "no limit"), comes back
// unchanged.
func Truncate(text string, words int) string {
	if words <= 0 {
		return text
	}
	inWord := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\r':
			// Transparent: "ab\rcd" is the one word "abcd" to rouge.sh.
		case isSpace(c):
			if inWord {
				inWord = false
				words--
				if words == 0 {
					return text[:i]
				}
			}
		default:
			inWord = true
		}
	}
	return text
}

// CountWords returns how many words ROUGE's -l would count in text, with
// the same notion of a word as Truncate.
func CountWords(text string) int {
	n := 0
	inWord := false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\r':
		case isSpace(c):
			inWord = false
		default:
			if !inWord {
				n++
			}
			inWord = true
		}
	}
	return n
}

// tokens appends the ROUGE tokens of one sentence (steps 2 to 4 above: case
// folding, alphanumeric runs, stemming) to dst.
func tokens(dst []string, sent string, st *stemmer) []string {
	start := -1
	var buf []byte
	for i := 0; i <= len(sent); i++ {
		alnum := false
		if i < len(sent) {
			c := sent[i]
			alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
		}
		if alnum {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			buf = appendLower(buf[:0], sent[start:i])
			dst = append(dst, st.stem(buf))
			start = -1
		}
	}
	return dst
}

// appendLower appends s to b with A-Z folded to a-z (Perl's tr/A-Z/a-z/).
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
