package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestEvalClusterCLI(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "set.jsonl")
	lines := []string{
		`{"id":"1","title":"Dam fails in Veskaria","text":"The Kaskel dam failed and the Temna valley flooded.","event":"1a","topic":"1"}`,
		`{"id":"2","title":"Veskaria dam failure floods valley","text":"The Kaskel dam gave way; the Temna valley is under water.","event":"1a","topic":"1"}`,
		`{"id":"3","title":"Port strike in Thessara","text":"Dockworkers at Thessara walked out after a crane accident.","event":"2a","topic":"2"}`,
	}
	if err := os.WriteFile(data, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := runEvalCluster(&out, evalClusterFlags{data: data, seeds: "1,2", threshold: 0.2, eventThreshold: 0.3, storyThreshold: 0.2, mergeThreshold: 0.3}); err != nil {
		t.Fatal(err)
	}
	text := strings.TrimSpace(out.String())
	last := text[strings.LastIndexByte(text, '\n')+1:]
	if !regexp.MustCompile(`^pairwise_f1=\d\.\d{3} bcubed_f1=\d\.\d{3} docs_per_s=\d+$`).MatchString(last) {
		t.Errorf("last line %q", last)
	}
	for _, want := range []string{"chorus  seed=2", "tfidf   mean", "stories~topic"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	for _, bad := range []evalClusterFlags{{}, {data: data, baseline: "bm25"}, {data: data, seeds: "x"}} {
		var u usageError
		if err := runEvalCluster(&out, bad); !errors.As(err, &u) {
			t.Errorf("%+v: error %v, want a usage error", bad, err)
		}
	}
}

func TestBenchClusterCLI(t *testing.T) {
	var out bytes.Buffer
	if err := runBenchCluster(&out, benchClusterFlags{n: 1500, words: 40, perDay: 500, seed: 1}); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^1000 .*\n1500 .*\ninserts_per_s=\d+ us_per_insert=[\d.]+ stories=\d+\n$`).MatchString(out.String()) {
		t.Errorf("output:\n%s", out.String())
	}
}

func TestEvalDedupCLI(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "set.jsonl")
	lines := []string{
		`{"id":"1","text":"Barrier fails in Breska\nA section of the flood barrier protecting the old town gave way early on Saturday after the river rose.\nWater poured through a gap of forty metres shortly after four in the morning, the fire service said.","event":"a"}`,
		`{"id":"2","text":"Atlas returns to Wexcombe\nThe stolen atlas was handed back to the library on Friday after a volunteer spotted it.\nPolice said two men had been charged and would appear in court next month.","event":"b"}`,
	}
	if err := os.WriteFile(data, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := runEvalDedup(&out, &errOut, evalDedupFlags{data: data, copies: 3, seed: 2, seedsDir: filepath.Join(dir, "none")}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "documents=2 ") {
		t.Errorf("no copies were made:\n%s", out.String())
	}
	if !regexp.MustCompile(`(?m)^pairwise_p=1\.000 pairwise_r=1\.000 pairwise_f1=1\.000 origin_acc=1\.000 docs_per_s=\d+$`).MatchString(out.String()) {
		t.Errorf("output:\n%s", out.String())
	}
}
