package story_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/chorusnews/chorus/internal/cputime"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/dedup"
	"github.com/chorusnews/chorus/eval/rouge"
	"github.com/chorusnews/chorus/ingest"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/story"
)

// ducInputs prepares the story inputs of the first n DUC 2003 clusters
// (extracted, analysed, syndication found), skipping when the evaluation
// data is absent.
func ducInputs(b *testing.B, n int) []story.Input {
	b.Helper()
	dir := filepath.Join("..", "..", "shared", "data", "summarization", "duc2003")
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("evaluation set not present: %v", err)
	}
	clusters, err := rouge.ReadClusters(dir)
	if err != nil {
		b.Fatal(err)
	}
	var out []story.Input
	for _, c := range clusters[:min(n, len(clusters))] {
		var docs []chorus.Document
		for _, d := range c.Docs {
			line, _ := json.Marshal(ingest.Record{Title: d.Name, Text: d.Text})
			doc, err := ingest.RecordDocument(d.Name, line)
			if err != nil {
				b.Fatal(err)
			}
			docs = append(docs, doc)
		}
		arts, _ := pipeline.Extract(docs)
		in := story.Input{ID: "s", Articles: arts, Analyses: map[chorus.ArticleID]*chorus.Analysis{}}
		var dd []dedup.Doc
		for _, a := range arts {
			in.Analyses[a.ID] = analyze.Analyze(a)
			dd = append(dd, dedup.Doc{ID: a.ID, Text: a.Text[a.TitleSpan.End:]})
		}
		in.Origins = dedup.Groups(dd)
		out = append(out, in)
	}
	return out
}

// BenchmarkBuildDUC measures the story stage alone (digest, headline,
// events) on 10-document DUC 2003 clusters: ns/op is the wall time per
// cluster, cpu-ms/op the process's CPU time per cluster (garbage
// collection included), which other jobs on the machine do not inflate.
func BenchmarkBuildDUC(b *testing.B) {
	ins := ducInputs(b, 10)
	opts := story.Options{Words: 100}
	b.ResetTimer()
	cpu, _ := cputime.Process()
	for i := 0; i < b.N; i++ {
		story.Build(ins[i%len(ins)], opts)
	}
	b.ReportMetric(cputime.MsPerOp(cpu, b.N), "cpu-ms/op")
}

// BenchmarkDigestPathDUC measures what a digest of a DUC cluster costs from
// extracted articles: analysis, syndication groups and the story stage.
func BenchmarkDigestPathDUC(b *testing.B) {
	ins := ducInputs(b, 10)
	opts := story.Options{Words: 100}
	b.ResetTimer()
	cpu, _ := cputime.Process()
	for i := 0; i < b.N; i++ {
		in := ins[i%len(ins)]
		pipeline.BuildStory(in.ID, in.Articles, nil, opts)
	}
	b.ReportMetric(cputime.MsPerOp(cpu, b.N), "cpu-ms/op")
}
