package clustering

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/chorusnews/chorus/eval/rouge"
	"github.com/chorusnews/chorus/extract"
)

// ReadDir reads a summarisation set laid out as DIR/<cluster>/docs/*.txt
// (DUC 2003, Multi-News) as a clustering set: every cluster folder is one
// gold event and one gold topic, since each holds reports of one story.
// The folders are read as the summarisation evaluation reads them (see
// rouge.ReadDocs, with its limits), references not needed. A document's
// title is its first line when that looks like a headline (see
// splitTitle), and its publication date comes from its file name when
// that carries one (APW19981017.0151); otherwise it has none.
//
// The given order is publication order when every document is dated (ties
// keep folder and file order), as a news stream would arrive; else it is
// folder by folder, files in name order.
func ReadDir(dir string) (*Set, error) {
	clusters, err := rouge.ReadDocs(dir)
	if err != nil {
		return nil, err
	}
	set := &Set{HasTopic: true}
	for _, c := range clusters {
		for _, d := range c.Docs {
			title, text := splitTitle(d.Text)
			set.Items = append(set.Items, Item{
				ID: c.Name + "/" + d.Name, Title: title, Text: text,
				Published: dateOf(d.Name), Event: c.Name, Topic: c.Name,
			})
		}
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

// dateOf is the day a document's file name gives, as chorus itself reads
// it when the file is ingested (midnight UTC), or the zero time.
func dateOf(name string) time.Time {
	t, _ := extract.DateInFileName(name)
	return t
}
