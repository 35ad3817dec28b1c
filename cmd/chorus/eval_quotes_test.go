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

// evalQuotesText and evalQuotesAnn are a brat document written for this
// test: one direct quote split by its attribution, one reported one.
const evalQuotesText = "“We will win,” Ana Lopez said. “Soon.”\n\nPrices rose, officials said."

const evalQuotesAnn = "T1\tSource 15 24\tAna Lopez\n" +
	"T2\tCue 25 29\tsaid\n" +
	"T3\tContent 0 14;31 38\t“We will win,” “Soon.”\n" +
	"E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n" +
	"T4\tContent 40 51\tPrices rose\n" +
	"T5\tSource 53 62\tofficials\n" +
	"T6\tCue 63 67\tsaid\n" +
	"E2\tAttribution:T6 Content:T4 Cue:T6 Source:T5\n"

func TestRunEvalQuotes(t *testing.T) {
	data := t.TempDir()
	for name, body := range map[string]string{"text/a.txt": evalQuotesText, "attributions/a_x.ann": evalQuotesAnn} {
		path := filepath.Join(data, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := t.TempDir()
	dump := filepath.Join(t.TempDir(), "errors.tsv")
	var w bytes.Buffer
	if err := runEvalQuotes(&w, evalQuotesFlags{data: data, out: out, dump: dump}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(w.String()), "\n")
	last := lines[len(lines)-1]
	re := regexp.MustCompile(`^direct_f1=100\.00 all_f1=100\.00 direct_f1_80=100\.00 all_f1_80=100\.00 speaker_acc=100\.00 direct_speaker_acc=100\.00 docs_per_s=\d+$`)
	if !re.MatchString(last) {
		t.Errorf("last line %q does not match %s\n%s", last, re, w.String())
	}
	written, err := os.ReadFile(filepath.Join(out, "a.ann"))
	if err != nil {
		t.Fatal(err)
	}
	// the split quote is one event with two content fragments, marks included
	if !bytes.Contains(written, []byte("Content 0 14;31 38\t“We will win,” “Soon.”")) {
		t.Errorf("predictions lack the split quote:\n%s", written)
	}
	if raw, err := os.ReadFile(dump); err != nil || len(raw) != 0 {
		t.Errorf("error dump: %v, %q (want an empty file)", err, raw)
	}

	var uerr usageError
	if err := runEvalQuotes(&w, evalQuotesFlags{}); !errors.As(err, &uerr) {
		t.Errorf("missing --data: got %v, want a usage error", err)
	}
	if err := runEvalQuotes(&w, evalQuotesFlags{data: t.TempDir()}); err == nil {
		t.Error("empty folder: no error")
	}
}
