package numbers

// smallNumbers are the number words below a hundred that stand alone.
var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scales multiply what precedes them; the short forms only count when
// they follow digits ("1.5bn", "420m", "10k").
var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"dozen": 12,
}

var shortScales = map[string]float64{
	"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "bln": 1e9, "tn": 1e12, "trn": 1e12,
}

// vague plurals name a range of values ("thousands of people").
var vague = map[string][2]float64{
	"dozens": {24, 99}, "hundreds": {200, 999}, "thousands": {2000, 9999},
	"millions": {2e6, 9.99e6}, "billions": {2e9, 9.99e9},
}

// fractionWords are denominators: "a third", "two-thirds", "three quarters".
var fractionWords = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
	"eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}

// currencyPrefix are symbols and codes written before the number.
var currencyPrefix = map[string]Unit{
	"$": USD, "us$": USD, "usd": USD, "€": EUR, "eur": EUR, "£": GBP, "gbp": GBP, "¥": JPY, "jpy": JPY,
}

// currencySuffix are words written after the number.
var currencySuffix = map[string]Unit{
	"dollars": USD, "dollar": USD, "usd": USD, "euros": EUR, "euro": EUR, "eur": EUR,
	"pounds": GBP, "sterling": GBP, "gbp": GBP, "yen": JPY, "jpy": JPY,
}

// qualifiers are the hedges before a number, longest first within each
// first word, normalised to the interval they allow.
var qualifiers = map[string][]qualifier{
	"about":         {{[]string{"about"}, "about"}},
	"around":        {{[]string{"around"}, "about"}},
	"approximately": {{[]string{"approximately"}, "about"}},
	"roughly":       {{[]string{"roughly"}, "about"}},
	"some":          {{[]string{"some"}, "about"}},
	"circa":         {{[]string{"circa"}, "about"}},
	"estimated":     {{[]string{"estimated"}, "about"}},
	"an":            {{[]string{"an", "estimated"}, "about"}},
	"~":             {{[]string{"~"}, "about"}},
	"close":         {{[]string{"close", "to"}, "about"}},
	"nearly":        {{[]string{"nearly"}, "under"}},
	"almost":        {{[]string{"almost"}, "under"}},
	"less":          {{[]string{"less", "than"}, "under"}},
	"fewer":         {{[]string{"fewer", "than"}, "under"}},
	"under":         {{[]string{"under"}, "under"}},
	"below":         {{[]string{"below"}, "under"}},
	"up":            {{[]string{"up", "to"}, "at most"}},
	"as":            {{[]string{"as", "many", "as"}, "at most"}, {[]string{"as", "much", "as"}, "at most"}},
	"at":            {{[]string{"at", "least"}, "over"}, {[]string{"at", "most"}, "at most"}},
	"no":            {{[]string{"no", "more", "than"}, "at most"}, {[]string{"no", "fewer", "than"}, "over"}, {[]string{"no", "less", "than"}, "over"}},
	"more":          {{[]string{"more", "than"}, "over"}},
	"over":          {{[]string{"over"}, "over"}},
	"above":         {{[]string{"above"}, "over"}},
	"upwards":       {{[]string{"upwards", "of"}, "over"}},
	"in":            {{[]string{"in", "excess", "of"}, "over"}},
	"exceeding":     {{[]string{"exceeding"}, "over"}},
	"just": {{[]string{"just", "over"}, "over"}, {[]string{"just", "under"}, "under"},
		{[]string{"just", "shy", "of"}, "under"}},
	"well": {{[]string{"well", "over"}, "over"}, {[]string{"well", "above"}, "over"}},
}

type qualifier struct {
	words []string
	norm  string
}

// headSkip are words between a number and what it counts ("half of the voters").
var headSkip = map[string]bool{"of": true, "the": true, "a": true, "an": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "all": true}

// notHeads are words after a number that do not say what it counts.
var notHeads = map[string]bool{
	"and": true, "or": true, "in": true, "on": true, "at": true, "to": true, "by": true, "for": true,
	"from": true, "with": true, "since": true, "as": true, "than": true, "that": true, "which": true,
	"who": true, "was": true, "were": true, "is": true, "are": true, "had": true, "have": true, "has": true,
	"will": true, "would": true, "but": true, "after": true, "before": true, "when": true, "while": true,
	"said": true, "says": true, "percent": true, "per": true, "cent": true, "million": true,
	"billion": true, "thousand": true, "this": true, "last": true, "next": true, "be": true,
}
