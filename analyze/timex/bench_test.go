package timex

import (
	"strings"
	"testing"
)

// benchText is a news-like paragraph written for the benchmark, dense in
// time expressions of every kind.
var benchText = strings.Repeat(`GENEVA (Reuters) - The foreign ministers met on Thursday, July 14, 2016, for
more than five hours and said late Thursday night that talks would resume next month. The
envoy, who has worked on the conflict for the past three years, said a 48-hour truce agreed
two days ago was holding "for now", although fighting had intensified since early July.
Aid convoys, which normally run weekly, will leave at 3 p.m. on Monday; the deadline of
Aug. 1 stands. In the third quarter of 2015, prices rose 3.8 percent from a year earlier,
and officials expect a decision in the next few days or at the latest in early August.
`, 8)

func BenchmarkFind(b *testing.B) {
	anchor := day("2016-07-15")
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Find(benchText, anchor)
	}
}
