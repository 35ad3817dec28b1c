package render

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// timexLabel shows a TIMEX3 calendar value the way a reader writes dates:
// "14 Jul 2016", "Aug 2016", "week 28, 2016", "Q3 2016", "summer 2016".
func timexLabel(v string) string {
	if t, err := time.Parse("2006-01-02", v); err == nil {
		return t.Format("2 Jan 2006")
	}
	if t, err := time.Parse("2006-01", v); err == nil {
		return t.Format("Jan 2006")
	}
	if len(v) >= 4 {
		year, rest := v[:4], v[4:]
		switch {
		case rest == "":
			return year
		case strings.HasPrefix(rest, "-W"):
			if w, err := strconv.Atoi(rest[2:]); err == nil {
				return fmt.Sprintf("week %d, %s", w, year)
			}
		case strings.HasPrefix(rest, "-Q"):
			return rest[1:] + " " + year
		}
		seasons := map[string]string{"-SP": "spring", "-SU": "summer", "-FA": "autumn", "-WI": "winter"}
		if s, ok := seasons[rest]; ok {
			return s + " " + year
		}
	}
	return v
}

// timelineMarkdown writes the timeline as a dated list with citation markers.
func timelineMarkdown(b *strings.Builder, s *chorus.Story, num numbering) {
	if len(s.Timeline) == 0 {
		return
	}
	b.WriteString("## Timeline\n\n")
	for _, e := range s.Timeline {
		cits := append([]chorus.Citation(nil), e.Citations...)
		for _, v := range e.Variants {
			cits = append(cits, v.Citations...)
		}
		fmt.Fprintf(b, "- **%s** — %s%s\n", timexLabel(e.Date), e.Text, markerText(num.markers(cits)))
	}
	b.WriteString("\n")
}
