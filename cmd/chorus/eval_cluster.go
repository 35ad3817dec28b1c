package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/internal/cputime"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus/cluster"
	"github.com/chorusnews/chorus/eval/clustering"
)

type evalClusterFlags struct {
	data, baseline, seeds string
	// chorusOnly skips the baseline, for sweeps of chorus's options.
	chorusOnly     bool
	threshold      float64
	eventThreshold float64
	storyThreshold float64
	mergeThreshold float64
	// explain adds, for chorus, how stories came to mix gold topics and
	// where the recall against the gold topic goes (see explainMixing).
	explain bool
}

func init() {
	var f evalClusterFlags
	cmd := &cobra.Command{
		Use:   "cluster --data FILE|DIR [--shuffle-seeds 1,2,3] [--baseline tfidf]",
		Short: "Score streaming event/story clustering (pairwise and BCubed P/R/F1, ARI)",
		Long: `Streams an evaluation set through the clusterer, one document at a time, in
the given order and in each --shuffle-seeds random order, and scores the
result against the gold labels: pairwise and BCubed precision, recall and F1,
the adjusted Rand index, and clusters found against gold clusters.

--data is JSON Lines ({id, text, title?, published?, lang?, event, topic?}, e.g.
ECB+), the UCI News Aggregator CSV (titles only, label STORY), or a folder
laid out as a summarisation set, <cluster>/docs/*.txt (DUC 2003,
Multi-News; refs/ and other files are ignored). In a folder each cluster is
one gold event and one gold topic; a document's title is its first line
when that looks like a headline (20 words at most, no closing punctuation),
and its date comes from a file name that carries one (APW19981017.0151),
else it is undated. When every document is dated, the given order is
publication order; otherwise folder by folder, files in name order.
For JSON Lines and folders the headline level is chorus events against the
gold event, and chorus stories against the gold topic is reported too; for
the CSV it is chorus stories against STORY. The TF-IDF cosine baseline runs
in the same harness (--baseline tfidf runs it alone, --chorus-only skips it;
by default both run).

The last line holds the headline numbers for chorus, averaged over the
orders: pairwise_f1=… bcubed_f1=… docs_per_s=… (docs_per_s times the
clustering step alone, on one core).`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runEvalCluster(cmd.OutOrStdout(), f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.data, "data", "", "evaluation set: .jsonl, the UCI .csv, or a folder of <cluster>/docs/*.txt (required)")
	fl.StringVar(&f.seeds, "shuffle-seeds", "", "comma-separated seeds of random orders to run besides the given order")
	fl.StringVar(&f.baseline, "baseline", "", "run only a baseline: tfidf")
	fl.BoolVar(&f.chorusOnly, "chorus-only", false, "run chorus alone (for sweeps of its thresholds)")
	fl.Float64Var(&f.threshold, "baseline-threshold", clustering.DefaultBaselineThreshold, "cosine threshold of the TF-IDF baseline")
	fl.Float64Var(&f.eventThreshold, "event-threshold", cluster.DefaultOptions.EventThreshold, "chorus: similarity needed to join an event")
	fl.Float64Var(&f.storyThreshold, "story-threshold", cluster.DefaultOptions.StoryThreshold, "chorus: similarity needed to join a story")
	fl.Float64Var(&f.mergeThreshold, "merge-threshold", cluster.DefaultOptions.MergeThreshold, "chorus: centroid cosine at which stories merge (0: never)")
	fl.BoolVar(&f.explain, "explain", false, "chorus: count the steps that mix gold topics in a story, split the topic recall loss, and say what share of the stories a topic was split into a threshold on story likeness could join at precision 0.9")
	evalCmd.AddCommand(cmd)
}

func parseSeeds(s string) ([]uint64, error) {
	var out []uint64
	for _, p := range strings.Split(s, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		v, err := strconv.ParseUint(p, 10, 64)
		if err != nil || v == 0 {
			return nil, fmt.Errorf("bad seed %q: seeds are positive integers", p)
		}
		out = append(out, v)
	}
	return out, nil
}

func runEvalCluster(w io.Writer, f evalClusterFlags) error {
	if f.data == "" {
		return usageError{"eval cluster: --data is required"}
	}
	if f.baseline != "" && f.baseline != "tfidf" {
		return usageError{fmt.Sprintf("eval cluster: unknown baseline %q (want tfidf)", f.baseline)}
	}
	seeds, err := parseSeeds(f.seeds)
	if err != nil {
		return usageError{"eval cluster: " + err.Error()}
	}
	set, err := clustering.ReadFile(f.data)
	if err != nil {
		return fmt.Errorf("eval cluster: %w", err)
	}
	opts := cluster.DefaultOptions
	opts.EventThreshold, opts.StoryThreshold, opts.MergeThreshold = f.eventThreshold, f.storyThreshold, f.mergeThreshold
	systems := []struct {
		name string
		make func() clustering.Clusterer
	}{
		{"chorus", func() clustering.Clusterer { return clustering.NewChorus(opts) }},
		{"tfidf", func() clustering.Clusterer { return clustering.NewTFIDF(f.threshold) }},
	}
	if f.baseline != "" {
		systems = systems[1:]
	} else if f.chorusOnly {
		systems = systems[:1]
	}
	clock := cputime.Clock()
	orders := []uint64{0}
	orders = append(orders, seeds...)
	fmt.Fprintf(w, "data: %s  docs=%d  gold=%d%s\n", f.data, len(set.Items), goldCount(set, false), topicNote(set))
	fmt.Fprintln(w, "system  order    level         pair_p pair_r pair_f1  b3_p   b3_r   b3_f1   ari   clusters/gold  docs/s")
	var headline clustering.Scores
	var headlineRate float64
	for si, sys := range systems {
		var runs []clustering.Run
		for _, seed := range orders {
			name := "given"
			if seed != 0 {
				name = fmt.Sprintf("seed=%d", seed)
			}
			r := clustering.Stream(set, clustering.Order(len(set.Items), seed), sys.make(), name, clock)
			runs = append(runs, r)
			printRun(w, sys.name, r, set)
		}
		if len(runs) > 1 {
			printRun(w, sys.name, meanRun(runs), set)
		}
		if si == 0 {
			m := meanRun(runs)
			headline, headlineRate = primary(m, set), m.DocsPerSec
		}
	}
	if f.explain && f.baseline == "" {
		printMixing(w, set, opts, orders)
	}
	fmt.Fprintln(w, "anchors: TF-IDF baseline pairwise F1 0.68-0.71 on UCI headlines; Miranda et al. 2018 F1 0.94 (full text, other data);")
	fmt.Fprintln(w, "goals:   ECB+ event BCubed F1 >= 0.85, topic >= 0.95; UCI pairwise F1 >= 0.80; >= 20,000 headlines/s, >= 1,000 articles/s")
	fmt.Fprintf(w, "pairwise_f1=%.3f bcubed_f1=%.3f docs_per_s=%.0f\n", headline.PairwiseF1, headline.BCubedF1, headlineRate)
	return nil
}

// primary is the headline comparison: events vs the gold event for sets of
// full documents, stories vs the gold story for headlines.
func primary(r clustering.Run, set *clustering.Set) clustering.Scores {
	if set.Headlines {
		return r.Story
	}
	return r.Event
}

func goldCount(set *clustering.Set, topic bool) int {
	seen := map[string]bool{}
	for _, it := range set.Items {
		if topic {
			seen[it.Topic] = true
		} else {
			seen[it.Event] = true
		}
	}
	return len(seen)
}

func topicNote(set *clustering.Set) string {
	if !set.HasTopic {
		return ""
	}
	return fmt.Sprintf(" (events)  topics=%d", goldCount(set, true))
}

func meanRun(runs []clustering.Run) clustering.Run {
	m := clustering.Run{Order: "mean"}
	var ev, st, t0, t1 []clustering.Scores
	var rate float64
	for _, r := range runs {
		ev, st = append(ev, r.Event), append(st, r.Story)
		t0, t1 = append(t0, r.Topic[0]), append(t1, r.Topic[1])
		rate += r.DocsPerSec
	}
	m.Event, m.Story = clustering.Mean(ev), clustering.Mean(st)
	m.Topic = [2]clustering.Scores{clustering.Mean(t0), clustering.Mean(t1)}
	m.DocsPerSec = rate / float64(len(runs))
	return m
}

func printRun(w io.Writer, sys string, r clustering.Run, set *clustering.Set) {
	gold := "story"
	if set.HasTopic {
		gold = "event"
	}
	rows := []struct {
		level string
		s     clustering.Scores
	}{{"events~" + gold, r.Event}, {"stories~" + gold, r.Story}}
	if set.HasTopic {
		rows = append(rows, struct {
			level string
			s     clustering.Scores
		}{"stories~topic", r.Topic[1]})
	}
	for _, row := range rows {
		s := row.s
		fmt.Fprintf(w, "%-7s %-8s %-13s %.3f  %.3f  %.3f   %.3f  %.3f  %.3f  %.3f  %5d/%-5d  %8.0f\n",
			sys, r.Order, row.level, s.PairwiseP, s.PairwiseR, s.PairwiseF1, s.BCubedP, s.BCubedR, s.BCubedF1, s.ARI,
			s.Clusters, s.Gold, r.DocsPerSec)
	}
}

// storyMixing says how chorus stories came to hold documents of more than
// one gold topic, and where the BCubed recall against the gold topic goes.
// It holds counts and shares only, so it can be printed for held-out data
// without showing any document.
type storyMixing struct {
	// EventJoins, NewEventJoins and Merges count the steps that brought a
	// gold topic into a story that did not hold it: an article joining one
	// of the story's events, an article starting a new event in it, and a
	// merge of two stories whose topics differ.
	EventJoins, NewEventJoins, Merges float64
	// SameEventLoss and OtherEventLoss split the topic-level BCubed recall
	// loss (they sum to 1 − recall): the share of a document's topic that
	// is of its own gold event but in another story (one happening split,
	// which better joining can win back) and the share that is of the
	// topic's other events (another happening of the same kind, which a
	// story is not meant to take in).
	SameEventLoss, OtherEventLoss float64
	// SplitPairs counts the pairs of final stories that hold mostly one
	// gold topic (a topic left apart); Joinable says what share of them a
	// threshold on the stories' likeness (words, names, their sum; see
	// cluster.Index.Likeness) could join while at least 0.9 of the pairs
	// it joins are of one topic. A share near 0 says that signal cannot
	// win the topic's recall back without mixing topics.
	SplitPairs float64
	Joinable   [3]float64
}

// joinablePrecision is the precision at which splitPairs measures how many
// split topics a likeness threshold could join.
const joinablePrecision = 0.9

// splitPairs scores every pair of the index's final stories (each labelled
// with its items' commonest gold topic) by their likeness and fills in
// SplitPairs and Joinable.
func (t *mixingTracker) splitPairs(set *clustering.Set, idx *cluster.Index, stories []chorus.StoryID) {
	counts := map[chorus.StoryID]map[string]int{}
	var ids []chorus.StoryID
	for i, s := range stories {
		if counts[s] == nil {
			counts[s] = map[string]int{}
			ids = append(ids, s)
		}
		counts[s][goldTopic(set, set.Items[i])]++
	}
	label := make([]string, len(ids))
	for k, s := range ids {
		best := 0
		for topic, n := range counts[s] {
			if n > best || (n == best && topic < label[k]) {
				label[k], best = topic, n
			}
		}
	}
	var words, names, both []clustering.ScoredPair
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			w, n, ok := idx.Likeness(ids[i], ids[j])
			if !ok {
				continue
			}
			same := label[i] == label[j]
			if same {
				t.m.SplitPairs++
			}
			words = append(words, clustering.ScoredPair{Score: w, Same: same})
			names = append(names, clustering.ScoredPair{Score: n, Same: same})
			both = append(both, clustering.ScoredPair{Score: w + n, Same: same})
		}
	}
	for k, pairs := range [][]clustering.ScoredPair{words, names, both} {
		t.m.Joinable[k] = clustering.RecallAtPrecision(pairs, joinablePrecision)
	}
}

// mixingTracker follows the gold topics of each story as assignments
// arrive, in stream order.
type mixingTracker struct {
	topics map[chorus.StoryID]map[string]int
	m      storyMixing
}

func newMixingTracker() *mixingTracker {
	return &mixingTracker{topics: map[chorus.StoryID]map[string]int{}}
}

// add records an article of gold topic topic placed as a says.
func (t *mixingTracker) add(topic string, a cluster.Assignment) {
	held := t.topics[a.Story]
	if held == nil {
		held = map[string]int{}
		t.topics[a.Story] = held
	}
	if !a.NewStory && held[topic] == 0 {
		if a.NewEvent {
			t.m.NewEventJoins++
		} else {
			t.m.EventJoins++
		}
	}
	held[topic]++
	for _, src := range a.Merged {
		other := t.topics[src]
		if !sameKeys(held, other) {
			t.m.Merges++
		}
		for k, n := range other {
			held[k] += n
		}
		delete(t.topics, src)
	}
}

func sameKeys(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if _, ok := b[k]; !ok {
			return false
		}
	}
	return true
}

// recallSplit fills in the recall loss against the gold topic, given each
// item's final story.
func (t *mixingTracker) recallSplit(set *clustering.Set, stories []chorus.StoryID) {
	type key struct {
		topic string
		story chorus.StoryID
	}
	topicSize, eventSize := map[string]int{}, map[string]int{}
	cell, eventCell := map[key]int{}, map[key]int{}
	for i, it := range set.Items {
		topic := goldTopic(set, it)
		topicSize[topic]++
		eventSize[topic+"\x00"+it.Event]++
		cell[key{topic, stories[i]}]++
		eventCell[key{topic + "\x00" + it.Event, stories[i]}]++
	}
	var same, other float64
	for i, it := range set.Items {
		topic, event := goldTopic(set, it), goldTopic(set, it)+"\x00"+it.Event
		n := float64(topicSize[topic])
		sameOut := eventSize[event] - eventCell[key{event, stories[i]}]
		otherOut := (topicSize[topic] - cell[key{topic, stories[i]}]) - sameOut
		same += float64(sameOut) / n
		other += float64(otherOut) / n
	}
	if n := float64(len(set.Items)); n > 0 {
		t.m.SameEventLoss, t.m.OtherEventLoss = same/n, other/n
	}
}

// goldTopic is an item's coarse gold label, or its only one.
func goldTopic(set *clustering.Set, it clustering.Item) string {
	if set.HasTopic {
		return it.Topic
	}
	return it.Event
}

// explainMixing streams set through chorus in the given order and says how
// its stories mixed gold topics.
func explainMixing(set *clustering.Set, opts cluster.Options, order []int) storyMixing {
	idx := cluster.New(opts)
	t := newMixingTracker()
	stories := make([]chorus.StoryID, len(set.Items))
	for _, i := range order {
		it := set.Items[i]
		a := idx.Add(cluster.Doc{ID: chorus.ArticleID(it.ID), Title: it.Title, Text: it.Text, Published: it.Published, Lang: it.Lang})
		stories[i] = a.Story
		t.add(goldTopic(set, it), a)
	}
	for i, s := range stories {
		stories[i] = idx.Resolve(s)
	}
	t.recallSplit(set, stories)
	t.splitPairs(set, idx, stories)
	return t.m
}

func printMixing(w io.Writer, set *clustering.Set, opts cluster.Options, orders []uint64) {
	fmt.Fprintln(w, "explain  order    topic_in_by: event_join new_event_join merge   topic_r_loss: same_event other_event   split_pairs joinable@p0.9: words names words+names")
	var mean storyMixing
	for _, seed := range orders {
		name := "given"
		if seed != 0 {
			name = fmt.Sprintf("seed=%d", seed)
		}
		m := explainMixing(set, opts, clustering.Order(len(set.Items), seed))
		fmt.Fprintf(w, "explain  %-8s %25.0f %14.0f %5.0f   %25.4f %11.4f   %11.0f %19.3f %5.3f %11.3f\n", name, m.EventJoins, m.NewEventJoins, m.Merges,
			m.SameEventLoss, m.OtherEventLoss, m.SplitPairs, m.Joinable[0], m.Joinable[1], m.Joinable[2])
		f := 1 / float64(len(orders))
		mean.EventJoins += m.EventJoins * f
		mean.NewEventJoins += m.NewEventJoins * f
		mean.Merges += m.Merges * f
		mean.SameEventLoss += m.SameEventLoss * f
		mean.OtherEventLoss += m.OtherEventLoss * f
		mean.SplitPairs += m.SplitPairs * f
		for k := range mean.Joinable {
			mean.Joinable[k] += m.Joinable[k] * f
		}
	}
	if len(orders) > 1 {
		fmt.Fprintf(w, "explain  %-8s %25.1f %14.1f %5.1f   %25.4f %11.4f   %11.1f %19.3f %5.3f %11.3f\n", "mean", mean.EventJoins, mean.NewEventJoins, mean.Merges,
			mean.SameEventLoss, mean.OtherEventLoss, mean.SplitPairs, mean.Joinable[0], mean.Joinable[1], mean.Joinable[2])
	}
}
