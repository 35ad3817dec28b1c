package analyze

import (
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
)

// Photo captions. Extraction drops the caption blocks it is sure of before
// the text is stored; those it cannot tell from a line of the article stay,
// and so do captions glued into a paragraph of plain text ("… the harbour.
// (Agency Photo/Ilse Varga) Next sentence"). A caption describes a
// picture, not news: the digest, the claims and the timeline read
// Sentence.Caption, set here, rather than each guessing on its own.

const monthName = `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`

var (
	// A caption that opens on its picture: "FILE - In this …", "File photo:
	// …", "In this March 2, 2021 photo, …", "This undated image released by
	// …", "Photo: Agency".
	rxCaptionOpening = regexp.MustCompile(`(?i)^(?:` +
		`(?:file|handout)\s?[-–—:_]` +
		`|(?:file|handout) (?:photo|picture|image)s?\s?:` +
		`|(?:in )?this (?:[\p{L}\d.,'’]+ ){0,6}?(?:file |handout |undated |aerial )?(?:photo|photograph|picture|image|video still|still image|screen ?grab)\b` +
		`|(?:an? )?(?:[\p{L}]+ ){0,3}?(?:undated|file|handout|publicity)(?: [\p{L}]+)? (?:photo|photograph|picture|image)s? (?:of|shows?|provided|released|taken)\b)`)
	// A credit opening a sentence ("Photo: Ilse Varga …", "Photo by …") is
	// as often glued to the next line of the article as to a caption.
	rxCreditOpening = regexp.MustCompile(`(?i)^(?:photo|picture|image)s?\s?(?::|by\b|courtesy of\b)`)
	// A caption that ends on its credit: "(Agency Photo/Ilse Varga, File)",
	// "( photo: submitted )", "(Photo: Marhold Images)".
	rxCaptionCredit = regexp.MustCompile(`(?i)[(\[][^()\[\]]{0,40}\b(?:photo|photos|image|images|picture|pictures|photograph)\b[^()\[\]]{0,60}[)\]][\s.]*$`)
	// …or on a credit in slashes with no brackets: "Agency/Ilse Varga/File
	// Photo", "… Marhold/Getty Images".
	rxSlashCredit = regexp.MustCompile(`(?i)/\s?(?:file photo|getty images|pool|file)\s*\.?\s*$`)
	// A caption ends on the date its picture was taken, as agencies date
	// pictures: "…, March 4, 2025.", "… in Riel March 4, 2025." or,
	// weekday first, "…, Tuesday, March 4, 2025.", which reports never end
	// a sentence with (the digest's own test until captions were marked
	// here). A report dates what happened with a preposition ("… on March
	// 4, 2025."); captions write one too, so those forms need more signs of
	// a picture (see isCaption).
	rxEndDate     = regexp.MustCompile(`(?i)(?:^|\s)([\p{L}.'’]+)(,?)\s(?:` + monthName + `\s\d{1,2},?\s\d{4}|\d{1,2}\s` + monthName + `,?\s\d{4})\.?\s*$`)
	rxWeekdayDate = regexp.MustCompile(`(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),? ` + monthName + ` \d{1,2},? \d{4}\.$`)
	// An agency name or a credit in brackets before a caption glued to it:
	// "(Tessin Daily) FILE - In this …".
	rxLeadingBracket = regexp.MustCompile(`^[(\[][^()\[\]]{1,60}[)\]]\s+`)
	// …which, when it names a picture, is the credit of the sentence
	// before: "(Agency Photo/Ilse Varga) …", "( photo: submitted ) …".
	rxCreditBracketOpening = regexp.MustCompile(`(?i)^[(\[][^()\[\]]{0,40}\b(?:photo|photos|image|images|picture|pictures)\b[^()\[\]]{0,60}(?:[)\]]|\.\.\.|…|$)`)
	// A caption describes the moment in the present tense.
	rxPictureVerb = regexp.MustCompile(`(?i)\b(?:shakes? hands|greets?|attends?|speaks|gestures?|poses?|looks? on|arrives?|waves?|walks?|listens?|sits?|stands?|is seen|are seen|pictured|holds?|gathers?|inspects?|delivers?|addresses|talks? to|meets? with|leaves?|chats?|reacts?|smiles?|cheers?|celebrates?|mourns?|prays?|protests?|marches?|rides?|drives?|carries?|watches?|wait|waits|stroll|strolls|embraces?|hugs?|kneels?|salutes?|displays?|flee|flees|runs|plays|performs|pauses|prepares?|surrounds?|mingles|is overcome|introduces|view of|scene of)\b`)
	// A report tells what happened in the past tense, or what will happen
	// or is so; a caption shows a moment in the simple present.
	rxNotPictureTense = regexp.MustCompile(`(?i)\b(?:was|were|had|has|have|did|\p{L}{3,}ed|is|are|will|would|shall|should|could|can|may|might|must)\b`)
	// "… is pictured at …": only pictures are.
	rxPictured = regexp.MustCompile(`(?i)\b(?:is|are|was|were) pictured\b`)
	// A report attributes what it tells.
	rxReportVerb = regexp.MustCompile(`(?i)\b(?:said|says|told|tells|added|according to|announced|reported)\b`)
	// A credit alone: "Photo: Agency", "Agency Photo", "Getty Images".
	rxCreditOnly = regexp.MustCompile(`(?i)^[(\[]?\s?(?:(?:photo|image|picture)s?\s?(?::|by)\s?[\p{L}.&'’/ -]{1,40}|[\p{L}.&'’/ -]{1,40}(?:photo|images)\s?(?:/\s?[\p{L}.'’ -]{1,30})?)\s?[)\]]?\s?\.?\s*$`)
)

// markCaptions sets Caption on the sentences that are photo captions. A
// sentence reads as one when it
//   - opens on its picture ("FILE - …", "In this … photo, …", "An undated
//     photo of …"), perhaps after a bracketed agency name;
//   - ends on a photo credit, bracketed or after a slash;
//   - ends on its picture's date written as agencies date pictures: weekday
//     first, or after the place while describing the moment in the
//     present tense ("… wave from their trucks …, March 4, 2025."), or
//     after "on" doing so and attributing nothing. A report ending on a
//     date ("… signed the accord on May 3, 2024.") tells what happened in
//     the past and is news;
//   - says something "is pictured";
//   - is a credit alone, or follows or precedes one in its paragraph and
//     describes a picture in the present tense.
//
// Captions are rare in news text and a real sentence lost costs more
// than a caption kept, so each sign is one agencies write and reports do
// not. On the Multi-News validation sample the marks read by hand were
// captions or their debris (bare credits and dates) but for two run-ons
// the segmenter left of a caption and a report; DUC 2003's wire copy gets
// none.
func markCaptions(text string, sents []chorus.Sentence) {
	for i := range sents {
		s := strings.TrimSpace(sents[i].In(text))
		underCredit := i > 0 && sents[i-1].Paragraph == sents[i].Paragraph && sents[i-1].Caption &&
			creditOnly(strings.TrimSpace(sents[i-1].In(text)))
		sents[i].Caption = isCaption(s, underCredit)
	}
	// the line above a photo credit is its caption when it describes a
	// picture: "Ilse Varga waves from the tug. (Agency Photo/Petar Riel)
	// The strike …"
	for i := 0; i+1 < len(sents); i++ {
		if sents[i].Caption || sents[i+1].Paragraph != sents[i].Paragraph {
			continue
		}
		next, cur := strings.TrimSpace(sents[i+1].In(text)), strings.TrimSpace(sents[i].In(text))
		if (creditOnly(next) || rxCreditBracketOpening.MatchString(next)) && describesPicture(cur) && !rxNotPictureTense.MatchString(cur) {
			sents[i].Caption = true
		}
	}
}

// isCaption reports whether sentence s is a photo caption; underCredit
// says it follows a bare photo credit in its paragraph.
func isCaption(s string, underCredit bool) bool {
	if s == "" {
		return false
	}
	// a credit or agency name in brackets may open a caption glued to it
	// ("(Agency) FILE - In this …")
	if m := rxLeadingBracket.FindStringIndex(s); m != nil && m[1] < len(s) {
		s = s[m[1]:]
	}
	if opensOnPictureWord(s) && rxCaptionOpening.MatchString(s) || creditOnly(s) {
		return true
	}
	if rxCreditOpening.MatchString(s) && describesPicture(s) {
		return true
	}
	// The expressions below scan the whole sentence, and run on every
	// sentence of every article, so each runs only when a character its
	// match needs is there.
	if trimmed := strings.TrimRight(s, " \t\n."); trimmed != "" {
		if last := trimmed[len(trimmed)-1]; (last == ')' || last == ']') && rxCaptionCredit.MatchString(s) {
			return true
		}
	}
	if strings.IndexByte(s, '/') >= 0 && rxSlashCredit.MatchString(s) {
		return true
	}
	if endsOnYear(s) {
		if rxWeekdayDate.MatchString(s) {
			return true
		}
		if m := rxEndDate.FindStringSubmatchIndex(s); m != nil {
			prep := datePrepositions[strings.ToLower(s[m[2]:m[3]])]
			before := s[:m[3]] // not the date: "May" is no modal
			if rxPictureVerb.MatchString(s) && (!prep || !rxReportVerb.MatchString(s)) {
				return true
			}
			// a date after the place, with nothing in the past tense
			// ("… discusses the budget with Ilse Varga in Riel, May 3, 2024.")
			if !prep && !rxNotPictureTense.MatchString(before) && !rxReportVerb.MatchString(s) {
				return true
			}
		}
	}
	if strings.Contains(s, "ictured") && rxPictured.MatchString(s) && len(strings.Fields(s)) <= 30 && !rxReportVerb.MatchString(s) {
		return true
	}
	return underCredit && describesPicture(s)
}

// describesPicture reports whether s reads as the description of a
// moment: short, in the present tense, attributing nothing and quoting
// no one.
func describesPicture(s string) bool {
	return len(strings.Fields(s)) <= 40 && !strings.ContainsAny(s, "\"“”") &&
		rxPictureVerb.MatchString(s) && !rxReportVerb.MatchString(s)
}

// datePrepositions introduce a date in a report ("… on March 4, 2025");
// a caption's date follows its place, with or without a comma.
var datePrepositions = map[string]bool{"on": true, "in": true, "since": true, "until": true, "till": true, "by": true,
	"before": true, "after": true, "from": true, "of": true, "to": true, "through": true, "between": true, "and": true,
	"than": true, "as": true, "at": true, "dated": true}

// endsOnYear reports whether s ends on four digits, perhaps with a full
// stop: the cheap test before the date expressions run.
func endsOnYear(s string) bool {
	s = strings.TrimRight(s, ". ")
	if len(s) < 4 {
		return false
	}
	for _, c := range s[len(s)-4:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// opensOnPictureWord is the cheap test before rxCaptionOpening runs:
// every opening it matches starts with "file", "handout" or "this" ("in
// this"), or names a photo, picture or image within its first words.
func opensOnPictureWord(s string) bool {
	head := strings.ToLower(s[:min(len(s), 100)])
	for _, p := range []string{"file", "handout", "this ", "in this "} {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return strings.Contains(head, "photo") || strings.Contains(head, "picture") || strings.Contains(head, "image")
}

// creditOnly reports whether s is nothing but a photo credit.
func creditOnly(s string) bool {
	return len(s) <= 60 && rxCreditOnly.MatchString(s)
}
