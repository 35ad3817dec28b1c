package story_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/internal/cputime"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/story"
)

// syntheticStory invents a story of n articles in events of 100 (every
// 97th unclustered), each headline eight words of an invented vocabulary
// and each article a dozen mentions of invented names, as a desk keeps
// them (story.NewMarks; every 89th article has none).
func syntheticStory(n int) ([]*chorus.Article, map[chorus.ArticleID]*story.Marks, map[chorus.ArticleID]chorus.EventID) {
	syll := []string{"ves", "kar", "mar", "hold", "riel", "tes", "sin", "var", "ga", "lon", "dre", "ska"}
	word := func(i int) string { return syll[i%len(syll)] + syll[(i/len(syll))%len(syll)] + syll[(i/7)%len(syll)] }
	name := func(w string) string { return strings.ToUpper(w[:1]) + w[1:] }
	arts := make([]*chorus.Article, n)
	marks := make(map[chorus.ArticleID]*story.Marks, n)
	events := make(map[chorus.ArticleID]chorus.EventID, n)
	for i := range arts {
		id := chorus.ArticleID(fmt.Sprintf("a%05d", i))
		var title []string
		for k := 0; k < 8; k++ {
			title = append(title, word((i*7+k*13)%300))
		}
		title = append(title, "in", "the", fmt.Sprint(i%90))
		arts[i] = &chorus.Article{ID: id, Title: strings.Join(title, " ")}
		var mentions []string
		for k := 0; k < 12; k++ {
			mentions = append(mentions, name(word((i*5+k*k)%200))+" "+name(word(k)))
		}
		if i%89 != 0 {
			marks[id] = story.NewMarks(arts[i].Title, mentions)
		}
		if i%97 != 0 {
			events[id] = chorus.EventID(fmt.Sprintf("e%03d", i/100))
		}
	}
	return arts, marks, events
}

// BenchmarkJoined10k measures what saying why each article joined its
// event costs on every rebuild of a 10,000-article story, the marks kept
// by the desk given. cpu-ms/op is the process's CPU time per rebuild
// (garbage collection included), which other jobs do not inflate.
func BenchmarkJoined10k(b *testing.B) {
	arts, marks, events := syntheticStory(10000)
	b.ReportAllocs()
	b.ResetTimer()
	cpu, _ := cputime.Process()
	for i := 0; i < b.N; i++ {
		story.Joined(arts, marks, events)
	}
	b.ReportMetric(cputime.MsPerOp(cpu, b.N), "cpu-ms/op")
}
