package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus/claims"
	ealign "github.com/chorusnews/chorus/eval/align"
)

// evalConflictsFlags are the options of `chorus eval conflicts`.
type evalConflictsFlags struct {
	data    string
	verbose bool
}

func init() {
	var f evalConflictsFlags
	cmd := &cobra.Command{
		Use:   "conflicts [--data FILE.tsv]",
		Short: "Score the claims stage's \"differs\" decisions on conflict fixtures (precision, recall)",
		Long: `Runs the claims stage on each fixture's two sentences as two one-sentence
articles from different outlets and origins, and compares how it relates
them (differs, same or unrelated) with the fixture's gold relation. Prints
the right decisions per kind of fixture, precision and recall of "differs"
(a false "differs" tells readers an outlet is wrong, so precision matters
most), and how many true differences got the expected kind (estimates
differ for attributed figures, update for a later figure).

Without --data it scores the fixtures written for chorus, embedded: the dev
set the rules were tuned on (eval/align/testdata/conflicts.tsv) and the
held-out set written afterwards (conflicts-heldout.tsv). The last line is
precision=… recall=… f1=… on all of them.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runEvalConflicts(cmd.OutOrStdout(), f)
		},
	}
	cmd.Flags().StringVar(&f.data, "data", "", "fixture file (default: the embedded dev and held-out fixtures)")
	cmd.Flags().BoolVarP(&f.verbose, "verbose", "v", false, "list every wrong decision")
	evalCmd.AddCommand(cmd)
}

func runEvalConflicts(w io.Writer, f evalConflictsFlags) error {
	type set struct{ name, text string }
	sets := []set{{"dev (tuned on)", ealign.DevFixtures}, {"held-out", ealign.HeldOutFixtures}}
	if f.data != "" {
		data, err := os.ReadFile(f.data)
		if err != nil {
			return fmt.Errorf("eval conflicts: %w", err)
		}
		sets = []set{{f.data, string(data)}}
	}
	var all ealign.ConflictResult
	for _, s := range sets {
		fs, err := ealign.ParseFixtures(strings.NewReader(s.text))
		if err != nil {
			return fmt.Errorf("eval conflicts: %s: %w", s.name, err)
		}
		if len(fs) == 0 {
			return fmt.Errorf("eval conflicts: no fixtures in %s", s.name)
		}
		r := ealign.EvaluateConflicts(fs, claims.DefaultOptions)
		writeConflicts(w, s.name, fs, r, f.verbose)
		all.TP, all.FP, all.FN, all.KindRight = all.TP+r.TP, all.FP+r.FP, all.FN+r.FN, all.KindRight+r.KindRight
	}
	p, rc := all.Precision(), all.Recall()
	f1 := 0.0
	if p+rc > 0 {
		f1 = 2 * p * rc / (p + rc)
	}
	fmt.Fprintf(w, "precision=%.3f recall=%.3f f1=%.3f\n", p, rc, f1)
	return nil
}

func writeConflicts(w io.Writer, name string, fs []ealign.Fixture, r ealign.ConflictResult, verbose bool) {
	gold := map[string]int{}
	for _, fx := range fs {
		gold[fx.Gold]++
	}
	fmt.Fprintf(w, "%s: %d pairs (%d differs, %d same, %d unrelated)\n", name, len(fs), gold["differs"], gold["same"], gold["unrelated"])
	fmt.Fprintf(w, "  %-22s %5s %5s\n", "gold/kind", "pairs", "right")
	for _, k := range r.ByKind() {
		fmt.Fprintf(w, "  %-22s %5d %5d\n", k.Kind, k.Pairs, k.Right)
	}
	if verbose {
		for _, d := range r.Decisions {
			if d.Got != d.Fixture.Gold {
				fmt.Fprintf(w, "  %s gold=%s got=%s\n    A: %s\n    B: %s\n", d.Fixture.ID, d.Fixture.Gold, d.Got, d.Fixture.A, d.Fixture.B)
			}
		}
	}
	fmt.Fprintf(w, "  differs: tp=%d fp=%d fn=%d precision=%.3f recall=%.3f; expected kind on %d of %d true differences\n",
		r.TP, r.FP, r.FN, r.Precision(), r.Recall(), r.KindRight, r.TP)
}
