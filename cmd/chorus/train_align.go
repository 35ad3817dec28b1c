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
	data, tune, out string
}

func init() {
	var f trainAlignFlags
	cmd := &cobra.Command{
		Use:   "align --data TRAIN.tsv [--tune VAL.tsv] --out FILE",
		Short: "Train the same-claim pair classifier (logistic regression) on MSRP-layout pairs",
		Long: `Counts stem document frequencies over the training sentences, computes the
pair features, fits an L2-regularised logistic regression by Newton's method
for each regularisation strength, and keeps the one (and the probability
threshold) with the best accuracy on --tune (on the training pairs when
--tune is not given). Deterministic: the same files give the same model file.
Write to claims/align/model.json to change the embedded model.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runTrainAlign(cmd.OutOrStdout(), f)
		},
	}
	cmd.Flags().StringVar(&f.data, "data", "", "training pairs (MSRP layout)")
	cmd.Flags().StringVar(&f.tune, "tune", "", "pairs to choose the regularisation and threshold on")
	cmd.Flags().StringVar(&f.out, "out", "", "model file to write")
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
	var tune []calign.Pair
	if f.tune != "" {
		if tune, err = ealign.ReadMSRP(f.tune); err != nil {
			return fmt.Errorf("train align: %w", err)
		}
	}
	m, err := calign.Train(train, tune, calign.DefaultTrainOptions)
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
	fmt.Fprintf(w, "trained on %d pairs (%d sentences counted), l2=%g threshold=%.3f\n", len(train), m.Docs, m.L2, m.Threshold)
	for _, p := range []struct {
		name  string
		pairs []calign.Pair
	}{{"train", train}, {"tune", tune}} {
		if len(p.pairs) == 0 {
			continue
		}
		r := ealign.Evaluate(p.name, ealign.NewModel(m), p.pairs, 1)
		fmt.Fprintf(w, "%-5s accuracy=%.2f f1=%.2f\n", p.name, 100*r.Confusion.Accuracy(), 100*r.Confusion.F1())
	}
	fmt.Fprintf(w, "wrote %s\n", f.out)
	return nil
}
