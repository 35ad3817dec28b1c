package extract

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"github.com/chorusnews/chorus/ingest"
)

func TestTmpVotes(t *testing.T) {
	id := os.Getenv("PAGE")
	if id == "" { t.Skip() }
	names, _ := filepath.Glob(benchmarkSet + "/" + id + "*.html.gz")
	raw, _ := os.ReadFile(names[0])
	zr, _ := gzip.NewReader(bytes.NewReader(raw))
	h, _ := io.ReadAll(zr)
	doc, _ := ingest.Bytes("x", h, true, "")
	root, _ := html.Parse(bytes.NewReader(doc.Body))
	d := &Draft{doc: doc}
	_, d.nodes = prepareTree(root)
	d.readMarkupMetadata(root)
	blocks := pageBlocks(root)
	maxAgreedDisagreement = -1
	kept := d.vote(root, blocks)
	_ = kept
	grep := os.Getenv("GREP")
	for i, b := range blocks {
		if b.votes[0]+b.votes[1]+b.votes[2] == 0 && (grep == "" || !strings.Contains(b.text, grep)) { continue }
		fmt.Printf("%3d %.1f %.1f %.1f tag=%s fig=%v ch=%v own=%v lk=%d/%d %.100q\n", i, b.votes[0], b.votes[1], b.votes[2], b.tag, b.inFigure, b.inChrome, b.ownBoiler, b.linkChars, b.chars, b.text)
	}
}
