package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"

	"github.com/chorusnews/chorus/internal/cputime"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/eval/extraction"
	"github.com/chorusnews/chorus/extract"
	"github.com/chorusnews/chorus/ingest"
)

type evalExtractFlags struct {
	data, baseline, out, perPage string
	anchors, metadata            bool
	resamples                    int
	seed                         uint32
}

func init() {
	var f evalExtractFlags
	cmd := &cobra.Command{
		Use:   "extract --data DIR [--baseline trafilatura|readability] [--out FILE]",
		Short: "Score article extraction on a scrapinghub-style set (shingle F1), with the anchors beside it",
		Long: `Extracts every page of DIR/html/<id>.html.gz with the code path chorus digest
uses (ingest's decoding, extract.Read, Article; the body is the text after the
title paragraph) and scores it with the article-extraction-benchmark metric:
F1 over 4-word shingles of \w+ tokens per page, precision and recall averaged
over pages, ± the standard deviation over a seeded bootstrap of pages (the
same draws as shared/tools/scorers/extraction_f1.py).

Unless --anchors=false, go-trafilatura (with fallback) and readeck's
go-readability are run in the same process over the same decoded pages and
printed beside chorus. Every system is scored on the whole set and on its
two halves: "tune" and "heldout" (every 4th page in id order), to see
whether a rule generalises. ms is wall time per page, cpu the process CPU
time per page (garbage collection included).

--baseline NAME makes an anchor the scored system (its numbers go on the
last line). --out FILE writes the scored system's predictions as
{id: {"articleBody": text}} for the reference scorer. The last line is
f1=… precision=… recall=… ms_per_doc=… for the scored system on the whole set.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runEvalExtract(cmd.OutOrStdout(), cmd.ErrOrStderr(), f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.data, "data", "", "extraction set: DIR/ground-truth.json and DIR/html/<id>.html.gz (required)")
	fl.StringVar(&f.baseline, "baseline", "", "score an anchor instead of chorus: trafilatura or readability")
	fl.BoolVar(&f.anchors, "anchors", true, "also run the anchors (trafilatura, readability) in the same run")
	fl.StringVar(&f.out, "out", "", "write the scored system's predictions here as JSON for extraction_f1.py")
	fl.BoolVar(&f.metadata, "metadata", true, "also report chorus's metadata per field (found, source, agreement with the page URL)")
	fl.StringVar(&f.perPage, "per-page", "", "write each page's F1, precision and recall per system here (TSV)")
	fl.IntVar(&f.resamples, "resamples", 1000, "bootstrap resamples for the ± columns")
	fl.Uint32Var(&f.seed, "seed", 0, "bootstrap seed (the reference scorer's default is 0)")
	evalCmd.AddCommand(cmd)
}

// systemRun is one system's predictions and costs over a set.
type systemRun struct {
	name   string
	texts  []string
	rows   []extraction.Counts
	exact  []bool
	wall   time.Duration
	cpu    time.Duration
	failed int
}

func runEvalExtract(stdout, stderr io.Writer, f evalExtractFlags) error {
	if f.data == "" {
		return usageError{"eval extract: --data is required"}
	}
	main := "chorus"
	if f.baseline != "" {
		if _, ok := extraction.Systems[f.baseline]; !ok || f.baseline == "chorus" {
			return usageError{fmt.Sprintf("eval extract: unknown baseline %q (trafilatura, readability)", f.baseline)}
		}
		main = f.baseline
	}
	if f.resamples < 0 {
		return usageError{"eval extract: --resamples must be 0 or more"}
	}
	pages, err := extraction.ReadSet(f.data)
	if err != nil {
		return fmt.Errorf("eval extract: %w", err)
	}
	docs := make([]chorus.Document, len(pages))
	for i, p := range pages {
		// Decoding (charset) is ingest's job and the same for every system.
		if docs[i], err = ingest.Bytes(p.ID, p.HTML, true, ""); err != nil {
			return fmt.Errorf("eval extract: %w", err)
		}
	}

	names := []string{main}
	if f.anchors {
		for _, n := range extraction.SystemNames() {
			if n != main {
				names = append(names, n)
			}
		}
	}
	runs := make([]*systemRun, 0, len(names))
	for _, n := range names {
		r := runSystem(n, extraction.Systems[n], pages, docs)
		if r.failed > 0 {
			fmt.Fprintf(stderr, "eval extract: %s found no article on %d of %d pages (scored as empty)\n", n, r.failed, len(pages))
		}
		runs = append(runs, r)
	}
	if f.out != "" {
		if err := writeExtractPredictions(f.out, pages, runs[0].texts); err != nil {
			return fmt.Errorf("eval extract: %w", err)
		}
	}
	if f.perPage != "" {
		if err := writePerPage(f.perPage, pages, runs); err != nil {
			return fmt.Errorf("eval extract: %w", err)
		}
	}
	if f.metadata {
		arts := make([]*chorus.Article, len(pages))
		for i := range pages {
			arts[i], _ = extraction.ChorusArticle(docs[i])
		}
		extraction.PrintMetadata(stdout, extraction.MetadataReport(pages, arts, extract.DetectLanguage))
	}
	printExtract(stdout, pages, runs, f)
	return nil
}

// runSystem extracts every page with one system, one page at a time, and
// scores it. A page the system fails on is scored as an empty prediction,
// as the benchmark does.
func runSystem(name string, sys extraction.System, pages []extraction.Page, docs []chorus.Document) *systemRun {
	r := &systemRun{name: name, texts: make([]string, len(pages)), rows: make([]extraction.Counts, len(pages)), exact: make([]bool, len(pages))}
	runtime.GC()
	cpu0, _ := cputime.Process()
	wall0 := time.Now()
	for i := range pages {
		text, err := sys(docs[i])
		if err != nil {
			r.failed++
			text = ""
		}
		r.texts[i] = text
	}
	r.wall, r.cpu = time.Since(wall0), cputime.Since(cpu0)
	for i, p := range pages {
		r.rows[i] = extraction.Compare(p.Body, r.texts[i])
		r.exact[i] = extraction.SameTokens(p.Body, r.texts[i])
	}
	return r
}

// printExtract prints one row per system and split, then the scored
// system's headline line.
func printExtract(w io.Writer, pages []extraction.Page, runs []*systemRun, f evalExtractFlags) {
	fmt.Fprintf(w, "# article-extraction-benchmark metric: 4-word shingles of \\w+ tokens, P and R averaged over pages, ± bootstrap std (%d resamples, seed %d)\n", f.resamples, f.seed)
	fmt.Fprintf(w, "# pages: %d (tune %d, heldout %d = every 4th by id)\n", len(pages), countSplit(len(pages), extraction.Tune), countSplit(len(pages), extraction.HeldOut))
	fmt.Fprintf(w, "%-12s %-8s %-14s %-14s %-14s %-6s %7s %7s\n", "system", "split", "F1", "precision", "recall", "acc", "ms/doc", "cpu/doc")
	var head extraction.Summary
	for _, r := range runs {
		for _, split := range []extraction.Split{extraction.All, extraction.Tune, extraction.HeldOut} {
			var rows []extraction.Counts
			var exact []bool
			for i := range pages {
				if extraction.InSplit(i, split) {
					rows = append(rows, r.rows[i])
					exact = append(exact, r.exact[i])
				}
			}
			s := extraction.Aggregate(rows, exact)
			sd := extraction.Bootstrap(rows, exact, f.resamples, f.seed)
			cost := ""
			if split == extraction.All {
				cost = fmt.Sprintf("%7.2f %7.2f", perDoc(r.wall, len(pages)), perDoc(r.cpu, len(pages)))
				if r == runs[0] {
					head = s
				}
			}
			fmt.Fprintf(w, "%-12s %-8s %.3f ± %.3f  %.3f ± %.3f  %.3f ± %.3f  %.3f  %s\n", r.name, split,
				s.F1, sd.F1, s.Precision, sd.Precision, s.Recall, sd.Recall, s.Accuracy, cost)
		}
	}
	if len(runs) > 1 {
		base := runs[0].cpu
		var parts []string
		for _, r := range runs[1:] {
			if r.cpu > 0 {
				parts = append(parts, fmt.Sprintf("%s/%s %.2f", runs[0].name, r.name, float64(base)/float64(r.cpu)))
			}
		}
		fmt.Fprintf(w, "# cpu ratio: %s\n", strings.Join(parts, ", "))
	}
	fmt.Fprintf(w, "f1=%.4f precision=%.4f recall=%.4f ms_per_doc=%.2f\n", head.F1, head.Precision, head.Recall, perDoc(runs[0].wall, len(pages)))
}

func perDoc(d time.Duration, n int) float64 {
	if n == 0 {
		return 0
	}
	return float64(d.Microseconds()) / 1000 / float64(n)
}

func countSplit(n int, s extraction.Split) int {
	c := 0
	for i := range n {
		if extraction.InSplit(i, s) {
			c++
		}
	}
	return c
}

// writeExtractPredictions writes {id: {"articleBody": text}}, the reference
// scorer's input.
func writeExtractPredictions(path string, pages []extraction.Page, texts []string) error {
	out := make(map[string]map[string]string, len(pages))
	for i, p := range pages {
		out[p.ID] = map[string]string{"articleBody": texts[i]}
	}
	b, err := json.MarshalIndent(out, "", " ")
	if err != nil {
		return fmt.Errorf("write predictions: %w", err)
	}
	if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
		return fmt.Errorf("write predictions: %w", err)
	}
	return nil
}

// writePerPage writes id, split and per system F1, precision and recall,
// for finding the pages a change helps or hurts.
func writePerPage(path string, pages []extraction.Page, runs []*systemRun) error {
	var b strings.Builder
	b.WriteString("id\tsplit")
	for _, r := range runs {
		fmt.Fprintf(&b, "\t%s_f1\t%s_p\t%s_r", r.name, r.name, r.name)
	}
	b.WriteByte('\n')
	for i, p := range pages {
		split := extraction.Tune
		if extraction.InSplit(i, extraction.HeldOut) {
			split = extraction.HeldOut
		}
		fmt.Fprintf(&b, "%s\t%s", p.ID, split)
		for _, r := range runs {
			c := r.rows[i]
			fmt.Fprintf(&b, "\t%.4f\t%.4f\t%.4f", c.F1(), c.Precision(), c.Recall())
		}
		b.WriteByte('\n')
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write per-page scores: %w", err)
	}
	return nil
}
