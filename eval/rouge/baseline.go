package rouge

import "strings"

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
