package render

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// ClaimsView is a story's claims section laid out for reading, read back from
// s.Claims: what Markdown writes, and what an HTML template can range
// over. Sources are numbered as in the story's source list (s.Articles
// order, from 1).
type ClaimsView struct {
	// Sources are the column headers: "[1]", "[2]" …; none when the story
	// has more sources than a matrix can show (see MatrixSources), and the
	// agreed claims are then a list, each with its sources' markers.
	Sources []string
	// Agreed holds the claims of two or more independent origins, one
	// group per origin count, most origins first.
	Agreed []AgreedGroup
	// Disputes are the things the story's articles give different values for.
	Disputes []DisputeView
	// Only groups what one origin alone reports by the outlets carrying it.
	Only []OnlyGroup
}

// AgreedGroup is the agreed claims with one origin count.
type AgreedGroup struct {
	Origins int
	Rows    []Row
}

// Row is one claim of the matrix: a cell per source, "✓" for an article
// stating it, "≠" for one stating another value, "" for silence (no cells
// in a list). Marks are the same as source markers, "[2]" or "[5≠]", at
// most MaxMarks of them and then "[+N]", for a list.
type Row struct {
	Text string
	// Attribution is who the claim's first article says made it ("the
	// UN"), shown beside it: a claim lifted from "X said that …" is X's
	// word, not the outlet's; "" when the article states it itself or
	// names only a pronoun.
	Attribution string
	Cells       []string
	Marks       []string
	Citations   []chorus.Citation
}

// MatrixSources is the most sources a claims matrix has a column for: a
// wider one cannot be read (or printed), and a story carried by dozens of
// outlets lists each claim with its sources' markers instead.
const MatrixSources = 12

// MaxMarks caps the markers after one claim in a list; "[+N]" counts the
// rest, which the source list names.
const MaxMarks = 12

// DisputeView is one dispute: "Estimates differ", "Disputed" or
// "Updated", its values and the later figures that update them.
type DisputeView struct {
	Label   string
	Values  []ValueView
	Updates []ValueView
}

// ValueView is one value of a dispute with who it is attributed to (as
// shownAttribution shows it) and the articles giving it.
type ValueView struct {
	Value, Source string
	// Date is, for an update, when the newer figure holds ("11 May 2025").
	Date       string
	Statements []Cited
}

// Cited is one article's wording of a claim.
type Cited struct {
	N        int
	Outlet   string
	Quote    string
	Citation chorus.Citation
}

// OnlyGroup is what only the articles of one outlet label report.
type OnlyGroup struct {
	Outlet string
	Items  []Row
}

// ClaimsSections lays out a story's claims.
func ClaimsSections(s *chorus.Story) ClaimsView {
	num := map[chorus.ArticleID]int{}
	var v ClaimsView
	for i, a := range s.Articles {
		num[a.ID] = i + 1
		if len(s.Articles) <= MatrixSources {
			v.Sources = append(v.Sources, fmt.Sprintf("[%d]", i+1))
		}
	}
	v.Agreed = agreedGroups(s, num)
	v.Disputes = disputeViews(s, num)
	v.Only = onlyGroups(s, num)
	return v
}

func agreedGroups(s *chorus.Story, num map[chorus.ArticleID]int) []AgreedGroup {
	byCount := map[int]*AgreedGroup{}
	var counts []int
	for _, c := range s.Claims {
		if c.Kind != chorus.ClaimAgreed {
			continue
		}
		g, ok := byCount[c.Origins]
		if !ok {
			g = &AgreedGroup{Origins: c.Origins}
			byCount[c.Origins] = g
			counts = append(counts, c.Origins)
		}
		g.Rows = append(g.Rows, row(c, len(s.Articles), num))
	}
	sort.Sort(sort.Reverse(sort.IntSlice(counts)))
	var out []AgreedGroup
	for _, n := range counts {
		out = append(out, *byCount[n])
	}
	return out
}

func row(c chorus.Claim, n int, num map[chorus.ArticleID]int) Row {
	cells := make([]string, n)
	r := Row{Text: c.Text, Attribution: shownAttribution(c.Facets["attribution"])}
	for _, a := range c.Articles {
		k := num[a.Article]
		if k == 0 {
			continue
		}
		if cells[k-1] == "" {
			cells[k-1] = "✓"
			if a.Stance == chorus.Differs {
				cells[k-1] = "≠"
			}
		}
		r.Citations = append(r.Citations, a.Citation)
	}
	marked := 0
	for k, c := range cells {
		if c == "" {
			continue
		}
		if marked++; marked <= MaxMarks {
			m := fmt.Sprintf("[%d]", k+1)
			if c == "≠" {
				m = fmt.Sprintf("[%d≠]", k+1)
			}
			r.Marks = append(r.Marks, m)
		}
	}
	if marked > MaxMarks {
		r.Marks = append(r.Marks, fmt.Sprintf("[+%d]", marked-MaxMarks))
	}
	if n <= MatrixSources {
		r.Cells = cells
	}
	return r
}

// shownAttribution is the attribution a reader is shown: a pronoun
// ("he said") names nobody without its sentence, and an article that
// opened the sentence ("The dam's operator said") is lower-cased, as it
// reads after "according to".
func shownAttribution(who string) string {
	switch strings.ToLower(who) {
	case "he", "she", "they", "it", "we", "i", "you", "one":
		return ""
	}
	for _, article := range []string{"The ", "A ", "An "} {
		if strings.HasPrefix(who, article) && len(who) > len(article) {
			return strings.ToLower(article) + who[len(article):]
		}
	}
	return who
}

func disputeViews(s *chorus.Story, num map[chorus.ArticleID]int) []DisputeView {
	var order []string
	byID := map[string][]chorus.Claim{}
	for _, c := range s.Claims {
		id := c.Dispute
		if id == "" {
			continue
		}
		if _, ok := byID[id]; !ok {
			order = append(order, id)
		}
		byID[id] = append(byID[id], c)
	}
	var out []DisputeView
	for _, id := range order {
		cs := byID[id]
		kind := chorus.ClaimUpdate
		for _, c := range cs {
			if k := c.Kind; k != chorus.ClaimUpdate {
				kind = k
				break
			}
		}
		d := DisputeView{Label: map[chorus.ClaimKind]string{chorus.ClaimEstimatesDiffer: "Estimates differ", chorus.ClaimDisputed: "Disputed",
			chorus.ClaimUpdate: "Updated"}[kind]}
		for _, c := range cs {
			val := ValueView{Value: c.Value, Source: shownAttribution(c.Source)}
			for _, a := range c.Articles {
				if a.Stance == chorus.Stated {
					val.Statements = append(val.Statements, Cited{N: num[a.Article], Outlet: outletLabel(s, a.Article, num),
						Quote: quoteOf(s, a), Citation: a.Citation})
				}
			}
			if c.Kind == chorus.ClaimUpdate && c.Date != "" && (kind != chorus.ClaimUpdate || len(d.Values) > 0) {
				val.Date = dateLabel(c.Date)
				d.Updates = append(d.Updates, val)
				continue
			}
			d.Values = append(d.Values, val)
		}
		out = append(out, d)
	}
	return out
}

// onlyGroups groups what one origin alone reports under the outlets that
// carry it. An outlet label that several of the story's articles share
// ("AP" on five wire stories pasted as text) is followed by the numbers of
// the claim's articles under it, so one heading never lumps separate
// reports together.
func onlyGroups(s *chorus.Story, num map[chorus.ArticleID]int) []OnlyGroup {
	label := map[chorus.ArticleID]string{}
	shared := map[string]int{}
	for _, a := range s.Articles {
		l := outletLabel(s, a.ID, num)
		label[a.ID] = l
		shared[l]++
	}
	var out []OnlyGroup
	index := map[string]int{}
	for _, c := range s.Claims {
		if c.Kind != chorus.ClaimOnly || len(c.Articles) == 0 {
			continue
		}
		var labels []string
		numbers := map[string]string{}
		for _, a := range c.Articles {
			l, ok := label[a.Article]
			if !ok {
				l = outletLabel(s, a.Article, num)
			}
			if !slices.Contains(labels, l) {
				labels = append(labels, l)
			}
			if shared[l] > 1 {
				if n := fmt.Sprintf("[%d]", num[a.Article]); !strings.Contains(numbers[l], n) {
					numbers[l] += n
				}
			}
		}
		for i, l := range labels {
			if numbers[l] != "" {
				labels[i] = l + " " + numbers[l]
			}
		}
		l := listOf(labels)
		k, ok := index[l]
		if !ok {
			k = len(out)
			index[l] = k
			out = append(out, OnlyGroup{Outlet: l})
		}
		out[k].Items = append(out[k].Items, row(c, len(s.Articles), num))
	}
	return out
}

// listOf joins names as a reader lists them: "A", "A and B", "A, B and C".
func listOf(names []string) string {
	if len(names) <= 2 {
		return strings.Join(names, " and ")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// quoteOf is the cited wording of an article's statement.
func quoteOf(s *chorus.Story, a chorus.ClaimArticle) string {
	for _, sa := range s.Articles {
		if sa.ID == a.Article {
			return strings.Join(strings.Fields(a.Citation.Span().In(sa.Text)), " ")
		}
	}
	return ""
}

// dateLabel shows a TIMEX3 day the way a reader writes it: "11 May 2025".
func dateLabel(v string) string {
	if t, err := time.Parse("2006-01-02", v); err == nil {
		return t.Format("2 Jan 2006")
	}
	return v
}

// outletLabel names an article for a reader: its outlet, else the agency
// credited, else its number in the source list.
func outletLabel(s *chorus.Story, id chorus.ArticleID, num map[chorus.ArticleID]int) string {
	for _, a := range s.Articles {
		if a.ID != id {
			continue
		}
		if a.Outlet != "" {
			return a.Outlet
		}
		if a.Credit != "" {
			return a.Credit
		}
	}
	return fmt.Sprintf("source [%d]", num[id])
}
