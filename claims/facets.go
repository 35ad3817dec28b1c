package claims

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/claims/numbers"
)

// Facets are what a claim is about and how it is put.
type Facets struct {
	// Entities are the people, organisations and places named, as written
	// (first spelling); Places the subset that are places.
	Entities []string `json:"entities,omitempty"`
	Places   []string `json:"places,omitempty"`
	// Numbers are the quantities stated, years and dates left out.
	Numbers []Number `json:"numbers,omitempty"`
	// Dates are the resolved TIMEX3 values of the claim's time expressions.
	Dates []string `json:"dates,omitempty"`
	// Negated is set when the claim says something did not happen or is not so.
	Negated bool `json:"negated,omitempty"`
	// Modality is the hedge: "hopes", "plans", "may", "proposed" …
	Modality string `json:"modality,omitempty"`
	// Attribution is who the article says the claim comes from.
	Attribution string `json:"attribution,omitempty"`
	// relativeDates is set when a date was resolved from "on Tuesday",
	// "overnight": against the publication date, which may differ by a day.
	relativeDates bool
}

// absoluteDate reports a time expression that names its date itself
// ("11 March", "2016-07-14"), not relative to the publication date.
func absoluteDate(text string) bool {
	low := strings.ToLower(text)
	for _, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.Contains(low, m) {
			return true
		}
	}
	return strings.ContainsAny(text, "0123456789")
}

// Number is a quantity as written with its normalised value.
type Number struct {
	Text     string           `json:"text"`
	Quantity numbers.Quantity `json:"-"`
	// Before and After are the content words around it in its clause (a
	// few each way): what tells "40% of its budget on roads" from "12%
	// of its budget on schools".
	Before, After []string `json:"-"`
	// Landmark is the place a distance is measured from ("140 km west of
	// Riel"), as written; "" for a figure that is no bearing.
	Landmark string `json:"-"`
}

// reader reads facets of clauses of one article.
type reader struct {
	art      *chorus.Article
	an       *chorus.Analysis
	mentions []chorus.Mention
	// lower holds the words the article writes in lower case somewhere:
	// a capitalised "More" starting a sentence is not a name.
	lower map[string]bool
}

func newReader(a *Article) *reader {
	r := &reader{art: a.Article, an: a.Analysis, mentions: a.Mentions, lower: map[string]bool{}}
	for _, t := range a.Analysis.Tokens {
		if c, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLower(c) {
			r.lower[t.Text] = true
		}
	}
	return r
}

// facets reads a clause's facets. toks are the sentence's tokens.
func (r *reader) facets(s *sent, c rawClaim, span chorus.Span, sentenceStart int) Facets {
	f := Facets{Attribution: r.sayer(s, c.attribution, sentenceStart)}
	denied := false
	for _, sg := range c.segs {
		for i := sg.from; i < sg.to; i++ {
			w := s.low[i]
			if negations[w] && !(w == "not" && i+1 < len(s.low) && s.low[i+1] == "only") {
				f.Negated = true
			}
			if denials[w] && !s.quoted[i] {
				denied = true
			}
			if m, ok := modalCues[w]; ok && f.Modality == "" {
				if w != "set" || (i+1 < len(s.low) && s.low[i+1] == "to") {
					f.Modality = m
				}
			}
			// "is to meet", "are also to hold": scheduled, not done
			if f.Modality == "" && passive[w] && w != "be" && w != "been" && w != "being" {
				for k := i + 1; k < min(i+3, sg.to); k++ {
					if s.low[k] == "to" {
						f.Modality = "scheduled"
						break
					}
					if s.low[k] != "also" && s.low[k] != "due" {
						break
					}
				}
			}
		}
	}
	// "denied the crew was involved" says what "the crew was not
	// involved" says, and "denied the crew was not involved" the opposite
	f.Negated = f.Negated != denied
	// names: the tagger's mentions when there are any, else capitalised phrases
	if r.mentions != nil {
		for _, m := range r.mentions {
			if !inSegs(s, c.segs, m.Span) || m.Type == chorus.EntityMisc {
				continue
			}
			f.Entities = appendUnique(f.Entities, m.Text)
			if m.Type == chorus.EntityLocation {
				f.Places = appendUnique(f.Places, m.Text)
			}
		}
	} else {
		for _, sg := range c.segs {
			for _, n := range s.names(sg, sentenceStart, r.lower) {
				f.Entities = appendUnique(f.Entities, n.text)
				if n.place {
					f.Places = appendUnique(f.Places, n.text)
				}
			}
		}
	}
	// dates: calendar values of the time expressions inside the clause
	var times []chorus.Span
	for _, t := range r.an.Times {
		if !inSegs(s, c.segs, t.Span) || (t.Type != chorus.TimeDate && t.Type != chorus.TimeTime) {
			continue // a duration ("three days") is a quantity
		}
		times = append(times, t.Span)
		if isCalendar(t.Value) {
			v := t.Value
			if k := strings.IndexByte(v, 'T'); k > 0 {
				v = v[:k]
			}
			f.Dates = appendUnique(f.Dates, v)
			if !absoluteDate(t.Text) {
				f.relativeDates = true
			}
		}
	}
	// numbers, not years and not parts of dates
	for _, sg := range c.segs {
		base := s.toks[sg.from].Start
		for _, q := range numbers.Find(s.span(sg.from, sg.to)) {
			q.Start += base
			q.End += base
			if q.Year || overlapsAny(chorus.Span{Start: q.Start, End: q.End}, times) {
				continue
			}
			f.Numbers = append(f.Numbers, Number{Text: s.text[q.Start:q.End], Quantity: q,
				Before:   contextWords(s.text[s.toks[sg.from].Start:q.Start], 8, true),
				After:    contextWords(s.text[q.End:s.toks[sg.to-1].End], 6, false),
				Landmark: landmark(s.text[q.End:s.toks[sg.to-1].End])})
		}
	}
	return f
}

// contextWords returns up to n content words of text nearest the
// quantity (the end of text when before, its start otherwise), stopping
// at punctuation that closes a phrase.
func contextWords(text string, n int, before bool) []string {
	words := strings.FieldsFunc(text, func(r rune) bool { return unicode.IsSpace(r) })
	var out []string
	step, i := 1, 0
	if before {
		step, i = -1, len(words)-1
	}
	for ; i >= 0 && i < len(words) && len(out) < n; i += step {
		w := words[i]
		stop := strings.ContainsAny(w, ",;:()“”\"—")
		if before && stop {
			break
		}
		clean := strings.ToLower(strings.Trim(w, ",;:.()“”\"'’—-"))
		if clean != "" && !contextStop[clean] && !isWeekdayOrMonth(clean) && !unicode.IsDigit(rune(clean[0])) {
			out = append(out, strings.TrimSuffix(clean, "s"))
		}
		if !before && stop {
			break
		}
	}
	return out
}

// contextStop are function words left out of a quantity's context.
var contextStop = wordSet(`a an the of in on at to for from by with and or but than that this these those its their his her
	our more less about around some nearly almost over under up down as is are was were be been has have had
	since then per each million billion thousand percent cent`)

// isCalendar reports a TIMEX3 value naming a calendar period with a year.
func isCalendar(v string) bool {
	return len(v) >= 4 && v[0] >= '0' && v[0] <= '9' && v[1] >= '0' && v[1] <= '9' && v[2] >= '0' && v[2] <= '9' && v[3] >= '0' && v[3] <= '9'
}

func inSegs(s *sent, segs []segment, sp chorus.Span) bool {
	for _, sg := range segs {
		if sg.to > sg.from && s.toks[sg.from].Start <= sp.Start && sp.End <= s.toks[sg.to-1].End {
			return true
		}
	}
	return false
}

func overlapsAny(sp chorus.Span, spans []chorus.Span) bool {
	for _, o := range spans {
		if sp.Overlaps(o) {
			return true
		}
	}
	return false
}

func appendUnique(list []string, x string) []string {
	for _, y := range list {
		if strings.EqualFold(y, x) {
			return list
		}
	}
	return append(list, x)
}

// name is a capitalised phrase found in a clause.
type name struct {
	text  string
	place bool
}

// names finds capitalised phrases in a run of tokens: runs of capitalised
// words (joined by "of", "for", "al-" …), acronyms, not the words that
// merely start a sentence ("The", "But", weekdays, months). A phrase after
// "in", "at", "near" … is taken for a place. This is the stand-in for the
// entity tagger: callers pass the tagger's mentions when they have them.
func (s *sent) names(sg segment, sentenceStart int, lower map[string]bool) []name {
	var out []name
	i := sg.from
	for i < sg.to {
		if !s.capitalised(i) {
			i++
			continue
		}
		j := i
		for j < sg.to {
			if s.capitalised(j) {
				j++
				continue
			}
			if nameJoiners[s.low[j]] && j+1 < sg.to && s.capitalised(j+1) && j > i {
				j++
				continue
			}
			break
		}
		from := i
		for from < j && notNames[s.low[from]] && (from == sentenceStart || from == sg.from || s.low[from] == "the" || isWeekdayOrMonth(s.low[from])) {
			from++
		}
		to := j
		for to > from && nameJoiners[s.low[to-1]] {
			to--
		}
		single := to-from == 1
		if single && from == sentenceStart && lower[s.low[from]] {
			from = to // a common word starting the sentence
		}
		if to > from && !(single && (notNames[s.low[from]] || len(numbers.Find(s.toks[from].Text)) > 0)) {
			text := s.span(from, to)
			place := from > sg.from && placePrepositions[s.low[from-1]] ||
				from > sg.from+1 && s.low[from-1] == "the" && placePrepositions[s.low[from-2]]
			out = append(out, name{text: text, place: place})
		}
		i = j
		if i == from && i < sg.to {
			i++
		}
	}
	return out
}

// capitalised reports a word starting with an upper-case letter, or an acronym.
func (s *sent) capitalised(i int) bool {
	t := s.toks[i].Text
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

func isWeekdayOrMonth(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "june", "july", "august", "september",
		"october", "november", "december":
		return true
	}
	return false
}

// sourceKey is what two attributions are compared by: lower-cased words
// without "the", "official", "estimates", "figures", punctuation.
func sourceKey(s string) string {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch w {
		case "the", "official", "officials", "estimates", "estimate", "figures", "data", "by", "count", "tally", "s":
			continue
		}
		words = append(words, w)
	}
	sort.Strings(words)
	return strings.Join(words, " ")
}

// entityKey is what two names are compared by: lower-case letters and
// digits only ("U.S." = "US"), without a leading "the" or "'s".
func entityKey(s string) string {
	s = strings.ToLower(s)
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == ' ' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// titles are words of a name that do not tell who it is.
var titles = wordSet(`mr mrs ms dr president secretary minister general gen lt lieutenant spokesman spokeswoman
	spokesperson envoy chief foreign deputy top special prime senior us u.s. of state the al el`)

// nameTokens are a name's lower-case words, split at hyphens, titles left out.
func nameTokens(n string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(n), func(r rune) bool {
		return r == '-' || r == ' ' || r == '’' || r == '\''
	}) {
		w = strings.Trim(w, ".,")
		if w == "" || w == "s" || titles[w] {
			continue
		}
		out = append(out, w)
	}
	return out
}

// sameEntity reports whether two names can name the same entity: every
// word of the shorter is a word of the longer ("Putin", "President
// Vladimir Putin"; "al-Nusra", "Nusra Front").
func sameEntity(a, b string) bool {
	ta, tb := nameTokens(a), nameTokens(b)
	if len(ta) > len(tb) {
		ta, tb = tb, ta
	}
	if len(ta) == 0 {
		return false
	}
	for _, x := range ta {
		found := false
		for _, y := range tb {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// matchedEntities counts the names of a that match a distinct name of b.
func matchedEntities(a, b []string) int {
	used := make([]bool, len(b))
	n := 0
	for _, x := range a {
		for j, y := range b {
			if !used[j] && sameEntity(x, y) {
				used[j] = true
				n++
				break
			}
		}
	}
	return n
}

// landmark reads the place a distance is measured from in the text right
// after it: a bearing and "of", then the place ("(88 miles) north-northwest
// of Marhold Point in Riel province" gives "Marhold Point"). Two positions
// measured from different landmarks are two measurements, not a clash of
// figures.
func landmark(after string) string {
	words := strings.Fields(after)
	for k := 0; k+2 < len(words) && k < 6; k++ {
		w := strings.ToLower(strings.Trim(words[k], "(),"))
		if !bearing(w) || strings.ToLower(words[k+1]) != "of" || k > 0 && strings.EqualFold(words[k-1], "the") {
			continue // ("in the north of Riel" is a region, not a bearing)
		}
		var name []string
		for _, n := range words[k+2:] {
			clean := strings.TrimRight(n, ",.;:)")
			if r, _ := utf8.DecodeRuneInString(clean); !unicode.IsUpper(r) {
				break
			}
			name = append(name, clean)
			if clean != n {
				break
			}
		}
		return strings.Join(name, " ")
	}
	return ""
}

// bearing reports a compass direction: "west", "southwest",
// "north-northeast".
func bearing(w string) bool {
	for _, part := range strings.Split(w, "-") {
		for _, p := range []string{"north", "south", "east", "west"} {
			part = strings.Replace(part, p, "", 1)
		}
		if part != "" {
			return false
		}
	}
	return w != ""
}
