package rouge

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A baseline system scored on a shared evaluation set, the way the
// agreement tests score it with both scorers.
type baselineRun struct {
	name   string
	set    string // folder under data/summarization
	limit  int    // first clusters of the set; 0 for all
	words  int    // -l, also the baseline's length
	preset string // rouge.sh PRESET (the word limit is passed as WORDS)
	build  func(Cluster, int) string
}

var baselineRuns = []baselineRun{
	{"duc2003 lead-100", "duc2003", 0, 100, "duc2004", Lead},
	{"duc2003 roundrobin-100", "duc2003", 0, 100, "duc2004", RoundRobin},
	{"multinews50 lead-300", "multinews-val500", 50, 300, "multinews", Lead},
	{"multinews50 roundrobin-300", "multinews-val500", 50, 300, "multinews", RoundRobin},
	{"multinews50 lead-100", "multinews-val500", 50, 100, "multinews", Lead},
	{"multinews500 lead-300", "multinews-val500", 0, 300, "multinews", Lead},
}

// score runs one baseline through the Go scorer and returns its peers too.
func (b baselineRun) score(t testing.TB) (map[string]string, Result) {
	t.Helper()
	clusters := loadSet(t, b.set, b.limit)
	peers := make(map[string]string, len(clusters))
	for _, c := range clusters {
		peers[c.Name] = b.build(c, b.words)
	}
	res, err := Score(peers, clusters, DefaultOptions(b.words, loadSharedLemmas(t)))
	if err != nil {
		t.Fatal(err)
	}
	return peers, res
}

// perlStat is one metric as ROUGE-1.5.5 prints it: for R, P and F the
// average and the 95% interval, as fractions with five decimals.
type perlStat [numMetrics][3][3]float64

// stats arranges a Result like perlStat for comparison.
func stats(r Result) perlStat {
	var s perlStat
	for _, m := range Metrics {
		st := r.Stats[m]
		s[m] = [3][3]float64{
			{st.Avg.R, st.Low.R, st.High.R},
			{st.Avg.P, st.Low.P, st.High.P},
			{st.Avg.F, st.Low.F, st.High.F},
		}
	}
	return s
}

// What ROUGE-1.5.5 printed for the lead baselines (rows R, P, F; columns
// average, interval low, interval high), from
//
//	chorus eval rouge --data ../shared/data/summarization/duc2003 --baseline lead --words 100 --out /tmp/duc-lead
//	ROUGE_HOME=<copy of RELEASE-1.5.5 with its WordNet db built as rougeHome does> FULL=1 \
//	  ../shared/tools/scorers/rouge.sh /tmp/duc-lead ../shared/data/summarization/duc2003
//
// and for the first 50 clusters of multinews-val500 (symlinked into one
// folder as the data) with --words 300 and PRESET=multinews WORDS=300.
// TestAgreesWithPerlROUGE reruns the Perl side.
var recordedPerl = map[string]perlStat{
	"duc2003 lead-100": {
		Rouge1:   {{0.32157, 0.30232, 0.34174}, {0.32707, 0.30872, 0.34637}, {0.32355, 0.30564, 0.34319}},
		Rouge2:   {{0.07343, 0.06225, 0.08568}, {0.07478, 0.06390, 0.08644}, {0.07393, 0.06295, 0.08589}},
		RougeL:   {{0.28617, 0.26963, 0.30422}, {0.29109, 0.27472, 0.30948}, {0.28795, 0.27205, 0.30592}},
		RougeSU4: {{0.10683, 0.09652, 0.11894}, {0.10863, 0.09851, 0.12006}, {0.10748, 0.09723, 0.11922}},
	},
	"multinews50 lead-300": {
		Rouge1:   {{0.36267, 0.32184, 0.40694}, {0.48646, 0.44158, 0.52799}, {0.38849, 0.34960, 0.42617}},
		Rouge2:   {{0.12891, 0.10180, 0.15757}, {0.16708, 0.13076, 0.20604}, {0.13761, 0.10823, 0.17084}},
		RougeL:   {{0.31551, 0.27865, 0.35416}, {0.42187, 0.38020, 0.46333}, {0.33803, 0.30184, 0.37438}},
		RougeSU4: {{0.15817, 0.13152, 0.18591}, {0.21095, 0.17588, 0.24825}, {0.17015, 0.14166, 0.20102}},
	},
}

// The Go scorer reproduces every number ROUGE-1.5.5 printed for the lead
// baselines, to all five decimals (the task asks for two).
func TestLeadMatchesRecordedPerl(t *testing.T) {
	for _, b := range baselineRuns {
		want, ok := recordedPerl[b.name]
		if !ok {
			continue
		}
		t.Run(b.name, func(t *testing.T) {
			_, res := b.score(t)
			if diff := cmp.Diff(want, stats(res)); diff != "" {
				t.Errorf("Go vs ROUGE-1.5.5 (-perl +go):\n%s", diff)
			}
		})
	}
}

// A small case scored by rouge.sh (PRESET=duc2004): sentence splitting,
// quotes, a lemma ("children", "went", "better") and two references of
// different lengths.
func TestSmallCaseMatchesPerl(t *testing.T) {
	lem := loadSharedLemmas(t)
	peer := "The cats sat on the mat. \"Then they left!\" said Bob.\nA second line (here). 3 dogs.\n"
	refs := []string{"The cat sat on a mat.\nThe children went home? Yes.\n", "Cats and dogs are better.\n"}
	got := scoreOne(t, DefaultOptions(100, lem), peer, refs...)
	want := [numMetrics]PRF{
		Rouge1:   {R: 0.56250, P: 0.26471, F: 0.36000},
		Rouge2:   {R: 0.21429, P: 0.09375, F: 0.13044},
		RougeL:   {R: 0.56250, P: 0.26471, F: 0.36000},
		RougeSU4: {R: 0.32812, P: 0.12209, F: 0.17796},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-perl +go):\n%s", diff)
	}
}
