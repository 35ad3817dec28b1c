package claims_test

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/claims"
	"github.com/chorusnews/chorus/eval/rouge"
	"github.com/chorusnews/chorus/internal/evaldata"
	"github.com/chorusnews/chorus/pipeline"
)

// TestFragmentRate measures how many of a story's claims read as
// fragments (claims.Fragment) on real multi-document news: the DUC 2003
// clusters and the first 100 Multi-News validation clusters, each cluster
// one story as chorus eval summarize builds it. It reports rates for the
// odd clusters (1st, 3rd, …: the half to study) and the even ones (the
// half to check), and the claims whose text is the start of another
// claim's of the same story. It only measures, so it runs on demand:
//
//	CHORUS_FRAGMENT_RATE=1 go test ./claims -run FragmentRate -v
//
// CHORUS_FRAGMENT_DUMP=FILE writes every fragment, with its reason and
// cluster, for study, and FILE.all every claim.
func TestFragmentRate(t *testing.T) {
	if os.Getenv("CHORUS_FRAGMENT_RATE") == "" {
		t.Skip("set CHORUS_FRAGMENT_RATE=1 to measure")
	}
	var dump, all strings.Builder
	for _, set := range []struct {
		name  string
		limit int
	}{{"duc2003", 0}, {"multinews-val500", 100}} {
		cs, err := rouge.ReadClusters(evaldata.Path(t, "data", "summarization", set.name))
		if err != nil {
			t.Fatal(err)
		}
		if set.limit > 0 && len(cs) > set.limit {
			cs = cs[:set.limit]
		}
		var n, frag, prefix [2]int
		reasons := map[string]int{}
		for i, c := range cs {
			half := i % 2 // 0: 1st, 3rd, … (study); 1: 2nd, 4th, … (check)
			texts := clusterClaims(c)
			for k, text := range texts {
				n[half]++
				fmt.Fprintf(&all, "%s\t%d\t%s\n", c.Name, half, text)
				if r := claims.Fragment(text); r != "" {
					frag[half]++
					reasons[r]++
					fmt.Fprintf(&dump, "%s\t%d\t%s\t%s\n", c.Name, half, r, text)
				}
				for j, o := range texts {
					if j != k && len(o) > len(text) && strings.HasPrefix(o, text) {
						prefix[half]++
						fmt.Fprintf(&dump, "%s\t%d\tprefix of another claim\t%s\n", c.Name, half, text)
						break
					}
				}
			}
		}
		for h, name := range []string{"odd (study)", "even (check)"} {
			t.Logf("%s %-12s clusters %3d claims %5d fragments %4d (%5.1f%%) prefix duplicates %3d", set.name, name,
				(len(cs)+1-h)/2, n[h], frag[h], 100*float64(frag[h])/float64(max(n[h], 1)), prefix[h])
		}
		b, _ := json.Marshal(reasons)
		t.Logf("%s reasons %s", set.name, b)
	}
	if path := os.Getenv("CHORUS_FRAGMENT_DUMP"); path != "" {
		if err := os.WriteFile(path, []byte(dump.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		// every claim, to compare two versions' lists
		if err := os.WriteFile(path+".all", []byte(all.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// clusterClaims builds one cluster as one story, as chorus eval summarize
// does (each document a JSON Lines record titled with its file name,
// dated and credited from a DUC-style name), and returns its claims' texts.
func clusterClaims(c rouge.Cluster) []string {
	arts, _ := pipeline.Extract(c.Documents())
	if len(arts) == 0 {
		return nil
	}
	st := pipeline.BuildStory(chorus.NewStoryID(arts[0].ID), arts, nil, pipeline.DefaultOptions.Story)
	var out []string
	for _, cl := range st.Claims {
		out = append(out, cl.Text)
	}
	return out
}
