package claims

import (
	"strings"

	"github.com/chorusnews/chorus/analyze/clause"
)

// tail reports a sentence that starts with a lower-case verb, perhaps
// after an adverb ("said harbour spokesman …", "wept a deckhand as …",
// "narrowly missed a tanker …"): the end of a sentence the segmenter
// cut, whose subject is in the sentence before.
func (s *sent) tail(a int) bool {
	for a+1 < len(s.toks) && strings.HasSuffix(s.toks[a].Text, "ly") && isLowerWord(s.toks[a].Text) {
		a++
	}
	return isLowerWord(s.toks[a].Text) && (s.isVerbCue(a) || clause.Auxiliary(s.low[a]))
}

// wholeQuotes keeps a claim's quotations whole: a quotation opening after
// a full stop is a sentence the segmenter left joined ("… saw the
// pilot. “He waved at me."), so the claim ends before it; an opening mark
// whose quotation closes in the next sentence (the segmenter cut “reckless.”
// after the full stop) is left out of the claim's words, which are
// otherwise the article's own.
func (s *sent) wholeQuotes(segs []segment) []segment {
	for k, sg := range segs {
		for i := sg.from + 1; i < sg.to; i++ {
			if s.openingMark(i) && (s.toks[i-1].Text == "." || s.toks[i-1].Text == "!" || s.toks[i-1].Text == "?") {
				a, b := s.trim(sg.from, i-1)
				if b <= a {
					return segs[:k]
				}
				return append(segs[:k:k], segment{a, b})
			}
		}
	}
	last := segs[len(segs)-1]
	for i := last.to - 1; i >= last.from; i-- {
		if !isQuoteMark(s.toks[i].Text) {
			continue
		}
		for i > last.from && isQuoteMark(s.toks[i-1].Text) && s.toks[i-1].End == s.toks[i].Start {
			i-- // the first half of a mark typed as two tokens
		}
		if !s.openingMark(i) {
			break // the last mark closes a quotation
		}
		end := i
		for end < last.to && isQuoteMark(s.toks[end].Text) {
			end++
		}
		out := append(segs[:len(segs)-1:len(segs)-1], segment{last.from, i})
		if end < last.to {
			out = append(out, segment{end, last.to})
		}
		var kept []segment
		for _, sg := range out {
			if a, b := s.trim(sg.from, sg.to); b > a {
				kept = append(kept, segment{a, b})
			}
		}
		return kept
	}
	return segs
}

// firstSentence ends a claim where a second sentence the segmenter left
// joined begins: after a full stop standing alone before a word ("… his
// rival, Ana da Costa. da Costa campaigned …"), or after an abbreviation
// before a capitalised word that opens sentences ("… for WebFerry Inc.
// Without these items …"). The claim keeps the first sentence: the rest
// is another statement, and the attribution may be either's. (A
// capitalised "He" after a lower-case word is no sign of a lost full
// stop: it is a family name as often, "said He Lin".) Old wire markup
// ends a claim too, at its ampersand (see entityName).
func (s *sent) firstSentence(segs []segment) []segment {
	for k, sg := range segs {
		for i := sg.from + 1; i < sg.to; i++ {
			t := s.toks[i].Text
			end := -1
			switch {
			case t == "&" && i+1 < sg.to && entityName(s.toks[i+1].Text):
				end = i
			case s.quoted[i] || s.paren[i] || i+1 >= sg.to || !s.isWord(i+1):
			case t == ".":
				end = i
			case len(t) > 1 && strings.HasSuffix(t, ".") && s.capitalised(i+1) && (clause.Opener(s.low[i+1]) || sentenceStarts[s.low[i+1]]):
				end = i + 1
			}
			if end < 0 {
				continue
			}
			a, b := s.trim(sg.from, end)
			if b <= a {
				return segs[:k]
			}
			return append(segs[:k:k], segment{a, b})
		}
	}
	return segs
}

// entityName reports the name of an unexpanded markup entity after its
// "&" ("&UR;", "&QL;"), the residue of old wire markup: no prose follows
// it in the sentence.
func entityName(t string) bool {
	if len(t) < 2 {
		return false
	}
	for _, r := range t {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// sentenceStarts are words that, capitalised after an abbreviation,
// start a sentence (with the sentence openers of package clause).
var sentenceStarts = wordSet(`the a an he she it they we there this these those without`)
