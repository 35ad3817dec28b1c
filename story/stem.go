package story

import "strings"

// stem reduces a lower-case English word to its Porter stem, so that
// "talks", "talked" and "talking" count as one concept when the digest
// weighs what the story's articles repeat. Words of three letters or fewer
// and words holding anything but a–z are returned unchanged (numbers, names
// in other scripts), as ROUGE's stemming leaves short tokens alone.
func stem(w string) string {
	if len(w) <= 3 {
		return w
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return w
		}
	}
	s := porter{b: []byte(w)}
	s.step1ab()
	s.step1c()
	s.step2()
	s.step3()
	s.step4()
	s.step5()
	return string(s.b)
}

// porter holds a word being stemmed; k marks the end of the current stem
// candidate when a suffix is tested (the suffix occupies b[k:]).
type porter struct {
	b []byte
	k int
}

// cons reports whether b[i] is a consonant: not a vowel, and y is a
// consonant only at the start or after a vowel.
func (p *porter) cons(i int) bool {
	switch p.b[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		return i == 0 || !p.cons(i-1)
	}
	return true
}

// measure counts the vowel–consonant sequences in b[:k].
func (p *porter) measure() int {
	n, i := 0, 0
	for i < p.k && p.cons(i) {
		i++
	}
	for i < p.k {
		for i < p.k && !p.cons(i) {
			i++
		}
		if i >= p.k {
			break
		}
		n++
		for i < p.k && p.cons(i) {
			i++
		}
	}
	return n
}

// hasVowel reports whether b[:k] holds a vowel.
func (p *porter) hasVowel() bool {
	for i := 0; i < p.k; i++ {
		if !p.cons(i) {
			return true
		}
	}
	return false
}

// doubleCons reports whether b[:j+1] ends with a doubled consonant.
func (p *porter) doubleCons(j int) bool {
	return j >= 1 && p.b[j] == p.b[j-1] && p.cons(j)
}

// cvc reports whether b[:j+1] ends consonant–vowel–consonant with the last
// consonant not w, x or y ("hop" but not "bow").
func (p *porter) cvc(j int) bool {
	if j < 2 || !p.cons(j) || p.cons(j-1) || !p.cons(j-2) {
		return false
	}
	c := p.b[j]
	return c != 'w' && c != 'x' && c != 'y'
}

// ends tests for a suffix and, when present, sets k before it.
func (p *porter) ends(suf string) bool {
	if !strings.HasSuffix(string(p.b), suf) {
		return false
	}
	p.k = len(p.b) - len(suf)
	return true
}

// setTo replaces the tested suffix with r.
func (p *porter) setTo(r string) { p.b = append(p.b[:p.k], r...) }

// replace replaces the tested suffix with r when the stem's measure is over m.
func (p *porter) replace(r string, m int) {
	if p.measure() > m {
		p.setTo(r)
	}
}

func (p *porter) step1ab() {
	switch {
	case p.ends("sses"):
		p.setTo("ss")
	case p.ends("ies"):
		p.setTo("i")
	case p.ends("ss"):
	case p.ends("s"):
		p.setTo("")
	}
	if p.ends("eed") {
		p.replace("ee", 0)
		return
	}
	if !(p.ends("ed") || p.ends("ing")) || !p.hasVowel() {
		return
	}
	p.setTo("")
	switch {
	case p.ends("at"):
		p.setTo("ate")
	case p.ends("bl"):
		p.setTo("ble")
	case p.ends("iz"):
		p.setTo("ize")
	case p.doubleCons(len(p.b) - 1):
		if c := p.b[len(p.b)-1]; c != 'l' && c != 's' && c != 'z' {
			p.b = p.b[:len(p.b)-1]
		}
	default:
		p.k = len(p.b)
		if p.measure() == 1 && p.cvc(len(p.b)-1) {
			p.b = append(p.b, 'e')
		}
	}
}

func (p *porter) step1c() {
	if p.ends("y") && p.hasVowel() {
		p.setTo("i")
	}
}

// step2 and step3 map double and single suffixes to simpler ones.
var step2Rules = [][2]string{
	{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
	{"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
	{"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
	{"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
	{"logi", "log"},
}

var step3Rules = [][2]string{
	{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""}, {"ness", ""},
}

func (p *porter) step2() { p.rules(step2Rules) }
func (p *porter) step3() { p.rules(step3Rules) }

// rules applies the first rule whose suffix the word has, if the stem's
// measure allows.
func (p *porter) rules(rs [][2]string) {
	for _, r := range rs {
		if p.ends(r[0]) {
			p.replace(r[1], 0)
			return
		}
	}
}

var step4Suffixes = []string{"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment",
	"ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"}

func (p *porter) step4() {
	for _, suf := range step4Suffixes {
		if !p.ends(suf) {
			continue
		}
		if suf == "ion" && (p.k == 0 || (p.b[p.k-1] != 's' && p.b[p.k-1] != 't')) {
			return
		}
		if p.measure() > 1 {
			p.setTo("")
		}
		return
	}
}

func (p *porter) step5() {
	if p.ends("e") {
		m := p.measure()
		if m > 1 || (m == 1 && !p.cvc(p.k-1)) {
			p.setTo("")
		}
	}
	p.k = len(p.b)
	if p.b[len(p.b)-1] == 'l' && p.doubleCons(len(p.b)-1) && p.measure() > 1 {
		p.b = p.b[:len(p.b)-1]
	}
}
