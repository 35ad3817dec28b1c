// Package ingest turns files and folders into chorus.Documents: it finds
// the files, decompresses them, refuses what is empty, binary or too large,
// converts every charset to UTF-8 and records where each document came from.
// It is the only stage that reads the file system.
package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chorusnews/chorus"
)

// Limits bound what ingest accepts from outside.
type Limits struct {
	// MaxDocumentBytes caps one document (a file, or one JSONL record) after decompression.
	MaxDocumentBytes int64
	// MaxStreamBytes caps a whole JSONL file after decompression.
	MaxStreamBytes int64
	// Feeds reads a saved feed file into its entries' documents. ingest
	// cannot parse feeds itself (package sources does, and builds on
	// ingest), so the caller hands the reader in; without one a feed file
	// is refused with a message that says so.
	Feeds FeedReader
}

// FeedReader reads the bytes of a saved feed (source names the file) into
// one document per entry, with an error for each entry or file refused.
type FeedReader func(source string, raw []byte) ([]chorus.Document, []error)

// DefaultLimits are generous for news pages (the largest real article pages
// are a few megabytes) and small enough that a stray video or archive is
// refused quickly.
var DefaultLimits = Limits{MaxDocumentBytes: 10 << 20, MaxStreamBytes: 2 << 30}

// kind is how a file's contents are read.
type kind int

const (
	kindUnknown kind = iota
	kindHTML
	kindText
	kindJSONL
	kindFeed
)

// kindOf classifies a file by its name, looking through a .gz suffix.
func kindOf(name string) (k kind, gzipped bool) {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".gz") {
		gzipped = true
		lower = strings.TrimSuffix(lower, ".gz")
	}
	switch filepath.Ext(lower) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return kindHTML, gzipped
	case ".txt", ".text":
		return kindText, gzipped
	case ".jsonl", ".ndjson":
		return kindJSONL, gzipped
	case ".rss", ".atom", ".rdf", ".xml":
		return kindFeed, gzipped
	}
	return kindUnknown, gzipped
}

// Files yields every document found under paths, in a stable order: paths
// as given, folders walked recursively in lexical order. A path named
// explicitly is read whatever its extension (its content decides between
// HTML, a feed and text); inside folders a file is read when its extension
// is known, or when it has none and its content is a page or a feed, and
// hidden entries are skipped. A feed file (.rss, .atom, .rdf, .xml) yields
// its entries' documents through l.Feeds. Each refused input is yielded as a *chorus.InputError
// and iteration goes on.
func (l Limits) Files(paths []string) iter.Seq2[chorus.Document, error] {
	return func(yield func(chorus.Document, error) bool) {
		for _, p := range paths {
			info, err := os.Stat(p)
			if err != nil {
				if !yield(chorus.Document{}, &chorus.InputError{Source: p, Reason: "cannot read", Err: unwrapPathError(err)}) {
					return
				}
				continue
			}
			if !info.IsDir() {
				if !l.file(p, true, yield) {
					return
				}
				continue
			}
			for _, f := range walk(p) {
				if f.err != nil {
					if !yield(chorus.Document{}, f.err) {
						return
					}
					continue
				}
				if !l.file(f.path, false, yield) {
					return
				}
			}
		}
	}
}

type walked struct {
	path string
	err  error
}

// walk lists the readable files under root in lexical order, with the
// files that links under it point to.
func walk(root string) []walked {
	var out []walked
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			out = append(out, walked{err: &chorus.InputError{Source: p, Reason: "cannot read", Err: unwrapPathError(err)}})
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if p != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		regular := d.Type().IsRegular()
		if d.Type()&fs.ModeSymlink != 0 {
			// a link to a file is read as the file (a folder of links
			// into an archive is a common way to pick articles); a link
			// to a folder is not followed, which could loop
			info, err := os.Stat(p)
			if err != nil {
				out = append(out, walked{err: &chorus.InputError{Source: p, Reason: "cannot read the file it links to", Err: unwrapPathError(err)}})
				return nil
			}
			regular = info.Mode().IsRegular()
		}
		if regular {
			if k, _ := kindOf(p); k != kindUnknown || bareName(p) {
				out = append(out, walked{path: p})
			}
		}
		return nil
	})
	sort.SliceStable(out, func(i, j int) bool { return out[i].path < out[j].path })
	return out
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// file reads one file and yields its documents; it returns false when the
// consumer stopped the iteration.
func (l Limits) file(path string, explicit bool, yield func(chorus.Document, error) bool) bool {
	k, gzipped := kindOf(path)
	if k == kindUnknown && !explicit && !bareName(path) {
		return true
	}
	f, err := os.Open(path)
	if err != nil {
		return yield(chorus.Document{}, &chorus.InputError{Source: path, Reason: "cannot open", Err: unwrapPathError(err)})
	}
	defer f.Close()
	var r io.Reader = bufio.NewReaderSize(f, 64<<10)
	if gzipped {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return yield(chorus.Document{}, &chorus.InputError{Source: path, Reason: "not valid gzip", Err: err})
		}
		defer zr.Close()
		r = zr
	}
	if k == kindJSONL {
		return l.jsonl(path, io.LimitReader(r, l.MaxStreamBytes), yield)
	}
	if k == kindUnknown && !explicit {
		// a name without an extension in a folder is read only when it
		// opens as a page or a feed: it is how wget saves a page whose URL
		// has no extension, while a bare LICENSE or Makefile is no article
		br := bufio.NewReaderSize(r, sniffBytes)
		head, _ := br.Peek(sniffBytes)
		if k = sniffKind(head); k == kindText {
			return true
		}
		r = br
	}
	if !gzipped {
		if info, err := f.Stat(); err == nil && info.Size() > l.MaxDocumentBytes {
			return yield(chorus.Document{}, tooLarge(path, info.Size(), l.MaxDocumentBytes))
		}
	}
	raw, err := io.ReadAll(io.LimitReader(r, l.MaxDocumentBytes+1))
	if err != nil {
		return yield(chorus.Document{}, &chorus.InputError{Source: path, Reason: "read failed", Err: err})
	}
	if int64(len(raw)) > l.MaxDocumentBytes {
		return yield(chorus.Document{}, tooLarge(path, -1, l.MaxDocumentBytes))
	}
	if k == kindUnknown {
		k = sniffKind(raw)
	}
	if k == kindFeed {
		return l.feed(path, raw, yield)
	}
	doc, err := Bytes(path, raw, k == kindHTML, "")
	return yield(doc, err)
}

// feed yields the documents of a saved feed file.
func (l Limits) feed(path string, raw []byte, yield func(chorus.Document, error) bool) bool {
	if l.Feeds == nil {
		return yield(chorus.Document{}, &chorus.InputError{Source: path,
			Reason: "a feed file, which this command does not read; give its URL instead"})
	}
	if len(bytes.TrimSpace(raw)) == 0 {
		return yield(chorus.Document{}, &chorus.InputError{Source: path, Reason: "empty file"})
	}
	docs, errs := l.Feeds(path, raw)
	for _, err := range errs {
		if !yield(chorus.Document{}, err) {
			return false
		}
	}
	for _, d := range docs {
		if !yield(d, nil) {
			return false
		}
	}
	return true
}

func tooLarge(path string, size, limit int64) error {
	if size < 0 {
		return &chorus.InputError{Source: path, Reason: fmt.Sprintf("over the %s limit once decompressed", humanBytes(limit))}
	}
	return &chorus.InputError{Source: path, Reason: fmt.Sprintf("file is %s, over the %s limit", humanBytes(size), humanBytes(limit))}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}

// bareName reports whether a file's name has no extension at all (looking
// through a .gz suffix), so only its content can tell what it holds.
func bareName(path string) bool {
	name := strings.TrimSuffix(strings.ToLower(filepath.Base(path)), ".gz")
	return !strings.Contains(name, ".")
}

// sniffBytes is how much of a file's head sniffKind reads.
const sniffBytes = 1024

// sniffKind tells HTML, a feed and text apart for files with no telling
// extension.
func sniffKind(raw []byte) kind {
	head := bytes.ToLower(bytes.TrimSpace(raw[:min(len(raw), sniffBytes)]))
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if isFeedHead(head) {
		return kindFeed
	}
	for _, p := range [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<?xml")} {
		if bytes.HasPrefix(head, p) || bytes.HasPrefix(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), p) {
			return kindHTML
		}
	}
	return kindText
}

// feedRoots open a feed or sitemap document, after any XML declaration,
// comments and processing instructions.
var feedRoots = [][]byte{[]byte("<rss"), []byte("<feed"), []byte("<rdf:rdf"), []byte("<urlset"), []byte("<sitemapindex")}

// isFeedHead reports whether a lower-cased document head is a feed's: its
// first element is a feed's root, or it is a JSON Feed.
func isFeedHead(head []byte) bool {
	if bytes.HasPrefix(head, []byte("{")) {
		return bytes.Contains(head, []byte("jsonfeed.org/version"))
	}
	rest := head
	for bytes.HasPrefix(rest, []byte("<?")) || bytes.HasPrefix(rest, []byte("<!--")) {
		end := []byte("?>")
		if bytes.HasPrefix(rest, []byte("<!--")) {
			end = []byte("-->")
		}
		i := bytes.Index(rest, end)
		if i < 0 {
			return false
		}
		rest = bytes.TrimSpace(rest[i+len(end):])
	}
	for _, r := range feedRoots {
		if bytes.HasPrefix(rest, r) && len(rest) > len(r) && !isNameByte(rest[len(r)]) {
			return true
		}
	}
	return false
}

func isNameByte(b byte) bool {
	return b == '-' || b == '_' || b == ':' || b == '.' || ('a' <= b && b <= 'z') || ('0' <= b && b <= '9')
}

// Bytes makes a Document of raw bytes from source (a path, a URL, an
// upload's name), decoding them to UTF-8. contentType is the HTTP header
// when there is one.
func Bytes(source string, raw []byte, isHTML bool, contentType string) (chorus.Document, error) {
	dec, err := decode(raw, isHTML, contentType)
	if err != nil {
		reason := err.Error()
		if errors.Is(err, errEmpty) {
			reason = "empty file"
		}
		return chorus.Document{}, &chorus.InputError{Source: source, Reason: reason}
	}
	doc := chorus.Document{
		Source:  source,
		Format:  chorus.FormatText,
		Body:    dec.Text,
		Charset: dec.Charset,
		RawHash: chorus.ContentHash(raw),
	}
	if isHTML {
		doc.Format = chorus.FormatHTML
	}
	if dec.Note != "" {
		doc.Notes = append(doc.Notes, dec.Note)
	}
	return doc, nil
}
