package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/chorusnews/chorus/analyze/ner"
	"github.com/chorusnews/chorus/eval/conll"
	"github.com/spf13/cobra"
)

var evalNERFlags struct {
	data     string
	baseline string
	model    string
	out      string
}

var evalNERCmd = &cobra.Command{
	Use:   "ner",
	Short: "Score the named-entity tagger on a CoNLL file (conlleval entity F1)",
	Long: `Tags every document of a CoNLL-2003 style file (IOB1 or IOB2) with the
embedded model and scores it the way conlleval does: an entity counts only
with its exact span and type. MISC is scored and shown, but the headline F1
is over PER, LOC and ORG only. Speed counts tagging time only, on one
goroutine, as tokens per second of process CPU time (per core; wall-clock
speed is printed beside it).

The last line reads: f1=... per=... loc=... org=... tokens_per_s=...`,
	Args: cobra.NoArgs,
	RunE: runEvalNER,
}

func init() {
	f := evalNERCmd.Flags()
	f.StringVar(&evalNERFlags.data, "data", "", "CoNLL file to score on (required)")
	f.StringVar(&evalNERFlags.baseline, "baseline", "", `also score a baseline in the same run: "lexicon"`)
	f.StringVar(&evalNERFlags.model, "model", "", "model file to use instead of the embedded one")
	f.StringVar(&evalNERFlags.out, "out", "", "write predictions as word gold pred lines (conlleval input)")
	evalCmd.AddCommand(evalNERCmd)
}

func runEvalNER(cmd *cobra.Command, _ []string) error {
	fl := evalNERFlags
	if fl.data == "" {
		return usageError{"eval ner: --data is required"}
	}
	if fl.baseline != "" && fl.baseline != "lexicon" {
		return usageError{fmt.Sprintf("eval ner: unknown baseline %q (want lexicon)", fl.baseline)}
	}
	docs, err := readCoNLL(fl.data)
	if err != nil {
		return err
	}
	var model *ner.Model
	if fl.model != "" {
		b, err := os.ReadFile(fl.model)
		if err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
		if model, err = ner.Load(b); err != nil {
			return fmt.Errorf("eval ner: %w", err)
		}
	} else if model, err = ner.Default(); err != nil {
		return fmt.Errorf("eval ner: %w", err)
	}
	w := cmd.OutOrStdout()
	var base *conll.Run
	if fl.baseline == "lexicon" {
		if base, err = conll.Evaluate(docs, ner.LexiconTagger{}); err != nil {
			return err
		}
		fmt.Fprintln(w, "== baseline: lexicon (gazetteer longest match only)")
		writeNERReport(w, base)
	}
	run, err := conll.Evaluate(docs, model)
	if err != nil {
		return err
	}
	src := "embedded"
	if fl.model != "" {
		src = fl.model
	}
	fmt.Fprintf(w, "== model: %s (averaged perceptron, sentence pass + document pass)\n", src)
	writeNERReport(w, run)
	if fl.out != "" {
		if err := writePredictions(fl.out, docs, run.Pred); err != nil {
			return err
		}
	}
	if base != nil {
		fmt.Fprintf(w, "anchors (CoNLL++ test, PER/LOC/ORG): prose v2 48.60, lexicon baseline 59.60; here lexicon %.2f\n",
			100*base.Result.Over("PER", "LOC", "ORG").F1())
	}
	r := &run.Result
	fmt.Fprintf(w, "f1=%.2f per=%.2f loc=%.2f org=%.2f tokens_per_s=%.0f\n",
		100*r.Over("PER", "LOC", "ORG").F1(), 100*r.Type("PER").F1(), 100*r.Type("LOC").F1(),
		100*r.Type("ORG").F1(), run.TokensPerSecond())
	return nil
}

func writeNERReport(w io.Writer, run *conll.Run) {
	r := &run.Result
	r.WriteReport(w)
	plo := r.Over("PER", "LOC", "ORG")
	fmt.Fprintf(w, "PER/LOC/ORG (headline, MISC left out): precision %.2f%%; recall %.2f%%; F1 %.2f\n",
		100*plo.Precision(), 100*plo.Recall(), 100*plo.F1())
	fmt.Fprintf(w, "speed (tagging only, one goroutine): %d tokens in %.3fs CPU = %.0f tokens/s per core; %.3fs wall = %.0f tokens/s\n",
		run.Tokens, run.CPU.Seconds(), run.TokensPerSecond(), run.Elapsed.Seconds(), run.WallTokensPerSecond())
}

func readCoNLL(path string) ([]conll.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
	defer f.Close()
	docs, err := conll.Read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// writePredictions writes "word gold pred" lines, the input conlleval.pl reads.
func writePredictions(path string, docs []conll.Document, pred [][][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write predictions: %w", err)
	}
	bw := bufio.NewWriter(f)
	for di, d := range docs {
		for si, s := range d.Sentences {
			for i, word := range s.Words {
				fmt.Fprintf(bw, "%s %s %s\n", word, s.Tags[i], pred[di][si][i])
			}
			bw.WriteString("\n")
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write predictions: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write predictions: %w", err)
	}
	return nil
}
