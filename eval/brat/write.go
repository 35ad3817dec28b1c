package brat

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/chorusnews/chorus"
)

// WriteAnn writes one document's quotes as a brat .ann file the reference
// scorer reads: per quote, text-bound Content, Source and Cue annotations
// and an event whose trigger is an Attribution annotation on the cue (on
// the content when there is no cue), as PolNeAR writes them.
func WriteAnn(path, text string, qs []Quote) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("write ann: %w", err)
	}
	w := bufio.NewWriter(f)
	t := 0
	entity := func(typ string, spans []chorus.Span) string {
		t++
		var offs, words []string
		for _, s := range spans {
			offs = append(offs, fmt.Sprintf("%d %d", charOffset(text, s.Start), charOffset(text, s.End)))
			words = append(words, flatten(s.In(text)))
		}
		fmt.Fprintf(w, "T%d\t%s %s\t%s\n", t, typ, strings.Join(offs, ";"), strings.Join(words, " "))
		return fmt.Sprintf("T%d", t)
	}
	for _, q := range qs {
		content := Fragments(text, q.Content)
		if len(content) == 0 {
			continue
		}
		trigger := q.Cue
		if len(trigger) == 0 {
			trigger = content[:1]
		}
		args := []string{"Attribution:" + entity("Attribution", trigger), "Content:" + entity("Content", content)}
		if len(q.Cue) > 0 {
			args = append(args, "Cue:"+entity("Cue", q.Cue))
		}
		if src := Fragments(text, q.Source); len(src) > 0 {
			args = append(args, "Source:"+entity("Source", src))
		}
		fmt.Fprintf(w, "%s\t%s\n", q.ID, strings.Join(args, " "))
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("write ann: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write ann: %w", err)
	}
	return nil
}

// WriteDir writes every document's predictions as DIR/<name>.ann (the flat
// layout; the scorer takes the text from the gold folder).
func WriteDir(dir string, docs []Doc) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("write brat dir: %w", err)
	}
	for _, d := range docs {
		if err := WriteAnn(filepath.Join(dir, d.Name+".ann"), d.Text, d.Quotes); err != nil {
			return err
		}
	}
	return nil
}

// Fragments splits spans at line breaks and trims surrounding white space,
// because a brat fragment holds one line; empty pieces are dropped.
func Fragments(text string, spans []chorus.Span) []chorus.Span {
	var out []chorus.Span
	for _, s := range spans {
		if !s.Valid(len(text)) {
			continue
		}
		start := s.Start
		for start < s.End {
			end := start + strings.IndexAny(text[start:s.End], "\r\n")
			if end < start {
				end = s.End
			}
			a, b := start, end
			for a < b && isSpace(text[a]) {
				a++
			}
			for b > a && isSpace(text[b-1]) {
				b--
			}
			if b > a {
				out = append(out, chorus.Span{Start: a, End: b})
			}
			start = end + 1
		}
	}
	return out
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func flatten(s string) string { return strings.NewReplacer("\n", " ", "\r", " ", "\t", " ").Replace(s) }

// charOffset is the character offset of byte b of text.
func charOffset(text string, b int) int {
	if b > len(text) {
		b = len(text)
	}
	n := 0
	for range text[:b] {
		n++
	}
	return n
}
