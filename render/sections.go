package render

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// TimelineDate labels a timeline entry's date for a reader, saying so when
// the year was taken from the story because the article carries no date.
func TimelineDate(e chorus.TimelineEntry) string {
	if e.YearFromStory {
		return timexLabel(e.Date) + " (year from the story's dates)"
	}
	return timexLabel(e.Date)
}

// timexLabel shows a TIMEX3 calendar value the way a reader writes dates:
// "14 Jul 2016", "Aug 2016", "week of 11 Jul 2016", "Q3 2016", "summer
// 2016". An ISO week is named by its Monday: few readers know which days
// "week 28" holds.
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
			if w, err := strconv.Atoi(rest[2:]); err == nil && w >= 1 && w <= 53 {
				if y, err := strconv.Atoi(year); err == nil {
					return "week of " + isoWeekMonday(y, w).Format("2 Jan 2006")
				}
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

// isoWeekMonday returns the Monday of ISO week w of year y: week 1 is the
// week that holds 4 January.
func isoWeekMonday(y, w int) time.Time {
	jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
	back := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -back+7*(w-1))
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
		fmt.Fprintf(b, "- **%s** — %s%s\n", TimelineDate(e), e.Text, markerText(num.markers(cits)))
	}
	b.WriteString("\n")
}

// maxPeopleShown caps the people listed in Markdown and HTML (the JSON
// has them all).
const maxPeopleShown = 12

// peopleLine describes one person or organisation for a reader.
func peopleLine(p chorus.Person) string {
	var b strings.Builder
	b.WriteString(p.Name)
	if p.Role != "" {
		b.WriteString(", " + p.Role)
	}
	total := 0
	for _, n := range p.Mentions {
		total += n
	}
	fmt.Fprintf(&b, " — %s in %s", plural(total, "mention"), plural(len(p.Mentions), "article"))
	if len(p.Variants) > 0 {
		b.WriteString("; also written " + strings.Join(p.Variants, ", "))
	}
	return b.String()
}

// splitPeople separates people and organisations from places, keeping order.
func splitPeople(all []chorus.Person) (actors, places []chorus.Person) {
	for _, p := range all {
		if p.Type == chorus.EntityLocation {
			places = append(places, p)
		} else {
			actors = append(actors, p)
		}
	}
	return actors, places
}

func peopleMarkdown(b *strings.Builder, s *chorus.Story) {
	actors, places := splitPeople(s.People)
	if len(actors) == 0 && len(places) == 0 {
		return
	}
	b.WriteString("## People and organisations\n\n")
	for i, p := range actors {
		if i == maxPeopleShown {
			fmt.Fprintf(b, "- … and %d more\n", len(actors)-maxPeopleShown)
			break
		}
		fmt.Fprintf(b, "- %s\n", peopleLine(p))
	}
	if len(places) > 0 {
		var names []string
		for i, p := range places {
			if i == maxPeopleShown {
				break
			}
			names = append(names, p.Name)
		}
		fmt.Fprintf(b, "\nPlaces: %s\n", strings.Join(names, ", "))
	}
	b.WriteString("\n")
}

// maxQuotesShown caps the quotes listed in Markdown and HTML.
const maxQuotesShown = 8

// quoteLine shows a quote the way a reader expects: quoted when it was
// said in quotation marks, reported otherwise, with who said it.
func quoteLine(q chorus.StoryQuote) string {
	speaker := q.Speaker
	if speaker == "" {
		speaker = "unattributed"
	}
	if q.Direct {
		return fmt.Sprintf("“%s” — %s", strings.Trim(q.Text, `"“”`), speaker)
	}
	return fmt.Sprintf("%s (reported: %s)", q.Text, speaker)
}

func quoteCitations(q chorus.StoryQuote) []chorus.Citation {
	out := append([]chorus.Citation(nil), q.Citations...)
	for _, v := range q.Variants {
		out = append(out, v.Citations...)
	}
	return out
}

func quotesMarkdown(b *strings.Builder, s *chorus.Story, num numbering) {
	var direct []chorus.StoryQuote
	for _, q := range s.Quotes {
		if q.Direct && q.Speaker != "" {
			direct = append(direct, q)
		}
	}
	if len(direct) == 0 {
		return
	}
	b.WriteString("## Who said what\n\n")
	for i, q := range direct {
		if i == maxQuotesShown {
			break
		}
		fmt.Fprintf(b, "- %s%s\n", quoteLine(q), markerText(num.markers(quoteCitations(q))))
	}
	b.WriteString("\n")
}
