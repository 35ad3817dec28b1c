package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus/analyze/timex"
	"github.com/chorusnews/chorus/eval/timeml"
)

// evalTimexFlags are the options of `chorus eval timex`.
type evalTimexFlags struct {
	data, out, split, dump string
	seed                   uint64
	every                  int
}

func init() {
	var f evalTimexFlags
	cmd := &cobra.Command{
		Use:   "timex --data DIR",
		Short: "Score the time-expression tagger on TimeML files (TempEval-3 strict/relaxed span F1, value F1)",
		Long: `Reads every .tml file under --data, runs the time-expression tagger on the
plain text of <TEXT> with the document creation time as anchor, and scores
it TempEval-3 style on characters: strict and relaxed extent P/R/F1, value
F1 (relaxed match with identical value; P over predictions, R over gold),
and type accuracy among relaxed matches. The creation-time TIMEX3 lies
outside <TEXT> and is not scored. Documents split into a held-out dev part
(one in --every, by a seeded hash of the file name) and the rest (train).
--out writes the predictions as TimeML for shared/tools/scorers/timex_score.py.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runEvalTimex(cmd.OutOrStdout(), f)
		},
	}
	cmd.Flags().StringVar(&f.data, "data", "", "folder of TimeML .tml files (searched recursively)")
	cmd.Flags().StringVar(&f.out, "out", "", "write predictions as TimeML under this folder")
	cmd.Flags().StringVar(&f.split, "split", "all", "which documents the last line reports: all, train or dev")
	cmd.Flags().Uint64Var(&f.seed, "seed", 1, "seed of the dev split")
	cmd.Flags().IntVar(&f.every, "every", 5, "one document in this many is held out as dev")
	cmd.Flags().StringVar(&f.dump, "dump", "", "write every wrong, missed or spurious expression to this TSV file")
	evalCmd.AddCommand(cmd)
}

func runEvalTimex(w io.Writer, f evalTimexFlags) error {
	if f.data == "" {
		return usageError{"eval timex: --data is required"}
	}
	if f.split != "all" && f.split != "train" && f.split != "dev" {
		return usageError{"eval timex: --split must be all, train or dev"}
	}
	docs, dups, err := timeml.ReadDir(f.data)
	if err != nil {
		return fmt.Errorf("eval timex: %w", err)
	}
	if len(docs) == 0 {
		return fmt.Errorf("eval timex: no .tml files under %s", f.data)
	}
	var sel []timeml.Doc
	for _, d := range docs {
		dev := timeml.InDev(d.Name, f.seed, f.every)
		if f.split == "all" || (f.split == "dev") == dev {
			sel = append(sel, d)
		}
	}
	res := timeml.Evaluate(sel, timex.Find)
	fmt.Fprintf(w, "data %s: %d documents", f.data, len(docs))
	if len(dups) > 0 {
		fmt.Fprintf(w, " (%d duplicate file names skipped: %s)", len(dups), strings.Join(dups, ", "))
	}
	fmt.Fprintf(w, "; dev = 1 in %d by seed %d\n", f.every, f.seed)
	fmt.Fprintf(w, "%-6s %5s %5s %5s  %-20s %-20s %-20s %7s %7s %7s\n", "split", "docs", "gold", "pred",
		"strict P/R/F1", "relaxed P/R/F1", "value P/R/F1", "val_acc", "type_acc", "date_acc")
	for _, part := range []string{"all", "train", "dev"} {
		var ds []timeml.DocResult
		var c timeml.Counts
		for _, dr := range res.Docs {
			dev := timeml.InDev(dr.Doc.Name, f.seed, f.every)
			if part == "all" || (part == "dev") == dev {
				ds = append(ds, dr)
				c.Add(dr.Counts)
			}
		}
		if len(ds) == 0 {
			continue
		}
		fmt.Fprintf(w, "%-6s %5d %5d %5d  %-20s %-20s %-20s %7.2f %7.2f %7.2f\n", part, len(ds), c.Gold, c.Pred,
			prf(c.StrictM()), prf(c.RelaxedM()), prf(c.ValueM()), c.ValueAccuracy(), c.TypeAccuracy(), c.DateValueAccuracy())
	}
	if f.out != "" {
		if err := timeml.WritePredictions(f.out, res); err != nil {
			return fmt.Errorf("eval timex: %w", err)
		}
	}
	if f.dump != "" {
		if err := dumpTimexErrors(f.dump, res); err != nil {
			return fmt.Errorf("eval timex: %w", err)
		}
	}
	c := res.Counts
	fmt.Fprintf(w, "strict_f1=%.2f relaxed_f1=%.2f value_f1=%.2f type_acc=%.2f docs_per_s=%.0f\n",
		c.StrictM().F1, c.RelaxedM().F1, c.ValueM().F1, c.TypeAccuracy(), res.DocsPerSecond())
	return nil
}

func prf(m timeml.Metric) string { return fmt.Sprintf("%.2f/%.2f/%.2f", m.P, m.R, m.F1) }

// dumpTimexErrors writes one line per imperfect pair: document, kind
// (wrong, missed, spurious), gold text/type/value, predicted
// text/type/value and the gold expression's context.
func dumpTimexErrors(path string, res timeml.Result) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(f)
	for _, dr := range res.Docs {
		text := dr.Doc.Text
		for _, pr := range dr.Errors {
			kind := "wrong"
			var span [2]int
			g, p := []string{"", "", ""}, []string{"", "", ""}
			if pr.Gold != nil {
				g = []string{flat(pr.Gold.In(text)), string(pr.Gold.Type), pr.Gold.Value}
				span = [2]int{pr.Gold.Start, pr.Gold.End}
			}
			if pr.Pred != nil {
				p = []string{flat(pr.Pred.In(text)), string(pr.Pred.Type), pr.Pred.Value}
				if pr.Gold == nil {
					span = [2]int{pr.Pred.Start, pr.Pred.End}
				}
			}
			switch {
			case pr.Pred == nil:
				kind = "missed"
			case pr.Gold == nil:
				kind = "spurious"
			}
			ctx := flat(text[max(0, span[0]-60):span[0]]) + "[[" + flat(text[span[0]:span[1]]) + "]]" + flat(text[span[1]:min(len(text), span[1]+40)])
			fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", dr.Doc.Name, dr.Doc.DCTValue, kind,
				g[0], g[1], g[2], p[0], p[1], p[2], ctx)
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func flat(s string) string { return strings.NewReplacer("\n", " ", "\t", " ").Replace(s) }
