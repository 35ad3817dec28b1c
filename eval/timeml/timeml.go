// Package timeml reads and writes TimeML documents and scores time
// expressions against them the way TempEval-3 Task A does: strict and
// relaxed extent F1, and value and type F1 among relaxed matches.
//
// The plain text of a document is the content of its <TEXT> element with
// every tag removed and XML entities decoded, exactly as the reference
// scorer (shared/tools/scorers/timex_score.py) builds it, so that offsets
// computed here and there agree.
package timeml

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
)

// Timex is one TIMEX3 element of a document, located in its plain text.
type Timex struct {
	// Span is the byte range of the expression in Doc.Text.
	chorus.Span
	Type  chorus.TimeType
	Value string
	TID   string
}

// Doc is a TimeML document reduced to what time-expression scoring needs.
type Doc struct {
	// Name is the file name the document was read from ("wsj_0006.tml").
	Name string
	// Text is the plain text of the <TEXT> element.
	Text string
	// DCTValue is the value of the creation-time TIMEX3 ("1998-08-07T10:35"),
	// empty when the document has none.
	DCTValue string
	// DCT is DCTValue parsed; zero when absent or unreadable.
	DCT time.Time
	// Timexes are the consuming TIMEX3 elements inside <TEXT>, by start then end.
	Timexes []Timex
}

var (
	textRE = regexp.MustCompile(`(?s)<TEXT>(.*)</TEXT>`)
	tagRE  = regexp.MustCompile(`<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>`)
	attrRE = regexp.MustCompile(`([A-Za-z_:]+)\s*=\s*"([^"]*)"`)
	dctRE  = regexp.MustCompile(`<TIMEX3\b[^>]*functionInDocument="CREATION_TIME"[^>]*>`)
)

// ErrNoText is returned for a document without a <TEXT> element.
var ErrNoText = errors.New("no TEXT element")

// Parse reads one TimeML document. Self-closing (non-consuming) TIMEX3
// elements are left out, as the scorer leaves them out.
func Parse(name string, data []byte) (Doc, error) {
	raw := string(data)
	doc := Doc{Name: name}
	if m := dctRE.FindString(raw); m != "" {
		attrs := parseAttrs(m)
		doc.DCTValue = attrs["value"]
		doc.DCT = ParseDCT(doc.DCTValue)
	}
	m := textRE.FindStringSubmatch(raw)
	if m == nil {
		return doc, fmt.Errorf("parse %s: %w", name, ErrNoText)
	}
	body := m[1]
	var text strings.Builder
	type open struct {
		attrs map[string]string
		start int
	}
	var stack []open
	pos := 0
	for _, t := range tagRE.FindAllStringSubmatchIndex(body, -1) {
		text.WriteString(html.UnescapeString(body[pos:t[0]]))
		pos = t[1]
		closing := t[3] > t[2]
		tagName := body[t[4]:t[5]]
		selfClose := t[9] > t[8]
		if tagName != "TIMEX3" {
			continue
		}
		switch {
		case closing:
			if len(stack) == 0 {
				continue
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			doc.Timexes = append(doc.Timexes, Timex{
				Span:  chorus.Span{Start: o.start, End: text.Len()},
				Type:  chorus.TimeType(o.attrs["type"]),
				Value: o.attrs["value"],
				TID:   o.attrs["tid"],
			})
		case selfClose:
		default:
			stack = append(stack, open{attrs: parseAttrs(body[t[6]:t[7]]), start: text.Len()})
		}
	}
	text.WriteString(html.UnescapeString(body[pos:]))
	doc.Text = text.String()
	sort.SliceStable(doc.Timexes, func(i, j int) bool {
		a, b := doc.Timexes[i], doc.Timexes[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End < b.End
	})
	return doc, nil
}

func parseAttrs(s string) map[string]string {
	attrs := map[string]string{}
	for _, m := range attrRE.FindAllStringSubmatch(s, -1) {
		if _, seen := attrs[m[1]]; !seen {
			attrs[m[1]] = m[2]
		}
	}
	return attrs
}

// ParseDCT reads a TIMEX3 creation-time value ("1998-08-07",
// "1998-12-05T09:42", "1998-02-13T15:44:00") as a UTC time; it returns the
// zero time when the value is not a calendar date.
func ParseDCT(v string) time.Time {
	for _, layout := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02", "20060102"} {
		if t, err := time.Parse(layout, v); err == nil {
			return t
		}
	}
	if len(v) > 10 {
		if t, err := time.Parse("2006-01-02", v[:10]); err == nil {
			return t
		}
	}
	return time.Time{}
}

// Write writes text as a TimeML document whose creation time is dctValue and
// whose <TEXT> holds refs as TIMEX3 elements. refs must be sorted and must
// not overlap; they are written with tids t1, t2, ...
func Write(w io.Writer, docID, dctValue, text string, refs []chorus.TimeRef) error {
	var b bytes.Buffer
	b.WriteString("<?xml version=\"1.0\" ?>\n<TimeML>\n")
	fmt.Fprintf(&b, "<DOCID>%s</DOCID>\n", escape(docID))
	if dctValue != "" {
		typ := "DATE"
		if strings.Contains(dctValue, "T") {
			typ = "TIME"
		}
		fmt.Fprintf(&b, "<DCT><TIMEX3 tid=\"t0\" type=\"%s\" value=\"%s\" functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n",
			typ, escape(dctValue), escape(dctValue))
	}
	b.WriteString("<TEXT>")
	pos := 0
	for i, r := range refs {
		if r.Start < pos || r.End < r.Start || r.End > len(text) {
			return fmt.Errorf("write %s: time expression %d at [%d,%d) overlaps or leaves the text", docID, i, r.Start, r.End)
		}
		b.WriteString(escape(text[pos:r.Start]))
		fmt.Fprintf(&b, "<TIMEX3 tid=\"t%d\" type=\"%s\" value=\"%s\">", i+1, escape(string(r.Type)), escape(r.Value))
		b.WriteString(escape(text[r.Start:r.End]))
		b.WriteString("</TIMEX3>")
		pos = r.End
	}
	b.WriteString(escape(text[pos:]))
	b.WriteString("</TEXT>\n</TimeML>\n")
	_, err := w.Write(b.Bytes())
	return err
}

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func escape(s string) string { return escaper.Replace(s) }
