package quotes

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// groupAntecedent names what a speaker "they" or "it" at token at stands
// for, when the text makes it plain: the subject of a clause opening the
// same sentence ("When the ministers met, they said …"), else the subject
// or the first source of the sentence before, in the same paragraph or
// at the end of the one before ("Soldiers held back the crowd. “Stay
// back!” they shouted."; "…, said a statement from the union. It accused
// …"). "they" takes a plural phrase and "it" a singular one that names no
// person. It returns "" when nothing fits, for an unnamed speaker is
// better than a wrong one.
func (d *doc) groupAntecedent(at int, plural bool, people []person) string {
	si := d.sent[at]
	if si < 0 {
		return ""
	}
	s := d.sents[si]
	fits := func(a, b int) bool { return b > a && d.fitsGroup(a, b, plural, people) }
	written := func(a, b int) string { return d.asWritten(a, d.groupHead(a, b)) }
	if subordinators[d.lower[s.TokenStart]] && s.TokenStart+1 < at {
		if a, b := d.subject(s.TokenStart+1, at); b <= at && fits(a, b) {
			return written(a, b)
		}
	}
	if at > s.TokenStart && !d.onlyOpenersBefore(s.TokenStart, at) {
		return "" // another phrase stands before the pronoun in its own sentence
	}
	if si == 0 {
		return ""
	}
	prev := d.sents[si-1]
	if prev.Paragraph != s.Paragraph && prev.Paragraph != s.Paragraph-1 || prev.TokenEnd > len(d.toks) {
		return ""
	}
	// the subject of that sentence first: in "The finding said …, the
	// agency said. It condemned …" the finding condemns
	if a, b := d.subject(prev.TokenStart, prev.TokenEnd); b > a {
		if _, cue := cues[d.lower[b]]; cue && b+1 < prev.TokenEnd && d.isWord(b) && !strings.HasSuffix(d.lower[b], "ed") {
			if _, verb := cues[d.lower[b+1]]; verb && d.toks[b+1].Text == d.lower[b+1] || beForms[d.lower[b+1]] {
				b++ // a noun that is also a verb of saying ends the subject: "The early report said"
			}
		}
		if fits(a, b) {
			return written(a, b)
		}
	}
	// else the first source named in it that fits ("…,” said a statement
	// from the union. It accused …")
	for _, f := range d.frames {
		if f.sent != si-1 || f.spk0 < 0 || f.spk1 <= f.spk0 {
			continue
		}
		a, b := f.spk0, f.spk1
		if f.ref1 > f.ref0 {
			a, b = f.ref0, f.ref1
		}
		if fits(a, b) {
			if f.name != "" {
				return f.name
			}
			return written(a, b)
		}
	}
	return ""
}

// onlyOpenersBefore reports whether only a conjunction, an adverb, marks
// or a quotation stand in tokens [a, at) before the pronoun: "But they
// said", "“Stay back!” they shouted".
func (d *doc) onlyOpenersBefore(a, at int) bool {
	for i := a; i < at; i++ {
		if w := d.lower[i]; w != "but" && w != "and" && w != "so" && w != "yet" && !isAdverb(w) && d.isWord(i) && d.region[i] < 0 {
			return false
		}
	}
	return true
}

// fitsGroup reports whether tokens [a, b) can be what "they" (plural) or
// "it" stands for: a noun phrase with a plural head or two phrases joined
// by "and" for "they"; a singular head naming no person for "it". A
// pronoun, "there" or a phrase inside a quotation is neither.
func (d *doc) fitsGroup(a, b int, plural bool, people []person) bool {
	if b-a > maxNP || d.region[a] >= 0 {
		return false
	}
	first := d.lower[a]
	if _, ok := pronouns[first]; ok || first == "there" || first == "this" || first == "that" {
		return false
	}
	if subordinators[first] || adverbialStarts[first] {
		return false // an adjunct read as a subject: "Although …"
	}
	end := d.groupHead(a, b)
	if end < len(d.toks) && d.isCap(end-1) && d.isCap(end) && d.isWord(end) {
		return false // a name cut short: "the East Timor Human [Rights Centre]"
	}
	for i := a; i < end; i++ {
		if timeWords[d.lower[i]] || d.lower[i] == "time" {
			return false // "The last time the board …": a time, not a subject
		}
	}
	head := d.lower[end-1]
	if determiners[head] || isAdverb(head) || !d.isWord(end-1) {
		return false // no noun to stand for
	}
	many := pluralPhrase(head) || irregularPlurals[head]
	for i := a + 1; i < end-1; i++ {
		if d.lower[i] == "and" {
			many = true
		}
	}
	if plural {
		return many && !d.capitalInside(end-1) // ("the Netherlands", "Reuters" are no group of people)
	}
	if many || d.hasRole(a, end) {
		return false
	}
	_, isPerson := d.personIn(chorus.Span{Start: d.toks[a].Start, End: d.toks[end-1].End}, people)
	return !isPerson
}

// groupHead returns where the head of the noun phrase [a, b) ends: before
// an apposition, a relative clause or a trailing adverb ("the ministers
// finally met").
func (d *doc) groupHead(a, b int) int {
	end := b
	for i := a + 1; i < b; i++ {
		if w := d.lower[i]; w == "," || isDash(w) || w == "(" || w == "who" || w == "which" {
			end = i
			break
		}
	}
	for end-1 > a && isAdverb(d.lower[end-1]) {
		end--
	}
	return end
}
