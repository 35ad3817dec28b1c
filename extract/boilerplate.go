package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// clean decides, block by block, what is article text and what is page
// junk. Each rule looks at the shape of a block and its place in the page,
// not at any one site's strings: widgets and calls to action share a small
// vocabulary across the web, sidebars of other stories are off the
// article's topic, captions describe a picture in the present tense and end
// with a date or a credit, and metadata lines (bylines, credits, datelines,
// reading times) become metadata.
func (d *Draft) clean() {
	d.splitGlued()
	d.dropEmptyAndTitle()
	d.takeMetadataLines()
	d.dropChrome()
	d.dropCaptions()
	d.dropSidebars()
	d.dropRepeats()
	d.trimTail()
	d.takeCreditTail()
	d.takeOutletFromText()
}

// splitGlued separates text that lost its line break when a page was
// pasted ("…delegates gathered in ThessaraThe union said…"): the
// part before the seam is its own block, and is usually a photo caption.
func (d *Draft) splitGlued() {
	if d.isHTML() {
		return // markup keeps its line breaks
	}
	var out []block
	for _, bl := range d.blocks {
		for {
			i := gluedSeam(bl.text)
			if i < 0 {
				break
			}
			out = append(out, block{text: bl.text[:i]})
			bl.text = bl.text[i:]
		}
		out = append(out, bl)
	}
	d.blocks = out
}

// sentenceOpeners are words that begin sentences; a word glued to one of
// them ("ThessaraThe") marks a lost line break.
var sentenceOpeners = map[string]bool{"The": true, "A": true, "An": true, "In": true, "On": true,
	"It": true, "He": true, "She": true, "They": true, "We": true, "This": true, "That": true,
	"But": true, "And": true, "At": true, "As": true, "After": true, "U.S.": true, "US": true}

var rxGlued = regexp.MustCompile(`\p{Ll}{3,}(\p{Lu}\p{Ll}*\.?(?:\p{Lu}\.)?)\s`)

func gluedSeam(s string) int {
	for _, m := range rxGlued.FindAllStringSubmatchIndex(s, -1) {
		word := s[m[2]:m[3]]
		if sentenceOpeners[word] && m[2] > 20 {
			return m[2]
		}
	}
	return -1
}

func (d *Draft) dropEmptyAndTitle() {
	title := comparable(d.meta.title)
	for i := range d.blocks {
		bl := &d.blocks[i]
		// Pasted text has stray counters and icons on lines of their own;
		// in markup a number alone is usually a table cell or a list entry.
		if (d.isHTML() && alnumCount(bl.text) == 0) || (!d.isHTML() && !hasLetter(bl.text)) {
			bl.drop = "no words"
			continue
		}
		if title != "" && len(bl.text) <= 2*len(d.meta.title)+16 && comparable(bl.text) == title {
			bl.drop = "repeats the title"
		}
	}
}

// Page furniture shares a small vocabulary across the web, but much of it is
// also plain English that reporting uses ("cost more from April", "added two
// million subscribers", "the advertisement ran"). So the phrases come in
// three kinds, by how much they say on their own:
//
//   - chromeAlways are furniture wherever they stand in a short block: no
//     reported sentence says "be the first to comment" or "all rights
//     reserved".
//   - chromeCalls are calls to the reader ("subscribe to", "click here"):
//     they count when they open the block or one of its sentences or
//     clauses ("For the timetable, click here."), as an imperative does.
//   - chromeLabels are the nouns and labels of furniture ("newsletter",
//     "advertisement", "©", "more from", "you may also like"): a menu entry
//     or a box's heading is not a sentence, so they count only when the
//     block does not read as a reported sentence (see reportedSentence):
//     "More from Harbor Ledger" is furniture, "More from the fund will go
//     to schools, the mayor said." is not.
//
// A call that does not open anything counts as a label.
var (
	chromeAlways = []string{
		`be the first to comment`, `comments?\s*\(\d+\)`, `leave a (comment|reply)`,
		`your email address will not be published`, `required fields are marked`,
		`comment data is processed`, `log ?in to comment`, `sign (in|up) to comment`,
		`follow us on`, `like us on facebook`, `cancel anytime`,
		`(subscribe|sign up) (to|for) our`, `(to|for|in) our (\w+ )?newsletters?`, `share this (article|story|post|page)`,
		`we use cookies`, `this (site|website) uses cookies`, `all rights reserved`,
		`skip to (main )?content`, `download our app`,
		`^tags\s*:`, `^topics\s*:`, `^filed under\s*:`, `^keywords\s*:`, `already a (member|subscriber)\?`, `(requires|enable) javascript`,
		`follow @`, `got a (news )?(story|tip)\b.{0,40}\?`, `have a (news )?(story|tip)\b.{0,40}\?`,
		`contact (the|our) news ?(desk|room)`, `contributed (to this report|reporting)`,
		`write to \S+( \S+){0,3} at \S+@`,
	}
	chromeCalls = []string{
		`write (a|your) comment`, `post (a|your) comment`, `add (a|your) comment`, `join the (discussion|conversation)`,
		`share (this|on|via)`, `share article`, `tweet this`, `follow (him|her|me) on`,
		`subscribe (to|now|for)`, `sign up (for|to)`, `keep reading`,
		`get (our|the) (daily|weekly|latest)`, `accept (all )?cookies`, `download the app`, `click here`,
		`read more\b`, `continue reading`, `read the full`, `print this`, `email this`,
		`report an error`, `share it with`, `(please )?try again later`,
		`get (new )?(posts|stories|updates|articles) by email`,
	}
	chromeLabels = []string{
		`\d+\s+comments?\b`, `newsletter`, `subscription`, `subscriber`, `unlimited access`,
		`cookie (policy|settings)`, `privacy policy`, `terms of (use|service)`, `©`, `copyright \d{4}`,
		`advertisement`, `advert\b`, `sponsored content`, `min(ute)?s? read\b`, `reading time`,
		`an error (has )?occurred`, `reduce spam`, `unsubscribe (at )?any ?time`, `^subscribe\.?$`,
		`more from`, `recommended for you`, `you may also like`, `back to top`, `don'?t miss`, `have a (news )?tip`,
		// a comment form's heading and fields
		`^have your say\.?$`, `^your (name|email|e-mail|comment|message)\s*\*?:?$`, `^submit\.?$`, `^post comment\.?$`,
	}
)

// chromeKind says how much a chrome phrase says on its own.
type chromeKind int

const (
	alwaysChrome chromeKind = iota // furniture wherever it stands
	callChrome                     // furniture at the head of a clause
	labelChrome                    // furniture outside a reported sentence
)

// chromeRule is one chrome phrase, compiled on its own, with a literal
// piece of it (its cue) that a block must contain before the expression is
// run: most blocks contain no cue, and a small expression per phrase costs
// less than one large one that has to report which part matched.
type chromeRule struct {
	kind chromeKind
	cue  string // lower case; "" when the phrase has no literal to look for
	rx   *regexp.Regexp
}

var chromeRules = func() []chromeRule {
	var rules []chromeRule
	for kind, patterns := range [][]string{chromeAlways, chromeCalls, chromeLabels} {
		for _, p := range patterns {
			rules = append(rules, chromeRule{kind: chromeKind(kind), cue: literalCue(p), rx: regexp.MustCompile(`(?i)` + wordBounded(p))})
		}
	}
	return rules
}()

// wordBounded makes a pattern start at a word boundary when it starts with
// a word ("©" has none before it).
func wordBounded(p string) string {
	r, _ := utf8.DecodeRuneInString(p)
	if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\\' || r == '(' {
		return `\b` + p
	}
	return p
}

// literalCue returns the longest run of plain characters a pattern must
// match literally (a character followed by ?, * or { is optional and ends
// the run; a group is skipped), or "" when the run is too short to filter on.
func literalCue(p string) string {
	best, cur := "", []rune{}
	end := func() {
		if len(string(cur)) > len(best) {
			best = string(cur)
		}
		cur = cur[:0]
	}
	rs := []rune(p)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\\':
			end()
			i++ // skip the escaped character
		case strings.ContainsRune("?*{", r):
			if len(cur) > 0 {
				cur = cur[:len(cur)-1]
			}
			end()
			for r == '{' && i < len(rs) && rs[i] != '}' {
				i++
			}
		case r == '(':
			// a group's alternatives are not required: skip it whole
			end()
			for depth := 0; i < len(rs); i++ {
				if rs[i] == '(' {
					depth++
				} else if rs[i] == ')' {
					if depth--; depth == 0 {
						break
					}
				}
			}
		case strings.ContainsRune("[]|.+^$", r):
			end()
		default:
			cur = append(cur, unicode.ToLower(r))
		}
	}
	end()
	if len(best) < 4 && !(len(best) >= 2 && best[0] >= 0x80) {
		return "" // too common to filter on ("a "), unless a symbol ("©")
	}
	return best
}

// isChrome reports whether a short block reads as page furniture.
func isChrome(s string) bool {
	lower := strings.ToLower(s)
	weak := false
	for _, r := range chromeRules {
		if r.cue != "" && !strings.Contains(lower, r.cue) {
			continue
		}
		switch r.kind {
		case alwaysChrome:
			if r.rx.MatchString(s) {
				return true
			}
		case callChrome:
			for _, m := range r.rx.FindAllStringIndex(s, -1) {
				if opensClause(s[:m[0]]) {
					return true
				}
				weak = true
			}
		case labelChrome:
			weak = weak || r.rx.MatchString(s)
		}
	}
	return weak && !reportedSentence(s)
}

// opensClause reports whether a phrase after before stands at the head of
// the block or of one of its sentences or clauses: before is empty, or
// ends (spaces aside) with punctuation. A phrase that opens a quotation is
// someone's words, not the page's ("“Click here to claim,” the message
// read"): whether it is furniture is left to the shape of the block.
func opensClause(before string) bool {
	before = strings.TrimRightFunc(before, unicode.IsSpace)
	if before == "" {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(before)
	if strings.ContainsRune(`"“‘«`, r) {
		return false
	}
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

// reportedSentence reports whether a block reads as a sentence of
// reporting rather than a label or a call to the reader: it has a few
// words, at least three of them in lower case (a menu or a title
// capitalises its words), it ends with a full stop (not a question, an exclamation or an
// ellipsis), and it does not speak to the reader in the site's own voice
// ("you", "our") unless it is attributed to someone.
func reportedSentence(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune(`"'”’»)]`, r)
	})
	if !strings.HasSuffix(s, ".") || strings.HasSuffix(s, "..") {
		return false
	}
	words, lower := 0, 0
	voice, attributed := false, false
	for f := range strings.FieldsSeq(s) {
		words++
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		if r, _ := utf8.DecodeRuneInString(f); unicode.IsLower(r) {
			lower++
		}
		switch w {
		case "you", "your", "our", "us", "You", "Your", "Our", "Us": // not "US"
			voice = true
		case "said", "says", "told", "according", "announced", "reported", "wrote":
			attributed = true
		}
	}
	return words >= minReportedWords && lower >= 3 && (!voice || attributed)
}

// minReportedWords is the fewest words a reported sentence has.
const minReportedWords = 5

func (d *Draft) dropChrome() {
	for i := range d.blocks {
		bl := &d.blocks[i]
		if bl.drop != "" {
			continue
		}
		words := wordCount(bl.text)
		switch {
		case words <= 30 && isChrome(bl.text):
			bl.drop = "page furniture"
		case words <= 8 && rxBreadcrumb.MatchString(bl.text):
			bl.drop = "breadcrumb"
		}
	}
}

// sectionHeaders name the boxes of other stories that sit beside or under
// an article.
var sectionHeaders = regexp.MustCompile(`(?i)^(top|latest|related|more|trending|popular|recommended|featured|partner|sponsored|editor'?s?|other|most (read|popular|viewed|shared)|recent|also|see also|read also|you may|in other news|don'?t miss|must read|watch)\b.{0,30}$`)

// dropSidebars removes a "Top stories"-style box and the off-topic lines
// that follow it.
func (d *Draft) dropSidebars() {
	var core map[string]bool // computed when a box heading is found
	for i := range d.blocks {
		bl := &d.blocks[i]
		// a box heading is often furniture too ("More from the Post"): it
		// still heads the box of other stories below it
		if (bl.drop != "" && bl.drop != "page furniture") || !isHeadingShaped(bl.text) || !sectionHeaders.MatchString(bl.text) {
			continue
		}
		if d.isHTML() && !bl.heading {
			// In markup a box of other stories has a heading element;
			// a short line such as "Top 10" in a table is not one.
			continue
		}
		bl.drop = "sidebar heading"
		if core == nil {
			core = d.coreVocabulary()
		}
		for j := i + 1; j < len(d.blocks); j++ {
			next := &d.blocks[j]
			if next.drop != "" {
				continue
			}
			if topicality(next.text, core) >= 0.35 && wordCount(next.text) > 25 {
				break
			}
			next.drop = "sidebar"
		}
	}
}

// dropRepeats removes blocks that repeat an earlier block (pull quotes,
// duplicated captions) and the "- Name" lines that attribute pull quotes.
func (d *Draft) dropRepeats() {
	var seen []string
	for i := range d.blocks {
		bl := &d.blocks[i]
		if bl.drop != "" {
			continue
		}
		if rxAttributionLine.MatchString(bl.text) {
			bl.drop = "pull-quote attribution"
			continue
		}
		c := comparable(bl.text)
		if d.isHTML() {
			// Text recurs in real articles (table cells, list entries, an
			// interview's refrain); in markup a pull quote sits in an
			// aside or figure, is a sentence, and may come before the
			// paragraph it quotes.
			if bl.aside && wordCount(c) >= minRepeatWords && d.quotedElsewhere(i, c) {
				bl.drop = "repeats text of the article"
			}
			continue
		}
		for _, s := range seen {
			if c == s || (len(c) > 40 && strings.Contains(s, c)) {
				bl.drop = "repeats earlier text"
				break
			}
		}
		if bl.drop == "" {
			seen = append(seen, c)
		}
	}
}

// quotedElsewhere reports whether another kept block, not set apart
// itself, holds the text c.
func (d *Draft) quotedElsewhere(i int, c string) bool {
	for j, o := range d.blocks {
		if j != i && o.drop == "" && !o.aside && strings.Contains(comparable(o.text), c) {
			return true
		}
	}
	return false
}

// minRepeatWords is the shortest block of a page that counts as repeating
// an earlier one.
const minRepeatWords = 6

var rxAttributionLine = regexp.MustCompile(`^[-–—]\s*\p{Lu}[\p{L}.'’-]*(\s+\p{Lu}[\p{L}.'’-]*){0,4}$`)

// trimTail drops the unfinished or off-topic short lines that end many
// pasted pages after the article proper; it stops at the first line that
// reads as article text.
func (d *Draft) trimTail() {
	core := d.coreVocabulary()
	first := -1
	for i, bl := range d.blocks {
		if bl.drop == "" {
			first = i
			break
		}
	}
	for i := len(d.blocks) - 1; i > first; i-- {
		bl := &d.blocks[i]
		if bl.drop != "" {
			continue
		}
		words := wordCount(bl.text)
		unfinished := !endsSentence(bl.text) && words < 12
		// Topicality needs a vocabulary to measure against: a short
		// article has no long paragraph to take one from.
		offTopic := words < 20 && len(core) >= minCoreVocabulary && topicality(bl.text, core) < 0.1
		if d.isHTML() {
			// The extractors already agreed on where the article ends;
			// only a short, unfinished, off-topic line is left to doubt.
			if !(unfinished && offTopic && words < 8) {
				return
			}
		} else if !unfinished && !offTopic {
			return
		}
		bl.drop = "trailing junk"
	}
}

// minCoreVocabulary is the fewest content words an article's core must
// have before a line can be called off its topic.
const minCoreVocabulary = 10

// rxBreadcrumb matches navigation trails and section labels ("News · World",
// "Home > Business > Markets").
var rxBreadcrumb = regexp.MustCompile(`^[^.!?]{1,40}(\s[·|›»>/]\s[^.!?]{1,40})+$`)

// coreVocabulary is the set of content words of the title and the long
// paragraphs of the first two thirds of the page: what the article is about.
func (d *Draft) coreVocabulary() map[string]bool {
	core := map[string]bool{}
	for _, w := range contentWords(d.meta.title) {
		core[w] = true
	}
	limit := len(d.blocks) * 2 / 3
	for i, bl := range d.blocks {
		if i > limit && len(core) > 40 {
			break
		}
		if bl.drop == "" && wordCount(bl.text) >= 20 {
			for _, w := range contentWords(bl.text) {
				core[w] = true
			}
		}
	}
	return core
}

// topicality is the share of a block's content words that the core shares.
func topicality(s string, core map[string]bool) float64 {
	words := contentWords(s)
	if len(words) == 0 {
		return 0
	}
	n := 0
	for _, w := range words {
		if core[w] {
			n++
		}
	}
	return float64(n) / float64(len(words))
}

func contentWords(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if rs := []rune(f); isDense(rs[0]) {
			// No spaces between words: letter pairs stand in for words.
			for i := 0; i+1 < len(rs); i++ {
				out = append(out, string(rs[i:i+2]))
			}
			continue
		}
		if len(f) >= 3 && !stopwords[f] {
			out = append(out, stem(f))
		}
	}
	return out
}

// stem folds the commonest English inflections so "troops"/"troop" and
// "talks"/"talked" meet; it is only used for topical overlap.
func stem(w string) string {
	for _, suf := range []string{"ing", "ed", "es", "s"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

func isHeadingShaped(s string) bool {
	return wordCount(s) <= 6 && !endsSentence(s)
}

func endsSentence(s string) bool {
	s = strings.TrimSpace(s)
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?\"”’…。！？」』", r)
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// comparable lower-cases s and keeps only letters and digits separated by
// single spaces, so two renderings of one line compare equal.
func comparable(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`the and for that with was were are has have had not but from this
		its his her their they them she him who which what when where will would could should can may
		been being into over after about also said says more than other some such only then there these
		those our out all any one two new year years ago very just like how why you your we us it's
		against between during before under while because most many much made make told per`) {
		m[w] = true
	}
	return m
}()
