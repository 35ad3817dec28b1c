// Package conll reads CoNLL-2003 style named-entity files and scores tag
// sequences the way conlleval.pl does: entity-level precision, recall and F1
// with exact span and type match, for IOB1, IOB2 and IOBES tags alike.
package conll

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one sentence of a CoNLL file: the words (first column) and the
// gold tags (last column). The middle columns (POS, chunk) are dropped on
// purpose: a tagger must not see them, since real articles do not have them.
type Sentence struct {
	Words []string
	Tags  []string
}

// Document is a run of sentences between two -DOCSTART- lines. Files
// without -DOCSTART- lines read as a single document.
type Document struct {
	Sentences []Sentence
}

// Tokens returns the number of tokens in the document.
func (d Document) Tokens() int {
	n := 0
	for _, s := range d.Sentences {
		n += len(s.Words)
	}
	return n
}

// docStart is the word that marks a document boundary in CoNLL-2003 files.
const docStart = "-DOCSTART-"

// Read parses a CoNLL file: one token a line with space- or tab-separated
// columns, blank lines between sentences, -DOCSTART- lines between documents.
// The first column is the word and the last the tag; a line with a single
// column is an error because it carries no tag.
func Read(r io.Reader) ([]Document, error) {
	var (
		docs []Document
		cur  Document
		sent Sentence
	)
	flushSent := func() {
		if len(sent.Words) > 0 {
			cur.Sentences = append(cur.Sentences, sent)
		}
		sent = Sentence{}
	}
	flushDoc := func() {
		flushSent()
		if len(cur.Sentences) > 0 {
			docs = append(docs, cur)
		}
		cur = Document{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) == 0:
			flushSent()
		case fields[0] == docStart:
			flushDoc()
		case len(fields) < 2:
			return nil, fmt.Errorf("read conll: line %d: want at least 2 columns, got %d", line, len(fields))
		default:
			sent.Words = append(sent.Words, fields[0])
			sent.Tags = append(sent.Tags, fields[len(fields)-1])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read conll: %w", err)
	}
	flushDoc()
	return docs, nil
}
