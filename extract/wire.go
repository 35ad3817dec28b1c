package extract

import (
	"regexp"
	"strings"
)

// Wire copy as news archives keep it carries the agencies' own transmission
// marks: two-letter codes written as entities ("&UR;", "&QC;", "&LR;")
// that set rules and quads on the wire printer, an operator's initials after
// the last one ("… on Monday. &UR; (ab-cd)"), editors' notes ("Eds: UPDATES
// with …") and pick-up instructions ("Harbour has, 4th graf"). None is the
// article's text, and an editor's note that stands first would otherwise be
// read as the headline.

// rxWireCode matches one transmission code.
var rxWireCode = regexp.MustCompile(`&[A-Z]{2};`)

// rxOperatorTail matches what may follow a line's last code: an operator's
// or desk's initials, bracketed or slashed ("(ab-cd)", "vj/mae", "kl").
var rxOperatorTail = regexp.MustCompile(`^\s*\(?[a-z]{1,4}(?:[-/][a-z]{1,4})*\)?\s*$`)

// stripWireCodes removes the transmission codes of a line of text, and the
// operator's initials after the last one.
func stripWireCodes(line string) string {
	if strings.IndexByte(line, '&') < 0 {
		return line // most lines: no regular expression run
	}
	locs := rxWireCode.FindAllStringIndex(line, -1)
	if locs == nil {
		return line
	}
	if last := locs[len(locs)-1]; rxOperatorTail.MatchString(line[last[1]:]) {
		line = line[:last[1]]
	}
	return strings.TrimSpace(rxWireCode.ReplaceAllString(line, " "))
}

// rxPickup matches an instruction to pick up the earlier copy at a
// paragraph: "4th graf", "3rd graf pvs".
var rxPickup = regexp.MustCompile(`\b\d{1,2}(?:st|nd|rd|th) graf\b|\bgraf pvs\b`)

// isWireNote reports whether a line (codes removed) is an editor's note or
// a pick-up instruction rather than text.
func isWireNote(line string) bool {
	t := strings.TrimSpace(line)
	return strings.HasPrefix(t, "Eds:") || strings.HasPrefix(t, "EDs:") || strings.HasPrefix(t, "EDITOR'S NOTE") ||
		wordCount(t) <= 8 && rxPickup.MatchString(t)
}
