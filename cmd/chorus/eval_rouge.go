package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus/eval/rouge"
)

// defaultLemmaDir is where the ROUGE-1.5.5 release beside the evaluation
// sets keeps the WordNet exception lists its -m stemming consults.
const defaultLemmaDir = "../shared/tools/scorers/RELEASE-1.5.5/data/WordNet-2.0-Exceptions"

// maxSystemFileBytes bounds one system summary file.
const maxSystemFileBytes = 4 << 20

type evalRougeFlags struct {
	system, baseline, data, lemmas, out, metric string
	words, resamples                            int
}

func init() {
	var f evalRougeFlags
	cmd := &cobra.Command{
		Use:   "rouge --data DIR (--system DIR | --baseline lead|roundrobin) --words N",
		Short: "Score summaries with ROUGE-1.5.5 (R-1, R-2, R-L, R-SU4; DUC/Multi-News settings)",
		Long: `Scores one summary per cluster against the cluster's references exactly as
ROUGE-1.5.5 does with -n 2 -2 4 -u -m -l N -c 95 -r 1000 -f A -p 0.5 -t 0 -a on
files prepared by shared/tools/scorers/rouge.sh (whose numbers it reproduces).

--system DIR holds <cluster>.txt summaries; --baseline scores a built-in
baseline instead: lead (the first N words of the first document) or
roundrobin (first sentences of each document in turn). --data DIR is laid out
as <cluster>/refs/*.txt (and <cluster>/docs/*.txt, read by the baselines).
DUC 2003/2004 report recall at --words 100; Multi-News reports F at 300 (and
100). The last line holds the headline numbers as percentages.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runEvalRouge(cmd.OutOrStdout(), cmd.ErrOrStderr(), f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.system, "system", "", "folder of <cluster>.txt summaries to score")
	fl.StringVar(&f.baseline, "baseline", "", "score a baseline instead of --system: lead or roundrobin")
	fl.StringVar(&f.data, "data", "", "evaluation set: <cluster>/refs/*.txt (required)")
	fl.IntVar(&f.words, "words", 0, "ROUGE -l: cut summaries and references to N words (0: no cut)")
	fl.StringVar(&f.metric, "metric", "recall", "which score's confidence interval to show in the table: recall or f")
	fl.StringVar(&f.lemmas, "lemmas", defaultLemmaDir, "folder of WordNet *.exc exception lists used by ROUGE's stemmer")
	fl.StringVar(&f.out, "out", "", "also write the scored summaries here as <cluster>.txt (for rouge.sh)")
	fl.IntVar(&f.resamples, "resamples", 1000, "ROUGE -r: bootstrap resamples")
	evalCmd.AddCommand(cmd)
}

func runEvalRouge(stdout, stderr io.Writer, f evalRougeFlags) error {
	if f.data == "" {
		return usageError{"eval rouge: --data is required"}
	}
	if (f.system == "") == (f.baseline == "") {
		return usageError{"eval rouge: give exactly one of --system and --baseline"}
	}
	if f.metric != "recall" && f.metric != "f" {
		return usageError{fmt.Sprintf("eval rouge: --metric must be recall or f, not %q", f.metric)}
	}
	if f.words < 0 {
		return usageError{"eval rouge: --words must be 0 or more"}
	}
	clusters, err := rouge.ReadClusters(f.data)
	if err != nil {
		return fmt.Errorf("eval rouge: %w", err)
	}
	lemmas, err := rouge.LoadLemmas(f.lemmas)
	if err != nil {
		return fmt.Errorf("eval rouge: %w (set --lemmas to ROUGE-1.5.5's data/WordNet-2.0-Exceptions)", err)
	}

	var peers map[string]string
	skipped := 0
	if f.baseline != "" {
		if peers, err = baselinePeers(f.baseline, clusters, f.words); err != nil {
			return err
		}
	} else {
		if peers, err = readSystem(f.system); err != nil {
			return fmt.Errorf("eval rouge: %w", err)
		}
		skipped = reportUnknown(stderr, peers, clusters)
	}
	if f.out != "" {
		if err := writePeers(f.out, peers); err != nil {
			return fmt.Errorf("eval rouge: %w", err)
		}
	}

	opt := rouge.DefaultOptions(f.words, lemmas)
	opt.Resamples = f.resamples
	res, err := rouge.Score(peers, clusters, opt)
	if err != nil {
		return fmt.Errorf("eval rouge: %w", err)
	}
	if n := len(res.Missing); n > 0 {
		fmt.Fprintf(stderr, "eval rouge: %d clusters have no summary and are not scored (first: %s)\n", n, res.Missing[0])
	}
	printRouge(stdout, res, f)
	if skipped > 0 {
		return errSomeSkipped
	}
	return nil
}

// baselinePeers builds a baseline summary for every cluster.
func baselinePeers(name string, clusters []rouge.Cluster, words int) (map[string]string, error) {
	build := map[string]func(rouge.Cluster, int) string{"lead": rouge.Lead, "roundrobin": rouge.RoundRobin}[name]
	if build == nil {
		return nil, usageError{fmt.Sprintf("eval rouge: unknown baseline %q (lead, roundrobin)", name)}
	}
	peers := make(map[string]string, len(clusters))
	for _, c := range clusters {
		peers[c.Name] = build(c, words)
	}
	return peers, nil
}

// readSystem reads <cluster>.txt summaries from dir.
func readSystem(dir string) (map[string]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read system summaries: %w", err)
	}
	peers := map[string]string{}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".txt") {
			continue
		}
		path := filepath.Join(dir, name)
		st, err := os.Stat(path)
		if err != nil {
			return nil, fmt.Errorf("read system summaries: %w", err)
		}
		if st.Size() > maxSystemFileBytes {
			return nil, fmt.Errorf("read system summaries: %s is %d bytes, over the %d-byte limit", path, st.Size(), maxSystemFileBytes)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read system summaries: %w", err)
		}
		peers[strings.TrimSuffix(name, ".txt")] = string(b)
	}
	if len(peers) == 0 {
		return nil, fmt.Errorf("read system summaries: no .txt file in %s", dir)
	}
	return peers, nil
}

// reportUnknown warns about summaries that name no cluster of the set and
// returns how many there are.
func reportUnknown(stderr io.Writer, peers map[string]string, clusters []rouge.Cluster) int {
	known := make(map[string]bool, len(clusters))
	for _, c := range clusters {
		known[c.Name] = true
	}
	var unknown []string
	for name := range peers {
		if !known[name] {
			unknown = append(unknown, name)
		}
	}
	sort.Strings(unknown)
	for _, name := range unknown {
		fmt.Fprintf(stderr, "eval rouge: skipped %s.txt: no such cluster in the data\n", name)
	}
	return len(unknown)
}

// writePeers writes the summaries as <cluster>.txt files.
func writePeers(dir string, peers map[string]string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write summaries: %w", err)
	}
	for name, text := range peers {
		if err := os.WriteFile(filepath.Join(dir, name+".txt"), []byte(text), 0o644); err != nil {
			return fmt.Errorf("write summaries: %w", err)
		}
	}
	return nil
}

// printRouge prints the table (R, P, F as percentages with the confidence
// interval of the chosen score) and the headline line last.
func printRouge(w io.Writer, res rouge.Result, f evalRougeFlags) {
	what := f.system
	if f.baseline != "" {
		what = "baseline " + f.baseline
	}
	limit := ""
	if f.words > 0 {
		limit = fmt.Sprintf(" -l %d", f.words)
	}
	fmt.Fprintf(w, "# ROUGE-1.5.5 -n 2 -2 4 -u -m%s -c 95 -r %d -f A -p 0.5 -t 0 -a\n", limit, f.resamples)
	fmt.Fprintf(w, "# clusters scored: %d  (references: %d)  summaries: %s\n", len(res.Clusters), res.References, what)
	ci := "R"
	if f.metric == "f" {
		ci = "F"
	}
	fmt.Fprintf(w, "%-10s %8s %8s %8s   (95%% CI of %s)\n", "metric", "R", "P", "F", ci)
	for _, m := range rouge.Metrics {
		s := res.Stats[m]
		lo, hi := s.Low.R, s.High.R
		if f.metric == "f" {
			lo, hi = s.Low.F, s.High.F
		}
		fmt.Fprintf(w, "%-10s %8s %8s %8s   (%s-%s)\n", m, pct(s.Avg.R), pct(s.Avg.P), pct(s.Avg.F), pct(lo), pct(hi))
	}
	fmt.Fprintln(w, res.Headline())
}

func pct(x float64) string { return fmt.Sprintf("%.2f", 100*x) }
