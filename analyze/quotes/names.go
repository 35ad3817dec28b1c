package quotes

import (
	"strings"

	"github.com/chorusnews/chorus"
)

// orgWords mark a capitalised phrase as an organisation or a place rather
// than a person.
var orgWords = wordSet(`party house department ministry university news times post committee
	council association union inc corp co group agency bank court senate congress administration
	campaign foundation institute center centre office church army force forces press reuters
	journal network company corporation commission bureau service services board fund police
	government parliament assembly league federation organization organisation club team school
	college hospital airlines television radio channel magazine daily tribune herald gazette
	review report street county city state states republic kingdom nations union coalition
	front movement brigade command council cabinet kremlin pentagon nato fbi cia cnn bbc abc nbc
	cbs msnbc fox gop un eu isis isil democrats republicans obamacare twitter facebook google
	poll polls project initiative alliance caucus`)

// personTitles are the titles that only a person bears ("Minister", "Mr."),
// unlike modifiers such as "U.S." or "Senior" that also stand before
// organisations and places.
var personTitles = func() map[string]bool {
	m := map[string]bool{}
	for w := range titles {
		m[w] = true
	}
	for _, w := range strings.Fields(`u.s. us u.n. un u.k. uk e.u. eu envoy special top senior chief former
		foreign defense defence state interior finance deputy acting first vice`) {
		delete(m, w)
	}
	return m
}()

// capitalisedPhrases stands in for a named-entity tagger: runs of
// capitalised words outside quotations, typed PER when a title, a known
// first name or a later surname-only mention says so, ORG when an
// organisation word does, MISC otherwise.
func (d *doc) capitalisedPhrases() []chorus.Mention {
	var out []chorus.Mention
	// words written with a capital inside a sentence, not only at its start
	midCap := map[string]bool{}
	for i, t := range d.toks {
		if d.sent[i] >= 0 && d.sents[d.sent[i]].TokenStart != i && d.isCap(i) {
			midCap[t.Text] = true
		}
	}
	for i := 0; i < len(d.toks); i++ {
		if d.para[i] < 0 || !d.isCap(i) || !d.isWord(i) {
			continue
		}
		first := d.sent[i] >= 0 && d.sents[d.sent[i]].TokenStart == i
		if notNames[d.lower[i]] || titles[d.lower[i]] && i+1 < len(d.toks) && d.isCap(i+1) {
			continue
		}
		j := i + 1
		for j < len(d.toks) && d.sent[j] == d.sent[i] {
			if f, ok := cues[d.lower[j]]; ok && f.third && d.sent[j] >= 0 && d.titleCased(d.sents[d.sent[j]]) {
				break // a headline's verb ends the name: "Holm Sees …"
			}
			if d.isCap(j) && d.isWord(j) && !notNames[d.lower[j]] || d.nick[j] {
				j++
				continue
			}
			// "bin", "al-", "de", "van", "do": particles inside a name
			if (d.lower[j] == "bin" || d.lower[j] == "de" || d.lower[j] == "van" || d.lower[j] == "von" || d.lower[j] == "al" || d.lower[j] == "do" || d.lower[j] == "da" || d.lower[j] == "dos") &&
				j+1 < len(d.toks) && d.isCap(j+1) {
				j += 2
				continue
			}
			break
		}
		if first && j == i+1 && !midCap[d.toks[i].Text] {
			continue // a sentence's first word, capitalised for that reason only
		}
		// a run of titles and function words names nobody ("Top US", "Secretary")
		named := false
		for k := i; k < j; k++ {
			w := strings.TrimSuffix(d.lower[k], ".")
			if !titles[d.lower[k]] && !titles[w] && !notNames[d.lower[k]] && !determiners[d.lower[k]] {
				named = true
				break
			}
		}
		if !named {
			i = j - 1
			continue
		}
		// titles inside the run go: "Russian Foreign Minister Sergei Lavrov"
		titled := false
		if !anyIn(d.lower[i:j], orgWords) {
			for k := j - 2; k >= i; k-- {
				if personTitles[d.lower[k]] || personTitles[strings.TrimSuffix(d.lower[k], ".")] {
					i, titled = k+1, true
					break
				}
			}
		}
		typ := chorus.EntityMisc
		words := d.lower[i:j]
		switch {
		case anyIn(words, orgWords):
			typ = chorus.EntityOrganization
		case titled || i > 0 && (personTitles[strings.TrimSuffix(d.lower[i-1], ".")] || personTitles[d.lower[i-1]]):
			typ = chorus.EntityPerson
		case maleNames[words[0]] || femaleNames[words[0]]:
			typ = chorus.EntityPerson
		case d.nameWords(i, j) >= 2 && d.nameWords(i, j) <= 4:
			typ = chorus.EntityPerson
		}
		out = append(out, chorus.Mention{Span: d.span(i, j), Type: typ, Text: d.text[d.toks[i].Start:d.toks[j-1].End]})
		i = j - 1
	}
	// a single word that repeats a person's surname is that person
	surnames := map[string]bool{}
	for _, m := range out {
		if m.Type == chorus.EntityPerson {
			f := strings.Fields(m.Text)
			surnames[f[len(f)-1]] = true
		}
	}
	for k, m := range out {
		if m.Type == chorus.EntityMisc && surnames[m.Text] {
			out[k].Type = chorus.EntityPerson
		}
	}
	return out
}

func anyIn(words []string, set map[string]bool) bool {
	for _, w := range words {
		if set[w] {
			return true
		}
	}
	return false
}

// nameWords counts the tokens of [i, j) outside a quoted nickname.
func (d *doc) nameWords(i, j int) int {
	n := 0
	for k := i; k < j; k++ {
		if !d.nick[k] {
			n++
		}
	}
	return n
}
