package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// A caption often ends with where and when the picture was taken:
	// "…in Perandos, Kalessia, on May 12, 2025." or "…, December 2, 2014."
	rxEndsWithDate = regexp.MustCompile(`(?i)(,|\bon|\bin)\s+(` + monthNames + `\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+` + monthNames + `,?\s+\d{4})\.?\s*$`)
	// …or with the agency that took it: "…in Syria [AFP]", "(Reuters)".
	rxEndsWithCredit = regexp.MustCompile(`[\[(]\s*(?:(?i:photo|image|file|pictured)\s*:?\s*)?\p{Lu}[\p{L}/.&' -]{1,30}[\])]\s*$`)
	// …or names its source in words no sentence ends with: "(Image: getty)",
	// "(AP Photo/Jane Doe, File)", "Photo: Jane Doe / Agency".
	rxEndsWithPhotoCredit = regexp.MustCompile(`(?i)[\[(]\s*(?:[\p{L}.]+\s+)?(?:photo|image|picture|pictures|credit|file photo|getty images|getty)\b[^\])]{0,60}[\])]\s*$`)
	// …or it introduces the picture itself.
	rxPictureOpening = regexp.MustCompile(`(?i)^(a|an|this|the)?\s*(still|file|handout|undated|screen ?grab|screenshot|photo|picture|image|video still|aerial)\b.{0,40}\b(image|photo|picture|shows|taken|released|grab)\b`)
	rxPictured       = regexp.MustCompile(`(?i)\b(photographed|pictured|seen here|shown here|in this (photo|picture|image))\b`)
	rxReporting      = regexp.MustCompile(`(?i)\b(said|says|told|tells|added|according to|asked|announced|reported)\b`)
	// Photo captions describe the moment in the present tense.
	rxPictureVerb = regexp.MustCompile(`(?i)\b(shakes? hands|greets?|attends?|speaks?|gestures?|poses?|looks? on|arrives?|waves?|walks?|listens?|sits?|stands?|is seen|are seen|pictured|holds?|gathers?|inspects?|delivers?|addresses|talks? to|meets? with|leaves?|chats?|reacts?|smiles?)\b`)
)

// dropCaptions removes photo captions: single sentences that describe a
// picture rather than report news.
func (d *Draft) dropCaptions() {
	for i := range d.blocks {
		bl := &d.blocks[i]
		if bl.drop != "" {
			continue
		}
		if why := captionReason(bl.text, d.isHTML()); why != "" {
			bl.drop = why
			continue
		}
		// the line under a photo credit ("Photo: Agency") is its caption
		if i > 0 && d.blocks[i-1].drop == "photo credit" && len(strings.Fields(bl.text)) <= 25 &&
			sentenceCount(bl.text) == 1 && !strings.ContainsAny(bl.text, "\"“”") {
			bl.drop = "caption (under a photo credit)"
		}
	}
}

// captionReason says why s reads as a photo caption, or "". In markup,
// where the extractors have already voted figures out, only the surest
// signs count: a present-tense description or a bare name list is as often
// a line of the article.
func captionReason(s string, inHTML bool) string {
	words := wordCount(s)
	if words > 60 || sentenceCount(s) > 1 {
		return ""
	}
	// The expressions are costly on every paragraph of every page, so
	// each runs only when the cheap test its case needs has passed.
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	bracketed := last == ')' || last == ']'
	dated := unicode.IsDigit(last) || last == '.'
	reportsKnown, reportsVal := false, false
	reports := func() bool {
		if !reportsKnown {
			reportsKnown = true
			reportsVal = rxReporting.MatchString(s) || strings.ContainsAny(s, "\"“”")
		}
		return reportsVal
	}
	switch {
	case rxPictureOpening.MatchString(s):
		return "caption"
	case bracketed && rxEndsWithPhotoCredit.MatchString(s):
		return "caption (credit)"
	case !inHTML && bracketed && !reports() && rxEndsWithCredit.MatchString(s) && !endsSentence(s) && !rxCreditTail.MatchString(s):
		// "(Courtesy Meridian)" after a paragraph credits the story, not a picture
		return "caption (credit)"
	case dated && !reports() && rxEndsWithDate.MatchString(s) && rxPictureVerb.MatchString(s):
		return "caption (dated)"
	case inHTML:
		return ""
	case !reports() && !endsSentence(s) && words >= 6 && rxPictureVerb.MatchString(s):
		return "caption (present tense)"
	case words <= 15 && !reports() && rxPictured.MatchString(s):
		return "caption (pictured)"
	case words <= 14 && endsSentence(s) && isNamePhrase(s):
		return "caption (name only)"
	}
	return ""
}

// sentenceCount roughly counts sentence ends followed by a capital letter.
func sentenceCount(s string) int {
	n := 1
	rs := []rune(s)
	for i := 0; i+2 < len(rs); i++ {
		if (rs[i] == '.' || rs[i] == '!' || rs[i] == '?') && rs[i+1] == ' ' && unicode.IsUpper(rs[i+2]) {
			// "U.S. Secretary" and "Lt. Gen." are not sentence ends
			j := i - 1
			for j >= 0 && unicode.IsLetter(rs[j]) {
				j--
			}
			if i-j-1 <= 3 && j >= 0 && (rs[j] == '.' || rs[j] == ' ') && unicode.IsUpper(rs[j+1]) {
				continue
			}
			n++
		}
	}
	return n
}

// isNamePhrase reports whether every word is capitalised but for a few
// particles: a caption naming who is pictured ("Regional Mediator for the
// Port Dispute Irena Vos.").
func isNamePhrase(s string) bool {
	words := strings.Fields(strings.TrimRight(s, ".!?"))
	if len(words) < 2 {
		return false
	}
	for _, w := range words {
		r := []rune(strings.Trim(w, `"“”'’(),`))
		if len(r) == 0 {
			continue
		}
		if unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]) {
			continue
		}
		switch string(r) {
		case "for", "of", "and", "the", "de", "del", "la", "von", "van", "al", "bin", "on", "in", "to":
			continue
		}
		return false
	}
	return true
}
