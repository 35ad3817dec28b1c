// Package quotes finds who said what in a news article: direct quotations
// in every quotation-mark style, and reported speech ("X said that …",
// "according to X, …"), each with its content, its speaker as written, the
// speaker's resolved name and the cue that attributes it.
//
// Besides speech, it attributes what a source holds, wants or does about
// a question, as PolNeAR annotates attributions: beliefs and intentions
// ("X believes …", "X wants to …", "X's decision to …"), sides taken ("X
// endorsed Y", "voted against …"), the findings of polls and studies ("a
// poll shows …", "In a new survey, …"), and impressions and passives with
// no named source ("X seems to …", "X is expected to …", "reportedly"),
// whose content is the whole clause. Such a stance inside what another cue
// reports ("said she hopes to …") is part of that content, not an
// attribution of its own.
//
// It works on the tokens and sentences of package analyze, with rules and a
// lexicon of reporting verbs instead of a parser: a cue verb outside
// quotation marks anchors an attribution; its speaker is the noun phrase
// before it (or after it: "said Smith"); its content is a quotation next to
// it or the clause after it or before it. Nouns of saying with an owner
// ("Smith's claim that …"), speaker labels ("Varga: …", a transcript's
// "KIRBY: …") and bylines ("“…” ― Ana Ruiz") attribute too. Named-entity
// mentions, when the caller has them, name the speakers; otherwise
// capitalised phrases do.
//
// Split and multi-part quotes. A quotation interrupted by its attribution
// ("“X,” she said. “Y.”"), or followed by quoted paragraphs with no
// attribution of their own, is one attribution with several content
// fragments. Find returns one chorus.Quote per fragment, and the fragments
// of one attribution share the same Cue and Speaker spans, which is what
// Group uses to put them back together. A quotation carried over several
// paragraphs (the opening mark repeated at each paragraph's start, the
// closing one only at the end) is one fragment spanning the paragraphs.
package quotes

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// Find returns the quotes of text in content order. toks and sents are the
// text's tokens and sentences (from analyze.Segment); mentions are its
// named-entity mentions, or nil to fall back on capitalised phrases. It is
// pure and deterministic.
func Find(text string, toks []chorus.Token, sents []chorus.Sentence, mentions []chorus.Mention) []chorus.Quote {
	d := newDoc(text, toks, sents, mentions)
	if len(d.toks) == 0 {
		return nil
	}
	d.pairMarks(d.findMarks())
	if d.mentions == nil {
		// after the marks, which tell a nickname inside a name
		d.mentions, d.fallback = d.capitalisedPhrases(), true
	}
	d.findFrames()
	d.colonQuotations()
	d.attachQuotations()
	d.dropNested()
	d.checkSpeakers()
	d.resolveSpeakers()
	return withoutCaptions(d.output(), sents)
}

// withoutCaptions drops the quotes attributed inside a photo caption (see
// chorus.Sentence.Caption): "Fighters wave from their trucks near Tessin,
// a town they said they had taken back, May 9, 2024." shows a picture and
// quotes no one.
func withoutCaptions(qs []chorus.Quote, sents []chorus.Sentence) []chorus.Quote {
	if !slices.ContainsFunc(sents, func(s chorus.Sentence) bool { return s.Caption }) {
		return qs
	}
	out := qs[:0]
	for _, q := range qs {
		at := q.Cue
		if at.Len() == 0 {
			at = q.Content
		}
		i := sort.Search(len(sents), func(i int) bool { return sents[i].End > at.Start })
		if i < len(sents) && sents[i].Start <= at.Start && sents[i].Caption {
			continue
		}
		out = append(out, q)
	}
	return out
}

// Group gathers the fragments of each attribution: quotes with the same
// non-empty Cue span and the same Speaker span belong together. Groups come
// in the order of their first fragment; a quote without a cue is a group of
// its own.
func Group(qs []chorus.Quote) [][]chorus.Quote {
	type key struct{ cue, speaker chorus.Span }
	at := map[key]int{}
	var out [][]chorus.Quote
	for _, q := range qs {
		if q.Cue.Len() > 0 {
			k := key{q.Cue, q.Speaker}
			if i, ok := at[k]; ok {
				out[i] = append(out[i], q)
				continue
			}
			at[k] = len(out)
		}
		out = append(out, []chorus.Quote{q})
	}
	return out
}

// Marked widens a quote's content span to take in the quotation marks
// around it (and the comma or full stop just inside a closing mark), so
// that the span shows the quotation as printed. A span with no marks
// around it comes back unchanged.
func Marked(text string, s chorus.Span) chorus.Span {
	if !s.Valid(len(text)) {
		return s
	}
	a, b := s.Start, s.End
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:a])
		if r != ' ' && r != '\t' {
			break
		}
		a -= n
	}
	opened := false
	for a > 0 {
		r, n := utf8.DecodeLastRuneInString(text[:a])
		// a closing shape opens too when the text misuses it: ”Yes,” she said.
		if _, _, ok := shapeOf(string(r)); !ok {
			break
		}
		a -= n
		opened = true
	}
	if !opened {
		return s
	}
	for b < len(text) {
		r, n := utf8.DecodeRuneInString(text[b:])
		if r != ',' && r != '.' && r != ' ' && r != '?' && r != '!' && r != ';' && r != '-' && r != '—' {
			break
		}
		b += n
	}
	closed := false
	for b < len(text) {
		r, n := utf8.DecodeRuneInString(text[b:])
		if _, role, ok := shapeOf(string(r)); !ok || role&closes == 0 {
			break
		}
		b += n
		closed = true
	}
	if !closed {
		b = s.End
	}
	return chorus.Span{Start: a, End: b}
}

// onlyWhen reports whether span sp holds nothing but a time ("early this
// month", "on Friday"): what a participle read as a cue took for content
// in "a club of widows announced late last week", which reports
// nothing anyone said.
func (d *doc) onlyWhen(sp chorus.Span) bool {
	a := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= sp.Start })
	e := sort.Search(len(d.toks), func(k int) bool { return d.toks[k].Start >= sp.End })
	for k := a; k < e; k++ {
		switch d.lower[k] {
		case "early", "late", "earlier", "later", "on", "in", "at", "this", "last", "next":
			continue
		}
		if !d.onlyDate(k, k+1) {
			return false
		}
	}
	return e > a
}

// doc is the working state of one Find call.
type doc struct {
	text     string
	toks     []chorus.Token
	sents    []chorus.Sentence
	lower    []string
	para     []int // paragraph of each token, -1 outside every sentence
	sent     []int // sentence of each token, -1 outside every sentence
	region   []int // top-level quotation holding each token (marks too), -1 outside
	regions  []region
	paraSpan map[int][2]int // token range of each paragraph
	mentions []chorus.Mention
	// fallback is set when mentions are capitalised phrases found here
	// rather than the caller's named entities.
	fallback bool
	frames   []*frame
	// nick holds the tokens of nicknames quoted inside names (Marta “Tia”
	// Lenz), marks included.
	nick map[int]bool
	// paraFrames counts the kept frames of each paragraph.
	paraFrames map[int]int
}

func newDoc(text string, toks []chorus.Token, sents []chorus.Sentence, mentions []chorus.Mention) *doc {
	d := &doc{text: text, toks: toks, sents: sents, paraSpan: map[int][2]int{}, paraFrames: map[int]int{}}
	n := len(toks)
	d.lower = make([]string, n)
	d.para = make([]int, n)
	d.sent = make([]int, n)
	d.region = make([]int, n)
	for i, t := range toks {
		d.lower[i] = strings.ToLower(t.Text)
		if t.Text == "_" && t.Start > 0 && t.End < len(text) && text[t.Start-1] == ' ' && text[t.End] == ' ' {
			// wire copy typed a dash as an underscore between spaces
			// ("the agency _ which approved it _ said"): read it as one
			d.lower[i] = "—"
		}
		d.para[i], d.sent[i], d.region[i] = -1, -1, -1
	}
	prevEnd := 0
	for si, s := range sents {
		// sentences must be in order, over valid tokens in order
		if s.TokenStart < prevEnd || s.TokenEnd > n || s.TokenStart >= s.TokenEnd || s.Paragraph < 0 {
			continue
		}
		ok := true
		for i := s.TokenStart; i < s.TokenEnd; i++ {
			t := toks[i]
			if !t.Valid(len(text)) || t.Len() == 0 || (i > s.TokenStart && t.Start < toks[i-1].End) ||
				(si > 0 && i == s.TokenStart && prevEnd > 0 && t.Start < toks[prevEnd-1].End) {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if ps, seen := d.paraSpan[s.Paragraph]; seen {
			if ps[1] != s.TokenStart {
				continue // a paragraph must be contiguous
			}
			d.paraSpan[s.Paragraph] = [2]int{ps[0], s.TokenEnd}
		} else {
			d.paraSpan[s.Paragraph] = [2]int{s.TokenStart, s.TokenEnd}
		}
		for i := s.TokenStart; i < s.TokenEnd; i++ {
			d.para[i], d.sent[i] = s.Paragraph, si
		}
		prevEnd = s.TokenEnd
	}
	d.mentions = mentions
	return d
}

func (d *doc) paraFirst(p int) int { return d.paraSpan[p][0] }
func (d *doc) paraEnd(p int) int   { return d.paraSpan[p][1] }

// span is the byte span of tokens [a, b).
func (d *doc) span(a, b int) chorus.Span {
	if a >= b {
		return chorus.Span{}
	}
	return chorus.Span{Start: d.toks[a].Start, End: d.toks[b-1].End}
}

// isCap reports whether token i starts with an upper-case letter.
func (d *doc) isCap(i int) bool {
	r, _ := utf8.DecodeRuneInString(d.toks[i].Text)
	return unicode.IsUpper(r)
}

// isWord reports whether token i starts with a letter or digit.
func (d *doc) isWord(i int) bool {
	r, _ := utf8.DecodeRuneInString(d.toks[i].Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// output turns the attributions into quotes, one per content fragment, in
// content order.
func (d *doc) output() []chorus.Quote {
	var out []chorus.Quote
	for _, f := range d.frames {
		if len(f.parts) == 0 {
			continue
		}
		var spk, cue chorus.Span
		if f.spk0 >= 0 {
			spk = d.span(f.spk0, f.spk1)
		}
		if f.cue0 >= 0 {
			cue = d.span(f.cue0, f.cue1)
		}
		for k, p := range f.parts {
			if p.Len() <= 0 || !f.direct[k] && d.onlyWhen(p) {
				continue
			}
			out = append(out, chorus.Quote{Content: p, Speaker: spk, SpeakerName: f.name, Cue: cue, Direct: f.direct[k]})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Content.Start != out[j].Content.Start {
			return out[i].Content.Start < out[j].Content.Start
		}
		return out[i].Content.End < out[j].Content.End
	})
	// drop exact duplicates (two cues claiming the same words keep the first)
	k := 0
	for i, q := range out {
		if i > 0 && q.Content == out[k-1].Content {
			continue
		}
		out[k] = q
		k++
	}
	return out[:k]
}
