package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// alignPairs writes a small pair file in the MSRP layout, with sentences
// written for this test: n paraphrases and n pairs of different claims.
func alignPairs(t *testing.T, n int) string {
	t.Helper()
	var b strings.Builder
	b.WriteString("Quality\t#1 ID\t#2 ID\t#1 String\t#2 String\n")
	places := []string{"Thessara", "Perandos", "Lindos", "Marhold", "Ostrelka", "Brodny", "Sadovo", "Varnek"}
	for i := range n {
		p := places[i%len(places)]
		fmt.Fprintf(&b, "1\t%d\t%d\tThe port of %s reopened on Tuesday after a strike of %d days.\tAfter a %d-day strike, the port of %s reopened on Tuesday.\n",
			2*i, 2*i+1, p, i+2, i+2, p)
		fmt.Fprintf(&b, "0\t%d\t%d\tThe mayor of %s opened a new school on Monday.\tFloods closed %d roads around %s overnight.\n",
			2*i+1000, 2*i+1001, p, i+3, places[(i+3)%len(places)])
	}
	path := filepath.Join(t.TempDir(), "pairs.tsv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRunEvalAlign(t *testing.T) {
	data := alignPairs(t, 10)
	var w bytes.Buffer
	if err := runEvalAlign(&w, evalAlignFlags{data: data, train: data, passes: 1}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(w.String()), "\n")
	re := regexp.MustCompile(`^accuracy=\d+\.\d\d f1=\d+\.\d\d pairs_per_s=\d+$`)
	if last := lines[len(lines)-1]; !re.MatchString(last) {
		t.Errorf("last line %q does not match %s", last, re)
	}
	for _, want := range []string{"always same", "TF-IDF cosine", "Ji & Eisenstein 2013"} {
		if !strings.Contains(w.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, w.String())
		}
	}
	var uerr usageError
	if err := runEvalAlign(&w, evalAlignFlags{}); !errors.As(err, &uerr) {
		t.Errorf("missing --data: got %v, want a usage error", err)
	}
}

// TestRunTrainAlignDeterministic trains twice on the same pairs and wants
// the same model file, byte for byte, which eval align then reads.
func TestRunTrainAlignDeterministic(t *testing.T) {
	data := alignPairs(t, 20)
	dir := t.TempDir()
	var files [2][]byte
	for k := range files {
		out := filepath.Join(dir, fmt.Sprintf("model%d.json", k))
		var w bytes.Buffer
		if err := runTrainAlign(&w, trainAlignFlags{data: data, out: out, report: data, rounds: 10, depth: 2, rate: 0.1}); err != nil {
			t.Fatal(err)
		}
		var err error
		if files[k], err = os.ReadFile(out); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(w.String(), "cross-validation") {
			t.Errorf("no cross-validation line:\n%s", w.String())
		}
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Error("two trainings on the same pairs wrote different models")
	}
	var w bytes.Buffer
	if err := runEvalAlign(&w, evalAlignFlags{data: data, train: data, model: filepath.Join(dir, "model0.json"), passes: 1}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(w.String(), "accuracy=100.00") {
		t.Errorf("a model trained on these pairs should decide them all:\n%s", w.String())
	}
}

func TestRunEvalConflicts(t *testing.T) {
	var w bytes.Buffer
	if err := runEvalConflicts(&w, evalConflictsFlags{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"dev (tuned on)", "held-out", "differs/estimate"} {
		if !strings.Contains(w.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, w.String())
		}
	}
	re := regexp.MustCompile(`(?m)^precision=\d\.\d{3} recall=\d\.\d{3} f1=\d\.\d{3}$`)
	if !re.MatchString(w.String()) {
		t.Errorf("no last line matching %s:\n%s", re, w.String())
	}
	file := filepath.Join(t.TempDir(), "f.tsv")
	fixture := "z1\tdiffers\tnumber\t2025-03-12\t2025-03-12\tSeven people died when the gate failed.\tNine people died when the gate failed.\n"
	if err := os.WriteFile(file, []byte(fixture), 0o644); err != nil {
		t.Fatal(err)
	}
	w.Reset()
	if err := runEvalConflicts(&w, evalConflictsFlags{data: file}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(w.String(), "precision=1.000 recall=1.000") {
		t.Errorf("one clear conflict not found:\n%s", w.String())
	}
}
