package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/eval/rouge"
)

// summarizeFixture writes a two-cluster set (documents written for the
// test) and a lemma list, and returns flags that read them.
func summarizeFixture(t *testing.T) evalSummarizeFlags {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"data/flood/docs/APW20250312.0001.txt": "OSTRELKA (AP) _ A spillway gate at the Kaskel reservoir gave way late on Tuesday, flooding the Temna valley below the dam.\n\n" +
			"At least seven people were killed and thousands were forced from their homes in three villages, officials said on Wednesday.\n\n" +
			"Rescue teams in boats searched the flooded streets of Brodny through the night, and helicopters lifted families from rooftops.\n\n" +
			"The reservoir operator said the gate had been inspected in January and found to be sound.\n",
		"data/flood/docs/NYT20250313.0002.txt": "The gate at the Kaskel reservoir gave way on Tuesday night, and the flood killed at least seven people in the valley.\n\n" +
			"Villagers in Sadovo said the warning siren never sounded before the water reached their streets.\n\n" +
			"The prime minister promised an independent inquiry into the failure of the gate and the missing warning.\n",
		"data/flood/refs/A.txt": "A spillway gate at the Kaskel reservoir failed, flooding the Temna valley; seven people were killed and thousands fled their homes.",
		"data/strike/docs/00.txt": "Dockworkers at Thessara walked out on Tuesday over the safety of the terminal's cranes. " +
			"The strike shut the country's busiest port for six days and left dozens of ships waiting offshore. " +
			"Talks at the labour ministry ended the dispute with a pay rise and an audit of the cranes.",
		"data/strike/docs/01.txt": "The six-day strike at the port of Thessara ended after talks at the labour ministry. " +
			"Crane operators will get a pay rise over two years, and an independent audit of the cranes must be done within sixty days.",
		"data/strike/refs/A.txt": "A six-day dockworkers' strike over crane safety shut Thessara's port; talks ended it with a pay rise and a crane audit.",
		"lemmas/verb.exc":        "fled flee\n",
	}
	for p, text := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return evalSummarizeFlags{data: filepath.Join(root, "data"), lemmas: filepath.Join(root, "lemmas"),
		out: filepath.Join(root, "out"), metric: "recall", methods: strings.Join(summarizeMethods, ","),
		words: "30,20", resamples: 100}
}

func TestEvalSummarizeAllMethods(t *testing.T) {
	f := summarizeFixture(t)
	var out, errOut bytes.Buffer
	if err := runEvalSummarize(&out, &errOut, f); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	rows := 0
	for _, line := range strings.Split(out.String(), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 10 && (fields[0] == "30" || fields[0] == "20") {
			rows++
		}
	}
	if want := 2 * len(summarizeMethods) * 3; rows != want {
		t.Errorf("%d table rows, want %d (lengths × methods × all/A/B):\n%s", rows, want, out.String())
	}
	if !strings.HasPrefix(lastLine(out.String()), "rouge1_r=") {
		t.Errorf("last line is not the headline:\n%s", out.String())
	}
	for _, m := range summarizeMethods {
		for _, n := range []int{30, 20} {
			for _, c := range []string{"flood", "strike"} {
				b, err := os.ReadFile(filepath.Join(f.out, m+"-"+strconv.Itoa(n), c+".txt"))
				if err != nil {
					t.Fatal(err)
				}
				if got := rouge.CountWords(string(b)); got == 0 || got > n {
					t.Errorf("%s-%d/%s.txt holds %d words, want 1 to %d", m, n, c, got, n)
				}
			}
		}
	}
}

func TestEvalSummarizeSingleRunWritesFlat(t *testing.T) {
	f := summarizeFixture(t)
	f.methods, f.words = "chorus", "60"
	var out bytes.Buffer
	if err := runEvalSummarize(&out, &bytes.Buffer{}, f); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(f.out, "flood.txt"))
	if err != nil {
		t.Fatal(err)
	}
	// one sentence a line, cut at the budget, and no dateline
	lines := strings.Split(string(b), "\n")
	if len(lines) < 3 || rouge.CountWords(string(b)) != 60 || strings.Contains(string(b), "(AP)") {
		t.Errorf("flood digest:\n%s", b)
	}
}

func TestEvalSummarizeUsage(t *testing.T) {
	base := summarizeFixture(t)
	for name, mod := range map[string]func(*evalSummarizeFlags){
		"no data":        func(f *evalSummarizeFlags) { f.data = "" },
		"bad metric":     func(f *evalSummarizeFlags) { f.metric = "precision" },
		"bad words":      func(f *evalSummarizeFlags) { f.words = "100,x" },
		"tiny words":     func(f *evalSummarizeFlags) { f.words = "5" },
		"unknown method": func(f *evalSummarizeFlags) { f.methods = "chorus,textrank" },
	} {
		f := base
		mod(&f)
		var uerr usageError
		if err := runEvalSummarize(&bytes.Buffer{}, &bytes.Buffer{}, f); !errors.As(err, &uerr) {
			t.Errorf("%s: err = %v, want a usage error", name, err)
		}
	}
}

// TestEvalSummarizeDUCFloor runs the digest on all 30 DUC 2003 clusters
// when the evaluation data is present (about five seconds), and checks it
// stays above a floor just under what they score today (40.24 / 11.85).
// The floor is tight on purpose: a story built without events once lost
// its syndication groups and the digest fell by almost a point of R-1
// while a looser floor passed. It once ran on six clusters, which swing
// with any one summary: a sentence split that changed one cluster's
// choice of sentences moved the six by 0.46 / 0.50 and the thirty by
// 0.09 / 0.10.
func TestEvalSummarizeDUCFloor(t *testing.T) {
	clusters := summarizationSet(t, "duc2003", 0)
	lemmas, err := rouge.LoadLemmas(filepath.Join("..", "..", defaultLemmaDir))
	if err != nil {
		t.Skipf("no lemma lists: %v", err)
	}
	run := summarizeAll(clusters, "chorus", 100)
	res, err := rouge.Score(run.peers, clusters, rouge.DefaultOptions(100, lemmas))
	if err != nil {
		t.Fatal(err)
	}
	r1, r2 := 100*res.Stats[rouge.Rouge1].Avg.R, 100*res.Stats[rouge.Rouge2].Avg.R
	t.Logf("chorus on %d DUC 2003 clusters: R-1 %.2f R-2 %.2f", len(clusters), r1, r2)
	if r1 < 40.1 || r2 < 11.6 {
		t.Errorf("R-1 %.2f R-2 %.2f, below the floor of 40.1 / 11.6", r1, r2)
	}
}

// summarizationSet loads the first n clusters of a shared summarisation set,
// skipping when ../shared/data is absent.
func summarizationSet(tb testing.TB, name string, n int) []rouge.Cluster {
	tb.Helper()
	dir := filepath.Join("..", "..", "..", "shared", "data", "summarization", name)
	if _, err := os.Stat(dir); err != nil {
		tb.Skipf("evaluation set %s not present: %v", name, err)
	}
	cs, err := rouge.ReadClusters(dir)
	if err != nil {
		tb.Fatal(err)
	}
	if n > 0 && n < len(cs) {
		cs = cs[:n]
	}
	return cs
}

// BenchmarkSummarizeDUC measures the whole path per 10-document DUC
// cluster: documents, extraction, analysis, syndication, digest.
func BenchmarkSummarizeDUC(b *testing.B) {
	cs := summarizationSet(b, "duc2003", 10)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		summarizeCluster(cs[i%len(cs)], "chorus", 100)
	}
}
