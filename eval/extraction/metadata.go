package extraction

import (
	"fmt"
	"io"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/chorusnews/chorus"
)

// MetaTally counts, for one metadata field, how many pages got a value,
// where the values came from, and, where the set gives something to check
// against, how many agree with it.
type MetaTally struct {
	Field   string
	Pages   int
	Found   int
	From    map[string]int
	Checked int // pages where the value could be checked
	Right   int // checked pages where it agreed
	Check   string
}

// rxURLDate finds the publication date many news URLs carry
// (/2019/11/19/, /2019-11-19-, /20191119/).
var rxURLDate = regexp.MustCompile(`/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/-]|$|\D)`)

// MetadataReport checks the metadata of extracted articles (one per page,
// nil when extraction failed) against what the set knows: the page's URL
// (canonical URL; the outlet should name the URL's site; a date in the URL
// should be the publication day, give or take a day for time zones) and the
// language the page declares (against detect, the text language detector;
// nil skips that check). Titles, bylines and sections have nothing to check
// against and are only counted.
func MetadataReport(pages []Page, arts []*chorus.Article, detect func(text string) string) []MetaTally {
	fields := []string{"url", "outlet", "published", "title", "byline", "lang", "section"}
	tallies := map[string]*MetaTally{}
	for _, f := range fields {
		tallies[f] = &MetaTally{Field: f, From: map[string]int{}}
	}
	tallies["url"].Check = "same page as the set's URL"
	tallies["outlet"].Check = "names the URL's site (letters match the domain)"
	tallies["published"].Check = "same day as a date in the URL (±1 day)"
	tallies["lang"].Check = "declared <html lang> agrees with the text detector"
	for i, p := range pages {
		a := arts[i]
		for _, f := range fields {
			t := tallies[f]
			t.Pages++
			if a == nil {
				continue
			}
			v := fieldValue(a, f)
			if v == "" {
				continue
			}
			t.Found++
			t.From[sourceKind(a.Provenance[f])]++
		}
		if p.URL != "" {
			// A page extraction failed on counts as checked and wrong.
			t := tallies["url"]
			t.Checked++
			if a != nil && a.URL != "" && sameURL(a.URL, p.URL) {
				t.Right++
			}
			t = tallies["outlet"]
			t.Checked++
			if a != nil && a.Outlet != "" && namesSite(a.Outlet, p.URL) {
				t.Right++
			}
			// A date taken from the URL itself is not checked against it.
			if day, ok := urlDate(p.URL); ok && (a == nil || a.Provenance["published"] != "url") {
				t = tallies["published"]
				t.Checked++
				if a != nil && !a.Published.IsZero() && nearDay(a.Published, day) {
					t.Right++
				}
			}
		}
		if a == nil {
			continue
		}
		if detect != nil && a.Lang != "" && a.Provenance["lang"] != "text" {
			// The page declared a language; does the text agree?
			t := tallies["lang"]
			t.Checked++
			if detected := detect(a.Text); detected == "" || detected == a.Lang {
				t.Right++
			}
		}
	}
	out := make([]MetaTally, 0, len(fields))
	for _, f := range fields {
		out = append(out, *tallies[f])
	}
	return out
}

func fieldValue(a *chorus.Article, f string) string {
	switch f {
	case "url":
		return a.URL
	case "outlet":
		return a.Outlet
	case "published":
		if a.Published.IsZero() {
			return ""
		}
		return a.Published.String()
	case "title":
		return a.Title
	case "byline":
		return a.Byline
	case "lang":
		return a.Lang
	case "section":
		if a.Provenance["section"] == "" {
			return ""
		}
		return "yes"
	}
	return ""
}

// sourceKind shortens a provenance to its kind ("meta:og:site_name" →
// "meta", "text:byline-line" → "text").
func sourceKind(p string) string {
	if p == "" {
		return "?"
	}
	if i := strings.IndexByte(p, ':'); i > 0 && p[:i] != "link" && p[:i] != "html" {
		return p[:i]
	}
	return p
}

// sameURL compares two URLs as addresses of one page: scheme, "www.", a
// trailing slash, the query and the fragment do not count.
func sameURL(a, b string) bool {
	return urlKey(a) == urlKey(b) && urlKey(a) != ""
}

func urlKey(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	return host + strings.TrimSuffix(u.EscapedPath(), "/")
}

// namesSite reports whether an outlet name is the site's name: its letters
// and digits, lower-cased, appear in the URL's host, or the host's main
// label appears in them ("TRT World" and trtworld.com, "The Guardian" and
// theguardian.com).
func namesSite(outlet, raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	label := host
	if i := strings.IndexByte(host, '.'); i > 0 {
		label = host[:i]
	}
	var b strings.Builder
	for _, r := range strings.ToLower(outlet) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	name := b.String()
	if len(name) < 2 {
		return false
	}
	plainHost := strings.NewReplacer(".", "", "-", "").Replace(host)
	if strings.Contains(plainHost, name) || (len(label) >= 3 && strings.Contains(name, strings.ReplaceAll(label, "-", ""))) {
		return true
	}
	return abbreviates(strings.ReplaceAll(label, "-", ""), strings.FieldsFunc(strings.ToLower(outlet), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
}

// abbreviates reports whether label is the outlet's words run together,
// each written whole, as its initial, or left out, using at least half of
// them: "latimes" for Los Angeles Times, "nbcdfw" for NBC 5 Dallas-Fort
// Worth.
func abbreviates(label string, words []string) bool {
	type state struct{ pos, word, used int }
	failed := map[state]bool{}
	var try func(pos, word, used int) bool
	try = func(pos, word, used int) bool {
		if word == len(words) {
			return pos == len(label) && used*2 >= len(words)
		}
		st := state{pos, word, used}
		if failed[st] {
			return false
		}
		w := words[word]
		ok := (strings.HasPrefix(label[pos:], w) && try(pos+len(w), word+1, used+1)) ||
			(strings.HasPrefix(label[pos:], w[:1]) && try(pos+1, word+1, used+1)) ||
			try(pos, word+1, used)
		if !ok {
			failed[st] = true
		}
		return ok
	}
	return len(words) > 0 && len(words) <= 12 && try(0, 0, 0)
}

func urlDate(raw string) (time.Time, bool) {
	m := rxURLDate.FindStringSubmatch(raw)
	if m == nil {
		return time.Time{}, false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

// nearDay reports whether t falls on day or a day either side of it, in
// its own time zone (a URL's date is the newsroom's local day).
func nearDay(t, day time.Time) bool {
	local := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	diff := local.Sub(day)
	return diff >= -24*time.Hour && diff <= 24*time.Hour
}

// PrintMetadata writes the report as a table: per field, how many pages got
// a value, from where, and how many of the checkable ones agree.
func PrintMetadata(w io.Writer, tallies []MetaTally) {
	fmt.Fprintf(w, "# metadata: found = pages with a value; right = agrees with the check, of the pages it could be checked on\n")
	fmt.Fprintf(w, "%-10s %9s  %-22s  %s\n", "field", "found", "right/checked", "from")
	for _, t := range tallies {
		right := "-"
		if t.Checked > 0 {
			right = fmt.Sprintf("%d/%d = %.3f", t.Right, t.Checked, float64(t.Right)/float64(t.Checked))
		}
		var from []string
		for k, n := range t.From {
			from = append(from, fmt.Sprintf("%s %d", k, n))
		}
		sort.Strings(from)
		fmt.Fprintf(w, "%-10s %4d/%-4d  %-22s  %s\n", t.Field, t.Found, t.Pages, right, strings.Join(from, ", "))
		if t.Check != "" {
			fmt.Fprintf(w, "%-10s %9s  (check: %s)\n", "", "", t.Check)
		}
	}
}
