package claims

import (
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze/clause"
	"github.com/chorusnews/chorus/claims/numbers"
)

// assemble turns groups of statements into claims: disputes first (each
// value a claim), then the agreed claims by origins, then per origin what
// only it states, ranked by the names only it mentions.
func assemble(stmts []*stmt, groups [][]int, disputes []dispute, rels func(i, j int) relation, opts Options) []Claim {
	inDispute := map[int]bool{}
	for _, d := range disputes {
		for _, k := range d.groups {
			inDispute[k] = true
		}
	}
	markNovel(stmts, groups)

	var agreed, only []Claim
	onlyRank := map[string]float64{}
	for k, members := range groups {
		if inDispute[k] {
			continue
		}
		c := newClaim(stmts, members, rels)
		if c.Origins >= 2 {
			if pronounLed(c.Text) {
				// every statement of it opens with a pronoun: who agreed on
				// what, the reader cannot tell
				continue
			}
			c.Kind = Agreed
			agreed = append(agreed, c)
			continue
		}
		c.Kind = Only
		if !informative(stmts, members) {
			continue
		}
		onlyRank[c.ID] = rank(stmts, members)
		only = append(only, c)
	}
	agreed = dropPrefixes(agreed, nil)
	only = dropPrefixes(only, agreed)
	sort.SliceStable(agreed, func(i, j int) bool { return agreed[i].Origins > agreed[j].Origins })
	if opts.MaxAgreed > 0 && len(agreed) > opts.MaxAgreed {
		agreed = agreed[:opts.MaxAgreed]
	}

	var out []Claim
	out = append(out, agreed...)
	for _, d := range disputes {
		out = append(out, disputeClaims(stmts, groups, d, rels)...)
	}
	// what only one origin states: the best few for each set of articles
	// that states it (an origin, or one copy of it that adds to it), in
	// the order they first appear
	byArts := map[string][]Claim{}
	var keys []string
	for _, c := range only {
		var ids []string
		for _, st := range c.Statements {
			ids = append(ids, string(st.Article))
		}
		sort.Strings(ids)
		k := strings.Join(ids, " ")
		if _, ok := byArts[k]; !ok {
			keys = append(keys, k)
		}
		byArts[k] = append(byArts[k], c)
	}
	for _, k := range keys {
		cs := byArts[k]
		sort.SliceStable(cs, func(i, j int) bool { return onlyRank[cs[i].ID] > onlyRank[cs[j].ID] })
		if opts.MaxOnly > 0 && len(cs) > opts.MaxOnly {
			cs = cs[:opts.MaxOnly]
		}
		out = append(out, cs...)
	}
	return out
}

// dropPrefixes leaves out of list the claims whose every statement is
// the start of a longer statement of the same article in another claim of
// list or of others: the main clause split from its purpose ("X met Y on
// Monday" of "X met Y on Monday to propose …") adds nothing when it stands
// alone, and two agreed claims, one the other cut short, are one claim
// read twice (the longer one carries the same articles).
func dropPrefixes(list, others []Claim) []Claim {
	longer := func(self int, st Statement) bool {
		for _, set := range [][]Claim{list, others} {
			for k, c := range set {
				if len(set) > 0 && len(list) > 0 && &set[0] == &list[0] && k == self {
					continue
				}
				for _, o := range c.Statements {
					if o.Article == st.Article && len(o.Text) > len(st.Text) && strings.HasPrefix(o.Text, st.Text) {
						return true
					}
				}
			}
		}
		return false
	}
	var out []Claim
	for k, c := range list {
		redundant := true
		for _, st := range c.Statements {
			if !longer(k, st) {
				redundant = false
				break
			}
		}
		if !redundant {
			out = append(out, c)
		}
	}
	return out
}

// newClaim builds a claim from its statements: one statement per
// article (its first), the text of the first.
func newClaim(stmts []*stmt, members []int, rels func(i, j int) relation) Claim {
	var c Claim
	seenArt := map[chorus.ArticleID]bool{}
	origins := map[chorus.ArticleID]bool{}
	for _, i := range members {
		s := stmts[i]
		id := s.art.Article.ID
		if seenArt[id] {
			continue
		}
		seenArt[id] = true
		origins[s.origin()] = true
		c.Statements = append(c.Statements, statementOf(s))
		if p := s.art.Article.Published; !p.IsZero() && (c.FirstSeen.IsZero() || p.Before(c.FirstSeen)) {
			c.FirstSeen = p
		}
	}
	first := stmts[members[0]]
	rep := stmts[representative(stmts, members, rels)]
	c.Text, c.Facets = rep.text, rep.facets
	c.Origins = len(origins)
	c.ID = claimID(first)
	return c
}

// representative picks the statement that words a claim best: the one
// most like the other articles' statements, a shorter one among near
// equals, the first among equals.
func representative(stmts []*stmt, members []int, rels func(i, j int) relation) int {
	// a statement whose subject is a pronoun words it worst whatever its
	// likeness: "It has been unable to pay" when another says who
	candidates := make([]int, 0, len(members))
	for _, i := range members {
		if !pronounLed(stmts[i].text) {
			candidates = append(candidates, i)
		}
	}
	if len(candidates) == 0 {
		candidates = members
	}
	best, bestScore := candidates[0], -1.0
	for _, i := range candidates {
		score := 0.0
		for _, j := range members {
			if stmts[j].artIdx != stmts[i].artIdx {
				r := rels(i, j)
				score += r.p + r.gist
			}
		}
		score -= 0.01 * float64(len(strings.Fields(stmts[i].text)))
		if score > bestScore+1e-9 {
			best, bestScore = i, score
		}
	}
	return best
}

func statementOf(s *stmt) Statement {
	return Statement{
		Article: s.art.Article.ID, Outlet: outletOf(s.art), Origin: s.origin(), Published: s.art.Article.Published,
		Text: s.text, Citation: chorus.Cite(s.art.Article.ID, s.span), Facets: s.facets,
	}
}

// outletOf names an article's outlet: the outlet, else the agency credited.
func outletOf(a *Article) string {
	if a.Article.Outlet != "" {
		return a.Article.Outlet
	}
	return a.Article.Credit
}

func claimID(s *stmt) string {
	return "c" + chorus.ContentHash([]byte("claim"), []byte(s.art.Article.ID), []byte(s.text))[:15]
}

// disputeClaims returns one claim per value of a dispute: its statements
// state it, the other values' statements differ. Groups giving the same
// value (up to rounding) are one value. A value published after all the
// others, with a later date or an update word ("rose to", "now"), is an
// update; among the rest, values all attributed to different sources are
// "estimates differ", otherwise the dispute is "disputed".
func disputeClaims(stmts []*stmt, groups [][]int, d dispute, rels func(i, j int) relation) []Claim {
	type value struct {
		text    string
		members []int
	}
	var values []*value
	for _, g := range d.groups {
		var v *value
		for _, w := range values {
			if sameValue(w.text, d.value[g]) {
				v = w
				break
			}
		}
		if v == nil {
			v = &value{text: d.value[g]}
			values = append(values, v)
		}
		v.members = append(v.members, groups[g]...)
	}
	if len(values) < 2 {
		return nil // every value agreed after all
	}
	claims := make([]Claim, len(values))
	for k, v := range values {
		sort.Ints(v.members)
		claims[k] = newClaim(stmts, v.members, rels)
		claims[k].Value = v.text
		for _, st := range claims[k].Statements {
			if st.Facets.Attribution != "" {
				claims[k].Source = st.Facets.Attribution
				break
			}
		}
	}
	// updates: a later value with a later date or an update word
	var rest []int
	for k, v := range values {
		var others []int
		for j, w := range values {
			if j != k {
				others = append(others, w.members...)
			}
		}
		if date, ok := isUpdate(stmts, others, v.members); ok {
			claims[k].Kind, claims[k].Date = Update, date
			continue
		}
		rest = append(rest, k)
	}
	kind := Update
	if len(rest) >= 2 {
		kind = EstimatesDiffer
		sources := map[string]bool{}
		for _, k := range rest {
			key := sourceKey(claims[k].Source)
			if key == "" || sources[key] {
				kind = Disputed
			}
			sources[key] = true
		}
	}
	id := "d" + claimID(stmts[values[0].members[0]])[1:]
	for k := range claims {
		if claims[k].Kind == "" {
			claims[k].Kind = kind
		}
		claims[k].Dispute = id
		for j := range claims {
			if j != k {
				claims[k].Differs = append(claims[k].Differs, claims[j].Statements...)
			}
		}
	}
	return claims
}

// sameValue reports whether two values as written are the same value:
// equal, or figures that agree up to rounding.
func sameValue(a, b string) bool {
	if a == b {
		return true
	}
	qa, qb := numbers.Find(a), numbers.Find(b)
	return len(qa) == 1 && len(qb) == 1 && numbers.Agrees(qa[0], qb[0])
}

// isUpdate reports whether the statements newer give a figure that
// revises older's: all published after the newest of older, and either
// dated later, saying they update ("rose to", "now", "latest"), or
// counting a running total ("has been recovered so far") on a later day,
// which a later day's count revises whatever its wording. It returns the
// newer figure's date.
func isUpdate(stmts []*stmt, older, newer []int) (string, bool) {
	var oldLatest, newEarliest time.Time
	// An article that gives the newer figure and also the older one as
	// what was said before ("Earlier police said 32 …") tells the update
	// itself: its own report of the older figure does not make the older
	// figure as recent as the newer.
	newArts := map[chorus.ArticleID]bool{}
	for _, i := range newer {
		newArts[stmts[i].art.Article.ID] = true
	}
	retold := false
	for _, i := range older {
		if newArts[stmts[i].art.Article.ID] && earlierCue(stmts[i].text) {
			retold = true
			continue
		}
		if p := stmts[i].art.Article.Published; p.After(oldLatest) {
			oldLatest = p
		}
	}
	// the article may retell the older figure in a statement that did not
	// join the dispute (it counts "throughout" a place, or names it later)
	for k := 0; k < len(stmts) && !retold; k++ {
		s := stmts[k]
		if !newArts[s.art.Article.ID] || !earlierCue(s.text) {
			continue
		}
		for _, i := range older {
			if numbersAgree(s.facets.Numbers, stmts[i].facets.Numbers) == agree {
				retold = true
				break
			}
		}
	}
	if retold {
		// the newer figure's own article says it replaces the older; other
		// reports of the older figure from no later are just older news
		var newest time.Time
		for _, i := range newer {
			if p := stmts[i].art.Article.Published; p.After(newest) {
				newest = p
			}
		}
		if oldLatest.IsZero() || !newest.Before(oldLatest) {
			if d := dateOf(stmts, newer); d != "" {
				return d, true
			}
			if !newest.IsZero() {
				return newest.UTC().Format("2006-01-02"), true
			}
		}
	}
	for _, i := range newer {
		p := stmts[i].art.Article.Published
		if p.IsZero() {
			return "", false
		}
		if newEarliest.IsZero() || p.Before(newEarliest) {
			newEarliest = p
		}
	}
	if oldLatest.IsZero() || !newEarliest.After(oldLatest) {
		return "", false
	}
	oldDate, newDate := dateOf(stmts, older), dateOf(stmts, newer)
	cue := retold
	if newEarliest.Truncate(24 * time.Hour).After(oldLatest.Truncate(24 * time.Hour)) {
		for _, i := range append(append([]int(nil), older...), newer...) {
			cue = cue || running(stmts[i].text)
		}
	}
	for _, i := range newer {
		for _, w := range strings.Fields(strings.ToLower(stmts[i].text)) {
			if updateCues[strings.Trim(w, ",.;:")] {
				cue = true
			}
		}
	}
	if !(cue || newDate != "" && oldDate != "" && newDate > oldDate) {
		return "", false
	}
	if newDate == "" {
		newDate = newEarliest.UTC().Format("2006-01-02")
	}
	return newDate, true
}

// earlierCue reports a statement that gives a figure as one said before
// ("Earlier, police said …", "had initially put the toll at …").
func earlierCue(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch strings.Trim(w, ",.;:") {
		case "earlier", "previously", "initially", "originally":
			return true
		}
	}
	return false
}

// dateOf is the first date a group's statements carry.
func dateOf(stmts []*stmt, g []int) string {
	for _, i := range g {
		if len(stmts[i].facets.Dates) > 0 {
			return stmts[i].facets.Dates[0]
		}
	}
	return ""
}

// markNovel counts, for each statement, the names no statement of
// another origin mentions.
func markNovel(stmts []*stmt, groups [][]int) {
	seen := map[string]map[chorus.ArticleID]bool{}
	for _, s := range stmts {
		for _, e := range s.facets.Entities {
			k := entityKey(e)
			if seen[k] == nil {
				seen[k] = map[chorus.ArticleID]bool{}
			}
			seen[k][s.origin()] = true
		}
	}
	for _, s := range stmts {
		s.novel = 0
		for _, e := range s.facets.Entities {
			if len(seen[entityKey(e)]) == 1 {
				s.novel++
			}
		}
	}
}

// informative reports whether a single-origin claim is worth showing: it
// names something, or gives a figure or a date, and does not start with
// a pronoun whose referent the reader cannot see.
func informative(stmts []*stmt, members []int) bool {
	s := stmts[members[0]]
	f := s.facets
	if len(f.Entities) == 0 && len(f.Numbers) == 0 && len(f.Dates) == 0 {
		return false
	}
	// (a quotation mark before the pronoun hides it no better; "That
	// method", "these talks" point back as surely)
	switch strings.ToLower(strings.TrimLeft(strings.Fields(s.text)[0], "\"“«`'")) {
	case "this", "that", "these", "those":
		return false
	}
	return !pronounLed(s.text)
}

// pronounLed reports a claim whose subject is a pronoun, so that the
// reader cannot see what it speaks of: it opens with one ("They were
// working for …"), or with an adverbial phrase and then one ("On
// Wednesday, they announced …", "Moving north at 11 kph, it is expected
// …"). A phrase before the comma with a verb of its own is a clause that
// may name the referent itself ("When Varga arrived, she said …").
func pronounLed(text string) bool {
	words := strings.Fields(text)
	if len(words) == 0 {
		return false
	}
	if subjectPronouns[strings.ToLower(strings.TrimLeft(words[0], "\"“«`'"))] || pointsBack(words) {
		return true
	}
	if len(words) > 1 && clauseOpeners[words[0]] && subjectPronouns[strings.ToLower(words[1])] {
		// "when he learned of it, the ferry had left": a clause cut from
		// inside a sentence whose pronoun points before it
		return true
	}
	for k, w := range words[:len(words)-1] {
		if k >= 12 || strings.ContainsAny(w, "\"“”«»`") || strings.Contains(w, "''") {
			return false
		}
		low := strings.ToLower(w)
		if clause.VerbCue(w) || clause.Auxiliary(low) || clauseOpeners[low] {
			return false // a clause of its own before the comma
		}
		if strings.HasSuffix(w, ",") {
			return subjectPronouns[strings.ToLower(words[k+1])]
		}
	}
	return false
}

// pointsBack reports a claim whose subject is a share of something named
// in the sentence before: "Among them are …", "The other two are …",
// "many are …".
func pointsBack(words []string) bool {
	low := make([]string, 0, 4)
	for _, w := range words[:min(len(words), 4)] {
		low = append(low, strings.ToLower(strings.Trim(w, ",.;:")))
	}
	if len(low) < 2 {
		return false
	}
	if low[0] == "among" && (low[1] == "them" || low[1] == "those" || low[1] == "these") {
		return true
	}
	k := 0
	if low[0] == "the" {
		k = 1
	}
	if !shareWords[low[k]] || k+1 >= len(low) {
		return false
	}
	k++
	if numberWords[low[k]] && k+1 < len(low) {
		k++ // "the other two are"
	}
	return clause.Auxiliary(low[k])
}

// shareWords name part of a set already named.
var shareWords = wordSet(`other others many most some several both all one`)

// subjectPronouns stand for a subject named elsewhere.
var subjectPronouns = wordSet(`he she it they we i`)

// clauseOpeners open a clause with a verb of its own, one the verb cues
// may not know ("Even if the council succeeds in …, it would …").
var clauseOpeners = wordSet(`if unless although though whereas because when whenever`)

// rank orders what only one origin states: names nobody else mentions
// first, then figures and dates, earlier sentences before later ones.
func rank(stmts []*stmt, members []int) float64 {
	s := stmts[members[0]]
	f := s.facets
	r := 2*float64(s.novel) + 0.5*float64(len(f.Entities)) + 0.5*float64(len(f.Dates)) - 0.02*float64(s.sentence)
	for _, n := range f.Numbers {
		if n.Quantity.Range { // "thousands" tells less than "10,200"
			r += 0.25
		} else {
			r++
		}
	}
	if c, _ := utf8.DecodeRuneInString(s.text); unicode.IsLower(c) {
		r -= 2 // a clause taken from inside a sentence reads less well on its own
	}
	return r
}
