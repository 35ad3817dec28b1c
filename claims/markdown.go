package claims

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// Markdown writes a story's claims section from s.Claims: a table of the
// claims agreed by two or more independent origins (one column per
// source, numbered as in the story's source list: ✓ states, ≠ states
// another value), the disputes with each value, its source and the
// articles giving it, and what only one origin reports, under its outlet.
// It writes nothing for a story without claims.
func Markdown(w io.Writer, s *chorus.Story) error {
	if len(s.Claims) == 0 {
		return nil
	}
	bw := bufio.NewWriter(w)
	num := map[chorus.ArticleID]int{}
	for i, a := range s.Articles {
		num[a.ID] = i + 1
	}
	fmt.Fprintf(bw, "## Claims\n\n")
	writeAgreed(bw, s, num)
	writeDisputes(bw, s, num)
	writeOnly(bw, s, num)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write claims: %w", err)
	}
	return nil
}

// writeAgreed writes the agreed claims, one table per origin count.
func writeAgreed(w io.Writer, s *chorus.Story, num map[chorus.ArticleID]int) {
	byCount := map[int][]chorus.Claim{}
	var counts []int
	for _, c := range s.Claims {
		if c.Facets[FacetKind] != string(Agreed) {
			continue
		}
		if _, ok := byCount[c.Origins]; !ok {
			counts = append(counts, c.Origins)
		}
		byCount[c.Origins] = append(byCount[c.Origins], c)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(counts)))
	for _, n := range counts {
		fmt.Fprintf(w, "### Agreed by %d independent origins\n\n", n)
		fmt.Fprintf(w, "| claim |")
		for i := range s.Articles {
			fmt.Fprintf(w, " [%d] |", i+1)
		}
		fmt.Fprintf(w, "\n|---|")
		for range s.Articles {
			fmt.Fprintf(w, ":-:|")
		}
		fmt.Fprintln(w)
		for _, c := range byCount[n] {
			cells := make([]string, len(s.Articles))
			for _, a := range c.Articles {
				if k := num[a.Article]; k > 0 && cells[k-1] == "" {
					cells[k-1] = mark(a.Stance)
				}
			}
			fmt.Fprintf(w, "| %s |", cell(c.Text))
			for _, x := range cells {
				fmt.Fprintf(w, " %s |", x)
			}
			fmt.Fprintln(w)
		}
		fmt.Fprintln(w)
	}
}

func mark(st chorus.Stance) string {
	if st == chorus.Differs {
		return "≠"
	}
	return "✓"
}

// cell makes text safe inside a table cell.
func cell(t string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ").Replace(t)
}

// writeDisputes writes each dispute: its kind, then each value with its
// source, the articles giving it and their wording.
func writeDisputes(w io.Writer, s *chorus.Story, num map[chorus.ArticleID]int) {
	var order []string
	byID := map[string][]chorus.Claim{}
	for _, c := range s.Claims {
		id := c.Facets[FacetDispute]
		if id == "" {
			continue
		}
		if _, ok := byID[id]; !ok {
			order = append(order, id)
		}
		byID[id] = append(byID[id], c)
	}
	if len(order) == 0 {
		return
	}
	fmt.Fprintf(w, "### Disputed / estimates differ\n\n")
	for _, id := range order {
		cs := byID[id]
		kind := string(Update)
		for _, c := range cs {
			if k := c.Facets[FacetKind]; k != string(Update) {
				kind = k
				break
			}
		}
		label := map[string]string{string(EstimatesDiffer): "Estimates differ", string(Disputed): "Disputed",
			string(Update): "Updated"}[kind]
		var values, updates []string
		for _, c := range cs {
			v := "**" + c.Facets[FacetValue] + "**"
			if src := c.Facets[FacetSource]; src != "" {
				v += " (" + src + ")"
			}
			if c.Facets[FacetKind] == string(Update) && kind != string(Update) || kind == string(Update) && c.Facets[FacetDate] != "" {
				updates = append(updates, v+", updated "+dateLabel(c.Facets[FacetDate]))
				continue
			}
			values = append(values, v)
		}
		line := fmt.Sprintf("- %s: %s", label, strings.Join(values, " vs "))
		if len(updates) > 0 {
			line += "; later " + strings.Join(updates, "; ")
		}
		fmt.Fprintln(w, line)
		for _, c := range cs {
			for _, a := range c.Articles {
				if a.Stance != chorus.Stated {
					continue
				}
				fmt.Fprintf(w, "  - [%d] %s: %s\n", num[a.Article], outletLabel(s, a.Article, num), quoteOf(s, a))
			}
		}
	}
	fmt.Fprintln(w)
}

// dateLabel shows a TIMEX3 day the way a reader writes it: "11 May 2025".
func dateLabel(v string) string {
	if t, err := time.Parse("2006-01-02", v); err == nil {
		return t.Format("2 Jan 2006")
	}
	return v
}

// quoteOf is the cited wording of an article's statement.
func quoteOf(s *chorus.Story, a chorus.ClaimArticle) string {
	for _, sa := range s.Articles {
		if sa.ID == a.Article {
			if t := a.Citation.Span().In(sa.Text); t != "" {
				return "“" + strings.Join(strings.Fields(t), " ") + "”"
			}
		}
	}
	return ""
}

// writeOnly writes what one origin alone reports, under the outlets of
// the articles that carry it.
func writeOnly(w io.Writer, s *chorus.Story, num map[chorus.ArticleID]int) {
	var order []string
	byLabel := map[string][]chorus.Claim{}
	for _, c := range s.Claims {
		if c.Facets[FacetKind] != string(Only) || len(c.Articles) == 0 {
			continue
		}
		var labels []string
		for _, a := range c.Articles {
			labels = appendUnique(labels, outletLabel(s, a.Article, num))
		}
		l := strings.Join(labels, " and ")
		if _, ok := byLabel[l]; !ok {
			order = append(order, l)
		}
		byLabel[l] = append(byLabel[l], c)
	}
	for _, l := range order {
		fmt.Fprintf(w, "### Only in %s\n\n", l)
		for _, c := range byLabel[l] {
			var marks []string
			for _, a := range c.Articles {
				marks = append(marks, fmt.Sprintf("[%d]", num[a.Article]))
			}
			fmt.Fprintf(w, "- %s %s\n", c.Text, strings.Join(marks, ""))
		}
		fmt.Fprintln(w)
	}
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
