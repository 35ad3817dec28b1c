// Package rouge is a Go implementation of ROUGE-1.5.5 (Lin 2004) as the
// field runs it for multi-document summarisation:
//
//	ROUGE-1.5.5.pl -n 2 -2 4 -u -m -l N -c 95 -r 1000 -f A -p 0.5 -t 0 -a
//
// on sentence-per-line files prepared by shared/tools/scorers/rouge.sh. It
// gives ROUGE-1, ROUGE-2, ROUGE-L (summary-level union LCS) and ROUGE-SU4
// recall, precision and F, averaged over clusters with ROUGE's bootstrap
// confidence intervals, and agrees with the Perl original to the last
// printed digit on the evaluation sets (see agreement_test.go). It also
// reads the summarisation evaluation sets (ReadClusters).
//
// What -f A means: each cluster's score pools the counts over its reference
// summaries. For every reference the peer's n-grams are clipped against that
// reference alone; recall is the sum of the clipped hits over the sum of the
// references' n-gram counts, and precision the same hits over the peer's
// n-gram count times the number of references. (-f B would instead keep the
// single reference with the best recall; chorus never uses it.)
package rouge

import (
	"errors"
	"fmt"
	"sort"
)

// Metric names one of the four scores ROUGE reports under our options.
type Metric int

// The metrics, in the order ROUGE prints them.
const (
	Rouge1   Metric = iota // unigram overlap
	Rouge2                 // bigram overlap
	RougeL                 // summary-level union longest common subsequence
	RougeSU4               // skip bigrams with at most 4 words between, plus unigrams
	numMetrics
)

// Metrics lists every metric in print order.
var Metrics = [numMetrics]Metric{Rouge1, Rouge2, RougeL, RougeSU4}

// String returns ROUGE's own name for the metric ("ROUGE-SU4").
func (m Metric) String() string {
	switch m {
	case Rouge1:
		return "ROUGE-1"
	case Rouge2:
		return "ROUGE-2"
	case RougeL:
		return "ROUGE-L"
	case RougeSU4:
		return "ROUGE-SU4"
	}
	return fmt.Sprintf("Metric(%d)", int(m))
}

// PRF is a recall, precision and F triple, each a fraction in [0, 1].
type PRF struct{ R, P, F float64 }

// Stat is one metric summarised over clusters: the bootstrap average and the
// lower and upper bounds of its confidence interval, each for R, P and F.
type Stat struct{ Avg, Low, High PRF }

// Options are the scorer's settings. The zero value is not useful; start
// from DefaultOptions.
type Options struct {
	// Words is ROUGE's -l: peers and references are cut to their first
	// Words words before counting; 0 means no cut.
	Words int
	// Alpha is -p, the weight of recall in F = PR / ((1-α)P + αR).
	Alpha float64
	// Resamples is -r, the number of bootstrap resamples.
	Resamples int
	// Confidence is -c, the width of the interval in percent.
	Confidence float64
	// Lemmas are the WordNet exceptions ROUGE's -m consults before Porter
	// (LoadLemmas); nil stems with Porter alone, which no longer matches
	// ROUGE exactly.
	Lemmas Lemmas
	// NoSplit keeps each line of a summary as one sentence instead of
	// applying rouge.sh's sentence splitter (its SPLIT=0); only ROUGE-L
	// notices.
	NoSplit bool
}

// DefaultOptions returns the DUC/Multi-News setting at the given length
// limit: -l words -c 95 -r 1000 -p 0.5, with the given lemmas.
func DefaultOptions(words int, lemmas Lemmas) Options {
	return Options{Words: words, Alpha: 0.5, Resamples: 1000, Confidence: 95, Lemmas: lemmas}
}

func (o Options) validate() error {
	switch {
	case o.Words < 0:
		return fmt.Errorf("word limit %d is negative", o.Words)
	case o.Alpha < 0 || o.Alpha > 1:
		return fmt.Errorf("alpha %g is outside [0, 1]", o.Alpha)
	case o.Resamples < 1:
		return fmt.Errorf("resamples %d is below 1", o.Resamples)
	case o.Confidence < 0 || o.Confidence > 100:
		return fmt.Errorf("confidence %g is outside [0, 100]", o.Confidence)
	}
	return nil
}

// ClusterScore is one cluster's scores, rounded to five decimals as ROUGE
// keeps them.
type ClusterScore struct {
	Name   string
	Scores [numMetrics]PRF
}

// Result is what Score measured.
type Result struct {
	// Clusters holds the scored clusters in ROUGE's order (by name).
	Clusters []ClusterScore
	// Missing names the clusters that had references but no peer summary;
	// like rouge.sh, Score leaves them out rather than scoring them 0.
	Missing []string
	// References counts the reference summaries of the scored clusters.
	References int
	// Stats summarises each metric over the scored clusters.
	Stats [numMetrics]Stat
}

// ErrNothingScored is returned when no cluster has both a peer summary and a
// reference.
var ErrNothingScored = errors.New("no cluster has both a peer summary and a reference")

// Score computes ROUGE for the peer summaries (cluster name → text) against
// the clusters' references. A peer summary that is empty still counts, as
// zero; a cluster without a peer is listed in Result.Missing and left out,
// and so is a cluster without references. Peers naming no cluster are
// ignored. Docs are not read.
func Score(peers map[string]string, clusters []Cluster, opt Options) (Result, error) {
	if err := opt.validate(); err != nil {
		return Result{}, fmt.Errorf("rouge score: %w", err)
	}
	var res Result
	type job struct {
		name string
		peer string
		refs []string
	}
	var jobs []job
	seen := make(map[string]bool, len(clusters))
	for _, c := range clusters {
		if seen[c.Name] {
			return Result{}, fmt.Errorf("rouge score: cluster %q appears twice", c.Name)
		}
		seen[c.Name] = true
		if len(c.Refs) == 0 {
			continue
		}
		p, ok := peers[c.Name]
		if !ok {
			res.Missing = append(res.Missing, c.Name)
			continue
		}
		jobs = append(jobs, job{c.Name, p, c.Refs})
	}
	if len(jobs) == 0 {
		return res, fmt.Errorf("rouge score: %w", ErrNothingScored)
	}
	// ROUGE sorts its instances as strings "<eval id>.<peer id>", and
	// rouge.sh names the one peer "S"; the bootstrap draws in that order.
	sort.Slice(jobs, func(i, j int) bool { return jobs[i].name+".S" < jobs[j].name+".S" })
	sort.Strings(res.Missing)

	sc := newScorer(opt)
	for _, j := range jobs {
		res.Clusters = append(res.Clusters, ClusterScore{Name: j.name, Scores: sc.cluster(j.peer, j.refs)})
		res.References += len(j.refs)
	}
	per := make([]PRF, len(res.Clusters))
	for _, m := range Metrics {
		for i, c := range res.Clusters {
			per[i] = c.Scores[m]
		}
		res.Stats[m] = average(per, opt.Resamples, opt.Confidence)
	}
	return res, nil
}

// prf turns pooled counts into ROUGE's rounded recall, precision and F:
// F is computed from the already rounded R and P, then rounded itself.
func prf(hit, modelCount, peerCount int, alpha float64) PRF {
	var s PRF
	if modelCount != 0 {
		s.R = round5(float64(hit) / float64(modelCount))
	}
	if peerCount != 0 {
		s.P = round5(float64(hit) / float64(peerCount))
	}
	if d := (1-alpha)*s.P + alpha*s.R; d > 0 {
		s.F = round5(s.P * s.R / d)
	}
	return s
}

// Headline is the one-line summary the eval commands print last: recall of
// every metric and F of ROUGE-1 and ROUGE-2, as percentages with two
// decimals, the precision ROUGE's own reports are read at.
func (r Result) Headline() string {
	s := r.Stats
	return fmt.Sprintf("rouge1_r=%.2f rouge2_r=%.2f rougeL_r=%.2f rougeSU4_r=%.2f rouge1_f=%.2f rouge2_f=%.2f",
		100*s[Rouge1].Avg.R, 100*s[Rouge2].Avg.R, 100*s[RougeL].Avg.R, 100*s[RougeSU4].Avg.R,
		100*s[Rouge1].Avg.F, 100*s[Rouge2].Avg.F)
}
