// Package brat reads and writes quote attributions in the brat standoff
// format used by PolNeAR (Source, Cue and Content spans tied together by an
// event) and scores predicted quotes against gold ones the way the Gender
// Gap Tracker does: one-to-one matches above 30% and 80% of the gold
// content, P/R/F1 for all quotes and for direct ones, and speaker accuracy
// on the matched quotes.
//
// brat offsets count characters (Unicode code points); this package keeps
// byte spans, as the rest of chorus does, and converts at the edges.
package brat

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/chorusnews/chorus"
)

// Quote is one attribution: what was said, who said it and the words that
// say so. Spans are byte spans into the document's text; Content may have
// several fragments (a quote split by its attribution, or carried over
// several paragraphs).
type Quote struct {
	// ID is the brat event id ("E3"); matching visits quotes in (start, ID)
	// order, as the reference scorer does.
	ID      string
	Content []chorus.Span
	Source  []chorus.Span
	Cue     []chorus.Span
}

// Doc is one document with its quotes, in (start, ID) order.
type Doc struct {
	// Name is the document's name: the .txt file name without extension.
	Name   string
	Text   string
	Quotes []Quote
}

// ReadDir reads a brat folder in either layout the reference scorer knows:
// DIR/text/<doc>.txt with DIR/attributions/<doc>_<annotator>.ann (PolNeAR),
// or DIR/<doc>.txt with DIR/<doc>.ann or DIR/<doc>_<x>.ann (flat). A
// document annotated several times is read from its first .ann file by
// name. Documents are returned sorted by name; a .txt file without any .ann
// file is a document without quotes.
func ReadDir(dir string) ([]Doc, error) {
	tdir, adir := dir, dir
	if fi, err := os.Stat(filepath.Join(dir, "attributions")); err == nil && fi.IsDir() {
		tdir, adir = filepath.Join(dir, "text"), filepath.Join(dir, "attributions")
	}
	texts, err := filesWithSuffix(tdir, ".txt")
	if err != nil {
		return nil, fmt.Errorf("read brat dir: %w", err)
	}
	anns, err := filesWithSuffix(adir, ".ann")
	if err != nil {
		return nil, fmt.Errorf("read brat dir: %w", err)
	}
	names := map[string]bool{}
	for _, t := range texts {
		names[strings.TrimSuffix(t, ".txt")] = true
	}
	annOf := AnnFiles(anns, names)
	var docs []Doc
	for _, t := range texts {
		name := strings.TrimSuffix(t, ".txt")
		raw, err := os.ReadFile(filepath.Join(tdir, t))
		if err != nil {
			return nil, fmt.Errorf("read brat dir: %w", err)
		}
		d := Doc{Name: name, Text: string(raw)}
		if files := annOf[name]; len(files) > 0 {
			ann, err := os.ReadFile(filepath.Join(adir, files[0]))
			if err != nil {
				return nil, fmt.Errorf("read brat dir: %w", err)
			}
			if d.Quotes, err = ParseAnn(d.Text, string(ann)); err != nil {
				return nil, fmt.Errorf("read brat dir: %s: %w", files[0], err)
			}
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// AnnFiles groups .ann file names (sorted) by the document they belong to:
// <doc>.ann, or <doc>_<annotator>.ann when <doc> is a known document name.
func AnnFiles(anns []string, names map[string]bool) map[string][]string {
	out := map[string][]string{}
	for _, f := range anns {
		stem := strings.TrimSuffix(f, ".ann")
		doc := stem
		if i := strings.LastIndexByte(stem, '_'); !names[stem] && i >= 0 && names[stem[:i]] {
			doc = stem[:i]
		}
		out[doc] = append(out[doc], f)
	}
	return out
}

// filesWithSuffix lists the regular files of dir ending in suffix, sorted.
func filesWithSuffix(dir, suffix string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), suffix) {
			out = append(out, e.Name())
		}
	}
	sort.Strings(out)
	return out, nil
}

// ParseAnn reads the quotes of one .ann file over text. Every event whose
// arguments (after its trigger) include a Content span is a quote;
// Content2, Source2 … add fragments. Events without content are skipped,
// as are arguments naming a missing text-bound annotation.
func ParseAnn(text, ann string) ([]Quote, error) {
	type entity struct{ spans []chorus.Span }
	ents := map[string]entity{}
	type event struct {
		id   string
		args [][2]string
	}
	var events []event
	runes := newRuneIndex(text)
	for n, line := range strings.Split(ann, "\n") {
		line = strings.TrimRight(line, "\r")
		parts := strings.Split(line, "\t")
		if len(parts) < 2 {
			continue
		}
		id := parts[0]
		switch {
		case strings.HasPrefix(id, "T"):
			_, offsets, ok := strings.Cut(parts[1], " ")
			if !ok {
				continue
			}
			var spans []chorus.Span
			for _, frag := range strings.Split(offsets, ";") {
				f := strings.Fields(frag)
				if len(f) != 2 {
					return nil, fmt.Errorf("line %d: bad offsets %q", n+1, offsets)
				}
				a, err1 := strconv.Atoi(f[0])
				b, err2 := strconv.Atoi(f[1])
				if err1 != nil || err2 != nil || a < 0 || b < a {
					return nil, fmt.Errorf("line %d: bad offsets %q", n+1, offsets)
				}
				spans = append(spans, chorus.Span{Start: runes.byteAt(a), End: runes.byteAt(b)})
			}
			ents[id] = entity{spans}
		case strings.HasPrefix(id, "E"):
			ev := event{id: id}
			for _, f := range strings.Fields(parts[1]) {
				if role, ref, ok := strings.Cut(f, ":"); ok {
					ev.args = append(ev.args, [2]string{role, ref})
				}
			}
			events = append(events, ev)
		}
	}
	var out []Quote
	for _, ev := range events {
		q := Quote{ID: ev.id}
		for i, a := range ev.args {
			if i == 0 { // the trigger
				continue
			}
			e, ok := ents[a[1]]
			if !ok {
				continue
			}
			switch role := a[0]; {
			case strings.HasPrefix(role, "Content"):
				q.Content = append(q.Content, e.spans...)
			case strings.HasPrefix(role, "Source"):
				q.Source = append(q.Source, e.spans...)
			case strings.HasPrefix(role, "Cue"):
				q.Cue = append(q.Cue, e.spans...)
			}
		}
		if charCount(q.Content) == 0 {
			continue
		}
		out = append(out, q)
	}
	SortQuotes(out)
	return out, nil
}

// charCount is the number of bytes spans cover: zero for an empty content.
func charCount(spans []chorus.Span) int {
	n := 0
	for _, s := range spans {
		n += max(0, s.Len())
	}
	return n
}

// SortQuotes orders quotes by the start of their content, then by ID as a
// string ("E10" before "E9"), the order the reference scorer matches in.
func SortQuotes(qs []Quote) {
	sort.SliceStable(qs, func(i, j int) bool {
		si, sj := contentStart(qs[i]), contentStart(qs[j])
		if si != sj {
			return si < sj
		}
		return qs[i].ID < qs[j].ID
	})
}

func contentStart(q Quote) int {
	s := -1
	for _, c := range q.Content {
		if c.Len() > 0 && (s < 0 || c.Start < s) {
			s = c.Start
		}
	}
	return s
}

// runeIndex converts between character offsets (brat) and byte offsets.
type runeIndex struct {
	text  string
	bytes []int // bytes[i] is the byte offset of character i; one past the end too
}

func newRuneIndex(text string) runeIndex {
	idx := make([]int, 0, len(text)+1)
	for i := range text {
		idx = append(idx, i)
	}
	idx = append(idx, len(text))
	return runeIndex{text: text, bytes: idx}
}

// byteAt is the byte offset of character c; offsets past the end map past
// the end by one byte per character, so that nothing is lost or merged.
func (r runeIndex) byteAt(c int) int {
	if c < len(r.bytes) {
		return r.bytes[c]
	}
	return len(r.text) + c - (len(r.bytes) - 1)
}

// charAt is the character offset of byte b (of the character holding b).
func (r runeIndex) charAt(b int) int {
	if b >= len(r.text) {
		return len(r.bytes) - 1 + b - len(r.text)
	}
	return sort.SearchInts(r.bytes, b+1) - 1
}
