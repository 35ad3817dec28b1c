package quotes

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameTitles are dropped from the front of a speaker's name.
var nameTitles = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`mr mrs ms miss dr prof sen rep gov gen lt col maj capt sgt adm rev
		sir lady lord dame president vice prime minister secretary senator governor mayor judge
		justice chancellor ambassador general admiral colonel captain king queen prince princess
		pope chief former foreign defense defence state deputy acting spokesman spokeswoman
		representative congressman congresswoman commissioner director chairman chairwoman
		attorney premier sheikh emir`) {
		m[w] = true
	}
	return m
}()

// cleanSpeaker drops titles, a possessive and stray marks from a name.
func cleanSpeaker(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(s), "'s"), "’s")
	f := strings.Fields(s)
	for len(f) > 1 && nameTitles[strings.ToLower(strings.TrimSuffix(f[0], "."))] {
		f = f[1:]
	}
	return strings.Trim(strings.Join(f, " "), ",.;:()[]\"'“”‘’")
}

// surnameKey is the lower-case last word of a name, past "Jr." and "III".
func surnameKey(name string) string {
	f := strings.Fields(strings.ToLower(name))
	for len(f) > 1 {
		switch strings.TrimSuffix(f[len(f)-1], ".") {
		case "jr", "sr", "ii", "iii", "iv":
			f = f[:len(f)-1]
			continue
		}
		break
	}
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// firstNamesAgree reports whether two given names can be one person's:
// equal, an initial of the other ("J." and "John"), or a spelling variant
// ("Sergei" and "Sergey": same first letter, at most two edits apart).
func firstNamesAgree(a, b string) bool {
	a, b = strings.ToLower(strings.TrimSuffix(a, ".")), strings.ToLower(strings.TrimSuffix(b, "."))
	if a == b {
		return true
	}
	ra, _ := utf8.DecodeRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if ra != rb {
		return false
	}
	if utf8.RuneCountInString(a) == 1 || utf8.RuneCountInString(b) == 1 {
		return true
	}
	return editDistance(a, b) <= 2 && min(len(a), len(b)) >= 4
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// person is one speaker across the story's articles: the spellings of
// their full name and how often each is used.
type person struct {
	first  string // given name of the first full form seen
	forms  []string
	counts map[string]int
}

// canonical is the full form used most, the longest on a tie, then the
// first seen.
func (p *person) canonical() string {
	best := p.forms[0]
	for _, f := range p.forms[1:] {
		if c, b := p.counts[f], p.counts[best]; c > b || c == b && len(f) > len(best) {
			best = f
		}
	}
	return best
}

// speakerNames maps every speaker name the articles give to the name the
// story uses: full names that share a surname and agree on the given name
// merge ("Sergei Lavrov", "Sergey Lavrov", "Mr. Lavrov"), a bare surname
// joins the one person of that surname (and stays as written when there
// are several: "Clinton" beside Bill and Hillary Clinton), and roles kept
// as written ("a senior US official") stay as they are.
func speakerNames(items []item) map[string]string {
	out := map[string]string{"": ""}
	people := map[string][]*person{} // surname → people
	var bare []string
	for _, it := range items {
		raw := it.rawSpeaker
		if _, done := out[raw]; done {
			if p := findPerson(people, cleanSpeaker(raw)); p != nil {
				p.counts[cleanSpeaker(raw)]++
			}
			continue
		}
		name := cleanSpeaker(raw)
		if !isName(name) {
			out[raw] = strings.Join(strings.Fields(raw), " ")
			continue
		}
		out[raw] = name // for now; full names are settled below
		f := strings.Fields(name)
		if len(f) == 1 {
			bare = append(bare, raw)
			continue
		}
		if p := findPerson(people, name); p != nil {
			if p.counts[name] == 0 {
				p.forms = append(p.forms, name)
			}
			p.counts[name]++
			continue
		}
		key := surnameKey(name)
		people[key] = append(people[key], &person{first: f[0], forms: []string{name}, counts: map[string]int{name: 1}})
	}
	for raw, name := range out {
		if isName(name) && len(strings.Fields(name)) > 1 {
			if p := findPerson(people, name); p != nil {
				out[raw] = p.canonical()
			}
		}
	}
	for _, raw := range bare {
		if ps := people[surnameKey(cleanSpeaker(raw))]; len(ps) == 1 {
			out[raw] = ps[0].canonical()
		}
	}
	return out
}

// findPerson returns the person a full name belongs to, or nil.
func findPerson(people map[string][]*person, name string) *person {
	f := strings.Fields(name)
	if len(f) < 2 {
		return nil
	}
	for _, p := range people[surnameKey(name)] {
		if firstNamesAgree(p.first, f[0]) {
			return p
		}
	}
	return nil
}

// isName reports whether a speaker name is a proper name (every word
// capitalised) rather than a role kept as written ("a senior US
// official"), which may stand for the same person another outlet names.
func isName(s string) bool {
	if s == "" {
		return false
	}
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}
