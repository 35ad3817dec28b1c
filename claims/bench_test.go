package claims_test

import (
	"path/filepath"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/claims"
)

// BenchmarkBuildDemo builds the claims of the demo corpus's largest story
// (seven articles); per op is one story.
func BenchmarkBuildDemo(b *testing.B) {
	sts := stories(b, filepath.Join("..", "examples"))
	if len(sts) == 0 {
		b.Skip("no demo stories")
	}
	arts := storyArticles(sts[0])
	b.ResetTimer()
	for b.Loop() {
		claims.Build(arts, claims.DefaultOptions)
	}
}

// storyArticles is what the story stage hands the claims stage.
func storyArticles(st *chorus.Story) []claims.Article {
	var out []claims.Article
	for i := range st.Articles {
		a := &st.Articles[i].Article
		an := analyze.Analyze(a)
		out = append(out, claims.Article{Article: a, Analysis: an, Origin: st.Articles[i].Origin, Mentions: an.Mentions})
	}
	return out
}
