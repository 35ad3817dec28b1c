package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// rougeFixture writes a one-cluster set, a lemma list and a system folder.
func rougeFixture(t *testing.T, system map[string]string) evalRougeFlags {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"data/c1/refs/A.txt": "the cat was on the mat",
		"data/c1/docs/1.txt": "The cat was on the mat. It slept there all day.",
		"lemmas/noun.exc":    "mice mouse\n",
	}
	for name, text := range system {
		files["sys/"+name] = text
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
	return evalRougeFlags{
		system: filepath.Join(root, "sys"), data: filepath.Join(root, "data"),
		lemmas: filepath.Join(root, "lemmas"), metric: "recall", resamples: 1000,
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

func TestEvalRougeSystem(t *testing.T) {
	f := rougeFixture(t, map[string]string{"c1.txt": "the cat sat on the mat"})
	var out, errOut bytes.Buffer
	if err := runEvalRouge(&out, &errOut, f); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	// Counted by hand: 5 of 6 unigrams, 3 of 5 bigrams, LCS 5 of 6, 14 of
	// 20 SU4 grams.
	want := "rouge1_r=83.33 rouge2_r=60.00 rougeL_r=83.33 rougeSU4_r=70.00 rouge1_f=83.33 rouge2_f=60.00"
	if got := lastLine(out.String()); got != want {
		t.Errorf("last line = %q, want %q\nfull output:\n%s", got, want, out.String())
	}
	if !strings.Contains(out.String(), "ROUGE-SU4     70.00    70.00    70.00   (70.00-70.00)") {
		t.Errorf("table row for ROUGE-SU4 missing:\n%s", out.String())
	}
}

func TestEvalRougeBaselineAndOut(t *testing.T) {
	f := rougeFixture(t, nil)
	f.system, f.baseline, f.words = "", "lead", 6
	f.out = filepath.Join(t.TempDir(), "peers")
	var out, errOut bytes.Buffer
	if err := runEvalRouge(&out, &errOut, f); err != nil {
		t.Fatalf("%v\n%s", err, errOut.String())
	}
	// The lead is the reference's words; only its sentence split differs.
	want := "rouge1_r=100.00 rouge2_r=100.00 rougeL_r=100.00 rougeSU4_r=100.00 rouge1_f=100.00 rouge2_f=100.00"
	if got := lastLine(out.String()); got != want {
		t.Errorf("last line = %q, want %q", got, want)
	}
	b, err := os.ReadFile(filepath.Join(f.out, "c1.txt"))
	if err != nil || string(b) != "The cat was on the mat." {
		t.Errorf("--out wrote %q, %v", b, err)
	}
}

func TestEvalRougeStrayPeerIsSkipped(t *testing.T) {
	f := rougeFixture(t, map[string]string{"c1.txt": "the cat", "c9.txt": "the dog"})
	var out, errOut bytes.Buffer
	err := runEvalRouge(&out, &errOut, f)
	if !errors.Is(err, errSomeSkipped) {
		t.Fatalf("err = %v, want errSomeSkipped", err)
	}
	if !strings.Contains(errOut.String(), "skipped c9.txt") {
		t.Errorf("stderr does not name the stray file: %q", errOut.String())
	}
	if !strings.HasPrefix(lastLine(out.String()), "rouge1_r=") {
		t.Errorf("scores not printed:\n%s", out.String())
	}
}

func TestEvalRougeUsage(t *testing.T) {
	base := rougeFixture(t, map[string]string{"c1.txt": "x"})
	for name, mod := range map[string]func(*evalRougeFlags){
		"no data":         func(f *evalRougeFlags) { f.data = "" },
		"system+baseline": func(f *evalRougeFlags) { f.baseline = "lead" },
		"bad metric":      func(f *evalRougeFlags) { f.metric = "precision" },
		"negative words":  func(f *evalRougeFlags) { f.words = -1 },
		"unknown baseline": func(f *evalRougeFlags) {
			f.system, f.baseline = "", "oracle"
		},
	} {
		f := base
		mod(&f)
		var uerr usageError
		if err := runEvalRouge(&bytes.Buffer{}, &bytes.Buffer{}, f); !errors.As(err, &uerr) {
			t.Errorf("%s: err = %v, want a usage error", name, err)
		}
	}
	f := base
	f.lemmas = filepath.Join(t.TempDir(), "none")
	if err := runEvalRouge(&bytes.Buffer{}, &bytes.Buffer{}, f); err == nil || !strings.Contains(err.Error(), "--lemmas") {
		t.Errorf("missing lemmas: err = %v, want a hint about --lemmas", err)
	}
}
