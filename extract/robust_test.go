package extract

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/chorusnews/chorus"
)

const robustPara = "<p>The council said on Tuesday that the bridge would reopen to traffic next week after repairs to its deck.</p>"

// pathological are inputs built to hit the slow paths of HTML parsing and
// of the extractors: deep nesting, masses of elements, misnested
// formatting elements, huge attributes. want is "" when the page must be
// read, else a phrase of the error that refuses it.
var pathological = []struct {
	name, body, want string
}{
	// nested past the parser's 512 levels: read again flattened
	{"nested divs 100k", strings.Repeat("<div>", 100_000) + robustPara + strings.Repeat("</div>", 100_000), ""},
	{"nested spans 100k", strings.Repeat("<span>", 100_000) + robustPara, ""},
	{"nested tables 20k", strings.Repeat("<table><tr><td>", 20_000) + robustPara, ""},
	{"an article above 600 unclosed comment boxes", "<html><body><article><h1>Orla bridge to reopen</h1>" +
		strings.Repeat(robustPara, 3) + "</article>" + strings.Repeat(`<div class="comment"><p>Good news for the town.`, 600) +
		"</body></html>", ""},
	{"unclosed p 1M", strings.Repeat("<p>x", 1_000_000), "elements, over the limit"},
	{"b then p 50k", strings.Repeat("<b><p>x", 50_000), "elements, over the limit"},
	{"paragraphs under the element limit", strings.Repeat(robustPara, 24_000), ""},
	{"misnested b and p under the limit", strings.Repeat("<b><p>x", 9_000) + robustPara, ""},
	{"distinct links 40k", func() string {
		var b strings.Builder
		for i := range 40_000 {
			fmt.Fprintf(&b, "<a href=%d>", i)
		}
		return b.String() + robustPara
	}(), ""},
	{"huge attribute 7 MB", `<div class="` + strings.Repeat("a", 7<<20) + `">` + strings.Repeat(robustPara, 5) + "</div>", ""},
	{"half a million attributes", "<div " + strings.Repeat("a=b ", 500_000) + ">" + strings.Repeat(robustPara, 5) + "</div>", ""},
	{"over the byte limit", "<html><body>" + strings.Repeat("x", maxHTMLBytes) + "</body></html>", "bytes, over the limit"},
	{"only markup", strings.Repeat("<div></div>", 1000), ErrNoText.Error()},
}

// TestPathological checks that every constructed page is read or refused
// with an input error naming the reason, and that nothing panics. How long
// each takes is measured by BenchmarkPathological.
func TestPathological(t *testing.T) {
	if testing.Short() {
		t.Skip("pathological pages take seconds")
	}
	for _, tt := range pathological {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Extract(chorus.Document{Source: "page.html", Format: chorus.FormatHTML, Body: []byte(tt.body)})
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Extract: %v", err)
				}
				if !utf8.ValidString(a.Text) || a.Text == "" {
					t.Errorf("text is empty or not UTF-8")
				}
				if strings.Contains(tt.body, robustPara) && !strings.Contains(a.Text, "the bridge would reopen to traffic") {
					t.Errorf("the page's paragraph is not in its text:\n%.300s", a.Text)
				}
				return
			}
			var ierr *chorus.InputError
			if !errors.As(err, &ierr) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want an input error saying %q", err, tt.want)
			}
		})
	}
}

// BenchmarkPathological reports the time each constructed page takes, the
// worst cases extraction has to bound.
func BenchmarkPathological(b *testing.B) {
	for _, tt := range pathological {
		doc := chorus.Document{Source: "page.html", Format: chorus.FormatHTML, Body: []byte(tt.body)}
		b.Run(strings.ReplaceAll(tt.name, " ", "_"), func(b *testing.B) {
			for b.Loop() {
				_, _ = Extract(doc)
			}
		})
	}
}
