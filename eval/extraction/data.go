// Package extraction measures article extraction the way the scrapinghub
// article-extraction-benchmark does: F1 over 4-word shingles of \w+ tokens,
// computed per page, with precision and recall averaged over pages and a
// seeded bootstrap for their spread. It also reads sets laid out like that
// benchmark (html/<id>.html.gz and ground-truth.json).
package extraction

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Limits on what ReadSet accepts, so that a wrong path fails fast instead of
// filling memory. The scrapinghub set is 181 pages of at most 2 MB each.
const (
	MaxPages     = 100_000
	MaxPageBytes = 32 << 20
	MaxTruthSize = 256 << 20
)

// Page is one page of an extraction set: its raw HTML and the article body
// the annotators say it holds.
type Page struct {
	// ID is the page's name in the set (the file name without .html.gz).
	ID string
	// HTML is the page exactly as stored, decompressed but not decoded.
	HTML []byte
	// Body is the ground-truth article text.
	Body string
	// URL is the page's address, when the ground truth gives it.
	URL string
}

// truth is one ground-truth record.
type truth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// ReadSet reads DIR/ground-truth.json and DIR/html/<id>.html(.gz) for every
// id the ground truth lists, sorted by id. A listed page without its HTML
// file is an error: a set that is silently smaller scores differently.
func ReadSet(dir string) ([]Page, error) {
	gt, err := readTruth(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("read extraction set: %w", err)
	}
	if len(gt) > MaxPages {
		return nil, fmt.Errorf("read extraction set: %d pages, over the limit of %d", len(gt), MaxPages)
	}
	ids := make([]string, 0, len(gt))
	for id := range gt {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	pages := make([]Page, 0, len(ids))
	for _, id := range ids {
		raw, err := readPage(filepath.Join(dir, "html"), id)
		if err != nil {
			return nil, fmt.Errorf("read extraction set: %w", err)
		}
		pages = append(pages, Page{ID: id, HTML: raw, Body: gt[id].ArticleBody, URL: gt[id].URL})
	}
	return pages, nil
}

func readTruth(path string) (map[string]truth, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxTruthSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxTruthSize {
		return nil, fmt.Errorf("%s is over %d bytes", path, MaxTruthSize)
	}
	var gt map[string]truth
	if err := json.Unmarshal(b, &gt); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(gt) == 0 {
		return nil, fmt.Errorf("%s lists no page", path)
	}
	return gt, nil
}

// readPage reads html/<id>.html.gz, or html/<id>.html when the set is not
// compressed.
func readPage(dir, id string) ([]byte, error) {
	if strings.ContainsAny(id, `/\`) || id == "" || id == "." || id == ".." {
		return nil, fmt.Errorf("page id %q is not a file name", id)
	}
	gzPath := filepath.Join(dir, id+".html.gz")
	raw, err := readLimited(gzPath)
	if os.IsNotExist(err) {
		return readLimited(filepath.Join(dir, id+".html"))
	}
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", gzPath, err)
	}
	out, err := io.ReadAll(io.LimitReader(zr, MaxPageBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", gzPath, err)
	}
	if len(out) > MaxPageBytes {
		return nil, fmt.Errorf("%s unpacks to over %d bytes", gzPath, MaxPageBytes)
	}
	return out, nil
}

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxPageBytes+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxPageBytes {
		return nil, fmt.Errorf("%s is over %d bytes", path, MaxPageBytes)
	}
	return b, nil
}

// Split names which pages a rule may be tuned on and which are held out to
// see whether it generalises.
type Split string

// The splits. Held-out pages are every fourth page in id order (the 4th,
// 8th, …), fixed so that two runs agree.
const (
	All     Split = "all"
	Tune    Split = "tune"
	HeldOut Split = "heldout"
)

// InSplit reports whether the page at index i of a set sorted by id belongs
// to split s.
func InSplit(i int, s Split) bool {
	held := i%4 == 3
	switch s {
	case Tune:
		return !held
	case HeldOut:
		return held
	}
	return true
}
