// Package chorus is the vocabulary of the chorus news story engine: the
// articles it reads, the spans and citations that tie every derived fact back
// to an article's text, and the stories it builds from them.
//
// The root package imports only the standard library. Each stage of the
// pipeline (ingest, extract, analyze, dedup, cluster, story) lives in its own
// package and speaks these types; the stores (sqlite, postgres) implement the
// interfaces declared in store.go; cmd/chorus wires everything together.
package chorus

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
)

// Span is a half-open byte range [Start, End) into an article's text.
// Spans are byte offsets, not rune offsets, so that a citation can be
// checked by slicing the stored UTF-8 text directly.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Valid reports whether the span lies inside a text of length n.
func (s Span) Valid(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// In returns the text the span covers, or "" when the span is out of range.
func (s Span) In(text string) string {
	if !s.Valid(len(text)) {
		return ""
	}
	return text[s.Start:s.End]
}

// Contains reports whether o lies entirely within s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Citation points at the bytes of one article that support a derived fact.
type Citation struct {
	Article ArticleID `json:"article"`
	Start   int       `json:"start"`
	End     int       `json:"end"`
}

// Cite builds a citation of span s in article id.
func Cite(id ArticleID, s Span) Citation {
	return Citation{Article: id, Start: s.Start, End: s.End}
}

// Span returns the cited byte range.
func (c Citation) Span() Span { return Span{Start: c.Start, End: c.End} }

// ContentHash returns the hex SHA-256 of the given parts, each preceded by its
// length so that ("ab","c") and ("a","bc") hash differently. It is the one
// hash used for ids, so two machines always agree on them.
func ContentHash(parts ...[]byte) string {
	h := sha256.New()
	var n [8]byte
	for _, p := range parts {
		l := uint64(len(p))
		for i := range n {
			n[i] = byte(l >> (8 * i))
		}
		h.Write(n[:])
		h.Write(p)
	}
	return hex.EncodeToString(h.Sum(nil))
}

// ErrNotFound is returned by stores when the requested item does not exist.
var ErrNotFound = errors.New("not found")

// ErrSkipped marks input that was refused (empty, binary, too large,
// malformed). Callers report it, keep going with the rest of the input, and
// exit with a status that says something was skipped.
var ErrSkipped = errors.New("skipped")

// InputError describes why one piece of input was refused, naming where it
// came from (a file, a file and line, a URL) so a user can find it.
type InputError struct {
	Source string // file path, "path:line" or URL
	Reason string // short lowercase phrase, e.g. "binary content"
	Err    error  // underlying cause, may be nil
}

func (e *InputError) Error() string {
	if e.Err != nil {
		return fmt.Sprintf("%s: %s: %v", e.Source, e.Reason, e.Err)
	}
	return fmt.Sprintf("%s: %s", e.Source, e.Reason)
}

// Unwrap lets errors.Is(err, ErrSkipped) succeed for every input error.
func (e *InputError) Unwrap() []error {
	if e.Err != nil {
		return []error{ErrSkipped, e.Err}
	}
	return []error{ErrSkipped}
}
