package conll

import (
	"fmt"
	"time"
)

// Tagger tags the sentences of one document with IOB tags.
type Tagger interface {
	TagDocument(sents [][]string) [][]string
}

// Run is the outcome of tagging a set of documents.
type Run struct {
	Result  Result
	Tokens  int
	Elapsed time.Duration // time spent inside TagDocument only
	// Pred holds the predicted tags, per document and sentence.
	Pred [][][]string
}

// TokensPerSecond is the tagging speed.
func (r *Run) TokensPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Tokens) / r.Elapsed.Seconds()
}

// Evaluate tags every document with t on one goroutine, timing only the
// tagging, and scores the tags against the gold ones.
func Evaluate(docs []Document, t Tagger) (*Run, error) {
	run := &Run{Pred: make([][][]string, len(docs))}
	for di, d := range docs {
		words := make([][]string, len(d.Sentences))
		for i, s := range d.Sentences {
			words[i] = s.Words
		}
		start := time.Now()
		pred := t.TagDocument(words)
		run.Elapsed += time.Since(start)
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
