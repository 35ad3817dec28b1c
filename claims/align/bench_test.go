package align

import "testing"

var benchPair = [2]string{
	"The Fed's Empire State survey far exceeded expectations by jumping to 26.8 in June, a record high, from 10.6 in May.",
	"Prices had pulled back from offshore highs when the Empire State survey far exceeded expectations by jumping to 26.8 in June.",
}

// BenchmarkSame measures one decision from raw text: both sentences
// prepared, the features computed and weighted.
func BenchmarkSame(b *testing.B) {
	m := Default()
	for b.Loop() {
		m.Same(m.Prepare(benchPair[0]), m.Prepare(benchPair[1]))
	}
}

// BenchmarkPrepare measures reading one sentence.
func BenchmarkPrepare(b *testing.B) {
	for b.Loop() {
		Prepare(benchPair[0])
	}
}

// BenchmarkPairPrepared measures one decision on prepared sentences, the
// cost of each further comparison once a story's claims are read.
func BenchmarkPairPrepared(b *testing.B) {
	m := Default()
	x, y := Prepare(benchPair[0]), Prepare(benchPair[1])
	for b.Loop() {
		m.Same(x, y)
	}
}
