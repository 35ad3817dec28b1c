package names

import (
	"strings"
	"time"
)

// Item is one mention as a clustering method reads it.
type Item struct {
	Doc, Text string
	Type      string
}

// Method clusters the mentions of one topic: it returns a group number
// per mention.
type Method func(items []Item) []int

// Scores are BCubed precision, recall and F1 in percent, micro-averaged
// over mentions: each mention's precision is the share of its predicted
// cluster that is in its gold cluster, its recall the share of its gold
// cluster that is in its predicted cluster (Bagga and Baldwin 1998),
// clusters taken within one topic.
type Scores struct {
	P, R, F1 float64
	Mentions int
}

// Counts accumulate per-mention BCubed precision and recall.
type Counts struct {
	P, R     float64
	Mentions int
}

// Add adds the counts of o.
func (c *Counts) Add(o Counts) {
	c.P += o.P
	c.R += o.R
	c.Mentions += o.Mentions
}

// Scores returns the micro-averaged scores.
func (c Counts) Scores() Scores {
	if c.Mentions == 0 {
		return Scores{}
	}
	p, r := 100*c.P/float64(c.Mentions), 100*c.R/float64(c.Mentions)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return Scores{P: p, R: r, F1: f, Mentions: c.Mentions}
}

// BCubed compares one topic's predicted groups with its gold chains.
func BCubed(gold, pred []int) Counts {
	var c Counts
	for _, m := range PerMention(gold, pred) {
		c.Add(m)
	}
	return c
}

// PerMention returns each mention's own BCubed precision and recall.
func PerMention(gold, pred []int) []Counts {
	type cell struct{ g, p int }
	both := map[cell]int{}
	ng, np := map[int]int{}, map[int]int{}
	for i := range gold {
		both[cell{gold[i], pred[i]}]++
		ng[gold[i]]++
		np[pred[i]]++
	}
	out := make([]Counts, len(gold))
	for i := range gold {
		n := float64(both[cell{gold[i], pred[i]}])
		out[i] = Counts{P: n / float64(np[pred[i]]), R: n / float64(ng[gold[i]]), Mentions: 1}
	}
	return out
}

// TopicResult is one topic's scores.
type TopicResult struct {
	Topic  *Topic
	Pred   []int
	Counts Counts
}

// Result is a method's scores over all topics.
type Result struct {
	Topics []TopicResult
	Counts Counts
	// ByType are the counts of each mention type's mentions (their
	// clusters may hold other types).
	ByType  map[string]*Counts
	Elapsed time.Duration
}

// Evaluate clusters every topic with m and scores it.
func Evaluate(topics []Topic, m Method) Result {
	var res Result
	start := time.Now()
	preds := make([][]int, len(topics))
	for i := range topics {
		preds[i] = m(items(&topics[i]))
	}
	res.Elapsed = time.Since(start)
	for i := range topics {
		t := &topics[i]
		gold := make([]int, len(t.Mentions))
		for j, mn := range t.Mentions {
			gold[j] = mn.Chain
		}
		per := PerMention(gold, preds[i])
		var c Counts
		for j, m := range per {
			c.Add(m)
			if res.ByType == nil {
				res.ByType = map[string]*Counts{}
			}
			ty := string(t.Mentions[j].Type)
			if res.ByType[ty] == nil {
				res.ByType[ty] = &Counts{}
			}
			res.ByType[ty].Add(m)
		}
		res.Topics = append(res.Topics, TopicResult{Topic: t, Pred: preds[i], Counts: c})
		res.Counts.Add(c)
	}
	return res
}

// MentionsPerSecond is the clustering speed (scoring excluded).
func (r Result) MentionsPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Counts.Mentions) / r.Elapsed.Seconds()
}

func items(t *Topic) []Item {
	out := make([]Item, len(t.Mentions))
	for i, m := range t.Mentions {
		out[i] = Item{Doc: m.Doc, Text: m.Text, Type: string(m.Type)}
	}
	return out
}

// Surname is the baseline "surname matching alone": two mentions of a
// topic corefer when their last words are written alike, whatever their
// type ("Tara Reid"/"Reid" join, "Lohan"/"Lohan's" do not).
func Surname(items []Item) []int {
	out := make([]int, len(items))
	num := map[string]int{}
	for i, it := range items {
		k := lastWord(it.Text)
		n, ok := num[k]
		if !ok {
			n = len(num)
			num[k] = n
		}
		out[i] = n
	}
	return out
}

// lastWord is the last space-separated word of s.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}
