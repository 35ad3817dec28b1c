package align

import (
	"testing"

	calign "github.com/chorusnews/chorus/claims/align"
)

// BenchmarkModelVal decides every MSRP val pair from raw text; per op is
// one pass over the set (skips when ../shared is missing).
func BenchmarkModelVal(b *testing.B) {
	pairs, err := ReadMSRP(valPath)
	if err != nil {
		b.Skip("no MSRP val pairs:", err)
	}
	d := NewModel(calign.Default())
	b.ReportMetric(0, "ns/op")
	for b.Loop() {
		for _, p := range pairs {
			d.Same(p.A, p.B)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pairs)), "ns/pair")
}
