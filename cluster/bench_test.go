package cluster_test

import (
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/cluster"
	"github.com/chorusnews/chorus/eval/clustering"
)

// benchAdd measures one insert into an index already holding `warm`
// synthetic articles of the given length.
func benchAdd(b *testing.B, words, warm int) {
	gen := clustering.NewSynth(1, words, 3000)
	idx := cluster.New(cluster.DefaultOptions)
	doc := func() cluster.Doc {
		it, _ := gen.Next()
		return cluster.Doc{ID: chorus.ArticleID(it.ID), Title: it.Title, Text: it.Text, Published: it.Published}
	}
	for i := 0; i < warm; i++ {
		idx.Add(doc())
	}
	docs := make([]cluster.Doc, b.N)
	for i := range docs {
		docs[i] = doc()
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		idx.Add(docs[i])
	}
}

func BenchmarkAddArticle1k(b *testing.B)   { benchAdd(b, 150, 1000) }
func BenchmarkAddArticle10k(b *testing.B)  { benchAdd(b, 150, 10000) }
func BenchmarkAddHeadline10k(b *testing.B) { benchAdd(b, 8, 10000) }
