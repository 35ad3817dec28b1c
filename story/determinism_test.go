package story_test

import (
	"fmt"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/eval/rouge"
	"github.com/chorusnews/chorus/internal/evaldata"
	"github.com/chorusnews/chorus/pipeline"
)

// TestDigestIsDeterministicOnDUC builds every DUC 2003 cluster's story
// several times, as eval summarize does, and checks that the digest never
// changes. Sums of floats taken in map order had made the last bits of
// concept weights vary between runs, and where two sentences tied that
// was enough to change which one a digest printed (one cluster in 30, one
// run in three).
func TestDigestIsDeterministicOnDUC(t *testing.T) {
	clusters, err := rouge.ReadClusters(evaldata.Path(t, "data", "summarization", "duc2003"))
	if err != nil {
		t.Fatal(err)
	}
	const runs = 4
	for _, c := range clusters {
		arts, _ := pipeline.Extract(c.Documents())
		if len(arts) == 0 {
			continue
		}
		opts := pipeline.DefaultOptions.Story
		opts.Words = 100
		var first string
		for run := range runs {
			st := pipeline.BuildStory(chorus.NewStoryID(arts[0].ID), arts, nil, opts)
			got := fmt.Sprint(st.Headline, st.Digest)
			if run == 0 {
				first = got
			} else if got != first {
				t.Errorf("%s: run %d's digest differs from the first run's", c.Name, run+1)
				break
			}
		}
	}
}
