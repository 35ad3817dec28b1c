package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// smallCoNLL is a CoNLL file written for these tests: two documents in
// IOB2 with the four CoNLL columns.
const smallCoNLL = `-DOCSTART- -X- -X- O

Ana NNP B-NP B-PER
Sousa NNP I-NP I-PER
of IN B-PP O
Harbour NNP B-NP B-ORG
Bank NNP I-NP I-ORG
flew VBD B-VP O
to TO B-PP O
Lisbon NNP B-NP B-LOC
. . O O

Sousa NNP B-NP B-PER
met VBD B-VP O
German JJ B-NP B-MISC
bankers NNS I-NP O
. . O O

-DOCSTART- -X- -X- O

Piet NNP B-NP B-PER
Vos NNP I-NP I-PER
left VBD B-VP O
Utrecht NNP B-NP B-LOC
for IN B-PP O
Green NNP B-NP B-ORG
Party NNP I-NP I-ORG
talks NNS I-NP O
. . O O
`

// mustRunChorus runs the CLI in-process and fails the test on an error.
func mustRunChorus(t *testing.T, args ...string) string {
	t.Helper()
	out, _, err := runChorus(t, args...)
	if err != nil {
		t.Fatalf("chorus %s: %v", strings.Join(args, " "), err)
	}
	return out
}

func TestTrainAndEvalNER(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "small.conll")
	if err := os.WriteFile(data, []byte(smallCoNLL), 0o644); err != nil {
		t.Fatal(err)
	}
	small := []string{"--epochs", "10", "--folds", "2", "--fine-classes", "4", "--coarse-classes", "2"}
	var models [][]byte
	for i := 0; i < 2; i++ {
		out := filepath.Join(dir, "model"+string(rune('a'+i))+".bin")
		mustRunChorus(t, append([]string{"train", "ner", "--data", data, "--out", out}, small...)...)
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		models = append(models, b)
	}
	if !bytes.Equal(models[0], models[1]) {
		t.Error("train ner is not deterministic: two runs wrote different files")
	}
	out := mustRunChorus(t, "eval", "ner", "--data", data, "--model", filepath.Join(dir, "modela.bin"), "--baseline", "lexicon")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	last := lines[len(lines)-1]
	if !regexp.MustCompile(`^f1=\d+\.\d\d per=\d+\.\d\d loc=\d+\.\d\d org=\d+\.\d\d tokens_per_s=\d+$`).MatchString(last) {
		t.Errorf("last line %q has the wrong form", last)
	}
	for _, want := range []string{"baseline: lexicon", "MISC left out", "tokens/s per core"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval output lacks %q:\n%s", want, out)
		}
	}
	// The model fits its own training data.
	if !strings.HasPrefix(last, "f1=100.00 ") {
		t.Errorf("model trained on the file does not tag it perfectly: %s", last)
	}
}
