package claims_test

import (
	"path/filepath"
	"testing"

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
