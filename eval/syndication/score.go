package syndication

import (
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/dedup"
	"github.com/chorusnews/chorus/eval/clustering"
)

// Result scores one way of grouping a Case.
type Result struct {
	// Pairs scores the groups as a partition: a pair of documents counts
	// when both are in one group (pairwise P/R/F1 against the known copies).
	Pairs clustering.Scores
	// OriginAcc is the share of true groups of two or more whose origin is
	// the original.
	OriginAcc float64
	// Elapsed is the time the grouping took.
	Elapsed time.Duration
}

// Originals turns evaluation items into originals: the title (or the first
// line) and the remaining non-empty lines as paragraphs. Lines that are
// bare URLs are dropped.
func Originals(items []clustering.Item) []Original {
	var out []Original
	for _, it := range items {
		var paras []string
		for _, l := range strings.Split(it.Text, "\n") {
			l = strings.TrimSpace(l)
			if l == "" || strings.HasPrefix(l, "http") {
				continue
			}
			paras = append(paras, l)
		}
		title := it.Title
		if title == "" && len(paras) > 1 {
			title, paras = paras[0], paras[1:]
		}
		if len(paras) == 0 {
			continue
		}
		out = append(out, Original{ID: it.ID, Title: title, Paras: paras})
	}
	return out
}

// EvalSyndicate groups the case with dedup.Syndicate (exact alignment of
// the pairs an LSH index proposes, for sets this large).
func EvalSyndicate(c Case, clock func() time.Duration) Result {
	start := clock()
	syn := dedup.Syndicate(c.Docs)
	elapsed := clock() - start
	return score(c, syn.Origins, elapsed)
}

// EvalIndex groups the case with the incremental dedup.Index alone
// (MinHash estimates, no alignment), adding documents in order.
func EvalIndex(c Case, clock func() time.Duration) (Result, error) {
	start := clock()
	x, err := dedup.NewIndex(dedup.DefaultOptions)
	if err != nil {
		return Result{}, err
	}
	ids := make([]chorus.ArticleID, len(c.Docs))
	for i, d := range c.Docs {
		x.Add(d)
		ids[i] = d.ID
	}
	origins := x.Origins(ids)
	return score(c, origins, clock()-start), nil
}

func score(c Case, origins []chorus.Origin, elapsed time.Duration) Result {
	group := map[chorus.ArticleID]string{}
	originOf := map[chorus.ArticleID]chorus.ArticleID{}
	for _, o := range origins {
		group[o.Article] = string(o.Article)
		originOf[o.Article] = o.Article
		for _, cp := range o.Copies {
			group[cp.Article] = string(o.Article)
			originOf[cp.Article] = o.Article
		}
	}
	pred := make([]string, len(c.Docs))
	size := map[string]int{}
	for i, d := range c.Docs {
		pred[i] = group[d.ID]
		if pred[i] == "" {
			pred[i] = "?" + string(d.ID)
		}
		size[c.Group[i]]++
	}
	r := Result{Pairs: clustering.Score(pred, c.Group), Elapsed: elapsed}
	// A true group's origin is right when the original heads a predicted
	// group holding at least one of its copies.
	groups, right := 0, 0
	found := map[string]bool{}
	for i, d := range c.Docs {
		if g := c.Group[i]; d.ID != c.Origin[g] && originOf[d.ID] == c.Origin[g] {
			found[g] = true
		}
	}
	for g, n := range size {
		if n < 2 {
			continue
		}
		groups++
		if found[g] {
			right++
		}
	}
	if groups > 0 {
		r.OriginAcc = float64(right) / float64(groups)
	}
	return r
}

// Independent keeps the originals that share less than maxShare of their
// word 5-grams with every original kept before them. News sets hold real
// syndicated copies (ECB+ has over a hundred pairs of wire copies), which
// would otherwise count as false matches; the check is exact set
// containment, independent of the MinHash and alignment under test.
func Independent(origs []Original, maxShare float64) []Original {
	var kept []Original
	var sets []map[uint64]struct{}
	for _, o := range origs {
		s := dedup.Shingles(strings.Join(o.Paras, "\n"))
		ok := len(s) > 0
		for _, k := range sets {
			if !ok {
				break
			}
			small, big := s, k
			if len(k) < len(s) {
				small, big = k, s
			}
			ok = dedup.Containment(small, big) < maxShare
		}
		if ok {
			kept = append(kept, o)
			sets = append(sets, s)
		}
	}
	return kept
}
