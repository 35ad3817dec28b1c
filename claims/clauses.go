package claims

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// rawClaim is one claim of a sentence before its facets are read: the
// token runs its words come from (a subject and its predicate may be two
// runs) and who it is attributed to.
type rawClaim struct {
	segs []segment
	// attribution is the run naming the source as written ("the
	// Kalessian Centre for Labour Studies", "ministry spokeswoman Ilse
	// Varga"), empty when the article states it itself. It is a run, not
	// a string, so that the facet can read it against the sentence and
	// the article (see reader.sayer).
	attribution segment
}

// clauses splits sentence tokens into claims: attribution stripped,
// coordinated and relative clauses apart, direct quotations left out
// (the quotes section carries them) except what their attribution adds.
func clauses(text string, toks []chorus.Token) []rawClaim {
	s := newSent(text, toks)
	a, b := s.trim(0, len(toks))
	if s.words(a, b) < 5 || strings.HasSuffix(strings.TrimSpace(s.span(0, len(toks))), "?") {
		return nil
	}
	if a < b && s.quoted[a] && !isQuoteMark(s.toks[a].Text) && (a == 0 || !s.quoted[a-1] || isQuoteMark(s.toks[a-1].Text)) {
		// the sentence starts inside a quotation the segmenter cut ("No
		// pilots,'' 17-year-old Ilse Varga … said"): the quoted words are
		// the quotes section's, and a fragment of them no claim
		for a < b && s.quoted[a] {
			a++
		}
		if a, b = s.trim(a, b); s.words(a, b) < 5 {
			return nil
		}
	}
	if s.tail(a) {
		// "said harbour spokesman Petar Ilic. He added …": the attribution of a
		// quotation the segmenter left in the sentence before; what
		// follows its full stop, if anything, is a sentence of its own
		for a < b && s.toks[a].Text != "." {
			a++
		}
		if a, b = s.trim(a, b); s.words(a, b) < 5 {
			return nil
		}
	}
	var out []rawClaim
	s.collect(a, b, segment{}, 0, &out)
	return out
}

// collect strips one attribution from [a, b), splits what is left and
// recurses into the parts (a part may carry its own "X said").
func (s *sent) collect(a, b int, attr segment, depth int, out *[]rawClaim) {
	a, b = s.trim(a, b)
	if a >= b {
		return
	}
	if depth < 3 {
		if r, ok := s.attribution(a, b); ok {
			if len(r.extra) > 0 { // the attribution says something itself
				s.keep(rawClaim{segs: r.extra}, out)
			}
			if r.before.to > r.before.from {
				s.collect(r.before.from, r.before.to, attr, depth+1, out)
			}
			if s.quotedShare(r.content.from, r.content.to) > 0.5 {
				return // a direct quotation
			}
			if r.lastClause {
				s.collectLast(r.content.from, r.content.to, attr, r.source, depth+1, out)
				return
			}
			s.collect(r.content.from, r.content.to, r.source, depth+1, out)
			return
		}
	}
	if src, c1, c2, ok := s.reportedAside(a, b); ok && depth < 3 {
		// the aside's source speaks for the sentence unless a speaker
		// around it already does ("Riel said the ferry, as reported in
		// the Courier, sank")
		if attr.to > attr.from {
			src = attr
		}
		s.keep(rawClaim{segs: []segment{{a, c1}, {c2 + 1, b}}, attribution: src}, out)
		return
	}
	if q := s.quotedShare(a, b); q > 0.5 {
		return
	} else if q >= 0.3 {
		s.unquoted(a, b, out)
		return
	}
	parts := s.split(a, b)
	// one part may still be less than the whole: a relative clause cut out
	cut := len(parts) > 1 || len(parts) == 1 && (len(parts[0].segs) != 1 || parts[0].segs[0] != segment{a, b})
	if cut && depth < 3 {
		for _, p := range parts {
			if len(p.segs) == 1 {
				s.collect(p.segs[0].from, p.segs[0].to, attr, depth+1, out)
				continue
			}
			// "TCT, which operates the quays, said 1,900 stayed away": the
			// relative clause removed, a subject and "said …" remain
			if v := p.segs[1].from; len(p.segs) == 2 && s.isSpeech(v) {
				c := s.skipAdverbials(v+1, p.segs[1].to)
				if c < p.segs[1].to && s.low[c] == "that" {
					c++
				}
				s.collect(c, p.segs[1].to, p.segs[0], depth+1, out)
				continue
			}
			s.keep(rawClaim{segs: p.segs, attribution: attr}, out)
		}
		return
	}
	// "Riel met Varga on Monday to propose a wider port partnership": the
	// meeting is a claim of its own, which other reports may share
	if p := s.purposeAt(a, b); p > 0 {
		s.keep(rawClaim{segs: []segment{{a, p}}, attribution: attr}, out)
	}
	s.keep(rawClaim{segs: []segment{{a, b}}, attribution: attr}, out)
}

// collectLast collects [a, b) with the source last vouching for its last
// clause only (see attributed.lastClause); the clauses before it keep the
// attribution they had, attr.
func (s *sent) collectLast(a, b int, attr, last segment, depth int, out *[]rawClaim) {
	parts := s.split(a, b)
	if len(parts) < 2 {
		s.collect(a, b, last, depth, out)
		return
	}
	for i, p := range parts {
		src := attr
		if i == len(parts)-1 {
			src = last
		}
		if len(p.segs) == 1 {
			s.collect(p.segs[0].from, p.segs[0].to, src, depth+1, out)
			continue
		}
		s.keep(rawClaim{segs: p.segs, attribution: src}, out)
	}
}

// keep adds a clause that holds enough words to state something.
func (s *sent) keep(c rawClaim, out *[]rawClaim) {
	for i, sg := range c.segs {
		sg.from, sg.to = s.trim(sg.from, sg.to)
		c.segs[i] = sg
	}
	if len(c.segs) > 0 {
		c.segs = s.wholeQuotes(c.segs)
	}
	if len(c.segs) > 0 {
		c.segs = s.firstSentence(c.segs)
	}
	n := 0
	for _, sg := range c.segs {
		n += s.words(sg.from, sg.to)
	}
	if n < 4 || s.subordinateOnly(c.segs) || s.attributionOnly(c.segs) || !s.mayHaveVerb(c.segs) {
		return
	}
	*out = append(*out, c)
}
