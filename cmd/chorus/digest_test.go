package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chorusnews/chorus/internal/evaldata"
)

// runChorus runs the CLI in-process with args and returns what it printed.
func runChorus(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	rootCmd.SetOut(&out)
	rootCmd.SetErr(&errOut)
	rootCmd.SetArgs(args)
	err = rootCmd.Execute()
	return out.String(), errOut.String(), err
}

// TestDigestBadInput feeds digest a folder of good and bad files: every bad
// one is named on stderr with its reason, the good ones still make a story,
// and the command reports that something was skipped.
func TestDigestBadInput(t *testing.T) {
	dir := t.TempDir()
	good := "Harbour crane inspection ordered after accident\n\n" +
		"Inspectors will examine every crane at the Lowmere container terminal after a cable snapped on Monday, the port authority said on Tuesday.\n\n" +
		"Nobody was hurt when the cable broke, but work on two berths stopped for six hours while engineers checked the machine.\n\n" +
		"The authority said the inspection would take about a week and that ships would be moved to other berths in the meantime.\n"
	files := map[string][]byte{
		"good.txt":      []byte(good),
		"good2.txt":     []byte(good), // saved twice
		"empty.txt":     {},
		"binary.html":   {0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R', 0, 1, 2},
		"latin1.html":   []byte("<html><head><title>Z\xfcrich port reopens</title></head><body><article><p>The port of Z\xfcrich-Lowmere reopened on Wednesday after inspectors cleared all eleven cranes, the authority said, ending a week of delays for shippers who had diverted cargo to other terminals along the coast.</p><p>Officials said the caf\xe9 on the quay would reopen too.</p></article></body></html>"),
		"records.jsonl": []byte("{\"title\":\"Crane checks finish early\",\"text\":\"Crane checks at Lowmere finished a day early, the port authority said on Thursday, and all berths are back in use after inspectors found no further faults in the cables.\"}\nthis line is not json\n"),
		"notes.txt":     []byte("Broken bytes \xff\xfe\xfd in a text that is neither UTF-8 nor anything else \x81\x8d\x8f\x90\x9d"),
		// a saved feed: its entries are read from their own content
		"wire.rss": []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>Lowmere Ledger</title><link>https://ledger.example/</link>
<item><title>Lowmere berths reopen</title><link>/port/berths</link><pubDate>Thu, 06 Mar 2025 10:00:00 GMT</pubDate>
<description>All six berths at the Lowmere container terminal were back in use on Thursday after the last of the crane inspections ended without finding another worn cable, the port authority said.</description></item>
<item><title>Photo gallery</title><link>https://ledger.example/port/photos</link></item>
</channel></rss>`),
		"broken.xml": []byte(`<rss><channel><item><title>Cut off`),
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	big, err := os.Create(filepath.Join(dir, "huge.html"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	big.Close()

	stdout, stderr, err := runChorus(t, "digest", "--format", "json", dir)
	if !errors.Is(err, errSomeSkipped) {
		t.Fatalf("err = %v, want errSomeSkipped (exit status %d)", err, exitSkipped)
	}
	for _, want := range []string{
		"empty.txt: empty file",
		"binary.html: binary content",
		"huge.html: file is 50.0 MiB, over the 10.0 MiB limit",
		"records.jsonl:2: not a JSON object",
		"latin1.html: not valid UTF-8; read as windows-1252",
		"broken.xml: broken feed",
		"wire.rss#2: entry carries no text",
		"good2.txt: the same bytes as " + filepath.Join(dir, "good.txt") + ", read once",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	var doc struct {
		Stories []struct {
			Articles []struct {
				Source string `json:"source"`
				Text   string `json:"text"`
			} `json:"articles"`
		} `json:"stories"`
	}
	if err := json.Unmarshal([]byte(stdout), &doc); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout)
	}
	var sources []string
	for _, s := range doc.Stories {
		for _, a := range s.Articles {
			sources = append(sources, filepath.Base(a.Source))
			if strings.Contains(a.Source, "latin1") && !strings.Contains(a.Text, "Zürich") {
				t.Errorf("latin-1 page decoded wrongly: %q", a.Text)
			}
		}
	}
	for _, want := range []string{"good.txt", "latin1.html", "records.jsonl:1", "wire.rss#1"} {
		if !strings.Contains(strings.Join(sources, " "), want) {
			t.Errorf("article from %s missing; got %v", want, sources)
		}
	}
}

func TestDigestUsage(t *testing.T) {
	if _, _, err := runChorus(t, "digest", "--format", "pdf", "x"); err == nil || !errors.As(err, new(usageError)) {
		t.Errorf("bad format: err = %v, want a usage error", err)
	}
	_, _, err := runChorus(t, "digest", "--format", "md", "--words", "120", filepath.Join(t.TempDir(), "nothing-here"))
	if err == nil {
		t.Error("digest of a missing path succeeded")
	}
}

// TestIngestAndRead runs ingest twice into one database, then stories and story.
func TestIngestAndRead(t *testing.T) {
	examples := filepath.Join(evaldata.RepoRoot(t), "examples")
	db := filepath.Join(t.TempDir(), "chorus.db")
	out, _, err := runChorus(t, "ingest", "--db", db, examples)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "ingested 17 new articles into 3 stories") {
		t.Errorf("first ingest: %s", out)
	}
	out, _, err = runChorus(t, "ingest", "--db", db, examples)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "ingested 0 new articles") || !strings.Contains(out, "17 already stored") {
		t.Errorf("second ingest: %s", out)
	}
	out, _, err = runChorus(t, "stories", "--db", db, "--format", "json")
	if err != nil {
		t.Fatal(err)
	}
	var list struct {
		Stories []struct {
			ID       string `json:"id"`
			Articles int    `json:"articles"`
		} `json:"stories"`
	}
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list.Stories) != 3 {
		t.Fatalf("stories: %v %s", err, out)
	}
	out, _, err = runChorus(t, "story", "--db", db, "--format", "md", list.Stories[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, "# ") || !strings.Contains(out, "## Sources") {
		t.Errorf("story markdown:\n%s", out)
	}
	if _, _, err := runChorus(t, "story", "--db", db, "--format", "md", "s-missing"); err == nil {
		t.Error("story of an unknown id succeeded")
	}
}
