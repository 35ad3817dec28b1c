package people

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// key folds one name word to the spelling-neutral form used for matching:
// lower case, no diacritics, no apostrophes or hyphens, and the common
// transliteration alternations of Russian, Arabic, Persian and Greek names
// collapsed by letter pattern, so "Sergei"/"Sergey", "Yevgeny"/"Evgeny",
// "Wladimir"/"Vladimir", "Bettie"/"Betty", "Jon"/"John" share one key.
// The rules look only at letters, never at a list of people.
func key(w string) string {
	var b strings.Builder
	b.Grow(len(w))
	if !isASCII(w) {
		w = norm.NFD.String(w)
	}
	for _, r := range w {
		switch {
		case unicode.Is(unicode.Mn, r):
			// combining mark left by NFD: drop the accent, keep the letter
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		}
	}
	s := b.String()
	if len(s) < 2 {
		return s
	}
	// Word-initial "ye"/"ie" before a consonant is the iotated E of Russian
	// (Yevgeny/Evgeny, Yeltsin/Eltsin).
	if (strings.HasPrefix(s, "ye") || strings.HasPrefix(s, "ie")) && len(s) > 3 && !isVowel(s[2]) {
		s = "e" + s[2:]
	}
	// Word-initial "gi" before a vowel is the Y of Greek and Italian names
	// in English (Giannis/Yannis, Giorgos/Yorgos).
	if strings.HasPrefix(s, "gi") && len(s) > 3 && isVowel(s[2]) {
		s = "y" + s[2:]
	}
	s = spellings.Replace(s)
	// British and American spellings: Centre/Center, Theatre/Theater.
	if n := len(s); n > 4 && s[n-3:] == "tre" {
		s = s[:n-2] + "er"
	}
	// A final "ie" after a consonant sounds as the final "y" it alternates
	// with (Bettie/Betty, Kimmie/Kimmy), now written "i".
	if n := len(s); n > 3 && s[n-2:] == "ie" && !isVowel(s[n-3]) {
		s = s[:n-1]
	}
	// An "h" closing a vowel is silent in romanisations (John/Jon,
	// Sarah/Sara, Ahmed/Amed) but not before a vowel (Mohammed).
	var out []byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 'h' && i > 0 && isVowel(s[i-1]) && (i+1 == len(s) || !isVowel(s[i+1])) {
			continue
		}
		// doubled letters: Mohammed/Mohamed, Hannah/Hanah
		if len(out) > 0 && out[len(out)-1] == c {
			continue
		}
		out = append(out, c)
	}
	return string(out)
}

// looseKey reduces a key further to its first letter, its consonant
// skeleton and its number of vowel groups, with a final silent "e"
// dropped: "Mohammed"/"Muhammad", "Qaeda"/"Qaida" and "Rait"/"Raite"
// agree. It is only trusted when another part of the name agrees exactly.
func looseKey(k string) string {
	if n := len(k); n > 3 && k[n-1] == 'e' && !isVowel(k[n-2]) {
		k = k[:n-1]
	}
	if k == "" {
		return ""
	}
	var b strings.Builder
	b.WriteByte(k[0])
	groups := 0
	prevVowel := isVowel(k[0])
	if prevVowel {
		groups++
	}
	for i := 1; i < len(k); i++ {
		v := isVowel(k[i])
		if v && !prevVowel {
			groups++
		}
		if !v {
			b.WriteByte(k[i])
		}
		prevVowel = v
	}
	b.WriteByte('0' + byte(min(groups, 9)))
	return b.String()
}

// spellings are the letter groups that romanisations of one name write
// differently, each mapped to one spelling.
var spellings = strings.NewReplacer(
	"tsch", "ch", "sch", "sh", "ph", "f", "kh", "h", "ck", "k", "dj", "j",
	"ou", "u", "oo", "u", "ee", "i", "w", "v", "y", "i", "q", "k",
)

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// nearKey reports whether two keys differ by one edit (insertion,
// deletion, substitution or the swap of two neighbours), for long words
// only: "Klitschko"/"Klistchko", "Alishvandi"/"Alishbandi".
func nearKey(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 7 || len(b) < 7 {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	switch len(b) - len(a) {
	case 0:
		var diff []int
		for i := 0; i < len(a); i++ {
			if a[i] != b[i] {
				diff = append(diff, i)
				if len(diff) > 2 {
					return false
				}
			}
		}
		if len(diff) == 1 {
			return true
		}
		i, j := diff[0], diff[1]
		return j == i+1 && a[i] == b[j] && a[j] == b[i]
	case 1:
		i := 0
		for i < len(a) && a[i] == b[i] {
			i++
		}
		return a[i:] == b[i+1:]
	}
	return false
}

// givenMatch reports whether two given names (keys) can name the same
// person: equal, one the initial of the other, one a short form of the
// other ("Fred"/"Frederick", "Katie"/"Kathryn", "Alexis"/"Alexandros"),
// a known English pet name ("Bob"/"Robert"), or the same consonant
// skeleton when both are long ("Mohammed"/"Muhammad").
func givenMatch(a, b string, aInit, bInit bool) bool {
	if a == "" || b == "" {
		return false
	}
	if aInit || bInit {
		return a[0] == b[0]
	}
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	// A short form is at least two letters shorter, so that Paul/Paula and
	// Eric/Erica stay apart.
	if len(a) >= 3 && len(b) >= len(a)+2 && strings.HasPrefix(b, a) {
		return true
	}
	// pet forms: stem + diminutive ending, the stem opening the other name
	// (Katie/Kathryn, Johnny/John, Alexis/Alexandros); names of one length
	// are not pet forms of each other (Mary/Mark).
	for _, p := range [][2]string{{a, b}, {b, a}} {
		x, y := p[0], p[1]
		if len(x) == len(y) {
			continue
		}
		for _, end := range []string{"i", "is"} {
			if stem, ok := strings.CutSuffix(x, end); ok && len(stem) >= 3 && strings.HasPrefix(y, stem) {
				return true
			}
		}
	}
	if len(a) >= 5 && looseKey(a) == looseKey(b) {
		return true
	}
	return petName(a, b)
}

// petGroups are English pet names whose letters do not open the full name,
// so no letter rule finds them. Each line is one given name and its pet
// forms; a pet form may belong to several lines (Jack: John and Jacob).
var petGroups = [][]string{
	{"Robert", "Bob", "Bobby", "Rob", "Robbie", "Bert"},
	{"William", "Bill", "Billy", "Will", "Willie", "Liam"},
	{"Richard", "Dick", "Rick", "Ricky", "Rich"},
	{"James", "Jim", "Jimmy", "Jamie"},
	{"John", "Jack", "Johnny"},
	{"Jacob", "Jake", "Jack"},
	{"Edward", "Ed", "Eddie", "Ted", "Teddy", "Ned"},
	{"Theodore", "Ted", "Teddy", "Theo"},
	{"Anthony", "Tony"},
	{"Charles", "Charlie", "Chuck", "Chas"},
	{"Henry", "Hank", "Harry"},
	{"Lawrence", "Larry"},
	{"Laurence", "Larry"},
	{"Margaret", "Peggy", "Maggie", "Meg", "Greta"},
	{"Elizabeth", "Liz", "Lizzie", "Beth", "Betty", "Betsy", "Eliza"},
	{"Katherine", "Kate", "Kathy", "Katie", "Kay"},
	{"Catherine", "Cathy", "Kate", "Katie", "Cate"},
	{"Patricia", "Pat", "Patty", "Trish"},
	{"Rebecca", "Becky"},
	{"Susan", "Sue", "Suzy"},
	{"Alexander", "Sasha", "Sandy", "Alex"},
	{"Alexandra", "Sasha", "Sandra", "Alex"},
	{"Michael", "Mike", "Mick", "Mickey"},
	{"Mikhail", "Misha"},
	{"Vladimir", "Volodya", "Vova"},
	{"Nikolai", "Kolya"},
	{"Dmitry", "Dima"},
	{"Maurice", "Mo"},
	{"Mohammed", "Mo"},
	{"Joseph", "Joe", "Joey"},
	{"Thomas", "Tom", "Tommy"},
	{"Francis", "Frank"},
	{"Gerald", "Jerry", "Gerry"},
	{"Jeremiah", "Jerry"},
	{"Stephen", "Steve"},
	{"Steven", "Steve"},
	{"Andrew", "Andy", "Drew"},
	{"Nicholas", "Nick", "Nicky"},
	{"Christopher", "Chris", "Kit"},
	{"Benjamin", "Ben", "Benny"},
	{"Samuel", "Sam", "Sammy"},
	{"Daniel", "Dan", "Danny"},
	{"Matthew", "Matt"},
	{"Gregory", "Greg"},
	{"Frederick", "Fred", "Freddie"},
	{"Donald", "Don", "Donny"},
	{"Ronald", "Ron", "Ronnie"},
	{"Kenneth", "Ken", "Kenny"},
	{"Douglas", "Doug"},
	{"Timothy", "Tim", "Timmy"},
	{"Peter", "Pete"},
	{"Harold", "Hal", "Harry"},
	{"Albert", "Al", "Bert"},
	{"Alfred", "Al", "Alf", "Fred"},
	{"Deborah", "Debbie", "Deb"},
	{"Jennifer", "Jen", "Jenny"},
	{"Barbara", "Barb", "Babs"},
	{"Dorothy", "Dot", "Dottie"},
	{"Sarah", "Sally", "Sadie"},
	{"Mary", "Molly", "Polly", "Mae"},
	{"Victoria", "Vicky", "Tori"},
	{"Abraham", "Abe"},
	{"Isabel", "Bella", "Izzy"},
}

// fullNames maps the key of every pet form in petGroups to the keys of
// the full names it shortens; petForms maps each full name to its pets.
// Both are built once from the table and never changed.
var fullNames, petForms = func() (map[string][]string, map[string][]string) {
	full, pet := map[string][]string{}, map[string][]string{}
	for _, g := range petGroups {
		f := key(g[0])
		for _, p := range g[1:] {
			pk := key(p)
			full[pk] = append(full[pk], f)
			pet[f] = append(pet[f], pk)
		}
	}
	return full, pet
}()

// petName reports whether keys a and b are a full name and one of its pet
// forms, or two pet forms of one full name (Bob/Rob). Two full names that
// share a pet form (Henry/Harold: Harry) do not match.
func petName(a, b string) bool {
	if contains(petForms[a], b) || contains(petForms[b], a) {
		return true
	}
	for _, f := range fullNames[a] {
		if contains(fullNames[b], f) && petForms[a] == nil && petForms[b] == nil {
			return true
		}
	}
	return false
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// fold lower-cases a word and keeps its letters only, without the
// transliteration rules of key, for spotting typing slips
// ("Klistchko"/"Klitschko") that key's rules would hide.
func fold(w string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
