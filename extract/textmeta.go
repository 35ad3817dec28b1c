package extract

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
)

var (
	rxByline      = regexp.MustCompile(`^(?i:by|authors?:|written by|reporting by|words by|par|por|von|door)\s+(\p{Lu}.{1,120})$`)
	rxBylineEnd   = regexp.MustCompile(`\s*[|;,]\s*(?i:editing|additional reporting|writing|compiled).*$`)
	rxReadingTime = regexp.MustCompile(`(?i)^(\d+\s*(min|mins|minutes?|minutos?|minuti)\s*(read|de leitura|de lectura|de lecture|di lettura)?|(reading time|tempo de leitura|tiempo de lectura|temps de lecture|tempo di lettura|lesezeit):?\s*\d+\s*(min|mins|minutes?|minutos?|minuti|minuten)\.?)$`)
	rxAgencies    = regexp.MustCompile(`^(?:(\S.{0,40}?)\s+(?:and|&|with)\s+)?(?i:agencies|wires|news agencies)\.?$`)
	rxCreditTail  = regexp.MustCompile(`\s*[(\[](?i:courtesy|source|via|with)\s*:?\s*([^()\[\]]{2,40})[)\]]\.?\s*$`)
	rxPhotoCredit = regexp.MustCompile(`(?i)^\(?(photo|photograph|image|picture|pictures|video|credit|illustration|file photo|graphic)s?(\s*(by|credit|courtesy))?\s*[:/]`)
	rxLeadPrefix  = regexp.MustCompile(`^([\p{L}\d][\p{L}\d.&'’ ]{1,40}?)(?:\s*\(([\p{L} ]{2,30})\))?\s+[-–—]{1,2}\s+(\p{Lu}|["“])`)
	// a wire dateline: "OSTRELKA, Veskaria, March 12 (Meridian) - "; wire
	// copy typed on teletype keyboards writes its dash as an underscore
	// ("OSTRELKA (Meridian) _ ")
	rxWireDateline = regexp.MustCompile(`^(\p{Lu}[\p{Lu} .'’-]{2,30})(?:,\s*[\p{L} .'’-]{2,30}?)?(?:,\s*` + monthNames + `\s+\d{1,2})?\s*(?:\(([\p{L} ]{2,30})\))?\s*(?:[-–—]{1,2}|_)\s+`)
	rxDomainLike   = regexp.MustCompile(`(?i)\.(com|net|org|am|ru|uk|de|fr|info|news|co|io|in|tv)\b`)
)

// takeMetadataLines turns bylines, credit lines, datelines and reading-time
// lines into metadata and removes them from the text.
func (d *Draft) takeMetadataLines() {
	var leads []int
	for i := range d.blocks {
		bl := &d.blocks[i]
		if bl.drop != "" {
			continue
		}
		words := wordCount(bl.text)
		switch {
		case words <= 16 && rxByline.MatchString(bl.text):
			name := rxByline.FindStringSubmatch(bl.text)[1]
			name = strings.TrimSpace(rxBylineEnd.ReplaceAllString(name, ""))
			d.meta.set("byline", name, "text:byline-line")
			bl.drop = "byline"
		case rxReadingTime.MatchString(bl.text):
			bl.drop = "reading time"
		case words <= 8 && rxAgencies.MatchString(bl.text):
			m := rxAgencies.FindStringSubmatch(bl.text)
			d.meta.set("credit", "agencies", "text:credit-line")
			if m[1] != "" {
				d.meta.set("outlet", splitCamel(m[1]), "text:credit-line")
			}
			bl.drop = "credit line"
		case words <= 12 && rxPhotoCredit.MatchString(bl.text):
			bl.drop = "photo credit"
		case words <= 9 && i < 8:
			if t, ok := parseDateLine(bl.text); ok {
				d.meta.setTime(t, "text:dateline")
				bl.drop = "dateline"
			} else if isDateOnly(bl.text) {
				bl.drop = "dateline"
			}
		case isDateOnly(bl.text):
			bl.drop = "dateline"
		}
		if bl.drop == "" && len(leads) < 3 && words >= 8 {
			leads = append(leads, i)
		}
	}
	// The prefix sits on the first paragraph, which may come after a
	// standfirst or two.
	for _, i := range leads {
		if d.takeLeadPrefix(i) {
			break
		}
	}
}

// takeLeadPrefix reads "Outlet.net - ", "CITY (Agency) - " style prefixes off
// a paragraph and reports whether it found one.
func (d *Draft) takeLeadPrefix(i int) bool {
	bl := &d.blocks[i]
	if m := rxWireDateline.FindStringSubmatchIndex(bl.text); m != nil && (m[4] >= 0 || isUpperWords(bl.text[m[2]:m[3]])) {
		// "RIO DE JANEIRO, Brazil _ ": a dateline names its place in
		// capitals, and its agency when it has one
		if m[4] >= 0 {
			d.meta.set("credit", bl.text[m[4]:m[5]], "text:dateline")
		}
		bl.text = bl.text[m[1]:]
		return true
	}
	m := rxLeadPrefix.FindStringSubmatchIndex(bl.text)
	if m == nil {
		return false
	}
	prefix := bl.text[m[2]:m[3]]
	agency := ""
	if m[4] >= 0 {
		agency = bl.text[m[4]:m[5]]
	}
	switch {
	case rxDomainLike.MatchString(prefix):
		d.meta.set("outlet", prefix, "text:lead-prefix")
	case isUpperWords(prefix) || agency != "":
		if agency != "" {
			d.meta.set("credit", agency, "text:dateline")
		}
	default:
		return false
	}
	bl.text = bl.text[m[6]:]
	return true
}

// takeCreditTail reads "(Courtesy Reuters)" off the end of the article text.
//
// Pasted pages often go on after the article (share buttons, comment
// boxes, a sidebar) that later rules remove, so the credit is looked for
// in the last few paragraphs, not only the very last line.
func (d *Draft) takeCreditTail() {
	seen := 0
	for i := len(d.blocks) - 1; i >= 0 && seen < 12; i-- {
		bl := &d.blocks[i]
		if bl.drop != "" {
			continue
		}
		seen++
		if m := rxCreditTail.FindStringSubmatchIndex(bl.text); m != nil {
			d.meta.set("credit", bl.text[m[2]:m[3]], "text:credit-tail")
			bl.text = strings.TrimSpace(bl.text[:m[0]])
			return
		}
	}
}

func isUpperWords(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// splitCamel turns a run-together brand ("TRTWorld") into words ("TRT World").
func splitCamel(s string) string {
	rs := []rune(strings.TrimSpace(s))
	var b strings.Builder
	for i, r := range rs {
		if i > 0 && i+1 < len(rs) && unicode.IsUpper(r) && unicode.IsUpper(rs[i-1]) && unicode.IsLower(rs[i+1]) {
			b.WriteByte(' ')
		} else if i > 0 && unicode.IsUpper(r) && unicode.IsLower(rs[i-1]) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}

var (
	monthNames = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
	weekday    = `(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)?`
	rxDateLine = regexp.MustCompile(`(?i)^(?:(?:published|posted|updated|date|last updated)\s*:?\s*)?` + weekday +
		`(?:(\d{1,2})\s+(` + monthNames + `),?\s+(\d{4})|(` + monthNames + `)\s+(\d{1,2}),?\s+(\d{4}))` +
		`(?:\s*[,|-]?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?$`)
)

// parseDateLine reads a line that is only a date ("15 July, 2016",
// "Published: March 3, 2025 10:00"), as pages print near the headline. It
// keeps the calendar day only: a time without a reliable zone would be a guess.
func parseDateLine(s string) (time.Time, bool) {
	m := rxDateLine.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return time.Time{}, false
	}
	day, month, year := m[1], m[2], m[3]
	if day == "" {
		day, month, year = m[5], m[4], m[6]
	}
	mon := monthNumber(month)
	if mon == 0 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-1-2", year+"-"+strconv.Itoa(mon)+"-"+day)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

func monthNumber(s string) int {
	s = strings.ToLower(strings.TrimSuffix(s, "."))
	if len(s) < 3 {
		return 0
	}
	for i, m := range []string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"} {
		if strings.HasPrefix(s, m) {
			return i + 1
		}
	}
	return 0
}

func hostOf(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// outletName is an outlet's name as its own furniture prints it: one to
// five capitalised words, "of", "on", "and" or "&" allowed between them.
const outletName = `(\p{Lu}[\p{L}\d'’.-]*(?:\s+(?:(?:of|on|and|&)\s+)?\p{Lu}[\p{L}\d'’.-]*){0,4})`

// rxOutletFurniture are the lines a site prints around its articles that
// name it: "More from the Northmoor Post", "Subscribe to Harbor Notes",
// "Harbor Ledger app: …", "© 2025 Harbor Ledger Ltd".
var rxOutletFurniture = []*regexp.Regexp{
	regexp.MustCompile(`^(?:More|Latest|Most read) from (?:the\s+)?` + outletName + `\.?$`),
	regexp.MustCompile(`^Subscribe to (?:the\s+)?` + outletName + `\.?$`),
	regexp.MustCompile(`^(?:The\s+)?` + outletName + ` app\b`),
	regexp.MustCompile(`^(?:©|\([cC]\)|Copyright)\s*(?:\d{4}\s+)?(?:the\s+)?` + outletName),
}

// notOutlets are names those lines give to something else ("Subscribe to
// Updates"), and notOutletHeads the words that start such a name ("Our
// Newsletter", "All Stories").
var (
	notOutlets     = map[string]bool{"news": true, "newsletter": true, "newsletters": true, "updates": true, "more": true, "the": true}
	notOutletHeads = map[string]bool{"our": true, "your": true, "us": true, "this": true, "all": true, "my": true}
)

// rxCompanySuffix is the legal form a copyright line adds to the name.
var rxCompanySuffix = regexp.MustCompile(`\s+(?:Ltd|Limited|Inc|LLC|plc|PLC|GmbH|SA|AG|Media Group)\.?$`)

// takeOutletFromText names the outlet of a text that carried no name for
// it (no hint, no URL, no site name in its markup) from a short line of
// the site's furniture that names it, whether or not cleaning drops it. A wire dateline's
// credit ("THESSARA (CNS) - ") is not taken for the outlet: most texts
// that carry one are reposts, and naming the agency as their outlet would
// make a repost look like the agency's own copy.
func (d *Draft) takeOutletFromText() {
	if d.meta.outlet != "" {
		return
	}
	// A text's furniture is read line by line: blocks glue a list's lines
	// together, and the tail that holds them is cut later.
	var lines []string
	if d.isHTML() {
		for _, bl := range d.blocks {
			lines = append(lines, bl.text)
		}
	} else {
		lines = splitLines(string(d.doc.Body))
	}
	for _, line := range lines {
		line = normalizeSpace(line)
		if line == "" || wordCount(line) > 10 {
			continue
		}
		for _, rx := range rxOutletFurniture {
			m := rx.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			name := rxCompanySuffix.ReplaceAllString(strings.TrimRight(m[1], "."), "")
			if notOutlets[strings.ToLower(name)] || notOutletHeads[strings.ToLower(strings.Fields(name)[0])] {
				continue
			}
			d.meta.set("outlet", name, "text:furniture")
			return
		}
	}
}
