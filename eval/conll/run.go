package conll

import (
	"fmt"
	"time"

	"github.com/chorusnews/chorus/internal/cputime"
)

// Tagger tags the sentences of one document with IOB tags.
type Tagger interface {
	TagDocument(sents [][]string) [][]string
}

// Run is the outcome of tagging a set of documents.
type Run struct {
	Result  Result
	Tokens  int
	Elapsed time.Duration // wall time spent inside TagDocument only
	// CPU is the process CPU time spent inside TagDocument, 0 where the
	// platform cannot tell.
	CPU time.Duration
	// Pred holds the predicted tags, per document and sentence.
	Pred [][][]string
}

// TokensPerSecond is the tagging speed per core: tokens per second of CPU
// time when the platform reports it (robust to other jobs on the machine),
// else per second of wall time.
func (r *Run) TokensPerSecond() float64 {
	d := r.CPU
	if d <= 0 {
		d = r.Elapsed
	}
	if d <= 0 {
		return 0
	}
	return float64(r.Tokens) / d.Seconds()
}

// WallTokensPerSecond is the tagging speed by the wall clock.
func (r *Run) WallTokensPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Tokens) / r.Elapsed.Seconds()
}

// Evaluate tags every document with t on one goroutine, timing only the
// tagging (wall and CPU time), and scores the tags against the gold ones.
func Evaluate(docs []Document, t Tagger) (*Run, error) {
	run := &Run{Pred: make([][][]string, len(docs))}
	for di, d := range docs {
		words := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			words[i] = s.Words
		}
		cpu0, okCPU := cputime.Process()
		start := time.Now()
		pred := t.TagDocument(words)
		run.Elapsed += time.Since(start)
		if cpu1, ok := cputime.Process(); ok && okCPU {
			run.CPU += cpu1 - cpu0
		}
		if len(pred) != len(words) {
			return nil, fmt.Errorf("evaluate: document %d: %d sentences tagged of %d", di, len(pred), len(words))
		}
		for i, s := range d.Sentences {
			if err := run.Result.Add(s.Tags, pred[i]); err != nil {
				return nil, fmt.Errorf("evaluate: document %d: %w", di, err)
			}
			run.Tokens += len(s.Words)
		}
		run.Pred[di] = pred
	}
	return run, nil
}
