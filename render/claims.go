package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/chorusnews/chorus"
)

// ClaimsMarkdown writes a story's claims section from s.Claims: a table of the
// claims agreed by two or more independent origins (one column per
// source, numbered as in the story's source list: ✓ states, ≠ states
// another value; a list with the sources' markers when the story has more
// sources than MatrixSources), the disputes with each value, its source and the
// articles giving it, and what only one origin reports, under its outlet.
// It writes nothing for a story without claims.
func ClaimsMarkdown(w io.Writer, s *chorus.Story) error {
	if len(s.Claims) == 0 {
		return nil
	}
	v := ClaimsSections(s)
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "## Claims\n\n")
	for _, g := range v.Agreed {
		fmt.Fprintf(bw, "### Agreed by %d independent origins\n\n", g.Origins)
		if len(v.Sources) == 0 { // too many sources for a matrix
			for _, r := range g.Rows {
				fmt.Fprintf(bw, "- %s %s\n", rowText(r), strings.Join(r.Marks, ""))
			}
			fmt.Fprintln(bw)
			continue
		}
		fmt.Fprintf(bw, "| claim | %s |\n|---|%s\n", strings.Join(v.Sources, " | "), strings.Repeat(":-:|", len(v.Sources)))
		for _, r := range g.Rows {
			fmt.Fprintf(bw, "| %s |", cell(rowText(r)))
			for _, c := range r.Cells {
				fmt.Fprintf(bw, " %s |", c)
			}
			fmt.Fprintln(bw)
		}
		fmt.Fprintln(bw)
	}
	if len(v.Disputes) > 0 {
		fmt.Fprintf(bw, "### Disputed / estimates differ\n\n")
		for _, d := range v.Disputes {
			line := fmt.Sprintf("- %s: %s", d.Label, strings.Join(valueTexts(d.Values), " vs "))
			if len(d.Updates) > 0 {
				line += "; later " + strings.Join(valueTexts(d.Updates), "; ")
			}
			fmt.Fprintln(bw, line)
			for _, val := range append(append([]ValueView(nil), d.Values...), d.Updates...) {
				for _, st := range val.Statements {
					fmt.Fprintf(bw, "  - [%d] %s: “%s”\n", st.N, st.Outlet, st.Quote)
				}
			}
		}
		fmt.Fprintln(bw)
	}
	for _, g := range v.Only {
		fmt.Fprintf(bw, "### Only in %s\n\n", g.Outlet)
		for _, r := range g.Items {
			fmt.Fprintf(bw, "- %s %s\n", rowText(r), strings.Join(r.Marks, ""))
		}
		fmt.Fprintln(bw)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write claims: %w", err)
	}
	return nil
}

// rowText is a claim as a line reads it, with who made it.
func rowText(r Row) string {
	if r.Attribution == "" {
		return r.Text
	}
	return r.Text + " (according to " + r.Attribution + ")"
}

// valueTexts shows each value in bold with its source and, for an
// update, its date.
func valueTexts(vals []ValueView) []string {
	var out []string
	for _, v := range vals {
		t := "**" + v.Value + "**"
		if v.Source != "" {
			t += " (" + v.Source + ")"
		}
		if v.Date != "" {
			t += ", updated " + v.Date
		}
		out = append(out, t)
	}
	return out
}

// cell makes text safe inside a table cell.
func cell(t string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ").Replace(t)
}
