package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/eval/names"
	"github.com/chorusnews/chorus/story/people"
)

// evalNamesFlags are the options of `chorus eval names`.
type evalNamesFlags struct {
	data, dump string
}

func init() {
	var f evalNamesFlags
	cmd := &cobra.Command{
		Use:   "names --data FILE.jsonl",
		Short: "Score cross-document name-variant merging (BCubed within topic) against surname matching",
		Long: `Reads gold clusters of proper-name mentions ({topic, chain, type, mentions:
[[doc, string]...]} per line), clusters all mention strings of each topic
with the people resolver's merging rules (story/people.Cluster; the chain
type mapped to PER/ORG/LOC stands in for the tagger's type), and scores
BCubed precision, recall and F1 within each topic, micro-averaged over
mentions. The baseline "surname matching alone" clusters mentions whose
last words agree, in the same run. --dump writes every topic's predicted
groups beside the gold chains.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runEvalNames(cmd.OutOrStdout(), f)
		},
	}
	cmd.Flags().StringVar(&f.data, "data", "", "names JSONL file (../shared/data/names/ecbplus-names-dev.jsonl)")
	cmd.Flags().StringVar(&f.dump, "dump", "", "write predicted groups and gold chains per topic to this file")
	evalCmd.AddCommand(cmd)
}

// resolverMethod clusters one topic's mention strings with the people
// resolver's rules.
func resolverMethod(items []names.Item) []int {
	ns := make([]people.Name, len(items))
	for i, it := range items {
		ns[i] = people.Name{Doc: it.Doc, Text: it.Text, Type: chorus.EntityType(it.Type)}
	}
	return people.Cluster(ns)
}

func runEvalNames(w io.Writer, f evalNamesFlags) error {
	if f.data == "" {
		return usageError{"eval names: --data is required"}
	}
	topics, err := names.ReadFile(f.data)
	if err != nil {
		return fmt.Errorf("eval names: %w", err)
	}
	if len(topics) == 0 {
		return fmt.Errorf("eval names: no mentions in %s", f.data)
	}
	chains, types := 0, map[string]int{}
	for _, t := range topics {
		chains += len(t.Chains)
		for _, m := range t.Mentions {
			types[string(m.Type)]++
		}
	}
	base := names.Evaluate(topics, names.Surname)
	res := names.Evaluate(topics, resolverMethod)
	fmt.Fprintf(w, "data %s: %d topics, %d chains, %d mentions (%s)\n", f.data, len(topics), chains,
		res.Counts.Mentions, typeCounts(types))
	fmt.Fprintf(w, "%-22s %7s %7s %7s\n", "BCubed within topic", "P", "R", "F1")
	for _, r := range []struct {
		name string
		res  names.Result
	}{{"surname matching", base}, {"chorus people", res}} {
		s := r.res.Counts.Scores()
		fmt.Fprintf(w, "%-22s %7.2f %7.2f %7.2f\n", r.name, s.P, s.R, s.F1)
	}
	for _, ty := range sortedKeys(res.ByType) {
		s := res.ByType[ty].Scores()
		fmt.Fprintf(w, "%-22s %7.2f %7.2f %7.2f  (%d mentions)\n", "  chorus "+ty, s.P, s.R, s.F1, s.Mentions)
	}
	if f.dump != "" {
		if err := dumpNames(f.dump, res); err != nil {
			return fmt.Errorf("eval names: %w", err)
		}
	}
	bs, s := base.Counts.Scores(), res.Counts.Scores()
	fmt.Fprintf(w, "surname_f1=%.2f (anchor 81.9) surname_precision=%.2f surname_recall=%.2f\n", bs.F1, bs.P, bs.R)
	fmt.Fprintf(w, "bcubed_f1=%.2f precision=%.2f recall=%.2f mentions_per_s=%.0f\n", s.F1, s.P, s.R, res.MentionsPerSecond())
	return nil
}

func typeCounts(m map[string]int) string {
	var parts []string
	for _, k := range sortedKeys(m) {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

// dumpNames writes, per topic, each predicted group as its mention
// strings with their gold chain numbers, groups that mix chains marked
// "MIXED", then chains split over several groups marked "SPLIT".
func dumpNames(path string, res names.Result) error {
	fh, err := os.Create(path)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(fh)
	for _, tr := range res.Topics {
		t := tr.Topic
		s := tr.Counts.Scores()
		fmt.Fprintf(bw, "=== topic %s  P %.1f R %.1f F1 %.1f\n", t.ID, s.P, s.R, s.F1)
		groups := map[int][]int{}
		chainGroups := map[int]map[int]bool{}
		var order []int
		for i, p := range tr.Pred {
			if _, ok := groups[p]; !ok {
				order = append(order, p)
			}
			groups[p] = append(groups[p], i)
			c := t.Mentions[i].Chain
			if chainGroups[c] == nil {
				chainGroups[c] = map[int]bool{}
			}
			chainGroups[c][p] = true
		}
		for _, p := range order {
			chainsIn := map[int]bool{}
			var ms []string
			for _, i := range groups[p] {
				m := t.Mentions[i]
				chainsIn[m.Chain] = true
				ms = append(ms, fmt.Sprintf("%s[%d]", m.Text, m.Chain))
			}
			mark := "  "
			if len(chainsIn) > 1 {
				mark = "MIXED"
			}
			fmt.Fprintf(bw, "%s g%d: %s\n", mark, p, strings.Join(ms, " | "))
		}
		for c := range t.Chains {
			if len(chainGroups[c]) > 1 {
				var gs []string
				for g := range chainGroups[c] {
					gs = append(gs, fmt.Sprint(g))
				}
				slices.Sort(gs)
				fmt.Fprintf(bw, "SPLIT chain %d over groups %s\n", c, strings.Join(gs, ","))
			}
		}
	}
	if err := bw.Flush(); err != nil {
		fh.Close()
		return err
	}
	return fh.Close()
}
