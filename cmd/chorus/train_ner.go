package main

import (
	"fmt"
	"os"
	"time"

	"github.com/chorusnews/chorus/analyze/ner"
	"github.com/chorusnews/chorus/eval/conll"
	"github.com/spf13/cobra"
)

var trainNERFlags struct {
	data, out, dev string
	cfg            ner.TrainConfig
}

var trainNERCmd = &cobra.Command{
	Use:   "ner",
	Short: "Train the named-entity tagger embedded in analyze/ner",
	Long: `Trains the averaged-perceptron tagger on a CoNLL-2003 style file and writes
the model file that analyze/ner embeds. Training is deterministic: the same
data and flags give the same file, byte for byte.

  chorus train ner --data ../shared/data/ner/conllpp_train.txt --out analyze/ner/model.bin`,
	Args: cobra.NoArgs,
	RunE: runTrainNER,
}

func init() {
	d := ner.DefaultTrainConfig()
	f := trainNERCmd.Flags()
	f.StringVar(&trainNERFlags.data, "data", "", "CoNLL training file (required)")
	f.StringVar(&trainNERFlags.out, "out", "", "model file to write (required)")
	f.StringVar(&trainNERFlags.dev, "dev", "", "CoNLL file to score the written model on (optional)")
	c := &trainNERFlags.cfg
	f.IntVar(&c.Epochs, "epochs", d.Epochs, "perceptron epochs per stage")
	f.IntVar(&c.Folds, "folds", d.Folds, "jackknife folds for the document pass (< 2: no document pass)")
	f.Uint64Var(&c.Seed, "seed", d.Seed, "shuffle seed")
	f.IntVar(&c.MinCount, "min-count", d.MinCount, "drop features seen fewer times")
	f.IntVar(&c.RareWords, "rare-words", d.RareWords, "train words seen at most this often without their identity features")
	f.IntVar(&c.Ensemble, "ensemble", d.Ensemble, "differently shuffled runs averaged into each final stage")
	f.Float64Var(&c.Prune, "prune", d.Prune, "drop averaged weights closer to zero than this")
	f.IntVar(&c.FineClasses, "fine-classes", d.FineClasses, "word classes in the fine clustering (0: none)")
	f.IntVar(&c.CoarseClasses, "coarse-classes", d.CoarseClasses, "word classes in the coarse clustering (0: none)")
	f.IntVar(&c.ClusterIters, "cluster-iters", d.ClusterIters, "exchange-algorithm passes")
	trainCmd.AddCommand(trainNERCmd)
}

func runTrainNER(cmd *cobra.Command, _ []string) error {
	fl := trainNERFlags
	if fl.data == "" || fl.out == "" {
		return usageError{"train ner: --data and --out are required"}
	}
	docs, err := readCoNLL(fl.data)
	if err != nil {
		return err
	}
	train := make([]ner.TrainDoc, len(docs))
	for i, d := range docs {
		for _, s := range d.Sentences {
			train[i].Words = append(train[i].Words, s.Words)
			train[i].Tags = append(train[i].Tags, s.Tags)
		}
	}
	cfg := fl.cfg
	cfg.Log = cmd.ErrOrStderr()
	start := time.Now()
	model, err := ner.Train(train, cfg)
	if err != nil {
		return err
	}
	b, err := model.MarshalBinary()
	if err != nil {
		return err
	}
	if err := os.WriteFile(fl.out, b, 0o644); err != nil {
		return fmt.Errorf("train ner: %w", err)
	}
	w := cmd.OutOrStdout()
	fmt.Fprintf(w, "wrote %s: %d bytes, trained in %.1fs\n", fl.out, len(b), time.Since(start).Seconds())
	if fl.dev == "" {
		return nil
	}
	// Score the model as written (quantised), not the one in memory.
	loaded, err := ner.Load(b)
	if err != nil {
		return err
	}
	dev, err := readCoNLL(fl.dev)
	if err != nil {
		return err
	}
	run, err := conll.Evaluate(dev, loaded)
	if err != nil {
		return err
	}
	r := &run.Result
	fmt.Fprintf(w, "dev: f1=%.2f per=%.2f loc=%.2f org=%.2f misc=%.2f all=%.2f\n",
		100*r.Over("PER", "LOC", "ORG").F1(), 100*r.Type("PER").F1(), 100*r.Type("LOC").F1(),
		100*r.Type("ORG").F1(), 100*r.Type("MISC").F1(), 100*r.Overall().F1())
	return nil
}
