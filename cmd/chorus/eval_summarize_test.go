package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chorusnews/chorus/eval/rouge"
)

// summarizationSet loads the first n clusters of a shared summarisation set,
// skipping when ../shared/data is absent.
func summarizationSet(tb testing.TB, name string, n int) []rouge.Cluster {
	tb.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "data", "summarization", name)
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("evaluation set %s not present: %v", name, err)
	}
	cs, err := rouge.ReadClusters(dir)
	if err != nil {
		tb.Fatal(err)
	}
	if n > 0 && n < len(cs) {
		cs = cs[:n]
	}
	return cs
}

func benchmarkSummarize(b *testing.B, set, method string, words int) {
	cs := summarizationSet(b, set, 10)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c := cs[i%len(cs)]
		summarizeCluster(c, method, words)
	}
}

func BenchmarkSummarizeDUCChorus(b *testing.B)   { benchmarkSummarize(b, "duc2003", "chorus", 100) }
func BenchmarkSummarizeDUCCentroid(b *testing.B) { benchmarkSummarize(b, "duc2003", "centroid", 100) }
