package main

import (
	"strings"
	"testing"
)

// TestBenchFetchSmall runs the benchmark on a tiny generated web: every
// entry must make it through every stage, and the full fetch path must
// store as many articles as the stage-by-stage run extracted.
func TestBenchFetchSmall(t *testing.T) {
	out, _, err := runChorus(t, "bench", "fetch", "--feeds", "3", "--entries", "4", "--workers", "2", "--desk=true")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, want := range []string{
		"12 documents fetched (0 failed), 12 articles extracted (0 refused)",
		"chorus fetch path (fetch, extract, store, cluster, stories): 12 articles",
		"fetch", "extract", "analyze", "cluster",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}
