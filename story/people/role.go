package people

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// This file finds roles that the text ties to a person's name: a title
// phrase just before the name ("Russian Foreign Minister Sergei Lavrov",
// "Veskaria's foreign minister Pavel Orlov") or in apposition after it
// ("Lavrov, Russia's foreign minister, said"), and later occurrences of
// such a role without the name ("Russia's foreign minister said").

// tok is a word or punctuation mark of an article's text.
type tok struct {
	chorus.Span
	s     string
	punct bool
}

// tokenize splits text into words (letters, digits, inner apostrophes,
// hyphens and the dots of abbreviations like "U.S.") and single
// punctuation marks, with their byte spans.
func tokenize(text string) []tok {
	var out []tok
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case wordRune(r):
			j := i
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if !wordRune(r2) && !(strings.ContainsRune(".'’-&", r2) && j+n2 < len(text) && nextIsWord(text[j+n2:])) && !(r2 == '.' && abbrevDot(text[i:j])) {
					break
				}
				j += n2
			}
			out = append(out, tok{Span: chorus.Span{Start: i, End: j}, s: text[i:j]})
			i = j
		default:
			out = append(out, tok{Span: chorus.Span{Start: i, End: i + n}, s: text[i : i+n], punct: true})
			i += n
		}
	}
	return out
}

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func nextIsWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return wordRune(r)
}

// abbrevDot reports whether a full stop after w belongs to it: initials
// and short abbreviations ("U.S", "Mr", "Gen", "J").
func abbrevDot(w string) bool {
	if strings.Contains(w, ".") {
		return true
	}
	if n := utf8.RuneCountInString(w); n == 1 {
		return unicode.IsUpper([]rune(w)[0])
	}
	_, hon := honorifics[key(w)]
	return hon || titles[key(w)] && len(w) <= 4
}

// roleSpan is a role phrase found in an article, tied to a mention or not.
type roleSpan struct {
	chorus.Span
	text string
	key  roleKey
}

// roleKey is a role's comparable form: what it is ("foreign minister",
// "secretary of state") and whose ("russia", "us"), both as keys.
type roleKey struct {
	what  string
	whose string
}

// qualifierOK reports whether a capitalised word may stand in a role
// phrase: it lies in a place, organisation or other non-person mention
// ("Russian", "U.S.", "Kremlin"), or is an acronym.
type qualifierOK func(s chorus.Span) bool

// roleBefore reads the role phrase that ends just before token i (the
// first token of a person's mention): titles, qualifiers and "of"/"for"
// inside. It returns false when there is none.
//
// Capitalised words that no mention covers ("League" in "Tessin Dockers'
// League president") belong to the role when a qualifier comes before
// them in the same run: they finish the name of the body that owns the
// post, and a role cut at them ("president") would lose its owner.
func roleBefore(toks []tok, i int, qual qualifierOK, stop func(chorus.Span) bool) (roleSpan, bool) {
	j := i
	// cut is where the role starts unless a qualifier comes before the
	// capitalised words read since (-1: none pending); pending counts them.
	cut, pending := -1, 0
	for j > 0 {
		t := toks[j-1]
		if t.punct || stop(t.Span) {
			break
		}
		w, _ := possessive(t.s)
		k := key(w)
		if isCap(w) && (qual(t.Span) || acronym(w) != "") {
			cut, pending = -1, 0
		} else if !isTitle(w) && !roleHeads[k] && !(inner[k] && j < i) {
			if !isCap(w) || pending == 3 || j == i {
				break
			}
			if cut < 0 {
				cut = j
			}
			pending++
		}
		j--
	}
	if cut >= 0 {
		j = cut
	}
	for j < i && (inner[key(toks[j].s)] || determiners[key(toks[j].s)]) {
		j++
	}
	return makeRole(toks[j:i])
}

// roleAfter reads an appositive role after a mention ending before token
// j: ", Russia's foreign minister," up to the next comma or full stop,
// every word a title, qualifier, determiner or "of"/"for".
func roleAfter(toks []tok, j int, qual qualifierOK, stop func(chorus.Span) bool) (roleSpan, bool) {
	if j >= len(toks) || toks[j].s != "," {
		return roleSpan{}, false
	}
	k := j + 1
	for k < len(toks) && !toks[k].punct && k-j <= 12 {
		w, _ := possessive(toks[k].s)
		kk := key(w)
		if !isTitle(w) && !roleHeads[kk] && !inner[kk] && !determiners[kk] && !(isCap(w) && (qual(toks[k].Span) || acronym(w) != "")) || stop(toks[k].Span) {
			return roleSpan{}, false
		}
		k++
	}
	if k < len(toks) && !strings.ContainsAny(toks[k].s, ",.;)") {
		return roleSpan{}, false
	}
	start := j + 1
	for start < k && determiners[key(toks[start].s)] {
		start++
	}
	return makeRole(toks[start:k])
}

// inner words may stand inside a role phrase ("Minister of State for
// Ports and Inland Waterways").
var inner = set("of", "for", "and", "the")

// determiners may open a role phrase and are not part of it.
var determiners = set("the", "a", "an", "its", "his", "her", "their")

// makeRole builds a role from its words; a role names a head noun
// ("minister", "secretary", "envoy").
func makeRole(ts []tok) (roleSpan, bool) {
	for len(ts) > 0 && inner[key(ts[len(ts)-1].s)] {
		ts = ts[:len(ts)-1]
	}
	ts = afterHeadlessAnd(ts)
	if len(ts) == 0 {
		return roleSpan{}, false
	}
	var what, whose []string
	head := false
	for _, t := range ts {
		w, poss := possessive(t.s)
		k := key(strings.ReplaceAll(w, ".", ""))
		if roleHeads[k] || roleHeads[key(strings.SplitN(w, "-", 2)[0])] {
			head = true
		}
		switch {
		case poss || isCap(w) && !isTitle(w) && !roleHeads[k]:
			whose = append(whose, k)
		case determiners[k] || k == "top" && len(whose) == 0 && len(what) == 0:
		default:
			if _, hon := honorifics[k]; !hon {
				what = append(what, k)
			}
		}
	}
	if !head || len(what) == 0 {
		return roleSpan{}, false
	}
	sp := chorus.Span{Start: ts[0].Start, End: ts[len(ts)-1].End}
	return roleSpan{Span: sp, key: roleKey{what: strings.Join(what, " "), whose: strings.Join(whose, " ")}}, true
}

// afterHeadlessAnd drops the words up to an "and" that a title follows
// when none of them is a title: in "the government of Veskaria and
// President Tomas Varga" the words before the title name something else
// the sentence lists, not the president's country ("Veskaria and
// President" is no role). An "and" inside a portfolio ("Trade and
// Industry Minister") or between two titles ("COO and President") stays.
func afterHeadlessAnd(ts []tok) []tok {
	for k, t := range ts {
		if key(t.s) != "and" && t.s != "&" {
			continue
		}
		if k+1 < len(ts) && isTitleTok(ts[k+1]) && !slices.ContainsFunc(ts[:k], isTitleTok) {
			return ts[k+1:]
		}
		return ts
	}
	return ts
}

// isTitleTok reports whether a token is a title or a role's head noun
// ("Minister", "COO", "Vice-President").
func isTitleTok(t tok) bool {
	w, _ := possessive(t.s)
	return isTitle(w) || roleHeads[key(strings.ReplaceAll(w, ".", ""))] || roleHeads[key(strings.SplitN(w, "-", 2)[0])]
}

// sameWhose reports whether two role owners are the same country or body,
// its name and adjective taken as one ("russia"/"russian",
// "iran"/"iranian", "china"/"chinese"): word by word, equal, or sharing
// all but the last letter of the shorter and at least four letters.
func sameWhose(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		x, y := wa[i], wb[i]
		if x == y {
			continue
		}
		n := 0
		for n < len(x) && n < len(y) && x[n] == y[n] {
			n++
		}
		if n < 4 || n < min(len(x), len(y))-1 {
			return false
		}
	}
	return true
}

// roleMention is a role phrase that stands for an entity without its
// name ("Russia's foreign minister said").
type roleMention struct {
	art   int
	span  chorus.Span
	text  string
	group int
}

// articleView indexes one article's tokens and mentions for role finding.
type articleView struct {
	text  string
	toks  []tok
	ms    []int // indexes into the mention list, by position
	sents []chorus.Sentence
}

// tieRoles finds the roles tied to people's mentions (setting their
// role) and the role phrases elsewhere that only one entity's tied role
// fits, with a known owner ("Russia's foreign minister", not "the
// minister").
func tieRoles(arts []Article, ms []mention, group []int) []roleMention {
	views := make([]articleView, len(arts))
	for ai, a := range arts {
		views[ai] = articleView{text: a.Text, toks: tokenize(a.Text), sents: a.Sentences}
	}
	for i, m := range ms {
		views[m.art].ms = append(views[m.art].ms, i)
	}
	tied := map[roleKey]map[int]bool{}
	tiedSpans := make([][]chorus.Span, len(arts))
	for ai := range views {
		v := &views[ai]
		for _, i := range v.ms {
			m := &ms[i]
			if m.typ != chorus.EntityPerson {
				continue
			}
			r, ok := v.roleOf(ms, i)
			if !ok {
				continue
			}
			r.text = v.text[r.Start:r.End]
			m.role = &r
			if tied[r.key] == nil {
				tied[r.key] = map[int]bool{}
			}
			tied[r.key][group[i]] = true
			tiedSpans[ai] = append(tiedSpans[ai], r.Span)
		}
	}
	var out []roleMention
	for ai := range views {
		v := &views[ai]
		qual := v.qualifier(ms)
		stop := v.personStop(ms, -1, chorus.Span{Start: 0, End: len(v.text)})
		for t := 0; t < len(v.toks); t++ {
			if v.toks[t].punct || !roleHeads[key(v.toks[t].s)] || stop(v.toks[t].Span) {
				continue
			}
			end := t + 1
			for end+1 < len(v.toks) && inner[key(v.toks[end].s)] && !v.toks[end+1].punct &&
				(isCap(v.toks[end+1].s) || isTitle(v.toks[end+1].s)) && !stop(v.toks[end+1].Span) {
				end += 2
			}
			r, ok := roleBefore(v.toks, end, qual, stop)
			t = end - 1
			if !ok || r.key.whose == "" || overlapsAny(r.Span, tiedSpans[ai]) || end < len(v.toks) && stop(v.toks[end].Span) || indefinite(v.toks, r.Span) {
				continue
			}
			if g, ok := uniqueGroup(tied, r.key); ok {
				out = append(out, roleMention{art: ai, span: r.Span, text: v.text[r.Start:r.End], group: g})
			}
		}
	}
	return out
}

// roleOf finds the role tied to person mention i: a title phrase before
// it, an apposition after it, or titles the tagger kept inside it
// ("President Nixon").
func (v *articleView) roleOf(ms []mention, i int) (roleSpan, bool) {
	m := ms[i]
	first, last := -1, -1
	for k, t := range v.toks {
		if t.Start >= m.span.Start && t.End <= m.span.End {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	if first < 0 {
		return roleSpan{}, false
	}
	qual := v.qualifier(ms)
	stop := v.personStop(ms, i, v.sentenceOf(m.span))
	if r, ok := roleBefore(v.toks, first, qual, stop); ok {
		return r, true
	}
	if r, ok := roleAfter(v.toks, last+1, qual, stop); ok {
		return r, true
	}
	f := parse(m.text, m.typ)
	if f.title == "" {
		return roleSpan{}, false
	}
	// the title words are the mention's first tokens
	n := len(strings.Fields(f.title))
	end := first
	for k := first; k <= last && n > 0; k++ {
		if !v.toks[k].punct {
			n--
		}
		end = k + 1
	}
	if f.descriptor && end > first {
		// "Pensioner Vera Riel": what she is, said where she is named
		sp := chorus.Span{Start: v.toks[first].Start, End: v.toks[end-1].End}
		return roleSpan{Span: sp, key: roleKey{what: strings.ToLower(f.title)}}, true
	}
	return makeRole(v.toks[first:end])
}

// qualifier accepts words that overlap a mention that is not a person
// (the word "Russia's" holds the mention "Russia").
func (v *articleView) qualifier(ms []mention) qualifierOK {
	return func(s chorus.Span) bool {
		for _, i := range v.ms {
			if ms[i].typ != chorus.EntityPerson && ms[i].span.Overlaps(s) {
				return true
			}
		}
		return false
	}
}

// personStop stops a role scan at another person's mention (all people
// when self is -1) and outside the sentence span.
func (v *articleView) personStop(ms []mention, self int, sent chorus.Span) func(chorus.Span) bool {
	return func(s chorus.Span) bool {
		if !sent.Contains(s) {
			return true
		}
		for _, i := range v.ms {
			if i != self && ms[i].typ == chorus.EntityPerson && ms[i].span.Overlaps(s) {
				return true
			}
		}
		return false
	}
}

// sentenceOf returns the span of the sentence holding s, or the whole
// text when the sentences are not known.
func (v *articleView) sentenceOf(s chorus.Span) chorus.Span {
	for _, st := range v.sents {
		if st.Span.Contains(s) {
			return st.Span
		}
	}
	return chorus.Span{Start: 0, End: len(v.text)}
}

func overlapsAny(s chorus.Span, ss []chorus.Span) bool {
	for _, o := range ss {
		if s.Overlaps(o) {
			return true
		}
	}
	return false
}

// uniqueGroup returns the one entity whose tied roles match k (same role,
// same owner), if exactly one does.
func uniqueGroup(tied map[roleKey]map[int]bool, k roleKey) (int, bool) {
	found := map[int]bool{}
	for tk, gs := range tied {
		if tk.what != k.what || tk.whose == "" || !sameWhose(tk.whose, k.whose) {
			continue
		}
		for g := range gs {
			found[g] = true
		}
	}
	if len(found) != 1 {
		return 0, false
	}
	for g := range found {
		return g, true
	}
	return 0, false
}

// indefinite reports whether the role phrase at span s follows "a" or
// "an", at most two lower-case words between ("a retired Riel Court
// judge"): that introduces someone as one of the role's holders and is no
// way of naming the person, as "the Riel Court judge" would be.
func indefinite(toks []tok, s chorus.Span) bool {
	j := 0
	for j < len(toks) && toks[j].Start < s.Start {
		j++
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		w := toks[k].s
		if toks[k].punct || isCap(w) {
			return false
		}
		if w == "a" || w == "an" {
			return true
		}
	}
	return false
}
