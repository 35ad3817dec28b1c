package rouge

import "regexp"

// The Porter stemmer as ROUGE-1.5.5 runs it for -m. ROUGE ships a
// regular-expression port of Porter's 1980 algorithm with one change of its
// own (2004): step 4 no longer lists "ment" and "ent" among its suffixes but
// tries them afterwards, one after the other, on whatever the earlier rule
// left. That changes stems such as "government" and "agreement", so a
// textbook Porter stemmer would not agree with ROUGE. The patterns below are
// the same regular expressions, evaluated with the same leftmost-match rules,
// so that the prefix before each suffix is the one Perl's $` would hold.

// Character classes of the algorithm. An initial "y" is upper-cased before
// stemming so that it never counts as a vowel; [^aeiou] then takes it as a
// consonant.
const (
	pC    = `[^aeiou]`        // consonant
	pV    = `[aeiouy]`        // vowel
	pCseq = pC + `[^aeiouy]*` // consonant sequence
	pVseq = pV + `[aeiou]*`   // vowel sequence
)

var (
	reMgr0 = regexp.MustCompile(`^(` + pCseq + `)?` + pVseq + pCseq)                       // measure > 0
	reMeq1 = regexp.MustCompile(`^(` + pCseq + `)?` + pVseq + pCseq + `(` + pVseq + `)?$`) // measure = 1
	reMgr1 = regexp.MustCompile(`^(` + pCseq + `)?` + pVseq + pCseq + pVseq + pCseq)       // measure > 1
	reHasV = regexp.MustCompile(`^(` + pCseq + `)?` + pV)                                  // stem has a vowel
	reCVC  = regexp.MustCompile(`^` + pCseq + pV + `[^aeiouwxy]$`)                         // short word ending cvc
	re1a1  = regexp.MustCompile(`(ss|i)es$`)                                               // step 1a
	re1a2  = regexp.MustCompile(`([^s])s$`)                                                // step 1a
	re1bEE = regexp.MustCompile(`eed$`)                                                    // step 1b
	re1bED = regexp.MustCompile(`(ed|ing)$`)                                               // step 1b
	re1bAT = regexp.MustCompile(`(at|bl|iz)$`)                                             // step 1b, add e
	re2    = regexp.MustCompile(`(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$`)
	re3    = regexp.MustCompile(`(icate|ative|alize|iciti|ical|ful|ness)$`)
	re4    = regexp.MustCompile(`(al|ance|ence|er|ic|able|ible|ant|ement|ou|ism|ate|iti|ous|ive|ize)$`)
	re4Mnt = regexp.MustCompile(`ment$`)
	re4Ent = regexp.MustCompile(`ent$`)
	re4Ion = regexp.MustCompile(`(s|t)(ion)$`)
)

// step2 and step3 map each suffix to its replacement.
var (
	step2 = map[string]string{
		"ational": "ate", "tional": "tion", "enci": "ence", "anci": "ance", "izer": "ize", "bli": "ble",
		"alli": "al", "entli": "ent", "eli": "e", "ousli": "ous", "ization": "ize", "ation": "ate",
		"ator": "ate", "alism": "al", "iveness": "ive", "fulness": "ful", "ousness": "ous", "aliti": "al",
		"iviti": "ive", "biliti": "ble", "logi": "log",
	}
	step3 = map[string]string{
		"icate": "ic", "ative": "", "alize": "al", "iciti": "ic", "ical": "ic", "ful": "", "ness": "",
	}
)

// suffix matches re against w and returns the text before the match and the
// first submatch (or the whole match when re has no group), as Perl's $` and
// $1 would be after `$w =~ /re/`.
func suffix(re *regexp.Regexp, w string) (pre, g1 string, ok bool) {
	m := re.FindStringSubmatchIndex(w)
	if m == nil {
		return "", "", false
	}
	pre = w[:m[0]]
	if len(m) >= 4 && m[2] >= 0 {
		g1 = w[m[2]:m[3]]
	} else {
		g1 = w[m[0]:m[1]]
	}
	return pre, g1, true
}

// porterStem stems one lower-case token the way ROUGE-1.5.5's stem() does.
// Words shorter than three bytes come back unchanged.
func porterStem(w string) string {
	if len(w) < 3 {
		return w
	}
	initialY := w[0] == 'y'
	if initialY {
		w = "Y" + w[1:]
	}

	// Step 1a: plurals.
	if pre, g, ok := suffix(re1a1, w); ok {
		w = pre + g
	} else if pre, g, ok := suffix(re1a2, w); ok {
		w = pre + g
	}

	// Step 1b: -eed, -ed, -ing.
	if pre, _, ok := suffix(re1bEE, w); ok {
		if reMgr0.MatchString(pre) {
			w = w[:len(w)-1]
		}
	} else if pre, _, ok := suffix(re1bED, w); ok {
		if reHasV.MatchString(pre) {
			w = pre
			n := len(w)
			switch {
			case re1bAT.MatchString(w):
				w += "e"
			case n >= 2 && w[n-1] == w[n-2] && !isByteIn(w[n-1], "aeiouylsz"):
				// Perl: /([^aeiouylsz])\1$/, a doubled consonant other than l, s, z.
				w = w[:n-1]
			case reCVC.MatchString(w):
				w += "e"
			}
		}
	}

	// Step 1c: y to i after a vowel somewhere in the stem.
	if n := len(w); n > 0 && w[n-1] == 'y' {
		if pre := w[:n-1]; reHasV.MatchString(pre) {
			w = pre + "i"
		}
	}

	// Step 2 and step 3: double and single suffixes mapped to shorter ones.
	if pre, g, ok := suffix(re2, w); ok && reMgr0.MatchString(pre) {
		w = pre + step2[g]
	}
	if pre, g, ok := suffix(re3, w); ok && reMgr0.MatchString(pre) {
		w = pre + step3[g]
	}

	// Step 4, with ROUGE's change: -ment and -ent are tried after the list,
	// each on the result of the rule before it.
	if pre, _, ok := suffix(re4, w); ok && reMgr1.MatchString(pre) {
		w = pre
	}
	if pre, _, ok := suffix(re4Mnt, w); ok && reMgr1.MatchString(pre) {
		w = pre
	}
	if pre, _, ok := suffix(re4Ent, w); ok {
		if reMgr1.MatchString(pre) {
			w = pre
		}
	} else if pre, g, ok := suffix(re4Ion, w); ok {
		if stem := pre + g; reMgr1.MatchString(stem) {
			w = stem
		}
	}

	// Step 5: final -e and -ll.
	if n := len(w); n > 0 && w[n-1] == 'e' {
		pre := w[:n-1]
		if reMgr1.MatchString(pre) || (reMeq1.MatchString(pre) && !reCVC.MatchString(pre)) {
			w = pre
		}
	}
	if n := len(w); n >= 2 && w[n-1] == 'l' && w[n-2] == 'l' && reMgr1.MatchString(w) {
		w = w[:n-1]
	}

	if initialY {
		w = "y" + w[1:]
	}
	return w
}

// isByteIn reports whether b is one of the bytes in set.
func isByteIn(b byte, set string) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == b {
			return true
		}
	}
	return false
}
