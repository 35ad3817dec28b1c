package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// extractFixture writes a two-page set: one page whose article chorus
// reads whole and one whose truth it cannot match.
func extractFixture(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	para := "The county library in Wexbury will open on Sundays from next month, the council said, after volunteers offered to staff the reading room between ten and four."
	page := `<html><head><title>Library opens on Sundays</title></head><body><nav><a href="/">Home</a></nav><article><h1>Library opens on Sundays</h1>` +
		strings.Repeat("<p>"+para+"</p>", 1) +
		`<p>Borrowers asked for the change in a survey last winter, and more than six hundred of them signed a petition that the library's friends group handed to councillors in January.</p>` +
		`<p>The council said the Sunday hours would be reviewed after six months, when it will count visitors and loans and decide whether to keep paying for heating on the extra day.</p></article></body></html>`
	truth := map[string]map[string]string{
		"a": {"articleBody": para + "\nBorrowers asked for the change in a survey last winter, and more than six hundred of them signed a petition that the library's friends group handed to councillors in January.\nThe council said the Sunday hours would be reviewed after six months, when it will count visitors and loans and decide whether to keep paying for heating on the extra day.", "url": "https://wexbury.example/library"},
		"b": {"articleBody": "Text that is on no page at all, so nothing can be found for it.", "url": "https://wexbury.example/other"},
	}
	if err := os.MkdirAll(filepath.Join(root, "html"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"a", "b"} {
		if err := os.WriteFile(filepath.Join(root, "html", id+".html"), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := json.Marshal(truth)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "ground-truth.json"), b, 0o644); err != nil {
		t.Fatal(err)
	}
	return root
}

func TestEvalExtract(t *testing.T) {
	dir := extractFixture(t)
	out := filepath.Join(t.TempDir(), "pred.json")
	var stdout, stderr bytes.Buffer
	err := runEvalExtract(&stdout, &stderr, evalExtractFlags{data: dir, out: out, anchors: true, metadata: true, resamples: 100})
	if err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	// Page a is read whole (P = R = 1); page b's truth is not on its page
	// (P = R = 0): averages 0.5 each.
	last := lastLine(stdout.String())
	if !strings.HasPrefix(last, "f1=0.5000 precision=0.5000 recall=0.5000 ms_per_doc=") {
		t.Errorf("last line = %q\nfull output:\n%s", last, stdout.String())
	}
	for _, want := range []string{"trafilatura  all", "readability  all", "chorus       heldout", "url "} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, stdout.String())
		}
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var preds map[string]map[string]string
	if err := json.Unmarshal(b, &preds); err != nil {
		t.Fatal(err)
	}
	if len(preds) != 2 || !strings.HasPrefix(preds["a"]["articleBody"], "The county library in Wexbury") {
		t.Errorf("predictions = %v", preds)
	}
}

func TestEvalExtractUsage(t *testing.T) {
	var stdout, stderr bytes.Buffer
	for _, f := range []evalExtractFlags{{}, {data: "x", baseline: "nonesuch"}, {data: "x", resamples: -1}} {
		err := runEvalExtract(&stdout, &stderr, f)
		var uerr usageError
		if !errors.As(err, &uerr) {
			t.Errorf("flags %+v: err = %v, want a usage error", f, err)
		}
	}
}
