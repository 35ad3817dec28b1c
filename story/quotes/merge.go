// Package quotes merges the quotes of a story's articles: the same quote
// carried by several outlets (a wire copy, a paraphrase that keeps the
// quoted words, a trimmed version) becomes one quote citing every article
// that carries it, its speaker named the same way across articles, and the
// outlets' other wordings kept as variants.
package quotes

import (
	"sort"
	"strings"
	"unicode"

	"github.com/chorusnews/chorus"
	aquotes "github.com/chorusnews/chorus/analyze/quotes"
)

// Quote is a story quote with the other wordings outlets gave it.
type Quote struct {
	chorus.StoryQuote
	// Articles counts the distinct articles that carry the quote.
	Articles int `json:"-"`
}

// Options tune the merge.
type Options struct {
	// Overlap is the share of the shorter wording's word pairs the longer
	// one must hold for the two to be one quote.
	Overlap float64
	// MinWords is the shortest quote (in words) merged by overlap; shorter
	// ones ("No.", "We will win") merge only when their words are the same.
	MinWords int
}

// DefaultOptions merge a quote with a trimmed or slightly reworded copy of
// itself but not two quotes that share a phrase.
var DefaultOptions = Options{Overlap: 0.75, MinWords: 5}

// Merge returns the quotes of a story's articles, merged across articles,
// most widely carried first, then in the order the articles (oldest first,
// as given) carry them. analyses holds each article's analysis; an article
// without one has no quotes. It is pure and deterministic.
func Merge(arts []*chorus.Article, analyses map[chorus.ArticleID]*chorus.Analysis, opts Options) []Quote {
	if opts.Overlap <= 0 {
		opts.Overlap = DefaultOptions.Overlap
	}
	if opts.MinWords <= 0 {
		opts.MinWords = DefaultOptions.MinWords
	}
	items := collect(arts, analyses)
	names := speakerNames(items)
	m := &merger{opts: opts, index: map[string][]int{}}
	for i := range items {
		it := &items[i]
		it.speaker = names[it.rawSpeaker]
		m.add(it)
	}
	return m.quotes()
}

// item is one attribution of one article: its fragments joined.
type item struct {
	article    chorus.ArticleID
	order      int // position among all items, for stable ordering
	text       string
	norm       []string // lower-case words
	cites      []chorus.Citation
	parts      []string   // each cited fragment's text, spaces collapsed
	partNorms  [][]string // and its lower-case words
	rawSpeaker string
	speaker    string
	cue        string
	direct     bool
}

// collect reads every article's quotes, one item per attribution.
func collect(arts []*chorus.Article, analyses map[chorus.ArticleID]*chorus.Analysis) []item {
	var out []item
	for _, a := range arts {
		an := analyses[a.ID]
		if an == nil {
			continue
		}
		for _, g := range aquotes.Group(an.Quotes) {
			it := item{article: a.ID, order: len(out), rawSpeaker: g[0].SpeakerName, cue: strings.ToLower(g[0].Cue.In(a.Text)), direct: g[0].Direct}
			if !hasLetter(it.rawSpeaker) {
				it.rawSpeaker = "" // a count ("44 said …") names no one
			}
			if impressionOfNobody(it) || it.rawSpeaker == "" && !it.direct && fragmentSpeaker(g[0].Speaker.In(a.Text)) && !quoted(g, a.Text) {
				continue
			}
			for _, q := range g {
				t := strings.Join(strings.Fields(q.Content.In(a.Text)), " ")
				if t == "" {
					continue
				}
				it.cites = append(it.cites, chorus.Cite(a.ID, q.Content))
				it.parts = append(it.parts, t)
				it.partNorms = append(it.partNorms, words(t))
			}
			if len(it.parts) == 0 {
				continue
			}
			it.text = strings.Join(it.parts, " … ")
			it.norm = words(it.text)
			if tooShortToTell(it) {
				continue
			}
			out = append(out, it)
		}
	}
	return out
}

// Shortest quotes a reader of the story is shown. Below them a direct
// quotation is a title or a scare quote (a newsletter called "News.",
// "terrorist"), and an indirect one the object of its cue, which says
// nothing without the cue ("denied the allegations", "declined to
// comment"). The quotes stage keeps them, as news annotation counts them
// as attributions; a story's quote list is for what someone said.
const (
	minDirectWords   = 3
	minIndirectWords = 4
)

// tooShortToTell reports a quote too short to tell a reader anything.
func tooShortToTell(it item) bool {
	if it.direct {
		return len(it.norm) < minDirectWords
	}
	return len(it.norm) < minIndirectWords
}

// impressionCues report how something looks or is held, not what anyone
// said: "X is expected to resign", "the talks appeared to stall", "Y was
// reportedly seen". The quotes stage keeps them as attributions, as news
// annotation does, but without a speaker they tell a reader of the story's
// quotes nobody's words.
var impressionCues = map[string]bool{"expected": true, "appear": true, "appears": true, "appeared": true,
	"seem": true, "seems": true, "seemed": true, "seen": true, "reportedly": true, "known": true,
	"believed": true, "thought": true, "considered": true, "deemed": true, "alleged": true}

// impressionOfNobody reports an indirect attribution with no speaker
// whose cue is an impression.
func impressionOfNobody(it item) bool {
	if it.direct || strings.TrimSpace(it.rawSpeaker) != "" {
		return false
	}
	first, _, _ := strings.Cut(it.cue, " ")
	return impressionCues[first]
}

// A reported clause whose speaker phrase names no one and is no pronoun is
// left out: the phrase was a fragment the quotes stage could not read as a
// source ("Two weeks ago", "A noisy", "44"), and the clause is then most
// often no one's words at all ("A lively and informed debate on the dam
// is overdue" read as "informed"). A reader would rather miss it than see
// it under no name or a wrong one. Quoted words stay, with no speaker:
// they are someone's words, as the article shows them. A pronoun the
// quotes stage could not resolve ("she said …") still stands for someone
// the article names, so its quote stays too.

// fragmentSpeaker reports whether a speaker phrase, as written, is there
// but is no pronoun.
func fragmentSpeaker(phrase string) bool {
	w := strings.ToLower(strings.Join(strings.Fields(phrase), " "))
	if w == "" {
		return false
	}
	if p, _, ok := strings.Cut(strings.ReplaceAll(w, "’", "'"), "'"); ok {
		w = p // "they're", "i've"
	}
	return !unresolvedPronouns[w]
}

// unresolvedPronouns are the speaker pronouns the quotes stage may leave
// with no name.
var unresolvedPronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true,
	"i": true, "you": true, "him": true, "her": true, "them": true, "his": true, "their": true, "its": true,
	"our": true, "my": true, "which": true, "who": true}

// quoted reports whether an attribution's content holds quotation marks.
func quoted(g []chorus.Quote, text string) bool {
	for _, q := range g {
		t := q.Content.In(text)
		if strings.ContainsAny(t, "“”\"«»") || strings.Contains(t, "``") || strings.Contains(t, "''") {
			return true
		}
	}
	return false
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// words returns the lower-case words of s, apostrophes unified.
func words(s string) []string {
	s = strings.NewReplacer("’", "'", "‘", "'").Replace(strings.ToLower(s))
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// pairs returns the word pairs of ws (the words themselves when there is
// only one).
func pairs(ws []string) map[string]bool {
	out := map[string]bool{}
	if len(ws) == 1 {
		out[ws[0]] = true
	}
	for i := 0; i+1 < len(ws); i++ {
		out[ws[i]+" "+ws[i+1]] = true
	}
	return out
}

// group is one merged quote in the making.
type group struct {
	members []*item
	pairs   map[string]bool // pairs of the first member
}

// merger clusters items greedily in article order: each item joins the
// first group whose first member it overlaps enough, or starts a group.
type merger struct {
	opts   Options
	groups []*group
	index  map[string][]int // word pair → groups whose first member has it
}

func (m *merger) add(it *item) {
	ps := pairs(it.norm)
	seen := map[int]bool{}
	var cands []int
	for p := range ps {
		for _, g := range m.index[p] {
			if !seen[g] {
				seen[g] = true
				cands = append(cands, g)
			}
		}
	}
	sort.Ints(cands)
	for _, gi := range cands {
		g := m.groups[gi]
		if m.same(g.members[0], g.pairs, it, ps) {
			rest := it.apart(g.members[0].norm)
			g.members = append(g.members, it)
			if rest != nil {
				m.add(rest)
			}
			return
		}
	}
	gi := len(m.groups)
	m.groups = append(m.groups, &group{members: []*item{it}, pairs: ps})
	for p := range ps {
		m.index[p] = append(m.index[p], gi)
	}
}

// same decides whether two items are one quote: the same words, or (for
// quotes of MinWords words or more) the shorter's word pairs mostly found
// in the longer; and speakers that do not clash.
func (m *merger) same(a *item, ap map[string]bool, b *item, bp map[string]bool) bool {
	if a.speaker != "" && b.speaker != "" && a.speaker != b.speaker && (isName(a.speaker) && isName(b.speaker) || a.article == b.article) {
		// two names clash; within one article, so do any two sources, for
		// there one attribution holding another ("Dealers have reported
		// a rise …, the guild said") is two quotes, not one said twice
		return false
	}
	if strings.Join(a.norm, " ") == strings.Join(b.norm, " ") {
		return true
	}
	if len(a.norm) < m.opts.MinWords || len(b.norm) < m.opts.MinWords {
		return false
	}
	small, big := ap, bp
	if len(bp) < len(ap) {
		small, big = bp, ap
	}
	n := 0
	for p := range small {
		if big[p] {
			n++
		}
	}
	return float64(n) >= m.opts.Overlap*float64(len(small))
}

// quotes turns the groups into story quotes, most widely carried first,
// then in the order of their first item.
func (m *merger) quotes() []Quote {
	out := make([]Quote, len(m.groups))
	for i, g := range m.groups {
		out[i] = buildQuote(g.members)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Articles > out[j].Articles })
	return out
}

// buildQuote makes one story quote of a group: the text of its first
// direct member (else its first member), the speaker most members name,
// a citation for every member in its words, and each other wording as a
// variant.
func buildQuote(members []*item) Quote {
	lead := members[0]
	for _, it := range members {
		if it.direct {
			lead = it
			break
		}
	}
	q := Quote{StoryQuote: chorus.StoryQuote{Text: lead.text, Cue: lead.cue, Direct: lead.direct}}
	votes := map[string]int{}
	arts := map[chorus.ArticleID]bool{}
	variants := map[string]int{}
	leadNorm := strings.Join(lead.norm, " ")
	for _, it := range members {
		arts[it.article] = true
		if it.speaker != "" {
			votes[it.speaker]++
		}
		// a citation must hold the quote's words (some may be missing or
		// added); any other wording is shown as a variant with its own
		n := strings.Join(it.norm, " ")
		if n == leadNorm {
			q.Citations = append(q.Citations, it.cites...)
			continue
		}
		if cites := holding(it, lead.norm); len(cites) > 0 {
			q.Citations = append(q.Citations, cites...)
		} else {
			if v, ok := variants[n]; ok {
				q.Variants[v].Citations = append(q.Variants[v].Citations, it.cites...)
				continue
			}
			variants[n] = len(q.Variants)
			q.Variants = append(q.Variants, chorus.Variant{Text: it.text, Citations: append([]chorus.Citation(nil), it.cites...)})
		}
	}
	// the name most members give, a proper name before a role as written;
	// the members' order breaks ties
	q.Speaker = lead.speaker
	rank := func(sp string) int {
		if sp == "" {
			return -1
		}
		if isName(sp) {
			return 1 << 20 * votes[sp]
		}
		return votes[sp]
	}
	for _, it := range members {
		if rank(it.speaker) > rank(q.Speaker) {
			q.Speaker = it.speaker
		}
	}
	q.Articles = len(arts)
	return q
}

// apart splits off the fragments of an attribution that repeats a quote
// and goes on to say something else ("“The ferry was built for the
// northern route,” says Varga. “You will see things …”"): it keeps the
// fragments that hold quote's words, or are held by them, and returns the
// others as an item of their own, a quote in its own right; nil when all
// or none of them do.
func (it *item) apart(quote []string) *item {
	var keep, rest []int
	for k, part := range it.partNorms {
		if subsequence(part, quote) || subsequence(quote, part) {
			keep = append(keep, k)
		} else {
			rest = append(rest, k)
		}
	}
	if len(keep) == 0 || len(rest) == 0 {
		return nil
	}
	other := *it
	it.only(keep)
	other.only(rest)
	return &other
}

// only keeps the fragments ks of an item, in order.
func (it *item) only(ks []int) {
	var parts []string
	var cites []chorus.Citation
	var norms [][]string
	for _, k := range ks {
		parts = append(parts, it.parts[k])
		cites = append(cites, it.cites[k])
		norms = append(norms, it.partNorms[k])
	}
	it.parts, it.cites, it.partNorms = parts, cites, norms
	it.text = strings.Join(parts, " … ")
	it.norm = words(it.text)
}

// holding returns the citations of an item's fragments that hold the
// quote's words, or are held by them: an attribution that goes on to say
// other things ("… the ferry was built for the northern route …") lends
// the quote only the fragment that carries it, since every cited span
// must hold the text that cites it.
func holding(it *item, quote []string) []chorus.Citation {
	var out []chorus.Citation
	for k, part := range it.partNorms {
		if subsequence(part, quote) || subsequence(quote, part) {
			out = append(out, it.cites[k])
		}
	}
	return out
}

// subsequence reports whether small's words appear in big in order.
func subsequence(small, big []string) bool {
	j := 0
	for _, w := range big {
		if j < len(small) && small[j] == w {
			j++
		}
	}
	return j == len(small)
}
