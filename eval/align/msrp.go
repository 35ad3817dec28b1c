// Package align measures the claim aligner: whether two sentences state
// the same claim, on pairs in the layout of the Microsoft Research
// Paraphrase Corpus (accuracy and F1 of the "same" class, pairs per
// second), with an always-same and a TF-IDF cosine baseline beside it; and
// whether conflicting claims are told apart from agreeing ones, on
// fixtures written for this project (precision and recall of "differs").
package align

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	calign "github.com/chorusnews/chorus/claims/align"
)

// ReadMSRP reads a pair file: a header row, then tab-separated
// Quality (1 same, 0 not), #1 ID, #2 ID, #1 String, #2 String.
func ReadMSRP(path string) ([]calign.Pair, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read pairs: %w", err)
	}
	defer f.Close()
	pairs, err := ParseMSRP(f)
	if err != nil {
		return nil, fmt.Errorf("read pairs %s: %w", path, err)
	}
	return pairs, nil
}

// ParseMSRP parses pairs in the MSRP layout. Quotation marks are part of
// the strings (the corpus does not quote its fields).
func ParseMSRP(r io.Reader) ([]calign.Pair, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	var out []calign.Pair
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
			if strings.HasPrefix(text, "Quality") {
				continue
			}
		}
		if strings.TrimSpace(text) == "" {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("line %d: %d fields, want 5", line, len(f))
		}
		var same bool
		switch strings.TrimSpace(f[0]) {
		case "1":
			same = true
		case "0":
		default:
			return nil, fmt.Errorf("line %d: quality %q, want 0 or 1", line, f[0])
		}
		out = append(out, calign.Pair{A: f[3], B: f[4], Same: same})
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
