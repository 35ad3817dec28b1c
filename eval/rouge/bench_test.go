package rouge

import (
	"strings"
	"testing"
)

// BenchmarkScoreMultiNews500 scores the lead-300 baseline on all of
// multinews-val500 (500 clusters, 1,000 bootstrap resamples per metric);
// one op is one full evaluation. ROUGE-1.5.5.pl takes about 20 s for it.
func BenchmarkScoreMultiNews500(b *testing.B) {
	clusters := loadSet(b, "multinews-val500", 0)
	lem := loadSharedLemmas(b)
	peers := make(map[string]string, len(clusters))
	for _, c := range clusters {
		peers[c.Name] = Lead(c, 300)
	}
	opt := DefaultOptions(300, lem)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Score(peers, clusters, opt); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*len(clusters)), "µs/cluster")
}

// BenchmarkScoreSynthetic runs without the shared data: 200 clusters of a
// 300-word peer and four 100-word references made of generated words.
func BenchmarkScoreSynthetic(b *testing.B) {
	words := strings.Fields("the council voted on tuesday to close bridge after engineers found cracks " +
		"in its supports residents said they were not consulted and will appeal decision mayor " +
		"promised a replacement within two years while traffic moves to the northern crossing")
	x := uint32(1)
	text := func(n int) string {
		var sb strings.Builder
		for i := 0; i < n; i++ {
			x = x*1664525 + 1013904223
			sb.WriteString(words[int(x>>16)%len(words)])
			if x%11 == 0 {
				sb.WriteString(". ")
				continue
			}
			sb.WriteByte(' ')
		}
		return sb.String()
	}
	var clusters []Cluster
	peers := map[string]string{}
	for i := 0; i < 200; i++ {
		c := Cluster{Name: string(rune('a'+i%26)) + strings.Repeat("x", i/26)}
		for r := 0; r < 4; r++ {
			c.Refs = append(c.Refs, text(100))
		}
		clusters = append(clusters, c)
		peers[c.Name] = text(300)
	}
	opt := DefaultOptions(0, nil)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Score(peers, clusters, opt); err != nil {
			b.Fatal(err)
		}
	}
}
