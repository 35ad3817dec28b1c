package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	calign "github.com/chorusnews/chorus/claims/align"
	ealign "github.com/chorusnews/chorus/eval/align"
)

// trainAlignFlags are the options of `chorus train align`.
type trainAlignFlags struct {
	data, out, report string
	rounds, depth     int
	rate              float64
}

func init() {
	var f trainAlignFlags
	cmd := &cobra.Command{
		Use:   "align --data TRAIN.tsv --out FILE",
		Short: "Train the same-claim pair classifier on MSRP-layout pairs",
		Long: `Counts stem document frequencies over the training sentences, computes the
pair features, fits an L2-regularised logistic regression (Newton's method)
and boosted regression trees on what it leaves, choosing the regularisation
and the decision threshold on 5-fold out-of-fold predictions on --data alone
(so an evaluation set stays unseen). Deterministic: the same file gives the
same model file. Write to claims/align/model.json to change the embedded
model. --report scores the new model on other pairs (for example val).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTrainAlign(cmd.OutOrStdout(), f)
		},
	}
	cmd.Flags().StringVar(&f.data, "data", "", "training pairs (MSRP layout)")
	cmd.Flags().StringVar(&f.out, "out", "", "model file to write")
	cmd.Flags().StringVar(&f.report, "report", "", "also score the model on these pairs")
	cmd.Flags().IntVar(&f.rounds, "rounds", calign.DefaultBoost.Rounds, "boosting rounds (0: logistic regression alone)")
	cmd.Flags().IntVar(&f.depth, "depth", calign.DefaultBoost.Depth, "depth of the boosted trees")
	cmd.Flags().Float64Var(&f.rate, "rate", calign.DefaultBoost.Rate, "boosting rate")
	trainCmd.AddCommand(cmd)
}

func runTrainAlign(w io.Writer, f trainAlignFlags) error {
	if f.data == "" || f.out == "" {
		return usageError{"train align: --data and --out are required"}
	}
	train, err := ealign.ReadMSRP(f.data)
	if err != nil {
		return fmt.Errorf("train align: %w", err)
	}
	opts := calign.DefaultTrainOptions
	opts.Boost.Rounds, opts.Boost.Depth, opts.Boost.Rate = f.rounds, f.depth, f.rate
	m, rep, err := calign.Train(train, opts)
	if err != nil {
		return fmt.Errorf("train align: %w", err)
	}
	data, err := m.Marshal()
	if err != nil {
		return fmt.Errorf("train align: %w", err)
	}
	if err := os.WriteFile(f.out, data, 0o644); err != nil {
		return fmt.Errorf("train align: %w", err)
	}
	fmt.Fprintf(w, "trained on %d pairs (%d sentences counted): l2=%g, %d trees of depth %d, threshold=%.3f\n",
		len(train), m.Docs, m.L2, len(m.Trees), f.depth, m.Threshold)
	fmt.Fprintf(w, "%d-fold cross-validation on train: accuracy=%.2f f1=%.2f\n", opts.Folds, 100*rep.CV.Accuracy(), 100*rep.CV.F1())
	if f.report != "" {
		pairs, err := ealign.ReadMSRP(f.report)
		if err != nil {
			return fmt.Errorf("train align: %w", err)
		}
		r := ealign.Evaluate("report", ealign.NewModel(m), pairs, 1)
		fmt.Fprintf(w, "%s: accuracy=%.2f f1=%.2f\n", f.report, 100*r.Confusion.Accuracy(), 100*r.Confusion.F1())
	}
	fmt.Fprintf(w, "wrote %s\n", f.out)
	return nil
}
