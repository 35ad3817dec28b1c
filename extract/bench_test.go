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
