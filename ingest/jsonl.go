package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

// Record is one JSON Lines article. Every field is optional, but a record
// needs text or html.
type Record struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	HTML      string `json:"html"`
	Published string `json:"published"`
	Outlet    string `json:"outlet"`
	Byline    string `json:"byline"`
	// Lang is the article's language ("pt", "en-GB"), when the record
	// knows it; a confident reading of the text still overrules it.
	Lang string `json:"lang"`
}

// jsonl yields one document per line of r. A bad line is reported with its
// line number and the rest of the file is still read.
func (l Limits) jsonl(path string, r io.Reader, yield func(chorus.Document, error) bool) bool {
	br := bufio.NewReaderSize(r, 256<<10)
	lineNo := 0
	for {
		line, tooLong, err := readLine(br, l.MaxDocumentBytes)
		if len(line) == 0 && !tooLong && err == io.EOF {
			break
		}
		lineNo++
		src := fmt.Sprintf("%s:%d", path, lineNo)
		switch {
		case tooLong:
			if !yield(chorus.Document{}, &chorus.InputError{Source: src, Reason: fmt.Sprintf("line over the %s limit", humanBytes(l.MaxDocumentBytes))}) {
				return false
			}
		case len(bytes.TrimSpace(line)) == 0:
			// blank lines separate nothing in JSON Lines; skip them quietly
		default:
			doc, derr := RecordDocument(src, line)
			if !yield(doc, derr) {
				return false
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return yield(chorus.Document{}, &chorus.InputError{Source: src, Reason: "read failed", Err: err})
		}
	}
	return true
}

// readLine reads one line of at most limit bytes. A longer line is consumed
// and reported as tooLong without being kept in memory.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > limit {
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, err
	}
}

// RecordDocument turns one JSON Lines record into a Document.
func RecordDocument(source string, line []byte) (chorus.Document, error) {
	if !utf8.Valid(line) {
		return chorus.Document{}, &chorus.InputError{Source: source, Reason: "line is not valid UTF-8"}
	}
	var rec Record
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&rec); err != nil {
		return chorus.Document{}, &chorus.InputError{Source: source, Reason: "not a JSON object", Err: err}
	}
	if dec.More() {
		return chorus.Document{}, &chorus.InputError{Source: source, Reason: "more than one JSON value on the line"}
	}
	hints := chorus.Hints{URL: strings.TrimSpace(rec.URL), Title: strings.TrimSpace(rec.Title),
		Outlet: strings.TrimSpace(rec.Outlet), Byline: strings.TrimSpace(rec.Byline), Lang: strings.TrimSpace(rec.Lang)}
	if rec.Published != "" {
		t, err := ParseTime(rec.Published)
		if err != nil {
			return chorus.Document{}, &chorus.InputError{Source: source, Reason: "published is not a date", Err: err}
		}
		hints.Published = t
	}
	doc := chorus.Document{Source: source, Charset: "utf-8", RawHash: chorus.ContentHash(line), Hints: hints}
	switch {
	case strings.TrimSpace(rec.HTML) != "":
		doc.Format, doc.Body = chorus.FormatHTML, []byte(rec.HTML)
		doc.Hints.Text = rec.Text
	case strings.TrimSpace(rec.Text) != "":
		doc.Format, doc.Body = chorus.FormatText, []byte(rec.Text)
	default:
		return chorus.Document{}, &chorus.InputError{Source: source, Reason: "record has neither text nor html"}
	}
	return doc, nil
}

// timeLayouts are the date forms accepted from JSON Lines and feeds.
var timeLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"2 January 2006",
	"January 2, 2006",
}

// ParseTime reads a publication date in the usual machine forms. Dates
// without a zone are taken as UTC, which is what such feeds mean in practice.
func ParseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("unrecognised date %q", s)
}
