package timeml

import (
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// Finder finds the time expressions of a text written at anchor (the
// document creation time).
type Finder func(text string, anchor time.Time) []chorus.TimeRef

// ReadDir reads every .tml file under dir, in path order. A file whose base
// name was already read (the same document filed twice) is skipped and its
// path returned in dups, so that no document counts twice.
func ReadDir(dir string) (docs []Doc, dups []string, err error) {
	var paths []string
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".tml") {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read timeml dir: %w", err)
	}
	sort.Strings(paths)
	seen := map[string]bool{}
	for _, p := range paths {
		base := filepath.Base(p)
		rel, _ := filepath.Rel(dir, p)
		if seen[base] {
			dups = append(dups, rel)
			continue
		}
		seen[base] = true
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, nil, fmt.Errorf("read timeml dir: %w", err)
		}
		d, err := Parse(filepath.ToSlash(rel), data)
		if err != nil {
			return nil, nil, err
		}
		docs = append(docs, d)
	}
	return docs, dups, nil
}

// InDev reports whether the document named name falls in the held-out
// development split: one document in every, chosen by a seeded hash of its
// base name so that the split does not depend on file order.
func InDev(name string, seed uint64, every int) bool {
	if every <= 1 {
		return every == 1
	}
	h := fnv.New64a()
	h.Write([]byte(strconv.FormatUint(seed, 10)))
	h.Write([]byte{0})
	h.Write([]byte(path.Base(name)))
	return h.Sum64()%uint64(every) == 0
}

// DocResult is one document's predictions and score.
type DocResult struct {
	Doc    *Doc
	Pred   []chorus.TimeRef
	Counts Counts
	// Errors are the pairs that are not perfect matches.
	Errors []Pair
}

// Result is the outcome of running a Finder over documents.
type Result struct {
	Docs   []DocResult
	Counts Counts
	// Elapsed is the time spent inside the Finder only.
	Elapsed time.Duration
}

// DocsPerSecond is the Finder's throughput.
func (r Result) DocsPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(len(r.Docs)) / r.Elapsed.Seconds()
}

// Evaluate runs find on each document's text with its creation time as
// anchor and scores the predictions against the document's TIMEX3s.
func Evaluate(docs []Doc, find Finder) Result {
	var res Result
	for i := range docs {
		d := &docs[i]
		t0 := time.Now()
		refs := find(d.Text, d.DCT)
		res.Elapsed += time.Since(t0)
		pred := make([]Timex, len(refs))
		for j, r := range refs {
			pred[j] = Timex{Span: r.Span, Type: r.Type, Value: r.Value, TID: "t" + strconv.Itoa(j+1)}
		}
		sort.SliceStable(pred, func(a, b int) bool {
			if pred[a].Start != pred[b].Start {
				return pred[a].Start < pred[b].Start
			}
			return pred[a].End < pred[b].End
		})
		c, errs := Compare(d.Text, d.Timexes, pred)
		res.Counts.Add(c)
		res.Docs = append(res.Docs, DocResult{Doc: d, Pred: refs, Counts: c, Errors: errs})
	}
	return res
}

// WritePredictions writes each document's predictions as a TimeML file under
// dir, at the same relative path it was read from, for the reference scorer.
func WritePredictions(dir string, res Result) error {
	for _, dr := range res.Docs {
		p := filepath.Join(dir, filepath.FromSlash(dr.Doc.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return fmt.Errorf("write predictions: %w", err)
		}
		f, err := os.Create(p)
		if err != nil {
			return fmt.Errorf("write predictions: %w", err)
		}
		id := strings.TrimSuffix(path.Base(dr.Doc.Name), ".tml")
		err = Write(f, id, dr.Doc.DCTValue, dr.Doc.Text, dr.Pred)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("write predictions: %w", err)
		}
	}
	return nil
}
