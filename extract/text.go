package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// block is one paragraph-sized piece of a page: a paragraph, a heading, a
// caption, a widget line. drop says why cleaning removed it ("" = kept).
type block struct {
	text    string
	heading bool // marked up or shaped as a heading
	aside   bool // in markup, set apart from the text: an aside, a figure, page chrome
	drop    string
}

// readText reads a plain-text document: its first non-empty line is the
// title, the rest are paragraphs separated by blank lines or line breaks.
func (d *Draft) readText() {
	lines := splitLines(string(d.doc.Body))
	for k, l := range lines {
		lines[k] = stripWireCodes(l)
	}
	i := 0
	var notes []block
	for i < len(lines) && (strings.TrimSpace(lines[i]) == "" || isWireNote(lines[i])) {
		if isWireNote(lines[i]) {
			notes = append(notes, block{text: normalizeSpace(lines[i]), drop: "wire editor's note"})
		}
		i++
	}
	if i < len(lines) && d.doc.Hints.Title == "" && headlineShaped(lines[i]) {
		title := normalizeSpace(lines[i])
		// "Outlet.net - Headline": the site's name before the headline.
		if m := rxLeadPrefix.FindStringSubmatchIndex(title); m != nil && rxDomainLike.MatchString(title[m[2]:m[3]]) {
			d.meta.set("outlet", title[m[2]:m[3]], "text:title-prefix")
			title = title[m[6]:]
		}
		d.meta.set("title", title, "text:first-line")
		i++
	}
	d.blocks = append(notes, linesToBlocks(lines[i:], d.meta.title)...)
	for k := range d.blocks {
		if d.blocks[k].drop == "" && isWireNote(d.blocks[k].text) {
			d.blocks[k].drop = "wire editor's note"
		}
	}
}

// headlineShaped reports whether a text's first line reads as its title: a
// long line, or a full-stopped one of more than a dozen words, is the first
// paragraph of a text that has no title line; a line that ends in a colon
// leads into what follows ("The Courier said in an editorial on Tuesday:")
// and heads nothing.
func headlineShaped(line string) bool {
	words := len(strings.Fields(line))
	if words > 25 {
		return false
	}
	t := strings.TrimSpace(line)
	return !(words > 12 && strings.HasSuffix(t, ".")) && !strings.HasSuffix(t, ":")
}

func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Split(s, "\n")
}

// linesToBlocks groups lines into blocks. Paragraphs are separated by blank
// lines, but pasted pages also put widget lines, sidebar headlines and
// captions on single lines, so each line is its own block unless it is a
// hard-wrapped continuation: a long line with no closing punctuation runs
// on into the next (unless it repeats the title, which pages print again
// above the standfirst), when the next line's first word would not have
// fitted on it.
func linesToBlocks(lines []string, title string) []block {
	title = comparable(title)
	width := wrapWidth(lines)
	var out []block
	var cur strings.Builder
	last := "" // the previous line, as read
	flush := func() {
		if t := normalizeSpace(cur.String()); t != "" {
			out = append(out, block{text: t})
		}
		cur.Reset()
	}
	for _, raw := range lines {
		line := normalizeSpace(raw)
		if line == "" {
			flush()
			continue
		}
		if cur.Len() > 0 {
			prev := cur.String()
			if continues(prev) && wrapped(last, line, width) && comparable(prev) != title && !isMetadataLine(line) && !isWireNote(line) {
				cur.WriteByte(' ')
				cur.WriteString(line)
				last = line
				continue
			}
			flush()
		}
		cur.WriteString(line)
		last = line
	}
	flush()
	return out
}

// wrapWidth is the width a text's lines were wrapped at, as far as it can
// be told: its longest line, in characters.
func wrapWidth(lines []string) int {
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(strings.TrimSpace(l)))
	}
	return width
}

// wrapped reports whether a line break could have been made by wrapping
// the text at width: a wrapper breaks a line only when the next word does
// not fit on it. A fifth of the width is given as slack, since wrappers
// that balance a paragraph's lines break early. Wire copy that writes a
// paragraph per line has lines of every length, so a short paragraph
// missing its full stop ("… coordinated anti-leftist campaigns") ends
// where its line does instead of running into the next paragraph.
// A line that ends in a comma, or is followed by one that starts in lower
// case, is cut mid-sentence however it was written.
func wrapped(line, next string, width int) bool {
	if strings.HasSuffix(line, ",") {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(next); unicode.IsLower(r) {
		return true
	}
	first, _, _ := strings.Cut(next, " ")
	return utf8.RuneCountInString(line)+1+utf8.RuneCountInString(first) > width-width/5
}

// continues reports whether a line looks cut by a hard wrap: several words
// and no sentence-closing punctuation. A quotation closed by apostrophes
// after its full stop (one apostrophe, or two as old wire copy writes a
// closing double quote) closes the line too; an apostrophe alone does not
// ("the players'").
func continues(line string) bool {
	if wordCount(line) < 6 {
		return false
	}
	t := strings.TrimSpace(line)
	if u := strings.TrimRight(t, "'"); len(u) < len(t) {
		r, _ := utf8.DecodeLastRuneInString(u)
		return !strings.ContainsRune(".!?", r)
	}
	r, _ := utf8.DecodeLastRuneInString(t)
	return !strings.ContainsRune(".!?:;\"”’)]…", r)
}

// normalizeSpace collapses runs of white space (including no-break and
// zero-width spaces) into single spaces and trims the ends.
func normalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad':
			continue
		case unicode.IsSpace(r) || r == '\u00a0':
			space = true
			continue
		case r == utf8.RuneError || (unicode.IsControl(r)):
			if r == utf8.RuneError {
				b.WriteRune(r)
			}
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// wordCount counts the words of s. Scripts written without spaces
// (Chinese, Japanese, Thai) count one word per two letters, about what a
// word is there, so that length rules work on them too.
func wordCount(s string) int {
	fields, dense := 0, 0
	in := false
	for _, r := range s {
		if isDense(r) {
			dense++
		}
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			fields++
		}
	}
	return max(fields, (dense+1)/2)
}

// isDense reports whether r belongs to a script written without spaces
// between words.
func isDense(r rune) bool {
	if r < 0x0e00 {
		return false // Latin, Greek, Cyrillic, Arabic, Indic…: spaced
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar)
}

// isMetadataLine reports whether a line is a byline, reading time, date or
// photo credit, which stands on its own line and never continues the
// paragraph above it.
func isMetadataLine(line string) bool {
	if wordCount(line) > 16 {
		return false
	}
	if rxByline.MatchString(line) || rxReadingTime.MatchString(line) || rxPhotoCredit.MatchString(line) || isDateOnly(line) {
		return true
	}
	_, ok := parseDateLine(line)
	return ok
}
