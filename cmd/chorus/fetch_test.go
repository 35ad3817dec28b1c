package main

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestInputDocumentsMixesPathsAndURLs checks the reader ingest and digest
// are to share: files first, then URLs, each failure yielded and the rest
// still read.
func TestInputDocumentsMixesPathsAndURLs(t *testing.T) {
	t.Setenv("CHORUS_ALLOW_PRIVATE_NETWORKS", "true")
	srv := followWeb(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "note.txt")
	if err := os.WriteFile(path, []byte("Harbour notes\n\nThe tide table for March was printed a week late this year.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	var got, failed []string
	args := []string{srv.URL + "/a/feed.xml", path, srv.URL + "/b/1", srv.URL + "/missing"}
	for doc, err := range inputDocuments(ctx, args, fetchFlags{timeout: 5 * time.Second}) {
		if err != nil {
			failed = append(failed, err.Error())
			continue
		}
		got = append(got, strings.TrimPrefix(doc.Source, srv.URL))
	}
	// Files come first; the test feed lists its items in map order, so the
	// URL documents are compared as a set.
	want := []string{"/a/1?utm_source=rss", "/a/2?utm_source=rss", "/b/1"}
	if len(got) != 4 || got[0] != path {
		t.Fatalf("documents %v, want %s first, then %v", got, path, want)
	}
	rest := append([]string(nil), got[1:]...)
	slices.Sort(rest)
	if strings.Join(rest, " ") != strings.Join(want, " ") {
		t.Errorf("URL documents %v, want %v", rest, want)
	}
	if len(failed) != 1 || !strings.Contains(failed[0], "/missing") {
		t.Errorf("failures %v", failed)
	}
}
