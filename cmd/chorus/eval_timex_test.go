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

// evalTimexDoc is a TimeML document written for this test.
const evalTimexDoc = `<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2016-07-15" functionInDocument="CREATION_TIME">2016-07-15</TIMEX3></DCT>
<TEXT>The ministers met <TIMEX3 tid="t1" type="DATE" value="2016-07-14">Thursday</TIMEX3> and will meet again <TIMEX3 tid="t2" type="DATE" value="2016-08">next month</TIMEX3>.</TEXT>
</TimeML>
`

func TestRunEvalTimex(t *testing.T) {
	data := t.TempDir()
	if err := os.WriteFile(filepath.Join(data, "a.tml"), []byte(evalTimexDoc), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	var w bytes.Buffer
	if err := runEvalTimex(&w, evalTimexFlags{data: data, out: out, split: "all", seed: 1, every: 5}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(w.String()), "\n")
	last := lines[len(lines)-1]
	re := regexp.MustCompile(`^strict_f1=100\.00 relaxed_f1=100\.00 value_f1=100\.00 type_acc=100\.00 docs_per_s=\d+$`)
	if !re.MatchString(last) {
		t.Errorf("last line %q does not match %s\n%s", last, re, w.String())
	}
	written, err := os.ReadFile(filepath.Join(out, "a.tml"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(written, []byte(`value="2016-08">next month</TIMEX3>`)) {
		t.Errorf("predictions file lacks the expected TIMEX3:\n%s", written)
	}

	var uerr usageError
	if err := runEvalTimex(&w, evalTimexFlags{split: "all"}); !errors.As(err, &uerr) {
		t.Errorf("missing --data: got %v, want a usage error", err)
	}
	if err := runEvalTimex(&w, evalTimexFlags{data: data, split: "test"}); !errors.As(err, &uerr) {
		t.Errorf("bad --split: got %v, want a usage error", err)
	}
}
