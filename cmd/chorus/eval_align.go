package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	calign "github.com/chorusnews/chorus/claims/align"
	ealign "github.com/chorusnews/chorus/eval/align"
)

// evalAlignFlags are the options of `chorus eval align`.
type evalAlignFlags struct {
	data, train, model string
	passes             int
}

func init() {
	var f evalAlignFlags
	cmd := &cobra.Command{
		Use:   "align --data FILE.tsv",
		Short: "Score the same-claim pair classifier on MSRP-layout pairs (accuracy, F1, pairs/s)",
		Long: `Decides for every pair of --data whether both sentences state the same claim,
with the embedded model (or --model), and prints accuracy, precision, recall
and F1 of the "same" class and the pairs decided per second on one core
(reading both sentences included; the fastest of --passes passes, in the
deciding thread's CPU time so a busy machine does not distort it; wall-clock
pairs/s is shown beside it). Beside it
the always-same baseline and a TF-IDF cosine baseline whose document
frequencies and threshold come from --train (msrp-train.tsv next to --data
by default), and the published MSRP test anchors. The last line is
accuracy=… f1=… pairs_per_s=… for the model.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runEvalAlign(cmd.OutOrStdout(), f)
		},
	}
	cmd.Flags().StringVar(&f.data, "data", "", "pairs to score (MSRP layout)")
	cmd.Flags().StringVar(&f.train, "train", "", "training pairs for the TF-IDF baseline (default: msrp-train.tsv beside --data)")
	cmd.Flags().StringVar(&f.model, "model", "", "model file (default: the embedded model)")
	cmd.Flags().IntVar(&f.passes, "passes", 3, "timed passes; the fastest counts")
	evalCmd.AddCommand(cmd)
}

func runEvalAlign(w io.Writer, f evalAlignFlags) error {
	if f.data == "" {
		return usageError{"eval align: --data is required"}
	}
	pairs, err := ealign.ReadMSRP(f.data)
	if err != nil {
		return fmt.Errorf("eval align: %w", err)
	}
	if len(pairs) == 0 {
		return fmt.Errorf("eval align: no pairs in %s", f.data)
	}
	var m *calign.Model
	if f.model != "" {
		data, err := os.ReadFile(f.model)
		if err != nil {
			return fmt.Errorf("eval align: %w", err)
		}
		if m, err = calign.Load(data); err != nil {
			return fmt.Errorf("eval align: %w", err)
		}
	} else {
		m = calign.Default()
	}
	results := []ealign.Result{ealign.Evaluate("always same", ealign.AlwaysSame{}, pairs, 1)}
	trainPath := f.train
	if trainPath == "" {
		trainPath = filepath.Join(filepath.Dir(f.data), "msrp-train.tsv")
	}
	if train, err := ealign.ReadMSRP(trainPath); err == nil {
		results = append(results, ealign.Evaluate("TF-IDF cosine", ealign.NewTFIDF(train), pairs, f.passes))
	} else if f.train != "" {
		return fmt.Errorf("eval align: %w", err)
	} else {
		fmt.Fprintf(w, "(no %s: TF-IDF baseline skipped)\n", trainPath)
	}
	model := ealign.Evaluate("chorus (LR + boosted trees)", ealign.NewModel(m), pairs, f.passes)
	results = append(results, model)

	fmt.Fprintf(w, "data %s: %d pairs, %d same\n", f.data, len(pairs), model.Confusion.TP+model.Confusion.FN)
	fmt.Fprintf(w, "%-32s %8s %8s %8s %8s %12s %12s\n", "method", "accuracy", "P", "R", "F1", "pairs/s", "wall pairs/s")
	for _, r := range results {
		c := r.Confusion
		p, rec := 0.0, 0.0
		if c.TP+c.FP > 0 {
			p = float64(c.TP) / float64(c.TP+c.FP)
		}
		if c.TP+c.FN > 0 {
			rec = float64(c.TP) / float64(c.TP+c.FN)
		}
		speed, wall := "-", "-"
		if r.Name != "always same" {
			speed, wall = fmt.Sprintf("%.0f", r.PairsPerSecond()), fmt.Sprintf("%.0f", r.WallPairsPerSecond())
		}
		fmt.Fprintf(w, "%-32s %8.2f %8.2f %8.2f %8.2f %12s %12s\n", r.Name, 100*c.Accuracy(), 100*p, 100*rec, 100*c.F1(), speed, wall)
	}
	for _, a := range ealign.Anchors {
		fmt.Fprintf(w, "%-32s %8.1f %8s %8s %8.1f %12s\n", a.Name, a.Accuracy, "", "", a.F1, "")
	}
	fmt.Fprintf(w, "accuracy=%.2f f1=%.2f pairs_per_s=%.0f\n", 100*model.Confusion.Accuracy(), 100*model.Confusion.F1(), model.PairsPerSecond())
	return nil
}
