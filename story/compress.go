package story

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Compression shortens a sentence by deleting words, never by changing or
// adding any: the digest sentence's words stay the cited sentence's words
// with some left out, so the citation still holds it. Only deletions that
// leave a grammatical sentence saying the same thing are made: a
// parenthesis, a dateline, page furniture glued to the front, and a
// connective that ties the sentence to the one before ("But …").
//
// A trailing attribution ("…, officials said on Tuesday.", "…, according
// to the police.") is never deleted: without it a claim reads as a fact the
// digest vouches for. Deleting it used to buy 0.24 ROUGE-1 and 0.12 ROUGE-2
// recall on DUC 2003 at 100 words and nothing on Multi-News at 300.

var (
	// rxParenthesis: " (left)", " (AFP)", "(photo: AP Photo.) " opening a
	// sentence; not holding a sentence of its own inside one.
	rxParenthesis = regexp.MustCompile(`^\([^()“”]{1,80}\) ?| \([^()."“”]{1,80}\)`)
	// rxLeadDateline: the place, outlet credit and dash a news report's lead
	// opens with ("MOSCOW — ", "Tulsa, Okla. (AP) _ ", "(AP) — "), after
	// any photo credits glued before it. The place is at most four words
	// with no function word among them (checked by dateline), so that a
	// sentence with a dash in it ("Pushed by two figures — …") keeps its
	// words.
	rxLeadDateline = regexp.MustCompile(`^(?:\([^()]{1,80}\) ?)*((?:[\p{L}][\p{L}.'’-]*,? ){0,4}?)(?:\([^()]{1,40}\) ?)?(—|–|--|_) +`)
	// rxConnective opens a sentence with a word tying it to the previous one.
	rxConnective = regexp.MustCompile(`^(?:But|And|However,|Meanwhile,|Still,|Also,|Yet|So|Moreover,|In addition,|Furthermore,) `)
	// rxAdvertisement: an advertisement slot's label, or a "continue
	// reading" link, that extraction glued to the sentence after it
	// ("Advertisement Police said …", "Story continued below …").
	rxAdvertisement = regexp.MustCompile(`^(?i:(?:photo )?advertisement(?: ?skip)?(?: continue reading the main story)?|continue reading the main story|story continued below) +`)
)

// rxCredit finds a photo credit or a link's label that extraction glued
// to the sentence after it ("… Getty Images The mayor said …", "Buy
// Photo Volunteers …", "… read more The council …"): what comes before it
// is a caption or a related headline, page furniture (see furniture).
// "Read more than …" is a sentence's own words.
var rxCredit = regexp.MustCompile(`(?i)(?:\bgetty images|\bbuy photo|\bread more(?: than| of| about)?)\b[ :]*`)

// creditEnd returns where the sentence glued after a text's last photo
// credit or link label starts, or 0. The deletion keeps a sentence on its
// own: on Multi-News at 300 words it rescues leads glued to their page's
// furniture, and raises R-2 F by 0.01 on half A (16.30 → 16.31) and
// 0.07 on half B (16.50 → 16.57); DUC 2003 is unchanged.
func creditEnd(text string) int {
	// most sentences have none: look before running the expression
	lower := strings.ToLower(text)
	if !strings.Contains(lower, "getty images") && !strings.Contains(lower, "buy photo") && !strings.Contains(lower, "read more") {
		return 0
	}
	end := 0
	for _, m := range rxCredit.FindAllStringIndex(text, -1) {
		if lower := strings.ToLower(strings.TrimSpace(text[m[0]:m[1]])); strings.HasPrefix(lower, "read more ") {
			continue // "read more than", "read more of": words of the sentence
		}
		end = m[1]
	}
	if end >= len(text) {
		return 0
	}
	return end
}

// span is a byte range [start, end) of a sentence's text.
type span struct{ start, end int }

// compressions lists the shortened forms of a sentence, each as the byte
// ranges of text it keeps, most compressed last. A form is kept only if it
// still has at least minSentenceWords words.
func compressions(text string) [][]span {
	var cuts []span // each a deletion
	if m := rxAdvertisement.FindStringIndex(text); m != nil {
		cuts = append(cuts, span{m[0], m[1]})
	} else if m := creditEnd(text); m > 0 {
		cuts = append(cuts, span{0, m})
	} else if m := dateline(text); m > 0 {
		cuts = append(cuts, span{0, m})
	} else if m := rxConnective.FindStringIndex(text); m != nil {
		cuts = append(cuts, span{m[0], m[1]})
	}
	if strings.Contains(text, "(") {
		for _, m := range rxParenthesis.FindAllStringIndex(text, -1) {
			if len(cuts) > 0 && m[0] < cuts[0].end {
				continue // within the dateline or label deleted already
			}
			cuts = append(cuts, span{m[0], m[1]})
		}
	}
	if len(cuts) == 0 {
		return nil
	}
	var out [][]span
	// one form per single deletion, and one with all of them
	for _, c := range cuts {
		out = append(out, keepAllBut(len(text), []span{c}))
	}
	if len(cuts) > 1 {
		out = append(out, keepAllBut(len(text), cuts))
	}
	var ok [][]span
	for _, k := range out {
		if len(strings.Fields(joinKept(text, k))) >= minSentenceWords {
			ok = append(ok, k)
		}
	}
	return ok
}

// keepAllBut returns the ranges of [0, n) outside the deletions, which are
// sorted and do not overlap unless nested.
func keepAllBut(n int, cuts []span) []span {
	var out []span
	at := 0
	for _, c := range cuts {
		if c.start > at {
			out = append(out, span{at, c.start})
		}
		at = max(at, c.end)
	}
	if at < n {
		out = append(out, span{at, n})
	}
	return out
}

// joinKept prints the kept ranges of text: pieces joined by one space
// unless the next starts with punctuation, and the first letter made a
// capital (the only change to a word a compressed sentence gets).
func joinKept(text string, keep []span) string {
	var b strings.Builder
	for _, k := range keep {
		piece := strings.TrimSpace(text[k.start:k.end])
		if piece == "" {
			continue
		}
		if b.Len() > 0 {
			// a space, unless the piece starts with closing punctuation
			if r, _ := utf8.DecodeRuneInString(piece); !strings.ContainsRune(".,;:!?)”’", r) {
				b.WriteByte(' ')
			}
		}
		b.WriteString(piece)
	}
	return capitalized(b.String())
}

// dateline returns the length of the dateline text opens with, or 0.
func dateline(text string) int {
	m := rxLeadDateline.FindStringSubmatchIndex(text)
	if m == nil || m[1] >= len(text) {
		return 0
	}
	for _, w := range strings.Fields(text[m[2]:m[3]]) {
		if stopword[strings.ToLower(strings.Trim(w, ",."))] {
			return 0
		}
	}
	// a dash that comes back sets off an aside: "Five people — two of
	// them children — were hurt" opens with no dateline
	if strings.Contains(text[m[1]:], " "+text[m[4]:m[5]]+" ") {
		return 0
	}
	return m[1]
}
