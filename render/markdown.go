package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/chorusnews/chorus"
)

// Markdown writes each story as a headline, its sourcing counts, the digest
// with a citation marker after each sentence, and the numbered sources.
func Markdown(w io.Writer, stories []*chorus.Story) error {
	bw := bufio.NewWriter(w)
	for i, s := range stories {
		if i > 0 {
			fmt.Fprint(bw, "\n---\n\n")
		}
		if err := writeStoryMarkdown(bw, s); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write markdown: %w", err)
	}
	return nil
}

func writeStoryMarkdown(w io.Writer, s *chorus.Story) error {
	num := numberArticles(s)
	fmt.Fprintf(w, "# %s\n\n", s.Headline.Text)
	fmt.Fprintf(w, "%s · story `%s`\n\n", countsLine(s), s.ID)

	// one paragraph per event, in story order
	eventOf := map[chorus.ArticleID]chorus.EventID{}
	for _, a := range s.Articles {
		eventOf[a.ID] = a.Event
	}
	var para []string
	lastEvent := chorus.EventID("")
	flush := func() {
		if len(para) > 0 {
			fmt.Fprintf(w, "%s\n\n", strings.Join(para, " "))
			para = nil
		}
	}
	for _, d := range s.Digest {
		ev := chorus.EventID("")
		if len(d.Citations) > 0 {
			ev = eventOf[d.Citations[0].Article]
		}
		if ev != lastEvent && lastEvent != "" {
			flush()
		}
		lastEvent = ev
		para = append(para, d.Text+markerText(num.markers(allCitations(d))))
	}
	flush()

	var sections strings.Builder
	peopleMarkdown(&sections, s)
	quotesMarkdown(&sections, s, num)
	timelineMarkdown(&sections, s, num)
	fmt.Fprint(w, sections.String())
	if err := ClaimsMarkdown(w, s); err != nil {
		return err
	}

	fmt.Fprintf(w, "## Sources\n\n")
	for i := range s.Articles {
		a := &s.Articles[i]
		line := fmt.Sprintf("%d. **%s** — %s (%s)", i+1, a.OutletLabel(), a.Title, dateString(a.Published))
		if note := originNote(s, a, num); note != "" {
			line += " · " + note
		} else if note := JoinedNote(a.Joined); note != "" {
			line += " · " + note // a copy is explained by what it repeats
		}
		if note := LanguageNote(&a.Article); note != "" {
			line += " · " + note
		}
		if a.URL != "" {
			line += " · <" + a.URL + ">"
		}
		fmt.Fprintf(w, "%s · `%s`\n", line, a.ID.Short())
	}
	return nil
}

// allCitations are a digest sentence's citations and its variants'.
func allCitations(d chorus.DigestSentence) []chorus.Citation {
	out := append([]chorus.Citation(nil), d.Citations...)
	for _, v := range d.Variants {
		out = append(out, v.Citations...)
	}
	return out
}

func markerText(nums []int) string {
	var b strings.Builder
	for _, n := range nums {
		fmt.Fprintf(&b, "[%d]", n)
	}
	return b.String()
}
