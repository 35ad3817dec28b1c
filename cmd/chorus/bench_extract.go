package main

import (
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/chorusnews/chorus/internal/cputime"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/eval/extraction"
	"github.com/chorusnews/chorus/ingest"
)

type benchExtractFlags struct {
	data   string
	rounds int
}

func init() {
	var f benchExtractFlags
	cmd := &cobra.Command{
		Use:   "extract --data DIR [--rounds N]",
		Short: "Per-page cost of chorus extraction against go-trafilatura and go-readability, in one run",
		Long: `Runs chorus's extraction (extract.Read + Article), go-trafilatura with fallback and
readeck's go-readability over every page of a scrapinghub-style set, --rounds
times. Within a round the three take turns page by page, in a rotating order,
so that a busy machine slows all three alike. For each system it prints the
mean over pages of the page's fastest round (the least disturbed estimate of
its cost), the median page, the slowest page, the process CPU time per page,
and the ratio of chorus's cost to each anchor's.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runBenchExtract(cmd.OutOrStdout(), f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.data, "data", "", "extraction set: DIR/ground-truth.json and DIR/html/<id>.html.gz (required)")
	fl.IntVar(&f.rounds, "rounds", 3, "times each system extracts each page")
	benchCmd.AddCommand(cmd)
}

func runBenchExtract(w io.Writer, f benchExtractFlags) error {
	if f.data == "" {
		return usageError{"bench extract: --data is required"}
	}
	if f.rounds < 1 || f.rounds > 100 {
		return usageError{"bench extract: --rounds must be between 1 and 100"}
	}
	pages, err := extraction.ReadSet(f.data)
	if err != nil {
		return fmt.Errorf("bench extract: %w", err)
	}
	docs := make([]chorus.Document, len(pages))
	for i, p := range pages {
		if docs[i], err = ingest.Bytes(p.ID, p.HTML, true, ""); err != nil {
			return fmt.Errorf("bench extract: %w", err)
		}
	}
	names := extraction.SystemNames()
	best := make([][]time.Duration, len(names)) // [system][page] fastest round
	cpu := make([]time.Duration, len(names))
	for s := range names {
		best[s] = make([]time.Duration, len(pages))
	}
	for r := range f.rounds {
		for i := range docs {
			for k := range names {
				s := (k + i + r) % len(names)
				c0, _ := cputime.Process()
				t0 := time.Now()
				_, _ = extraction.Systems[names[s]](docs[i])
				el := time.Since(t0)
				cpu[s] += cputime.Since(c0)
				if r == 0 || el < best[s][i] {
					best[s][i] = el
				}
			}
		}
	}
	fmt.Fprintf(w, "# %d pages, %d rounds, systems interleaved page by page\n", len(pages), f.rounds)
	fmt.Fprintf(w, "%-12s %10s %10s %10s %10s\n", "system", "ms/page", "median", "max", "cpu/page")
	mean := make([]float64, len(names))
	for s, n := range names {
		sorted := append([]time.Duration(nil), best[s]...)
		sort.Slice(sorted, func(a, b int) bool { return sorted[a] < sorted[b] })
		var sum time.Duration
		for _, d := range sorted {
			sum += d
		}
		mean[s] = ms(sum) / float64(len(pages))
		fmt.Fprintf(w, "%-12s %10.2f %10.2f %10.2f %10.2f\n", n, mean[s], ms(sorted[len(sorted)/2]), ms(sorted[len(sorted)-1]),
			ms(cpu[s])/float64(len(pages)*f.rounds))
	}
	for s := 1; s < len(names); s++ {
		fmt.Fprintf(w, "ratio %s/%s: %.2f (cpu %.2f)\n", names[0], names[s], mean[0]/mean[s], float64(cpu[0])/float64(cpu[s]))
	}
	return nil
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
