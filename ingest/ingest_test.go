package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorusnews/chorus"
	"github.com/google/go-cmp/cmp"
)

func TestDecode(t *testing.T) {
	latin1 := []byte("<html><head><meta charset=\"iso-8859-1\"></head><body>Caf\xe9 na\xefve</body></html>")
	cases := []struct {
		name     string
		raw      []byte
		html     bool
		want     string // substring of the decoded text
		charset  string
		note     bool
		wantErr  error
		wantText bool
	}{
		{name: "utf8", raw: []byte("Café naïve"), want: "Café naïve", charset: "utf-8"},
		{name: "utf8 bom", raw: []byte("\xEF\xBB\xBFhello"), want: "hello", charset: "utf-8"},
		{name: "declared latin1", raw: latin1, html: true, want: "Café naïve", charset: "windows-1252", note: true},
		{name: "undeclared latin1", raw: []byte("Caf\xe9 cr\xe8me br\xfbl\xe9e"), want: "Café crème brûlée", charset: "windows-1252", note: true},
		{name: "mostly utf8", raw: []byte("Café naïve résumé déjà vu\xff"), want: "Café naïve résumé déjà vu\uFFFD", charset: "utf-8", note: true},
		{name: "utf16 bom", raw: []byte("\xFF\xFEh\x00i\x00"), want: "hi", charset: "utf-16le", note: true},
		{name: "empty", raw: []byte(" \n\t "), wantErr: errEmpty},
		{name: "binary", raw: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), wantErr: errBinary},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := decode(c.raw, c.html, "")
			if c.wantErr != nil {
				if !errors.Is(err, c.wantErr) {
					t.Fatalf("err = %v, want %v", err, c.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(string(got.Text), c.want) {
				t.Errorf("text = %q, want it to contain %q", got.Text, c.want)
			}
			if got.Charset != c.charset {
				t.Errorf("charset = %q, want %q", got.Charset, c.charset)
			}
			if (got.Note != "") != c.note {
				t.Errorf("note = %q, want a note: %v", got.Note, c.note)
			}
		})
	}
}

// writeTree creates files under a temp dir and returns its path.
func writeTree(t *testing.T, files map[string][]byte) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func TestFilesWalk(t *testing.T) {
	dir := writeTree(t, map[string][]byte{
		"b/story.txt":       []byte("Title\n\nBody text here."),
		"a/page.html":       []byte("<html><body><p>Hello</p></body></html>"),
		"a/page2.htm.gz":    gz(t, []byte("<html><body><p>Zipped</p></body></html>")),
		"c/feed.jsonl":      []byte("{\"title\":\"One\",\"text\":\"First text.\"}\n\nnot json\n{\"url\":\"https://x.example/a\",\"html\":\"<p>Second</p>\",\"published\":\"2025-03-12T08:15:00+01:00\",\"lang\":\" pt-BR \"}\n{\"title\":\"no body\"}\n"),
		"README.md":         []byte("# not an article"),
		"answers.json":      []byte("{}"),
		".hidden/skip.txt":  []byte("Hidden\n\nnot read"),
		"d/empty.txt":       {},
		"d/blob.html":       []byte("\x00\x01\x02binary\x00"),
		"d/broken.txt.gz":   []byte("not gzip at all"),
		"e/latin.html":      []byte("<html><head><meta charset=\"latin1\"></head><body><p>Z\xfcrich</p></body></html>"),
		"e/.swp.html":       []byte("<p>editor swap file</p>"),
		"e/notes.unknownxt": []byte("ignored in folders"),
		// wget saves a page whose URL has no extension under a bare name;
		// a bare name that is no page (a licence, a binary) is passed over
		"f/harbour-vote":   []byte("<!DOCTYPE html><html><body><p>Saved by wget</p></body></html>"),
		"f/ferry-fares.gz": gz(t, []byte("<html><body><p>Zipped bare page</p></body></html>")),
		"f/LICENSE":        []byte("Permission is granted to anyone."),
		"f/core":           []byte("\x7fELF\x00\x00binary"),
	})
	var sources, errs []string
	var docs []chorus.Document
	for doc, err := range DefaultLimits.Files([]string{dir}) {
		if err != nil {
			var ie *chorus.InputError
			if !errors.As(err, &ie) || !errors.Is(err, chorus.ErrSkipped) {
				t.Fatalf("error %v is not an InputError", err)
			}
			errs = append(errs, strings.TrimPrefix(ie.Source, dir+"/")+": "+ie.Reason)
			continue
		}
		docs = append(docs, doc)
		sources = append(sources, strings.TrimPrefix(doc.Source, dir+"/"))
	}
	wantSources := []string{"a/page.html", "a/page2.htm.gz", "b/story.txt", "c/feed.jsonl:1", "c/feed.jsonl:4", "e/latin.html",
		"f/ferry-fares.gz", "f/harbour-vote"}
	if strings.Join(sources, ",") != strings.Join(wantSources, ",") {
		t.Errorf("sources = %v, want %v", sources, wantSources)
	}
	wantErrs := []string{"c/feed.jsonl:3: not a JSON object", "c/feed.jsonl:5: record has neither text nor html",
		"d/blob.html: binary content, not text or HTML", "d/broken.txt.gz: not valid gzip", "d/empty.txt: empty file"}
	if strings.Join(errs, ",") != strings.Join(wantErrs, ",") {
		t.Errorf("errors =\n%v\nwant\n%v", errs, wantErrs)
	}
	for _, d := range docs {
		switch {
		case strings.HasSuffix(d.Source, "feed.jsonl:4"):
			if d.Format != chorus.FormatHTML || d.Hints.URL != "https://x.example/a" || d.Hints.Published.IsZero() || d.Hints.Lang != "pt-BR" {
				t.Errorf("jsonl html record read as %+v", d)
			}
		case strings.HasSuffix(d.Source, "latin.html"):
			if !strings.Contains(string(d.Body), "Zürich") || len(d.Notes) == 0 {
				t.Errorf("latin1 page: body %q notes %v", d.Body, d.Notes)
			}
		case strings.HasSuffix(d.Source, "page2.htm.gz"):
			if d.Format != chorus.FormatHTML || !strings.Contains(string(d.Body), "Zipped") {
				t.Errorf("gzipped page read as %q", d.Body)
			}
		}
		if d.RawHash == "" {
			t.Errorf("%s has no raw hash", d.Source)
		}
	}
}

// A folder of links picks articles out of an archive: a link to a file is
// read, a link to a folder is not followed (it could loop), and a link
// whose file is gone is reported.
func TestFilesWalkFollowsLinksToFiles(t *testing.T) {
	archive := writeTree(t, map[string][]byte{
		"2025/kaskel-gate.txt": []byte("Kaskel gate inspected\n\nEngineers checked the spillway gate on Monday."),
		"2025/other.txt":       []byte("Ferry timetable\n\nThe winter timetable starts in November."),
	})
	picks := t.TempDir()
	for link, target := range map[string]string{
		"gate.txt": filepath.Join(archive, "2025/kaskel-gate.txt"),
		"year":     filepath.Join(archive, "2025"),
		"gone.txt": filepath.Join(archive, "2025/deleted.txt"),
		"loop":     picks,
	} {
		if err := os.Symlink(target, filepath.Join(picks, link)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	var sources, errs []string
	for doc, err := range DefaultLimits.Files([]string{picks}) {
		if err != nil {
			var ie *chorus.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an InputError", err)
			}
			errs = append(errs, strings.TrimPrefix(ie.Source, picks+"/")+": "+ie.Reason)
			continue
		}
		sources = append(sources, strings.TrimPrefix(doc.Source, picks+"/"))
	}
	if strings.Join(sources, ",") != "gate.txt" {
		t.Errorf("sources = %v, want only the linked file", sources)
	}
	if strings.Join(errs, ",") != "gone.txt: cannot read the file it links to" {
		t.Errorf("errors = %v, want the broken link reported", errs)
	}
}

func TestFilesLimits(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.html")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	// a sparse 50 MB file: the size check must refuse it without reading it
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	bomb := filepath.Join(dir, "bomb.txt.gz")
	if err := os.WriteFile(bomb, gz(t, bytes.Repeat([]byte("a"), 11<<20)), 0o644); err != nil {
		t.Fatal(err)
	}
	longLine := filepath.Join(dir, "long.jsonl")
	if err := os.WriteFile(longLine, []byte("{\"text\":\""+strings.Repeat("x", 2048)+"\"}\n{\"text\":\"short one\"}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	lim := DefaultLimits
	var got []string
	for doc, err := range lim.Files([]string{big, bomb, filepath.Join(dir, "missing.txt")}) {
		if err == nil {
			t.Fatalf("unexpected document %s", doc.Source)
		}
		got = append(got, strings.TrimPrefix(err.Error(), dir+"/"))
	}
	want := []string{
		"big.html: file is 50.0 MiB, over the 10.0 MiB limit",
		"bomb.txt.gz: over the 10.0 MiB limit once decompressed",
		"missing.txt: cannot read: no such file or directory",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	small := Limits{MaxDocumentBytes: 1024, MaxStreamBytes: 1 << 20}
	var n int
	var errsSeen []string
	for _, err := range small.Files([]string{longLine}) {
		if err != nil {
			errsSeen = append(errsSeen, strings.TrimPrefix(err.Error(), dir+"/"))
			continue
		}
		n++
	}
	if n != 1 || len(errsSeen) != 1 || errsSeen[0] != "long.jsonl:1: line over the 1.0 KiB limit" {
		t.Errorf("long line: %d docs, errors %v", n, errsSeen)
	}
}

func TestExplicitFileSniffed(t *testing.T) {
	dir := writeTree(t, map[string][]byte{"page.bin": []byte("<!DOCTYPE html><html><body><p>x</p></body></html>"), "note": []byte("Just text")})
	for doc, err := range DefaultLimits.Files([]string{filepath.Join(dir, "page.bin"), filepath.Join(dir, "note")}) {
		if err != nil {
			t.Fatal(err)
		}
		want := chorus.FormatText
		if strings.HasSuffix(doc.Source, ".bin") {
			want = chorus.FormatHTML
		}
		if doc.Format != want {
			t.Errorf("%s: format %s, want %s", doc.Source, doc.Format, want)
		}
	}
}

func TestParseTime(t *testing.T) {
	for _, s := range []string{"2025-03-12T08:15:00+01:00", "2025-03-12", "2025-03-12 08:15:00", "Wed, 12 Mar 2025 08:15:00 +0100", "12 March 2025"} {
		if _, err := ParseTime(s); err != nil {
			t.Errorf("ParseTime(%q): %v", s, err)
		}
	}
	if _, err := ParseTime("yesterday-ish"); err == nil {
		t.Error("ParseTime accepted nonsense")
	}
}

// Saved feeds are told by their extension in folders and by their content
// when named; each goes to the feed reader the caller hands in, and without
// one it is refused by name rather than read as a page.
func TestFeedFilesGoToTheFeedReader(t *testing.T) {
	rss := []byte(`<?xml version="1.0"?><!-- saved --><rss version="2.0"><channel></channel></rss>`)
	jsonFeed := []byte(`{"version": "https://jsonfeed.org/version/1.1", "items": []}`)
	dir := writeTree(t, map[string][]byte{
		"a.rss": rss, "b.xml": rss, "c.atom.gz": gz(t, rss), "d.json": jsonFeed, "page.bin": rss,
		"e.html": []byte("<?xml version=\"1.0\"?><!DOCTYPE html><html><body><p>Page</p></body></html>"),
	})
	var read []string
	limits := DefaultLimits
	limits.Feeds = func(source string, raw []byte) ([]chorus.Document, []error) {
		if !bytes.Equal(raw, rss) && !bytes.Equal(raw, jsonFeed) {
			t.Errorf("%s: feed reader got %q", source, raw)
		}
		read = append(read, filepath.Base(source))
		return []chorus.Document{{Source: source + "#1"}}, []error{&chorus.InputError{Source: source + "#2", Reason: "entry carries no text"}}
	}
	var docs, errs []string
	for doc, err := range limits.Files([]string{dir, filepath.Join(dir, "d.json"), filepath.Join(dir, "page.bin")}) {
		if err != nil {
			errs = append(errs, filepath.Base(err.Error()))
			continue
		}
		docs = append(docs, filepath.Base(doc.Source))
	}
	// d.json is read only when named: a folder's .json files are not feeds
	wantRead := []string{"a.rss", "b.xml", "c.atom.gz", "d.json", "page.bin"}
	if diff := cmp.Diff(wantRead, read); diff != "" {
		t.Errorf("files handed to the feed reader (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"a.rss#1", "b.xml#1", "c.atom.gz#1", "e.html", "d.json#1", "page.bin#1"}, docs); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
	if len(errs) != 5 || errs[0] != "a.rss#2: entry carries no text" {
		t.Errorf("errors = %v, want the reader's five", errs)
	}
	for _, err := range DefaultLimits.Files([]string{filepath.Join(dir, "a.rss")}) {
		if err == nil || !strings.Contains(err.Error(), "a feed file, which this command does not read") {
			t.Errorf("without a feed reader: %v", err)
		}
	}
}
