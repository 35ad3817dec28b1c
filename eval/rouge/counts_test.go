package rouge

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// scoreOne scores one peer against its references and returns the
// cluster's scores.
func scoreOne(t *testing.T, opt Options, peer string, refs ...string) [numMetrics]PRF {
	t.Helper()
	opt.Resamples = 1
	res, err := Score(map[string]string{"c": peer}, []Cluster{{Name: "c", Refs: refs}}, opt)
	if err != nil {
		t.Fatal(err)
	}
	return res.Clusters[0].Scores
}

// The expected values below were counted by hand; the comments show the
// counts. Words of at most three letters keep the stemmer out of the way.
// (Every case but "lemmas and stems" was also run through rouge.sh with
// PRESET=multinews, and WORDS=3 for the word limit, which printed the same
// numbers.)
func TestClusterScoresByHand(t *testing.T) {
	tests := []struct {
		name string
		opt  Options
		peer string
		refs []string
		want [numMetrics]PRF
	}{
		{
			name: "one reference",
			peer: "the cat sat on the mat",
			refs: []string{"the cat was on the mat"},
			want: [numMetrics]PRF{
				// unigrams: the×2, cat, on, mat match of 6 and 6.
				Rouge1: {R: 0.83333, P: 0.83333, F: 0.83333},
				// bigrams: the-cat, on-the, the-mat of 5 and 5.
				Rouge2: {R: 0.6, P: 0.6, F: 0.6},
				// one sentence each; LCS "the cat on the mat".
				RougeL: {R: 0.83333, P: 0.83333, F: 0.83333},
				// 5 unigrams (the last token's is never counted) + 15 skip
				// bigrams each; 4 unigrams and 10 bigrams match.
				RougeSU4: {R: 0.7, P: 0.7, F: 0.7},
			},
		},
		{
			name: "two references are pooled and clipped one by one",
			peer: "a a b",
			refs: []string{"a b b", "c a"},
			want: [numMetrics]PRF{
				// ref1: min(2,1)+min(1,2)=2 of 3; ref2: a=1 of 2. 3/5, 3/(3+3).
				Rouge1: {R: 0.6, P: 0.5, F: 0.54545},
				// ref1: a-b of a-b,b-b; ref2: nothing of c-a. 1/3, 1/(2+2).
				Rouge2: {R: 0.33333, P: 0.25, F: 0.28571},
				// ref1: LCS a_b marks positions 0 and 2; ref2: a. 3/5, 3/6.
				RougeL: {R: 0.6, P: 0.5, F: 0.54545},
				// peer a,a-a,a-b,a,a-b (5); ref1 a,a-b,a-b,b,b-b (5) shares
				// a + a-b×2 = 3; ref2 c,c-a (2) shares none. 3/7, 3/10.
				RougeSU4: {R: 0.42857, P: 0.3, F: 0.35294},
			},
		},
		{
			name: "union LCS over peer sentences",
			peer: "c\na b",
			refs: []string{"a b c"},
			want: [numMetrics]PRF{
				Rouge1: {R: 1, P: 1, F: 1},
				// bigrams: peer c-a, a-b (lines are joined for n-grams).
				Rouge2: {R: 0.5, P: 0.5, F: 0.5},
				// "c" marks c, "a b" marks a and b: all three hit.
				RougeL: {R: 1, P: 1, F: 1},
				// peer c, c-a, c-b, a, a-b; ref a, a-b, a-c, b, b-c: a and
				// a-b match (c is the last token of the reference).
				RougeSU4: {R: 0.4, P: 0.4, F: 0.4},
			},
		},
		{
			name: "one peer sentence: plain LCS",
			peer: "c a b",
			refs: []string{"a b c"},
			want: [numMetrics]PRF{
				Rouge1:   {R: 1, P: 1, F: 1},
				Rouge2:   {R: 0.5, P: 0.5, F: 0.5},
				RougeL:   {R: 0.66667, P: 0.66667, F: 0.66667},
				RougeSU4: {R: 0.4, P: 0.4, F: 0.4},
			},
		},
		{
			name: "LCS hits clipped by unigram counts",
			peer: "a",
			refs: []string{"a\na"},
			want: [numMetrics]PRF{
				// Both reference sentences mark "a", but the peer has one.
				Rouge1: {R: 0.5, P: 1, F: 0.66667},
				RougeL: {R: 0.5, P: 1, F: 0.66667},
				// One token: no bigram and, in ROUGE, no SU gram at all.
			},
		},
		{
			name: "word limit cuts peer and reference",
			opt:  Options{Words: 3},
			peer: "a b c d e",
			refs: []string{"a b c x y"},
			want: [numMetrics]PRF{
				Rouge1:   {R: 1, P: 1, F: 1},
				Rouge2:   {R: 1, P: 1, F: 1},
				RougeL:   {R: 1, P: 1, F: 1},
				RougeSU4: {R: 1, P: 1, F: 1},
			},
		},
		{
			name: "no word limit",
			peer: "a b c d e",
			refs: []string{"a b c x y"},
			want: [numMetrics]PRF{
				Rouge1: {R: 0.6, P: 0.6, F: 0.6},
				Rouge2: {R: 0.5, P: 0.5, F: 0.5},
				RougeL: {R: 0.6, P: 0.6, F: 0.6},
				// a, a-b, a-c, a-d, a-e, b, b-c, b-d, b-e, c, c-d, c-e, d, d-e:
				// 14 each, 6 shared (a, a-b, a-c, b, b-c, c).
				RougeSU4: {R: 0.42857, P: 0.42857, F: 0.42857},
			},
		},
		{
			name: "lemmas and stems",
			opt:  Options{Lemmas: Lemmas{"children": "child", "went": "go", "goes": "go"}},
			peer: "Children went home.",
			refs: []string{"The child goes home."},
			want: [numMetrics]PRF{
				// child, go, home against the, child, go, home.
				Rouge1: {R: 0.75, P: 1, F: 0.85714},
				// child-go, go-home of 3 and 2.
				Rouge2: {R: 0.66667, P: 1, F: 0.8},
				RougeL: {R: 0.75, P: 1, F: 0.85714},
				// peer child, child-go, child-home, go, go-home (5); ref has
				// the same 5 plus the, the-child, the-go, the-home (9).
				RougeSU4: {R: 0.55556, P: 1, F: 0.71429},
			},
		},
		{
			name: "empty peer scores zero",
			peer: "",
			refs: []string{"a b c"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opt := tt.opt
			opt.Alpha = 0.5
			got := scoreOne(t, opt, tt.peer, tt.refs...)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestScoreSelectsAndOrdersClusters(t *testing.T) {
	clusters := []Cluster{
		{Name: "b", Refs: []string{"x y"}},
		{Name: "a", Refs: []string{"x y"}},
		{Name: "a.b", Refs: []string{"x y"}},
		{Name: "c", Refs: []string{"x y"}},
		{Name: "norefs"},
	}
	peers := map[string]string{"a": "x y", "b": "x", "a.b": "y", "norefs": "x", "stray": "x"}
	res, err := Score(peers, clusters, DefaultOptions(0, nil))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range res.Clusters {
		names = append(names, c.Name)
	}
	// ROUGE sorts "a.S" < "a.b.S" < "b.S" ('S' sorts before 'b').
	if diff := cmp.Diff([]string{"a", "a.b", "b"}, names); diff != "" {
		t.Errorf("scored clusters (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"c"}, res.Missing); diff != "" {
		t.Errorf("missing (-want +got):\n%s", diff)
	}
	if res.References != 3 {
		t.Errorf("references = %d, want 3", res.References)
	}
}

func TestScoreErrors(t *testing.T) {
	cl := []Cluster{{Name: "a", Refs: []string{"x"}}}
	if _, err := Score(map[string]string{"b": "x"}, cl, DefaultOptions(0, nil)); !errors.Is(err, ErrNothingScored) {
		t.Errorf("no overlap: err = %v, want ErrNothingScored", err)
	}
	twice := append(cl, Cluster{Name: "a", Refs: []string{"y"}})
	if _, err := Score(map[string]string{"a": "x"}, twice, DefaultOptions(0, nil)); err == nil {
		t.Error("a cluster listed twice was accepted")
	}
	bad := []Options{
		{Words: -1, Alpha: 0.5, Resamples: 10, Confidence: 95},
		{Alpha: 1.5, Resamples: 10, Confidence: 95},
		{Alpha: 0.5, Resamples: 0, Confidence: 95},
		{Alpha: 0.5, Resamples: 10, Confidence: 101},
	}
	for _, o := range bad {
		if _, err := Score(map[string]string{"a": "x"}, cl, o); err == nil {
			t.Errorf("options %+v accepted", o)
		}
	}
}

func TestHeadline(t *testing.T) {
	var r Result
	r.Stats[Rouge1].Avg = PRF{R: 0.32157, F: 0.32355}
	r.Stats[Rouge2].Avg = PRF{R: 0.07343, F: 0.07393}
	r.Stats[RougeL].Avg = PRF{R: 0.28617}
	r.Stats[RougeSU4].Avg = PRF{R: 0.10683}
	want := "rouge1_r=32.16 rouge2_r=7.34 rougeL_r=28.62 rougeSU4_r=10.68 rouge1_f=32.36 rouge2_f=7.39"
	if got := r.Headline(); got != want {
		t.Errorf("Headline() = %q, want %q", got, want)
	}
}
