package extract

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"github.com/chorusnews/chorus"
)

// benchmarkSet is the extraction benchmark beside the repository; the
// benchmark reads its pages when it is there.
const benchmarkSet = "../../shared/data/extraction/scrapinghub/html"

// benchPages reads up to n pages of the benchmark set as documents. Pages
// are read as UTF-8 without ingest's decoding: the cost measured is
// extraction's alone.
func benchPages(b *testing.B, n int) []chorus.Document {
	names, _ := filepath.Glob(filepath.Join(benchmarkSet, "*.html.gz"))
	if len(names) == 0 {
		b.Skip("extraction benchmark set not present")
	}
	sort.Strings(names)
	var docs []chorus.Document
	for _, name := range names[:min(n, len(names))] {
		raw, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		zr, err := gzip.NewReader(bytes.NewReader(raw))
		if err != nil {
			b.Fatal(err)
		}
		body, err := io.ReadAll(zr)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, chorus.Document{Source: name, Format: chorus.FormatHTML, Body: body, RawHash: chorus.ContentHash(raw)})
	}
	return docs
}

// BenchmarkExtract reads and finishes one benchmark page per iteration,
// cycling through the set; ns/op is the cost of one page.
func BenchmarkExtract(b *testing.B) {
	docs := benchPages(b, 1000)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if _, err := Extract(docs[i%len(docs)]); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkChrome runs the page-furniture check over the blocks of the
// first 200 benchmark pages that dropChrome would check (30 words or
// fewer); ns/op is the cost of checking them all.
func BenchmarkChrome(b *testing.B) {
	var texts []string
	for _, doc := range benchPages(b, 200) {
		d, err := Read(doc)
		if err != nil {
			continue
		}
		for _, bl := range d.blocks {
			if wordCount(bl.text) <= 30 {
				texts = append(texts, bl.text)
			}
		}
	}
	b.ResetTimer()
	for b.Loop() {
		for _, s := range texts {
			isChrome(s)
		}
	}
	b.ReportMetric(float64(len(texts)), "blocks")
}
