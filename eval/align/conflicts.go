package align

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/claims"
)

// DevFixtures are the conflict fixtures written for chorus that the
// rules were tuned on (testdata/conflicts.tsv); HeldOutFixtures were
// written after, and not used to change the rules
// (testdata/conflicts-heldout.tsv). Invented places, people and figures.
var (
	//go:embed testdata/conflicts.tsv
	DevFixtures string
	//go:embed testdata/conflicts-heldout.tsv
	HeldOutFixtures string
)

// Fixture is one pair of sentences from two articles with the relation a
// reader would give them.
type Fixture struct {
	ID string
	// Gold is "differs", "same" or "unrelated".
	Gold string
	// Kind is what the pair tests ("number", "estimate", "update", …);
	// "estimate" expects estimates differ and "update" an update.
	Kind       string
	PubA, PubB time.Time
	A, B       string
}

// ParseFixtures reads tab-separated fixtures: id, gold, kind, published
// A, published B (YYYY-MM-DD or empty), sentence A, sentence B. Lines
// starting with # are comments.
func ParseFixtures(r io.Reader) ([]Fixture, error) {
	sc := bufio.NewScanner(r)
	var out []Fixture
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != 7 {
			return nil, fmt.Errorf("line %d: %d fields, want 7", line, len(f))
		}
		switch f[1] {
		case "differs", "same", "unrelated":
		default:
			return nil, fmt.Errorf("line %d: gold %q, want differs, same or unrelated", line, f[1])
		}
		fx := Fixture{ID: f[0], Gold: f[1], Kind: f[2], A: f[5], B: f[6]}
		for k, s := range []string{f[3], f[4]} {
			if s == "" {
				continue
			}
			t, err := time.Parse("2006-01-02", s)
			if err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			if k == 0 {
				fx.PubA = t
			} else {
				fx.PubB = t
			}
		}
		out = append(out, fx)
	}
	return out, sc.Err()
}

// Decision is what the claims stage made of a fixture.
type Decision struct {
	Fixture Fixture
	// Got is "differs", "same" or "unrelated"; Kind the claims' kind for
	// "differs" (estimates differ, update, disputed).
	Got  string
	Kind claims.Kind
}

// Decide runs the claims stage on two one-sentence articles from
// different outlets and origins, and reads off how it relates them.
func Decide(f Fixture, opts claims.Options) Decision {
	arts := make([]claims.Article, 2)
	for k, text := range []string{f.A, f.B} {
		pub := f.PubA
		if k == 1 {
			pub = f.PubB
		}
		id := chorus.ArticleID(fmt.Sprintf("%s-%c", f.ID, 'a'+k))
		a := &chorus.Article{ID: id, Outlet: fmt.Sprintf("Outlet %c", 'A'+k), Published: pub, Text: text,
			Paragraphs: []chorus.Span{{Start: 0, End: len(text)}}}
		arts[k] = claims.Article{Article: a, Analysis: analyze.Analyze(a), Origin: id}
	}
	opts.MaxAgreed, opts.MaxOnly = 0, 0
	d := Decision{Fixture: f, Got: "unrelated"}
	for _, c := range claims.Build(arts, opts) {
		if has(c.Statements, arts[0].Article.ID) && has(c.Differs, arts[1].Article.ID) {
			return Decision{Fixture: f, Got: "differs", Kind: c.Kind}
		}
		if has(c.Statements, arts[0].Article.ID) && has(c.Statements, arts[1].Article.ID) {
			d.Got = "same"
		}
	}
	return d
}

func has(ss []claims.Statement, id chorus.ArticleID) bool {
	for _, s := range ss {
		if s.Article == id {
			return true
		}
	}
	return false
}

// ConflictResult scores "differs" decisions.
type ConflictResult struct {
	Decisions []Decision
	// TP, FP, FN count "differs" decisions against gold.
	TP, FP, FN int
	// KindRight counts true "differs" whose kind is the expected one.
	KindRight int
}

// Precision of "differs".
func (r ConflictResult) Precision() float64 {
	if r.TP+r.FP == 0 {
		return 0
	}
	return float64(r.TP) / float64(r.TP+r.FP)
}

// Recall of "differs".
func (r ConflictResult) Recall() float64 {
	if r.TP+r.FN == 0 {
		return 0
	}
	return float64(r.TP) / float64(r.TP+r.FN)
}

// EvaluateConflicts decides every fixture.
func EvaluateConflicts(fs []Fixture, opts claims.Options) ConflictResult {
	var r ConflictResult
	for _, f := range fs {
		d := Decide(f, opts)
		r.Decisions = append(r.Decisions, d)
		switch {
		case d.Got == "differs" && f.Gold == "differs":
			r.TP++
			if d.Kind == expectedKind(f.Kind) {
				r.KindRight++
			}
		case d.Got == "differs":
			r.FP++
		case f.Gold == "differs":
			r.FN++
		}
	}
	return r
}

// expectedKind is the claims kind a true "differs" fixture should get.
func expectedKind(kind string) claims.Kind {
	switch kind {
	case "estimate":
		return claims.EstimatesDiffer
	case "update":
		return claims.Update
	}
	return claims.Disputed
}

// ByKind counts, per fixture kind, pairs and right decisions, sorted by kind.
func (r ConflictResult) ByKind() []KindCount {
	m := map[string]*KindCount{}
	for _, d := range r.Decisions {
		k := d.Fixture.Gold + "/" + d.Fixture.Kind
		if m[k] == nil {
			m[k] = &KindCount{Kind: k}
		}
		m[k].Pairs++
		if d.Got == d.Fixture.Gold {
			m[k].Right++
		}
	}
	out := make([]KindCount, 0, len(m))
	for _, c := range m {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	return out
}

// KindCount is the score of one kind of fixture.
type KindCount struct {
	Kind         string
	Pairs, Right int
}
