package clustering

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits on what ReadDir accepts, so that a wrong path (a home directory)
// fails fast instead of filling memory. Multi-News val500 is 16 MB.
const (
	maxDirClusters = 20000
	maxDirFiles    = 1000
	maxDirFileSize = 4 << 20
	maxDirTotal    = 1 << 30
)

// ReadDir reads a summarisation set laid out as DIR/<cluster>/docs/*.txt
// (DUC 2003, Multi-News) as a clustering set: every cluster folder is one
// gold event and one gold topic, since each holds reports of one story.
// Other files (refs/, meta.json, a subset list) are ignored. A document's
// title is its first line when that looks like a headline (see
// splitTitle), and its publication date comes from its file name when
// that carries one (APW19981017.0151); otherwise it has none.
//
// The given order is publication order when every document is dated (ties
// keep folder and file order), as a news stream would arrive; else it is
// folder by folder, files in name order.
func ReadDir(dir string) (*Set, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("read clusters: %w", err)
	}
	set := &Set{HasTopic: true}
	var total int64
	clusters := 0
	for _, e := range entries { // os.ReadDir sorts by name
		docs := filepath.Join(dir, e.Name(), "docs")
		files, err := os.ReadDir(docs)
		if errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrInvalid) || isNotDir(err) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("cluster %s: %w", e.Name(), err)
		}
		if clusters++; clusters > maxDirClusters {
			return nil, fmt.Errorf("%s holds more than %d clusters", dir, maxDirClusters)
		}
		n := 0
		for _, f := range files {
			if !strings.HasSuffix(f.Name(), ".txt") || f.IsDir() {
				continue
			}
			if n++; n > maxDirFiles {
				return nil, fmt.Errorf("%s holds more than %d files", docs, maxDirFiles)
			}
			b, err := readLimited(filepath.Join(docs, f.Name()))
			if err != nil {
				return nil, err
			}
			if total += int64(len(b)); total > maxDirTotal {
				return nil, fmt.Errorf("over %d bytes in total at %s", maxDirTotal, docs)
			}
			name := strings.TrimSuffix(f.Name(), ".txt")
			title, text := splitTitle(string(b))
			set.Items = append(set.Items, Item{
				ID: e.Name() + "/" + name, Title: title, Text: text,
				Published: dateFromName(name), Event: e.Name(), Topic: e.Name(),
			})
		}
	}
	if len(set.Items) == 0 {
		return nil, fmt.Errorf("no <cluster>/docs/*.txt in %s", dir)
	}
	dated := true
	for _, it := range set.Items {
		dated = dated && !it.Published.IsZero()
	}
	if dated {
		sort.SliceStable(set.Items, func(i, j int) bool { return set.Items[i].Published.Before(set.Items[j].Published) })
	}
	return set, nil
}

func isNotDir(err error) bool {
	var pe *fs.PathError
	return errors.As(err, &pe) && strings.Contains(pe.Err.Error(), "not a directory")
}

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxDirFileSize+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxDirFileSize {
		return nil, fmt.Errorf("%s is over the %d-byte limit", path, maxDirFileSize)
	}
	return b, nil
}

// splitTitle takes the first line as the title when it looks like one: at
// most 20 words, not ending as a sentence ends, and followed by more text.
// Newswire files open with a dateline sentence ("LONDON (AP) _ ...") and
// Multi-News ones with a paragraph; neither is a headline, and a long
// title would weigh a whole lead paragraph up as one.
func splitTitle(s string) (title, text string) {
	s = strings.TrimLeft(s, " \t\r\n")
	i := strings.IndexByte(s, '\n')
	if i < 0 {
		return "", s
	}
	first, rest := strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+1:])
	if first == "" || rest == "" || len(strings.Fields(first)) > 20 {
		return "", s
	}
	last, _ := utf8.DecodeLastRuneInString(first)
	if strings.ContainsRune(`.,;:!?"'”’»_`, last) {
		return "", s
	}
	return first, rest
}

// rxNameDate finds a date in a file name: DUC/TDT names (APW19981017.0151,
// XIE19980304.0061) or an ISO date (2024-03-05-report).
var rxNameDate = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)\d{2})-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?:[^0-9]|$)`)

// dateFromName returns the date a file name carries (midnight UTC), or the
// zero time.
func dateFromName(name string) time.Time {
	m := rxNameDate.FindStringSubmatch(name)
	if m == nil {
		return time.Time{}
	}
	t, err := time.Parse("20060102", m[1]+m[2]+m[3])
	if err != nil {
		return time.Time{}
	}
	return t
}
