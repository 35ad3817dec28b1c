package timex

// A broadcast, a column or a paper is often named with time words ("This
// Week", "60 Minutes", "USA Today"). Inside a sentence such a name is told
// from a time by its capitals: a word that is written in lower case as part
// of a time ("week", "minutes", "today") is capitalised as part of a name.

// lowerTimeWords are the words a time expression writes in lower case
// unless they open a sentence: units, parts of the day and the deictic
// day words. Months, weekdays and holidays are capitalised anyway.
var lowerTimeWords = func() map[string]bool {
	s := set("today", "tonight", "tomorrow", "yesterday", "ago", "earlier", "later")
	for w := range units {
		s[w] = true
	}
	for w := range partsOfDay {
		s[w] = true
	}
	return s
}()

// titleLeads are the words before a unit in a time expression that are not
// part of a name: a capitalised "Day" after "Memorial" or "Christmas"
// belongs to a holiday, after "This" or "60" to a title.
var titleLeads = set("this", "last", "next", "the", "that", "past", "coming", "every", "each", "a", "one")

// namesATitle reports whether tokens [i, j), read as a time, are rather the
// name of a programme or a paper: a lower-case time word past the first
// word is capitalised after a number or a leading word ("This Week", "60
// Minutes"), or a capitalised "Today" or "Tonight" directly follows a
// capitalised word of the same sentence ("VOA Today").
func (p *parser) namesATitle(i, j int) bool {
	if p.titleCaseLine(i) {
		// a headline capitalises every word: "Talks Resume Next Week"
		return false
	}
	for k := i + 1; k < j; k++ {
		if !p.capital(k) || !lowerTimeWords[p.low(k)] {
			continue
		}
		if prev := p.low(k - 1); p.kind(k-1) == tNum || titleLeads[prev] || lowerTimeWords[prev] || smallNumbers[prev] > 0 {
			return true
		}
	}
	if p.is(i, "today", "tonight") && p.capital(i) && p.kind(i-1) == tWord && p.capital(i-1) &&
		!p.toks[i].newline && p.sameSentence(i-1, i) && !p.opensSentence(i-1) {
		_, month := months[p.low(i-1)]
		_, weekday := weekdays[p.low(i-1)]
		return !month && !weekday
	}
	return false
}

// opensSentence reports whether token k is the first of its sentence or
// follows an opening quotation mark.
func (p *parser) opensSentence(k int) bool {
	if k == 0 || !p.sameSentence(k-1, k) || p.toks[k].newline {
		return true
	}
	switch p.low(k - 1) {
	case "\"", "`", "'", "“", "(":
		return true
	}
	return false
}

// titleCaseLine reports whether the line holding token i is written in
// title case, as headlines often are: of its words of four letters or more
// other than months and weekdays, at least four and three in five are
// capitalised.
func (p *parser) titleCaseLine(i int) bool {
	start := i
	for start > 0 && !p.toks[start].newline {
		start--
	}
	long, capital := 0, 0
	for k := start; k < len(p.toks) && (k == start || !p.toks[k].newline); k++ {
		if p.kind(k) != tWord || len(p.toks[k].text) < 4 {
			continue
		}
		_, month := months[p.low(k)]
		_, weekday := weekdays[p.low(k)]
		if month || weekday {
			continue // capitalised in any line
		}
		long++
		if p.capital(k) {
			capital++
		}
	}
	return long >= 4 && 5*capital >= 3*long
}
