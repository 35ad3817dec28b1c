package main

import (
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/chorusnews/chorus/internal/cputime"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/cluster"
	"github.com/chorusnews/chorus/eval/clustering"
)

type benchClusterFlags struct {
	n, words, perDay int
	seed             uint64
}

func init() {
	var f benchClusterFlags
	cmd := &cobra.Command{
		Use:   "cluster [--n 1000000] [--words 150] [--per-day 3000]",
		Short: "Stream synthetic articles through the clusterer: cost per insert and memory as the index grows",
		Long: `Generates a deterministic stream of synthetic articles (stories that live a
few days, own topical words and names over a Zipf background vocabulary,
arriving in time order) and clusters them one by one. At 1k, 10k, 100k, 1M …
articles it prints the mean cost of one insert over the last tenth of the
stream before that point, the heap in use after a collection, and the peak
resident memory so far: if the per-insert cost stays flat while the index
grows tenfold, insert cost does not grow with the number stored.
--words 8 makes headlines instead of full articles.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if f.n < 1 || f.words < 1 || f.perDay < 1 {
				return usageError{"bench cluster: --n, --words and --per-day must be positive"}
			}
			return runBenchCluster(cmd.OutOrStdout(), f)
		},
	}
	fl := cmd.Flags()
	fl.IntVar(&f.n, "n", 100000, "articles to stream")
	fl.IntVar(&f.words, "words", 150, "words per article (8: headlines)")
	fl.IntVar(&f.perDay, "per-day", 3000, "articles per simulated day")
	fl.Uint64Var(&f.seed, "seed", 1, "generator seed")
	benchCmd.AddCommand(cmd)
}

func runBenchCluster(w io.Writer, f benchClusterFlags) error {
	gen := clustering.NewSynth(f.seed, f.words, f.perDay)
	idx := cluster.New(cluster.DefaultOptions)
	fmt.Fprintf(w, "synthetic stream: %d articles of %d words, %d a day, seed %d; GOMAXPROCS=%d\n",
		f.n, f.words, f.perDay, f.seed, runtime.GOMAXPROCS(0))
	fmt.Fprintln(w, "articles   cpu_us/insert(last 10%)  inserts/s   stories   heap_MB  peak_rss_MB  cpu_s")
	// Articles are generated a chunk at a time outside the timed part; the
	// time is the process's CPU time (one goroutine inserts, so it is the
	// cost on one core plus the garbage collector's share), which other jobs
	// on the machine do not inflate as they do wall time.
	const chunk = 1000
	var total, window time.Duration
	var windowN int
	stories := 0
	next := 1000
	docs := make([]cluster.Doc, 0, chunk)
	for done := 0; done < f.n; {
		docs = docs[:0]
		for len(docs) < chunk && done+len(docs) < f.n {
			it, _ := gen.Next()
			docs = append(docs, cluster.Doc{ID: chorus.ArticleID(it.ID), Title: it.Title, Text: it.Text, Published: it.Published, Lang: it.Lang})
		}
		c0, _ := cputime.Process()
		for _, d := range docs {
			if idx.Add(d).NewStory {
				stories++
			}
		}
		el := cputime.Since(c0)
		done += len(docs)
		total += el
		if done > next-next/10 {
			window += el
			windowN += len(docs)
		}
		if done == next || done == f.n {
			var ms runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&ms)
			fmt.Fprintf(w, "%-10d %21.1f  %9.0f  %8d  %8.1f  %11.1f  %5.1f\n", done,
				float64(window.Microseconds())/float64(max(1, windowN)), float64(windowN)/max(window.Seconds(), 1e-9),
				stories, float64(ms.HeapInuse)/(1<<20), cputime.PeakRSSMB(), total.Seconds())
			window, windowN = 0, 0
			next *= 10
		}
	}
	fmt.Fprintf(w, "inserts_per_s=%.0f us_per_insert=%.1f stories=%d\n", float64(f.n)/max(total.Seconds(), 1e-9),
		float64(total.Microseconds())/float64(f.n), stories)
	return nil
}
