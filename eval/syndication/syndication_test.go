package syndication

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus/dedup"
	"github.com/chorusnews/chorus/eval/clustering"
)

var origs = []Original{
	{ID: "o1", Title: "Barrier fails in Breska", Paras: []string{
		"A section of the flood barrier protecting the old town of Breska gave way early on Saturday after the river rose to a record.",
		"Water poured through a gap of roughly forty metres shortly after four in the morning, the regional fire service said.",
		"Two elderly residents were taken to hospital with hypothermia after being rescued from the upper floor of a house.",
		"The barrier, built in 1998, was due to be raised by half a metre next year under a plan approved in March.",
		"Insurers estimated the damage at between 60 million and 80 million crowns, a figure likely to rise."}},
	{ID: "o2", Title: "Atlas returns to Wexcombe", Paras: []string{
		"The stolen atlas was handed back to the library on Friday, three weeks after a volunteer spotted it on a shelf.",
		"The librarian said the binding needed work but every map was intact and the volume would go on display again.",
		"Police said two men had been charged and would appear in court next month.",
		"The atlas, printed in 1652, is one of four known copies."}},
}

func TestCopyIsDeterministicAndNoisy(t *testing.T) {
	a := Generate(origs, 3, 7)
	b := Generate(origs, 3, 7)
	if diff := cmp.Diff(a, b); diff != "" {
		t.Fatalf("same seed, different sets:\n%s", diff)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20; i++ {
		title, paras, what := Copy(rng, origs[0])
		if len(what) == 0 || (title == origs[0].Title && cmp.Equal(paras, origs[0].Paras)) {
			t.Fatalf("copy %d changed nothing", i)
		}
	}
}

func TestDocSpans(t *testing.T) {
	d := Doc("x", time.Time{}, "Title", []string{"one two", "three"})
	if d.Title.In(d.Text) != "Title" || len(d.Paragraphs) != 2 || d.Paragraphs[1].In(d.Text) != "three" {
		t.Errorf("spans: %+v", d)
	}
}

func TestScoreSmall(t *testing.T) {
	c := Generate(origs, 3, 3)
	clock := func() time.Duration { return 0 }
	r := EvalSyndicate(c, clock)
	if r.Pairs.PairwiseP < 1 || r.Pairs.PairwiseR < 1 || r.OriginAcc < 1 {
		t.Errorf("two unrelated originals and their copies: %+v", r)
	}
}

func TestIndependent(t *testing.T) {
	dup := origs[0]
	dup.ID = "dup"
	got := Independent([]Original{origs[0], origs[1], dup}, 0.2)
	if len(got) != 2 || got[0].ID != "o1" || got[1].ID != "o2" {
		t.Errorf("kept %v", got)
	}
	if o := Originals([]clustering.Item{{ID: "a", Text: "http://x.example/1\nHeadline\nBody one.\n\nBody two."}}); len(o) != 1 || o[0].Title != "Headline" || len(o[0].Paras) != 2 {
		t.Errorf("originals: %+v", o)
	}
}

// TestSharedFloors scores noisy copies of the ECB+ texts (read at run time)
// against floors a little under what chorus eval dedup printed (P 0.989,
// R 0.997 for Syndicate; 1.000/0.995 for the index alone).
func TestSharedFloors(t *testing.T) {
	originals := ecbOriginals(t)
	c := Generate(originals, 3, 1)
	clock := func() time.Duration { return 0 }
	syn := EvalSyndicate(c, clock)
	idx, err := EvalIndex(c, clock)
	if err != nil {
		t.Fatal(err)
	}
	for name, r := range map[string]Result{"syndicate": syn, "index": idx} {
		if r.Pairs.PairwiseP < 0.97 || r.Pairs.PairwiseR < 0.98 || r.OriginAcc < 0.97 {
			t.Errorf("%s: P %.3f R %.3f origin %.3f below the floors", name, r.Pairs.PairwiseP, r.Pairs.PairwiseR, r.OriginAcc)
		}
	}
}

// TestGroupsMatchSyndicate checks that the pipeline's fast grouping, which
// skips aligning pairs that cannot be one text, finds exactly the origins
// and copies the full Syndicate finds, on the noisy copies of the ECB+
// texts (hundreds of documents on shared topics, copies with edits).
func TestGroupsMatchSyndicate(t *testing.T) {
	originals := ecbOriginals(t)
	for seed := uint64(1); seed <= 2; seed++ {
		c := Generate(originals, 3, seed)
		// a story-sized slice as well as the whole set (LSH candidates)
		for _, docs := range [][]dedup.Doc{c.Docs[:min(300, len(c.Docs))], c.Docs} {
			want := dedup.Syndicate(docs).Origins
			got := dedup.Groups(docs)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("seed %d, %d docs: Groups found %d origins, Syndicate %d, or they differ", seed, len(docs), len(got), len(want))
			}
		}
	}
}

// TestMemoGroupsMatch checks that grouping through a memo, as a story
// regrouped after every batch is, gives what grouping from scratch gives:
// the documents arrive in growing prefixes and each prefix is grouped with
// the memo filled by the previous ones.
func TestMemoGroupsMatch(t *testing.T) {
	originals := ecbOriginals(t)
	c := Generate(originals, 3, 2)
	docs := c.Docs[:min(240, len(c.Docs))]
	memo := dedup.NewMemo(1000)
	for n := 40; n <= len(docs); n += 40 {
		memo.Trim()
		got := memo.Groups(docs[:n])
		if want := dedup.Groups(docs[:n]); !reflect.DeepEqual(got, want) {
			t.Fatalf("first %d docs: memo gives %d origins, from scratch %d, or they differ", n, len(got), len(want))
		}
	}
}

// ecbOriginals reads the ECB+ development texts (at run time, from
// ../shared) and keeps those independent of each other; the test is
// skipped where they are not present.
func ecbOriginals(t *testing.T) []Original {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "data", "clustering", "ecbplus-dev.jsonl")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("%s not present", path)
	}
	set, err := clustering.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return Independent(Originals(set.Items), 0.2)
}
