package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chorusnews/chorus/internal/cputime"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus/cluster"
	"github.com/chorusnews/chorus/eval/clustering"
)

type evalClusterFlags struct {
	data, baseline, seeds string
	// chorusOnly skips the baseline, for sweeps of chorus's options.
	chorusOnly     bool
	threshold      float64
	eventThreshold float64
	storyThreshold float64
	mergeThreshold float64
}

func init() {
	var f evalClusterFlags
	cmd := &cobra.Command{
		Use:   "cluster --data FILE|DIR [--shuffle-seeds 1,2,3] [--baseline tfidf]",
		Short: "Score streaming event/story clustering (pairwise and BCubed P/R/F1, ARI)",
		Long: `Streams an evaluation set through the clusterer, one document at a time, in
the given order and in each --shuffle-seeds random order, and scores the
result against the gold labels: pairwise and BCubed precision, recall and F1,
the adjusted Rand index, and clusters found against gold clusters.

--data is JSON Lines ({id, text, title?, published?, event, topic?}, e.g.
ECB+), the UCI News Aggregator CSV (titles only, label STORY), or a folder
laid out as a summarisation set, <cluster>/docs/*.txt (DUC 2003,
Multi-News; refs/ and other files are ignored). In a folder each cluster is
one gold event and one gold topic; a document's title is its first line
when that looks like a headline (20 words at most, no closing punctuation),
and its date comes from a file name that carries one (APW19981017.0151),
else it is undated. When every document is dated, the given order is
publication order; otherwise folder by folder, files in name order.
For JSON Lines and folders the headline level is chorus events against the
gold event, and chorus stories against the gold topic is reported too; for
the CSV it is chorus stories against STORY. The TF-IDF cosine baseline runs
in the same harness (--baseline tfidf runs it alone, --chorus-only skips it;
by default both run).

The last line holds the headline numbers for chorus, averaged over the
orders: pairwise_f1=… bcubed_f1=… docs_per_s=… (docs_per_s times the
clustering step alone, on one core).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runEvalCluster(cmd.OutOrStdout(), f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.data, "data", "", "evaluation set: .jsonl, the UCI .csv, or a folder of <cluster>/docs/*.txt (required)")
	fl.StringVar(&f.seeds, "shuffle-seeds", "", "comma-separated seeds of random orders to run besides the given order")
	fl.StringVar(&f.baseline, "baseline", "", "run only a baseline: tfidf")
	fl.BoolVar(&f.chorusOnly, "chorus-only", false, "run chorus alone (for sweeps of its thresholds)")
	fl.Float64Var(&f.threshold, "baseline-threshold", clustering.DefaultBaselineThreshold, "cosine threshold of the TF-IDF baseline")
	fl.Float64Var(&f.eventThreshold, "event-threshold", cluster.DefaultOptions.EventThreshold, "chorus: similarity needed to join an event")
	fl.Float64Var(&f.storyThreshold, "story-threshold", cluster.DefaultOptions.StoryThreshold, "chorus: similarity needed to join a story")
	fl.Float64Var(&f.mergeThreshold, "merge-threshold", cluster.DefaultOptions.MergeThreshold, "chorus: centroid cosine at which stories merge (0: never)")
	evalCmd.AddCommand(cmd)
}

func parseSeeds(s string) ([]uint64, error) {
	var out []uint64
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		v, err := strconv.ParseUint(p, 10, 64)
		if err != nil || v == 0 {
			return nil, fmt.Errorf("bad seed %q: seeds are positive integers", p)
		}
		out = append(out, v)
	}
	return out, nil
}

func runEvalCluster(w io.Writer, f evalClusterFlags) error {
	if f.data == "" {
		return usageError{"eval cluster: --data is required"}
	}
	if f.baseline != "" && f.baseline != "tfidf" {
		return usageError{fmt.Sprintf("eval cluster: unknown baseline %q (want tfidf)", f.baseline)}
	}
	seeds, err := parseSeeds(f.seeds)
	if err != nil {
		return usageError{"eval cluster: " + err.Error()}
	}
	set, err := clustering.ReadFile(f.data)
	if err != nil {
		return fmt.Errorf("eval cluster: %w", err)
	}
	opts := cluster.DefaultOptions
	opts.EventThreshold, opts.StoryThreshold, opts.MergeThreshold = f.eventThreshold, f.storyThreshold, f.mergeThreshold
	systems := []struct {
		name string
		make func() clustering.Clusterer
	}{
		{"chorus", func() clustering.Clusterer { return clustering.NewChorus(opts) }},
		{"tfidf", func() clustering.Clusterer { return clustering.NewTFIDF(f.threshold) }},
	}
	if f.baseline != "" {
		systems = systems[1:]
	} else if f.chorusOnly {
		systems = systems[:1]
	}
	clock := cputime.Clock()
	orders := []uint64{0}
	orders = append(orders, seeds...)
	fmt.Fprintf(w, "data: %s  docs=%d  gold=%d%s\n", f.data, len(set.Items), goldCount(set, false), topicNote(set))
	fmt.Fprintln(w, "system  order    level         pair_p pair_r pair_f1  b3_p   b3_r   b3_f1   ari   clusters/gold  docs/s")
	var headline clustering.Scores
	var headlineRate float64
	for si, sys := range systems {
		var runs []clustering.Run
		for _, seed := range orders {
			name := "given"
			if seed != 0 {
				name = fmt.Sprintf("seed=%d", seed)
			}
			r := clustering.Stream(set, clustering.Order(len(set.Items), seed), sys.make(), name, clock)
			runs = append(runs, r)
			printRun(w, sys.name, r, set)
		}
		if len(runs) > 1 {
			printRun(w, sys.name, meanRun(runs), set)
		}
		if si == 0 {
			m := meanRun(runs)
			headline, headlineRate = primary(m, set), m.DocsPerSec
		}
	}
	fmt.Fprintln(w, "anchors: TF-IDF baseline pairwise F1 0.68-0.71 on UCI headlines; Miranda et al. 2018 F1 0.94 (full text, other data);")
	fmt.Fprintln(w, "goals:   ECB+ event BCubed F1 >= 0.85, topic >= 0.95; UCI pairwise F1 >= 0.80; >= 20,000 headlines/s, >= 1,000 articles/s")
	fmt.Fprintf(w, "pairwise_f1=%.3f bcubed_f1=%.3f docs_per_s=%.0f\n", headline.PairwiseF1, headline.BCubedF1, headlineRate)
	return nil
}

// primary is the headline comparison: events vs the gold event for sets of
// full documents, stories vs the gold story for headlines.
func primary(r clustering.Run, set *clustering.Set) clustering.Scores {
	if set.Headlines {
		return r.Story
	}
	return r.Event
}

func goldCount(set *clustering.Set, topic bool) int {
	seen := map[string]bool{}
	for _, it := range set.Items {
		if topic {
			seen[it.Topic] = true
		} else {
			seen[it.Event] = true
		}
	}
	return len(seen)
}

func topicNote(set *clustering.Set) string {
	if !set.HasTopic {
		return ""
	}
	return fmt.Sprintf(" (events)  topics=%d", goldCount(set, true))
}

func meanRun(runs []clustering.Run) clustering.Run {
	m := clustering.Run{Order: "mean"}
	var ev, st, t0, t1 []clustering.Scores
	var rate float64
	for _, r := range runs {
		ev, st = append(ev, r.Event), append(st, r.Story)
		t0, t1 = append(t0, r.Topic[0]), append(t1, r.Topic[1])
		rate += r.DocsPerSec
	}
	m.Event, m.Story = clustering.Mean(ev), clustering.Mean(st)
	m.Topic = [2]clustering.Scores{clustering.Mean(t0), clustering.Mean(t1)}
	m.DocsPerSec = rate / float64(len(runs))
	return m
}

func printRun(w io.Writer, sys string, r clustering.Run, set *clustering.Set) {
	gold := "story"
	if set.HasTopic {
		gold = "event"
	}
	rows := []struct {
		level string
		s     clustering.Scores
	}{{"events~" + gold, r.Event}, {"stories~" + gold, r.Story}}
	if set.HasTopic {
		rows = append(rows, struct {
			level string
			s     clustering.Scores
		}{"stories~topic", r.Topic[1]})
	}
	for _, row := range rows {
		s := row.s
		fmt.Fprintf(w, "%-7s %-8s %-13s %.3f  %.3f  %.3f   %.3f  %.3f  %.3f  %.3f  %5d/%-5d  %8.0f\n",
			sys, r.Order, row.level, s.PairwiseP, s.PairwiseR, s.PairwiseF1, s.BCubedP, s.BCubedR, s.BCubedF1, s.ARI,
			s.Clusters, s.Gold, r.DocsPerSec)
	}
}
