// Package names reads the cross-document name-variant set
// (ecbplus-names: gold clusters of proper-name mentions of one entity
// across the documents of an ECB+ topic) and scores a clustering of its
// mention strings with BCubed within each topic.
package names

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"sort"
	"strings"

	"github.com/chorusnews/chorus"
)

// Mention is one gold mention: a string written in one document.
type Mention struct {
	Doc  string
	Text string
	// Type is the chain's type mapped to the tagger's classes.
	Type chorus.EntityType
	// Chain is the index of the gold chain within its topic.
	Chain int
}

// Topic holds all mentions of one topic, chain by chain, in file order.
type Topic struct {
	ID       string
	Chains   []string
	Mentions []Mention
}

// row is one line of the JSONL file.
type row struct {
	Topic    string     `json:"topic"`
	Chain    string     `json:"chain"`
	Type     string     `json:"type"`
	Mentions [][]string `json:"mentions"`
}

// ReadFile reads a names JSONL file.
func ReadFile(path string) ([]Topic, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f)
}

// Read reads names JSONL ({topic, chain, type, mentions: [[doc, string]…]}
// per line) into topics ordered as they first appear.
func Read(r io.Reader) ([]Topic, error) {
	var topics []Topic
	index := map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var rw row
		if err := json.Unmarshal(sc.Bytes(), &rw); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		ti, ok := index[rw.Topic]
		if !ok {
			ti = len(topics)
			index[rw.Topic] = ti
			topics = append(topics, Topic{ID: rw.Topic})
		}
		t := &topics[ti]
		chain := len(t.Chains)
		t.Chains = append(t.Chains, rw.Chain)
		for _, m := range rw.Mentions {
			if len(m) != 2 {
				return nil, fmt.Errorf("line %d: mention with %d fields, want [doc, string]", line, len(m))
			}
			t.Mentions = append(t.Mentions, Mention{Doc: m[0], Text: Detokenize(m[1]), Type: mapType(rw.Type), Chain: chain})
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	sort.SliceStable(topics, func(i, j int) bool { return topicLess(topics[i].ID, topics[j].ID) })
	return topics, nil
}

// topicLess orders topic ids numerically when they are numbers.
func topicLess(a, b string) bool {
	if len(a) != len(b) && isNum(a) && isNum(b) {
		return len(a) < len(b)
	}
	return a < b
}

func isNum(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// mapType maps an ECB+ entity class to the tagger's classes: people,
// organisations, and places (geographic, facilities and political
// entities, which a CoNLL tagger calls locations).
func mapType(t string) chorus.EntityType {
	switch {
	case strings.HasSuffix(t, "_PER"):
		return chorus.EntityPerson
	case strings.HasSuffix(t, "_ORG"):
		return chorus.EntityOrganization
	case strings.HasPrefix(t, "LOC"), strings.HasSuffix(t, "_GPE"):
		return chorus.EntityLocation
	}
	return chorus.EntityMisc
}

var (
	spaceBefore = regexp.MustCompile(`\s+([.,)]|'s\b|'$)`)
	spaceAfter  = regexp.MustCompile(`([(])\s+`)
	initialsGap = regexp.MustCompile(`\b([A-Z])\. (?:([A-Z])\.)`)
	domainGap   = regexp.MustCompile(`\. (com|net|org)\b`)
	hyphenGap   = regexp.MustCompile(`(\w) - (\w)`)
)

// Detokenize undoes the token spacing of the data ("Mr . LaRue",
// "Iran 's", "U . S .", "TMZ . com", "Co - workers") so that mention
// strings read as they were written.
func Detokenize(s string) string {
	s = spaceBefore.ReplaceAllString(s, "$1")
	s = spaceAfter.ReplaceAllString(s, "$1")
	for {
		t := initialsGap.ReplaceAllString(s, "$1.$2.")
		if t == s {
			break
		}
		s = t
	}
	s = domainGap.ReplaceAllString(s, ".$1")
	s = hyphenGap.ReplaceAllString(s, "$1-$2")
	return strings.TrimSpace(s)
}
