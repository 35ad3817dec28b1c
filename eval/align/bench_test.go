package align

import (
	"testing"

	calign "github.com/chorusnews/chorus/claims/align"
	"github.com/chorusnews/chorus/internal/evaldata"
)

// BenchmarkModelVal decides every MSRP val pair from raw text; per op is
// one pass over the set (skips when ../shared is missing).
func BenchmarkModelVal(b *testing.B) {
	pairs, err := ReadMSRP(evaldata.Path(b, "data", "claims", "msrp-val.tsv"))
	if err != nil {
		b.Fatal(err)
	}
	d := NewModel(calign.Default())
	for b.Loop() {
		for _, p := range pairs {
			d.Same(p.A, p.B)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pairs)), "ns/pair")
}
