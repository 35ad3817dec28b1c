package main

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/cluster"
	"github.com/chorusnews/chorus/eval/clustering"
)

func TestEvalClusterCLI(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "set.jsonl")
	lines := []string{
		`{"id":"1","title":"Dam fails in Veskaria","text":"The Kaskel dam failed and the Temna valley flooded.","event":"1a","topic":"1"}`,
		`{"id":"2","title":"Veskaria dam failure floods valley","text":"The Kaskel dam gave way; the Temna valley is under water.","event":"1a","topic":"1"}`,
		`{"id":"3","title":"Port strike in Thessara","text":"Dockworkers at Thessara walked out after a crane accident.","event":"2a","topic":"2"}`,
	}
	if err := os.WriteFile(data, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := runEvalCluster(&out, evalClusterFlags{data: data, seeds: "1,2", threshold: 0.2, eventThreshold: 0.3, storyThreshold: 0.2, mergeThreshold: 0.3, explain: true}); err != nil {
		t.Fatal(err)
	}
	text := strings.TrimSpace(out.String())
	last := text[strings.LastIndexByte(text, '\n')+1:]
	if !regexp.MustCompile(`^pairwise_f1=\d\.\d{3} bcubed_f1=\d\.\d{3} docs_per_s=\d+$`).MatchString(last) {
		t.Errorf("last line %q", last)
	}
	for _, want := range []string{"chorus  seed=2", "tfidf   mean", "stories~topic", "explain  mean"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	for _, bad := range []evalClusterFlags{{}, {data: data, baseline: "bm25"}, {data: data, seeds: "x"}} {
		var u usageError
		if err := runEvalCluster(&out, bad); !errors.As(err, &u) {
			t.Errorf("%+v: error %v, want a usage error", bad, err)
		}
	}
}

// TestEvalClusterDirCLI reads a summarisation-style folder: each cluster
// folder is one gold event and topic, titles come from a headline-like first
// line only, and dates from DUC-style file names.
func TestEvalClusterDirCLI(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"d001/docs/APW20240305.0012.txt": "MARHOLD (AP) _ The Kaskel dam in Veskaria failed on Tuesday and the Temna valley flooded.\nRescuers in Marhold said hundreds of homes were under water.",
		"d001/docs/NYT20240306.0101.txt": "Veskaria dam failure floods Temna valley\nThe Kaskel dam gave way; the Temna valley around Marhold is under water and rescuers are out in boats.",
		"d001/docs/APW20240304.0200.txt": "MARHOLD (AP) _ Engineers warned that the Kaskel dam was cracking as the Temna river rose.",
		"d002/docs/APW20240305.0300.txt": "RIEL (AP) _ Dockworkers at the port of Riel walked out after a crane accident injured two men.\nThe union leader Ilse Varga called the strike.",
		"d002/refs/A.txt":                "A summary that the clustering eval ignores.",
		"d002/meta.json":                 "{}",
		"list.txt":                       "d001\nd002\n",
	}
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	f := evalClusterFlags{data: dir, seeds: "1", threshold: 0.2, eventThreshold: 0.25, storyThreshold: 0.2, mergeThreshold: 0.18}
	if err := runEvalCluster(&out, f); err != nil {
		t.Fatal(err)
	}
	text := out.String()
	for _, want := range []string{"docs=4  gold=2 (events)  topics=2", "chorus  seed=1", "tfidf   mean", "stories~topic"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q:\n%s", want, text)
		}
	}
	set, err := clustering.ReadFile(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range set.Items {
		got = append(got, fmt.Sprintf("%s %s %s %q", it.ID, it.Published.Format("2006-01-02"), it.Event, it.Title))
	}
	want := []string{
		`d001/APW20240304.0200 2024-03-04 d001 ""`,
		`d001/APW20240305.0012 2024-03-05 d001 ""`,
		`d002/APW20240305.0300 2024-03-05 d002 ""`,
		`d001/NYT20240306.0101 2024-03-06 d001 "Veskaria dam failure floods Temna valley"`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("items in stream order (-want +got):\n%s", diff)
	}
	if err := runEvalCluster(&out, evalClusterFlags{data: filepath.Join(dir, "d002", "refs")}); err == nil {
		t.Error("a folder without <cluster>/docs was read")
	}
}

func TestBenchClusterCLI(t *testing.T) {
	var out bytes.Buffer
	if err := runBenchCluster(&out, benchClusterFlags{n: 1500, words: 40, perDay: 500, seed: 1}); err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`(?m)^1000 .*\n1500 .*\ninserts_per_s=\d+ us_per_insert=[\d.]+ stories=\d+\n$`).MatchString(out.String()) {
		t.Errorf("output:\n%s", out.String())
	}
}

func TestEvalDedupCLI(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "set.jsonl")
	lines := []string{
		`{"id":"1","text":"Barrier fails in Breska\nA section of the flood barrier protecting the old town gave way early on Saturday after the river rose.\nWater poured through a gap of forty metres shortly after four in the morning, the fire service said.","event":"a"}`,
		`{"id":"2","text":"Atlas returns to Wexcombe\nThe stolen atlas was handed back to the library on Friday after a volunteer spotted it.\nPolice said two men had been charged and would appear in court next month.","event":"b"}`,
	}
	if err := os.WriteFile(data, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := runEvalDedup(&out, &errOut, evalDedupFlags{data: data, copies: 3, seed: 2, seedsDir: filepath.Join(dir, "none")}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out.String(), "documents=2 ") {
		t.Errorf("no copies were made:\n%s", out.String())
	}
	if !regexp.MustCompile(`(?m)^pairwise_p=1\.000 pairwise_r=1\.000 pairwise_f1=1\.000 origin_acc=1\.000 docs_per_s=\d+$`).MatchString(out.String()) {
		t.Errorf("output:\n%s", out.String())
	}
}

// TestMixingTracker checks the accounting behind --explain on hand-made
// assignments, so that it does not depend on where chorus puts articles.
func TestMixingTracker(t *testing.T) {
	type step struct {
		topic string
		a     cluster.Assignment
	}
	tests := []struct {
		name  string
		steps []step
		want  storyMixing
	}{
		{"founders and same-topic joins mix nothing", []step{
			{"dam", cluster.Assignment{Story: "s1", NewStory: true, NewEvent: true}},
			{"dam", cluster.Assignment{Story: "s1"}},
			{"dam", cluster.Assignment{Story: "s1", NewEvent: true}},
			{"strike", cluster.Assignment{Story: "s2", NewStory: true, NewEvent: true}},
		}, storyMixing{}},
		{"a join into an event and one as a new event", []step{
			{"dam", cluster.Assignment{Story: "s1", NewStory: true, NewEvent: true}},
			{"strike", cluster.Assignment{Story: "s1"}},
			{"fire", cluster.Assignment{Story: "s1", NewEvent: true}},
			{"fire", cluster.Assignment{Story: "s1"}},
		}, storyMixing{EventJoins: 1, NewEventJoins: 1}},
		{"a merge of two topics counts, one of halves of one topic does not", []step{
			{"dam", cluster.Assignment{Story: "s1", NewStory: true, NewEvent: true}},
			{"dam", cluster.Assignment{Story: "s2", NewStory: true, NewEvent: true}},
			{"dam", cluster.Assignment{Story: "s1", Merged: []chorus.StoryID{"s2"}}},
			{"strike", cluster.Assignment{Story: "s3", NewStory: true, NewEvent: true}},
			{"dam", cluster.Assignment{Story: "s1", Merged: []chorus.StoryID{"s3"}}},
		}, storyMixing{Merges: 1}},
		{"stories already holding the same topics merge without a new mix", []step{
			{"dam", cluster.Assignment{Story: "s1", NewStory: true, NewEvent: true}},
			{"strike", cluster.Assignment{Story: "s2", NewStory: true, NewEvent: true}},
			{"dam", cluster.Assignment{Story: "s2", NewEvent: true}},
			{"strike", cluster.Assignment{Story: "s1", Merged: []chorus.StoryID{"s2"}}},
		}, storyMixing{EventJoins: 1, NewEventJoins: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := newMixingTracker()
			for _, s := range tt.steps {
				tr.add(s.topic, s.a)
			}
			if diff := cmp.Diff(tt.want, tr.m); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestRecallSplit splits the topic recall loss into a happening cut in two
// and a topic's other happening kept apart.
func TestRecallSplit(t *testing.T) {
	// Topic "floods" holds two happenings: the Kaskel dam (a) and a river in
	// Riel (b). Chorus keeps b apart and cuts one article of a off.
	set := &clustering.Set{HasTopic: true, Items: []clustering.Item{
		{ID: "1", Event: "a", Topic: "floods"},
		{ID: "2", Event: "a", Topic: "floods"},
		{ID: "3", Event: "a", Topic: "floods"},
		{ID: "4", Event: "b", Topic: "floods"},
	}}
	stories := []chorus.StoryID{"s1", "s1", "s2", "s3"}
	tr := newMixingTracker()
	tr.recallSplit(set, stories)
	// Items 1 and 2 each miss item 3 (same event) and item 4 (other event);
	// item 3 misses 1 and 2, and 4; item 4 misses all three of a.
	wantSame := (1.0/4 + 1.0/4 + 2.0/4 + 0) / 4
	wantOther := (1.0/4 + 1.0/4 + 1.0/4 + 3.0/4) / 4
	if math.Abs(tr.m.SameEventLoss-wantSame) > 1e-9 || math.Abs(tr.m.OtherEventLoss-wantOther) > 1e-9 {
		t.Errorf("loss same %.4f other %.4f, want %.4f %.4f", tr.m.SameEventLoss, tr.m.OtherEventLoss, wantSame, wantOther)
	}
	r := clustering.Score([]string{"s1", "s1", "s2", "s3"}, []string{"floods", "floods", "floods", "floods"}).BCubedR
	if got := 1 - tr.m.SameEventLoss - tr.m.OtherEventLoss; math.Abs(got-r) > 1e-9 {
		t.Errorf("1 − losses = %.4f, BCubed recall %.4f", got, r)
	}
}

// TestSplitPairs labels each final story with its commonest gold topic and
// asks whether likeness could join the stories a topic was split into.
func TestSplitPairs(t *testing.T) {
	set := &clustering.Set{HasTopic: true, Items: []clustering.Item{
		{ID: "1", Topic: "floods", Text: "The Kaskel dam above Ostrelka cracked after a week of rain and the Temna valley flooded."},
		{ID: "2", Topic: "floods", Text: "Rescuers in Ostrelka pumped water from homes after the Kaskel dam cracked and the Temna rose."},
		{ID: "3", Topic: "strikes", Text: "Dockworkers at the port of Riel walked out after a crane collapsed on the quay."},
	}}
	// Every article founds its own story, so the floods topic is split.
	opts := cluster.DefaultOptions
	opts.StoryThreshold, opts.MergeThreshold = 2, 0
	idx := cluster.New(opts)
	var stories []chorus.StoryID
	for _, it := range set.Items {
		stories = append(stories, idx.Add(cluster.Doc{ID: chorus.ArticleID(it.ID), Text: it.Text}).Story)
	}
	tr := newMixingTracker()
	tr.splitPairs(set, idx, stories)
	// One split pair (1, 2); it shares the dam's words and names, which the
	// strike shares with neither, so each likeness can join it alone.
	if diff := cmp.Diff(storyMixing{SplitPairs: 1, Joinable: [3]float64{1, 1, 1}}, tr.m); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
