package rouge

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/ingest"
)

// Cluster is one multi-document summarisation problem: the documents to
// summarise and the human reference summaries to score against.
type Cluster struct {
	// Name is the cluster's folder name (d30003t, mnval00001).
	Name string
	// Docs are the source documents in file-name order.
	Docs []Doc
	// Refs are the reference summaries' texts in file-name order.
	Refs []string
}

// Doc is one source document of a cluster.
type Doc struct {
	// Name is the file name without its .txt extension.
	Name string
	// Text is the file's content, unchanged.
	Text string
}

// Limits on what ReadClusters accepts, so that a wrong path (a home
// directory, a disk image) fails fast instead of filling memory. The
// evaluation sets are far below them: Multi-News val500 is 16 MB in 500
// clusters of at most 10 documents.
const (
	MaxClusters        = 20000
	MaxFilesPerCluster = 1000
	MaxFileBytes       = 4 << 20
	MaxTotalBytes      = 1 << 30
)

// ReadClusters reads a summarisation set laid out as
// DIR/<cluster>/docs/*.txt and DIR/<cluster>/refs/*.txt, sorted by cluster
// name. Every cluster folder must have a refs folder with at least one .txt
// file; docs is optional (its absence leaves Docs empty). Files at the top
// level (a subset list) and other files in a cluster folder (meta.json) are
// ignored.
func ReadClusters(dir string) ([]Cluster, error) {
	return readClusters(dir, reader{})
}

// ReadDocs reads the clusters of a set laid out as DIR/<cluster>/docs/*.txt
// whose references may be missing, for uses that only need the documents
// (clustering them, measuring the claims they make): a cluster folder
// without a docs folder or without documents is skipped, and refs is read
// when present.
func ReadDocs(dir string) ([]Cluster, error) {
	return readClusters(dir, reader{docsOnly: true})
}

func readClusters(dir string, r reader) ([]Cluster, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	var out []Cluster
	for _, e := range entries { // ReadDir sorts by name
		if !isDir(dir, e) {
			continue
		}
		if len(out) == MaxClusters {
			return nil, fmt.Errorf("read clusters: %s holds more than %d clusters", dir, MaxClusters)
		}
		c, err := r.cluster(filepath.Join(dir, e.Name()), e.Name())
		if err != nil {
			return nil, fmt.Errorf("read clusters: %w", err)
		}
		if r.docsOnly && len(c.Docs) == 0 {
			continue
		}
		out = append(out, c)
	}
	if len(out) == 0 && r.docsOnly {
		return nil, fmt.Errorf("read clusters: no <cluster>/docs/*.txt in %s", dir)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("read clusters: no cluster folder in %s", dir)
	}
	return out, nil
}

// isDir reports whether a directory entry is a folder, following symlinks.
func isDir(parent string, e fs.DirEntry) bool {
	if e.IsDir() {
		return true
	}
	if e.Type()&fs.ModeSymlink == 0 {
		return false
	}
	st, err := os.Stat(filepath.Join(parent, e.Name()))
	return err == nil && st.IsDir()
}

// reader keeps the running byte total across clusters; docsOnly lets
// references be missing.
type reader struct {
	total    int64
	docsOnly bool
}

func (r *reader) cluster(path, name string) (Cluster, error) {
	c := Cluster{Name: name}
	refs, err := r.texts(filepath.Join(path, "refs"))
	if r.docsOnly && (errors.Is(err, fs.ErrNotExist) || err == nil && len(refs) == 0) {
		refs, err = nil, nil
	} else if errors.Is(err, fs.ErrNotExist) {
		return c, fmt.Errorf("cluster %s: no refs folder", name)
	}
	if err != nil {
		return c, fmt.Errorf("cluster %s: %w", name, err)
	}
	if len(refs) == 0 && !r.docsOnly {
		return c, fmt.Errorf("cluster %s: refs holds no .txt file", name)
	}
	for _, d := range refs {
		c.Refs = append(c.Refs, d.Text)
	}
	docs, err := r.texts(filepath.Join(path, "docs"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return c, fmt.Errorf("cluster %s: %w", name, err)
	}
	c.Docs = docs
	return c, nil
}

// texts reads the .txt files of one folder in name order.
func (r *reader) texts(dir string) ([]Doc, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []Doc
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".txt") || isDir(dir, e) {
			continue
		}
		if len(out) == MaxFilesPerCluster {
			return nil, fmt.Errorf("%s holds more than %d files", dir, MaxFilesPerCluster)
		}
		text, err := r.file(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		out = append(out, Doc{Name: strings.TrimSuffix(name, ".txt"), Text: text})
	}
	return out, nil
}

// file reads one text file within the size limits.
func (r *reader) file(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, MaxFileBytes+1))
	if err != nil {
		return "", err
	}
	if len(b) > MaxFileBytes {
		return "", fmt.Errorf("%s is over the %d-byte limit", path, MaxFileBytes)
	}
	r.total += int64(len(b))
	if r.total > MaxTotalBytes {
		return "", fmt.Errorf("over %d bytes in total at %s", MaxTotalBytes, path)
	}
	return string(b), nil
}

// Documents turns a cluster's files into documents as the JSON Lines
// reader would from {"title", "text", "published", "outlet"} records: the
// title is the file name, because the sets' texts carry no headline and
// the text reader would otherwise take the lead paragraph for one, and a
// DUC-style name (APW19981017.0151) gives the agency and the day. A file
// with no text is left out.
func (c Cluster) Documents() []chorus.Document {
	docs := make([]chorus.Document, 0, len(c.Docs))
	for _, d := range c.Docs {
		rec := ingest.Record{Title: d.Name, Text: d.Text}
		if m := rxDUCName.FindStringSubmatch(d.Name); m != nil {
			rec.Outlet = m[1]
			rec.Published = m[2] + "-" + m[3] + "-" + m[4]
		}
		line, err := json.Marshal(rec)
		if err != nil {
			continue // a struct of strings always marshals
		}
		doc, err := ingest.RecordDocument(c.Name+"/docs/"+d.Name+".txt", line)
		if err != nil {
			continue // empty text: the cluster goes on without it
		}
		docs = append(docs, doc)
	}
	return docs
}

// rxDUCName reads the agency and date from a DUC document name.
var rxDUCName = regexp.MustCompile(`^([A-Z]{3})(\d{4})(\d{2})(\d{2})\.\d+$`)

// Baselines every summariser should beat; the eval commands print them as
// anchors, and the agreement tests score them with both scorers.

// Lead returns the first words words of the cluster's first document (in
// file-name order), cut as Truncate cuts; words <= 0 keeps the whole
// document. It is "" for a cluster without documents.
func Lead(c Cluster, words int) string {
	if len(c.Docs) == 0 {
		return ""
	}
	return Truncate(c.Docs[0].Text, words)
}

// RoundRobin takes the first sentence of every document in file-name order,
// then every second sentence, and so on, one sentence per line, until it
// holds words words, and cuts it there; words <= 0 stops after the first
// sentences. Sentences are split as rouge.sh splits them.
func RoundRobin(c Cluster, words int) string {
	sents := make([][]string, len(c.Docs))
	longest := 0
	for i, d := range c.Docs {
		sents[i] = splitLines(d.Text, true)
		longest = max(longest, len(sents[i]))
	}
	var lines []string
	have := 0
	for k := 0; k < longest; k++ {
		for _, s := range sents {
			if k >= len(s) {
				continue
			}
			lines = append(lines, s[k])
			have += CountWords(s[k])
			if words > 0 && have >= words {
				return Truncate(strings.Join(lines, "\n"), words)
			}
		}
		if words <= 0 {
			break
		}
	}
	return strings.Join(lines, "\n")
}
