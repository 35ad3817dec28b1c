package align

import "testing"

var benchPair = [2]string{
	"The Marhold port index beat every forecast by climbing to 31.4 in April, its highest reading, from 12.2 in March.",
	"Fuel costs had eased from their winter peaks when the Marhold port index beat every forecast by climbing to 31.4 in April.",
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
