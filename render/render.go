// Package render writes stories for people and programs: Markdown for the
// terminal, JSON in the documented schema (docs/story-json.md), and one
// self-contained HTML page.
package render

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// Format names an output format.
type Format string

// The output formats.
const (
	FormatMarkdown Format = "md"
	FormatJSON     Format = "json"
	FormatHTML     Format = "html"
)

// ParseFormat checks a user-given format name.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "md", "markdown":
		return FormatMarkdown, nil
	case "json":
		return FormatJSON, nil
	case "html":
		return FormatHTML, nil
	}
	return "", fmt.Errorf("unknown format %q (want md, json or html)", s)
}

// Write writes stories in format f.
func Write(w io.Writer, f Format, stories []*chorus.Story) error {
	switch f {
	case FormatJSON:
		return JSON(w, stories)
	case FormatHTML:
		return HTML(w, stories)
	default:
		return Markdown(w, stories)
	}
}

// Document is the top level of the JSON output.
type Document struct {
	Stories []*chorus.Story `json:"stories"`
}

// JSON writes {"stories": [...]}, indented, with HTML characters unescaped.
func JSON(w io.Writer, stories []*chorus.Story) error {
	if stories == nil {
		stories = []*chorus.Story{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(Document{Stories: stories}); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

// numbering gives each article of a story its citation number, in the
// order the story lists them.
type numbering map[chorus.ArticleID]int

func numberArticles(s *chorus.Story) numbering {
	n := numbering{}
	for i, a := range s.Articles {
		n[a.ID] = i + 1
	}
	return n
}

// markers returns the citation numbers of the articles cited, in order, once each.
func (n numbering) markers(cits []chorus.Citation) []int {
	var out []int
	seen := map[int]bool{}
	for _, c := range cits {
		if k := n[c.Article]; k > 0 && !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

func dateString(t time.Time) string {
	if t.IsZero() {
		return "undated"
	}
	return t.Format("2 Jan 2006")
}

// countsLine summarises a story's sourcing.
func countsLine(s *chorus.Story) string {
	parts := []string{
		plural(len(s.Articles), "article"),
		plural(s.Outlets, "outlet"),
		plural(s.IndependentOrigins, "independent origin"),
	}
	line := strings.Join(parts, " · ")
	if !s.Updated.IsZero() {
		line += " · updated " + dateString(s.Updated)
	}
	return line
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// originNote describes an article's place in its syndication group.
func originNote(s *chorus.Story, a *chorus.StoryArticle, num numbering) string {
	for _, o := range s.Origins {
		if o.Article == a.ID {
			if len(o.Copies) == 0 {
				return ""
			}
			return fmt.Sprintf("origin of %d %s", len(o.Copies), pluralWord(len(o.Copies), "copy", "copies"))
		}
		for _, c := range o.Copies {
			if c.Article == a.ID {
				return fmt.Sprintf("repeats %.0f%% of [%d]", c.Shared*100, num[o.Article])
			}
		}
	}
	return ""
}

// languageNames are the readable names of the languages extraction
// tells apart, and of a few more pages often declare.
var languageNames = map[string]string{
	"ar": "Arabic", "de": "German", "el": "Greek", "es": "Spanish", "fa": "Persian", "fr": "French",
	"he": "Hebrew", "hi": "Hindi", "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean",
	"nl": "Dutch", "pl": "Polish", "pt": "Portuguese", "ru": "Russian", "sv": "Swedish", "th": "Thai",
	"tr": "Turkish", "uk": "Ukrainian", "zh": "Chinese",
}

// LanguageNote tells a reader why an article in another language than
// English adds nothing to the people, quotes, timeline or claims (see
// chorus.Article.ReadsAsEnglish), or "" for an article read in full.
func LanguageNote(a *chorus.Article) string {
	if a.ReadsAsEnglish() {
		return ""
	}
	name := languageNames[a.Lang]
	if name == "" {
		name = "language " + a.Lang
	}
	return "in " + name + ": names, quotes, dates and claims not read"
}

// JoinedNote says in a few words what an article shares with the other
// articles of its event and how close the clusterer found it ("shares
// Thessara, FPW; strike, port (similarity 0.41)"), or "".
func JoinedNote(j *chorus.Joined) string {
	if j == nil {
		return ""
	}
	var parts []string
	if len(j.Names) > 0 {
		parts = append(parts, strings.Join(j.Names[:min(3, len(j.Names))], ", "))
	}
	if len(j.Words) > 0 {
		parts = append(parts, strings.Join(j.Words[:min(3, len(j.Words))], ", "))
	}
	similarity := ""
	if j.Score > 0 {
		similarity = fmt.Sprintf("similarity %.2f", j.Score)
	}
	switch {
	case len(parts) == 0 && similarity == "":
		return ""
	case len(parts) == 0:
		return similarity + " to its event"
	case similarity == "":
		return "shares " + strings.Join(parts, "; ")
	}
	return "shares " + strings.Join(parts, "; ") + " (" + similarity + ")"
}

func pluralWord(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
