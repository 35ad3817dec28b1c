package main

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/eval/rouge"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/story"
)

type evalSummarizeFlags struct {
	data, out, lemmas, metric, methods, words string
	resamples, limit                          int
}

// summarizeMethods are the digest selections the evaluation knows, in the
// order it reports them.
var summarizeMethods = []string{"chorus", "lexrank", "centroid", "oracle"}

func init() {
	var f evalSummarizeFlags
	cmd := &cobra.Command{
		Use:   "summarize --data DIR --words N [--method chorus,lexrank,centroid,oracle] [--out DIR]",
		Short: "Summarise every cluster of a summarisation set with the digest and score it with ROUGE-1.5.5",
		Long: `Builds the digest of every cluster of a set laid out as <cluster>/docs/*.txt and
<cluster>/refs/*.txt, through the same path as chorus digest (documents →
extract → analyze → syndication → story digest; each cluster is one story),
cuts it at N words as ROUGE's -l does, and scores it with ROUGE-1.5.5 (see
chorus eval rouge). Each document is read as a JSON Lines record would be: its
text, titled with its file name (the sets' texts have no headline), and dated
and attributed from DUC-style names (APW19981017.0151: APW, 17 Oct 1998).

--method lists the selections to compare in one run: chorus (the digest's own),
lexrank and centroid (the classic baselines, in the same harness) and oracle
(the greedy choice against the references: the ceiling). --words may list
several lengths (Multi-News: 300,100); each gets its own digests. Rows are
printed for all clusters and for the halves A (1st, 3rd, ... cluster) and B
(2nd, 4th, ...), so settings chosen on one half can be checked on the other.
Times are per cluster, from documents to story (wall time; extraction runs on every core).

--out DIR writes the summaries as DIR/<cluster>.txt for a single method and
length, else as DIR/<method>-<N>/<cluster>.txt (for rouge.sh). DUC reports
recall at 100 words (--metric recall); Multi-News F at 300 and 100 (--metric f).
The last line holds the headline numbers of the first method at the first
length, over all clusters.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runEvalSummarize(cmd.OutOrStdout(), cmd.ErrOrStderr(), f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.data, "data", "", "evaluation set: <cluster>/docs/*.txt and <cluster>/refs/*.txt (required)")
	fl.StringVar(&f.words, "words", "100", "summary length(s) in words, comma-separated; ROUGE -l")
	fl.StringVar(&f.methods, "method", strings.Join(summarizeMethods, ","), "selections to run, comma-separated: "+strings.Join(summarizeMethods, ", "))
	fl.StringVar(&f.out, "out", "", "write the summaries here")
	fl.StringVar(&f.metric, "metric", "recall", "score to print: recall or f")
	fl.StringVar(&f.lemmas, "lemmas", defaultLemmaDir, "folder of WordNet *.exc exception lists used by ROUGE's stemmer")
	fl.IntVar(&f.resamples, "resamples", 1000, "ROUGE -r: bootstrap resamples")
	fl.IntVar(&f.limit, "limit", 0, "summarise only the first N clusters (0: all)")
	evalCmd.AddCommand(cmd)
}

// summaryRun is one method at one length over the clusters.
type summaryRun struct {
	method string
	words  int
	peers  map[string]string
	times  []time.Duration
	skips  int
}

func runEvalSummarize(stdout, stderr io.Writer, f evalSummarizeFlags) error {
	if f.data == "" {
		return usageError{"eval summarize: --data is required"}
	}
	if f.metric != "recall" && f.metric != "f" {
		return usageError{fmt.Sprintf("eval summarize: --metric must be recall or f, not %q", f.metric)}
	}
	lengths, err := parseLengths(f.words)
	if err != nil {
		return err
	}
	methods, err := parseMethods(f.methods)
	if err != nil {
		return err
	}
	clusters, err := rouge.ReadClusters(f.data)
	if err != nil {
		return fmt.Errorf("eval summarize: %w", err)
	}
	if f.limit > 0 && f.limit < len(clusters) {
		clusters = clusters[:f.limit]
	}
	lemmas, err := rouge.LoadLemmas(f.lemmas)
	if err != nil {
		return fmt.Errorf("eval summarize: %w (set --lemmas to ROUGE-1.5.5's data/WordNet-2.0-Exceptions)", err)
	}
	var runs []summaryRun
	for _, n := range lengths {
		for _, m := range methods {
			runs = append(runs, summarizeAll(clusters, m, n))
		}
	}
	if f.out != "" {
		for _, r := range runs {
			dir := f.out
			if len(runs) > 1 {
				dir = filepath.Join(f.out, fmt.Sprintf("%s-%d", r.method, r.words))
			}
			if err := writePeers(dir, r.peers); err != nil {
				return fmt.Errorf("eval summarize: %w", err)
			}
		}
	}
	return printSummaryRuns(stdout, stderr, f, clusters, lemmas, runs)
}

// parseLengths reads --words.
func parseLengths(s string) ([]int, error) {
	var out []int
	for _, part := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(part))
		if err != nil || n < 10 || n > 5000 {
			return nil, usageError{fmt.Sprintf("eval summarize: --words takes lengths between 10 and 5000, not %q", part)}
		}
		out = append(out, n)
	}
	return out, nil
}

// parseMethods reads --method.
func parseMethods(s string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, part := range strings.Split(s, ",") {
		m := strings.TrimSpace(part)
		known := false
		for _, k := range summarizeMethods {
			known = known || k == m
		}
		if !known {
			return nil, usageError{fmt.Sprintf("eval summarize: unknown method %q (%s)", m, strings.Join(summarizeMethods, ", "))}
		}
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return out, nil
}

// summarizeAll digests every cluster with one method at one length.
func summarizeAll(clusters []rouge.Cluster, method string, words int) summaryRun {
	r := summaryRun{method: method, words: words, peers: make(map[string]string, len(clusters))}
	for _, c := range clusters {
		start := time.Now()
		text, skipped := summarizeCluster(c, method, words)
		r.times = append(r.times, time.Since(start))
		r.skips += skipped
		r.peers[c.Name] = rouge.Truncate(text, words)
	}
	return r
}

// summarizeCluster builds the digest of one cluster, as one story, and
// returns its sentences one per line, with the number of documents the
// extractor refused.
func summarizeCluster(c rouge.Cluster, method string, words int) (string, int) {
	docs := c.Documents()
	arts, errs := pipeline.Extract(docs)
	if len(arts) == 0 {
		return "", len(errs)
	}
	opts := pipeline.DefaultOptions.Story
	opts.Words = words
	opts.Selector = selectorFor(method, c, words)
	st := pipeline.BuildStory(chorus.NewStoryID(arts[0].ID), arts, nil, opts)
	lines := make([]string, len(st.Digest))
	for i, d := range st.Digest {
		lines[i] = d.Text
	}
	return strings.Join(lines, "\n"), len(errs)
}

// selectorFor returns the digest selection of a method; nil is the digest's own.
func selectorFor(method string, c rouge.Cluster, words int) story.Selector {
	switch method {
	case "lexrank":
		return story.LexRank{Threshold: 0.1, Redundancy: 0.5}
	case "centroid":
		return story.Centroid{Redundancy: 0.5}
	case "oracle":
		return story.Oracle{Gain: newOracleGain(c.Refs, words).gain}
	}
	return nil
}

// printSummaryRuns scores every run on all clusters and on each half and
// prints one table row per run and split.
func printSummaryRuns(stdout, stderr io.Writer, f evalSummarizeFlags, clusters []rouge.Cluster, lemmas rouge.Lemmas, runs []summaryRun) error {
	halves := [2][]rouge.Cluster{}
	for i, c := range clusters {
		halves[i%2] = append(halves[i%2], c)
	}
	docs := 0
	for _, c := range clusters {
		docs += len(c.Docs)
	}
	fmt.Fprintf(stdout, "# eval summarize %s: %d clusters, %.1f documents per cluster; ROUGE-1.5.5 -n 2 -2 4 -u -m -l N -c 95 -r %d -f A -p 0.5 -t 0 -a; %s\n",
		filepath.Base(filepath.Clean(f.data)), len(clusters), float64(docs)/float64(len(clusters)), f.resamples, f.metric)
	for _, a := range summarizeAnchors[filepath.Base(filepath.Clean(f.data))] {
		fmt.Fprintf(stdout, "# anchor: %s\n", a)
	}
	fmt.Fprintf(stdout, "%-5s %-9s %-5s %4s %7s %7s %7s %7s %9s %9s\n", "words", "method", "split", "n", "R-1", "R-2", "R-L", "R-SU4", "ms/clust", "ms max")
	var headline string
	for _, r := range runs {
		opt := rouge.DefaultOptions(r.words, lemmas)
		opt.Resamples = f.resamples
		for si, split := range [][]rouge.Cluster{clusters, halves[0], halves[1]} {
			if len(split) == 0 {
				continue
			}
			res, err := rouge.Score(r.peers, split, opt)
			if err != nil {
				return fmt.Errorf("eval summarize: %w", err)
			}
			name := [3]string{"all", "A", "B"}[si]
			mean, worst := timing(r.times, split, clusters)
			var cells [4]string
			for i, m := range rouge.Metrics {
				v := res.Stats[m].Avg.R
				if f.metric == "f" {
					v = res.Stats[m].Avg.F
				}
				cells[i] = pct(v)
			}
			fmt.Fprintf(stdout, "%-5d %-9s %-5s %4d %7s %7s %7s %7s %9.1f %9.1f\n", r.words, r.method, name, len(res.Clusters),
				cells[0], cells[1], cells[2], cells[3], mean, worst)
			if headline == "" {
				headline = res.Headline()
			}
		}
		if r.skips > 0 {
			fmt.Fprintf(stderr, "eval summarize: %s at %d words: %d documents could not be read\n", r.method, r.words, r.skips)
		}
	}
	fmt.Fprintln(stdout, headline)
	return nil
}

// timing returns the mean and the longest time per cluster, in
// milliseconds, over the clusters of split.
func timing(times []time.Duration, split, all []rouge.Cluster) (mean, worst float64) {
	index := make(map[string]int, len(all))
	for i, c := range all {
		index[c.Name] = i
	}
	var ms []float64
	for _, c := range split {
		ms = append(ms, float64(times[index[c.Name]].Microseconds())/1000)
	}
	sort.Float64s(ms)
	sum := 0.0
	for _, v := range ms {
		sum += v
	}
	return sum / float64(len(ms)), ms[len(ms)-1]
}

// summarizeAnchors are the published scores of the classic systems on each
// set, printed beside ours.
var summarizeAnchors = map[string][]string{
	"duc2003": {"recall at 100 words: centroid 37.4/9.2, LexRank 37.4/9.0 (R-1/R-2)",
		"DUC 2004, same task: LexRank 36.0/7.5, centroid 36.4/8.0, ICSISumm 38.4/9.8, submodular 39.2/9.4, DPP 39.8/9.6, oracle 43.1/15.0"},
	"multinews-val500": {"F at 300 words: LexRank 44.9/15.9, centroid 44.9/16.0, oracle 48.4/20.0 (R-1/R-2)"},
}

// oracleGain scores a summary against a cluster's references as ROUGE-1
// plus ROUGE-2 recall with counts pooled over the references (ROUGE's -f
// A), cut at the word limit, without stemming: close enough to choose the
// oracle's sentences, which ROUGE then scores properly.
type oracleGain struct {
	words int
	refs  []map[string]int // n-gram counts per reference
	total [2]int           // unigrams, bigrams over all references
	cache map[string][]string
}

func newOracleGain(refs []string, words int) *oracleGain {
	g := &oracleGain{words: words, cache: map[string][]string{}}
	for _, r := range refs {
		toks := rougeTokens(rouge.Truncate(r, words))
		counts := ngramCounts(toks)
		g.refs = append(g.refs, counts)
		g.total[0] += len(toks)
		g.total[1] += max(len(toks)-1, 0)
	}
	return g
}

func (g *oracleGain) gain(texts []string) float64 {
	var toks []string
	left := g.words
	for _, t := range texts {
		tt, ok := g.cache[t]
		if !ok {
			tt = rougeTokens(t)
			g.cache[t] = tt
		}
		// the word limit counts white-space words; tokens approximate them
		if len(tt) > left {
			tt = tt[:left]
		}
		toks = append(toks, tt...)
		left -= len(tt)
		if left <= 0 {
			break
		}
	}
	peer := ngramCounts(toks)
	var hits [2]int
	for _, ref := range g.refs {
		for k, n := range peer {
			if m := ref[k]; m > 0 {
				hits[strings.Count(k, " ")] += min(n, m)
			}
		}
	}
	s := 0.0
	for i := range hits {
		if g.total[i] > 0 {
			s += float64(hits[i]) / float64(g.total[i])
		}
	}
	return s
}

// rougeTokens lower-cases text and splits it at every character that is
// not an ASCII letter or digit, as ROUGE does.
func rougeTokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
}

// ngramCounts counts unigrams and bigrams (joined by a space).
func ngramCounts(toks []string) map[string]int {
	m := make(map[string]int, 2*len(toks))
	for i, t := range toks {
		m[t]++
		if i > 0 {
			m[toks[i-1]+" "+t]++
		}
	}
	return m
}
