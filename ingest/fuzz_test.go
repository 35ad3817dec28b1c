package ingest

import (
	"testing"
	"unicode/utf8"
)

// FuzzBytes feeds arbitrary bytes to the charset decoder and the kind
// sniffer, as any file or upload may hold: no panic, and what is accepted
// comes out as UTF-8.
func FuzzBytes(f *testing.F) {
	for _, s := range []string{
		"<html><head><meta charset=\"iso-8859-1\"></head><body>caf\xe9</body></html>",
		"\xef\xbb\xbf<?xml version=\"1.0\"?><!-- c --><rss><channel></channel></rss>",
		"\xff\xfeH\x00i\x00", "{\"version\": \"https://jsonfeed.org/version/1\"}", "plain text", "", "\x00\x01\x02",
	} {
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, raw []byte, isHTML bool) {
		_ = sniffKind(raw)
		doc, err := Bytes("fuzz", raw, isHTML, "")
		if err == nil && !utf8.Valid(doc.Body) {
			t.Fatalf("accepted body is not UTF-8: %q", doc.Body)
		}
	})
}
