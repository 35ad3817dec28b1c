package claims_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/claims"
	"github.com/chorusnews/chorus/claims/numbers"
	"github.com/chorusnews/chorus/internal/evaldata"
)

// pairClaims runs Build on two one-sentence articles from two outlets.
func pairClaims(a, b string, pubA, pubB time.Time) ([]claims.Claim, [2]chorus.ArticleID) {
	var arts []claims.Article
	var ids [2]chorus.ArticleID
	for k, text := range []string{a, b} {
		pub := pubA
		if k == 1 {
			pub = pubB
		}
		id := chorus.ArticleID("art-" + string(rune('a'+k)))
		ids[k] = id
		art := &chorus.Article{ID: id, Outlet: "Outlet " + string(rune('A'+k)), Published: pub, Text: text,
			Paragraphs: []chorus.Span{{Start: 0, End: len(text)}}}
		arts = append(arts, claims.Article{Article: art, Analysis: analyze.Analyze(art), Origin: id})
	}
	return claims.Build(arts, claims.DefaultOptions), ids
}

func hasArticle(ss []claims.Statement, id chorus.ArticleID) bool {
	for _, s := range ss {
		if s.Article == id {
			return true
		}
	}
	return false
}

// stance reads how Build relates article b to article a's claims.
func stance(cs []claims.Claim, ids [2]chorus.ArticleID) (string, claims.Kind) {
	got, kind := "silent", claims.Kind("")
	for _, c := range cs {
		if hasArticle(c.Statements, ids[0]) && hasArticle(c.Differs, ids[1]) {
			return "differs", c.Kind
		}
		if hasArticle(c.Statements, ids[0]) && hasArticle(c.Statements, ids[1]) {
			got, kind = "states", c.Kind
		}
	}
	return got, kind
}

func TestStance(t *testing.T) {
	day := time.Date(2025, 3, 12, 9, 0, 0, 0, time.UTC)
	later := day.AddDate(0, 0, 3)
	tests := []struct {
		name string
		a, b string
		pubB time.Time
		want string
		kind claims.Kind
	}{
		{"same figure, other spelling", "The dam released 1.8 million cubic metres of water into the valley.",
			"The dam released 1,800,000 cubic metres of water into the valley.", day, "states", claims.Agreed},
		{"other figure", "The flood damaged 2,300 homes in the town of Ostrelka.",
			"The flood damaged 3,400 homes in the town of Ostrelka.", day, "differs", claims.Disputed},
		{"rounding is no difference", "The flood displaced 14,600 people across the valley.",
			"The flood displaced nearly 15,000 people across the valley.", day, "states", claims.Agreed},
		{"attributed estimates", "The flood has displaced 10,200 people, according to the Civil Protection Service.",
			"The flood has displaced 14,600 people, according to the Riverlands Relief Alliance.", day, "differs", claims.EstimatesDiffer},
		{"a later figure", "43 ships were waiting off the port of Thessara on Tuesday.",
			"The number of ships waiting off the port of Thessara rose to 51 on Friday.", later, "differs", claims.Update},
		{"opposite polarity", "The flood siren in Sadovo sounded before the water arrived.",
			"The flood siren in Sadovo did not sound before the water arrived.", day, "differs", claims.Disputed},
		{"other place", "The stolen atlas turned up in a charity shop in Alderford.",
			"The stolen atlas turned up in a charity shop in Wexcombe.", day, "differs", claims.Disputed},
		{"figures of different things", "The council spent 40% of its budget on roads this year.",
			"The council spent 12% of its budget on schools this year.", day, "silent", ""},
		{"different claims", "The atlas was stolen from the library on 2 March.",
			"The atlas was found in a charity shop on 13 March.", day, "silent", ""},
		// the same kind of count in two places is two counts
		{"counts for different places", "The cold snap has killed 32 people in Veskaria, police said.",
			"The cold snap has killed three people in Marhold, the Marhold Courier reported.", day, "silent", ""},
		{"estimates for different places", "At least 40 people were injured in Riel, the civil defence office said.",
			"Nine people were injured in Tessin, police said.", day, "silent", ""},
		{"positions from different landmarks", "The storm was centred over the Varn Sea, 140 kilometres west of Riel, forecasters said.",
			"The storm was centred 120 kilometres south of Tessin Point in the Varn Sea, the weather bureau said.", day, "silent", ""},
		{"positions from different landmarks, miles in brackets", "Late Sunday, the cyclone was centred over the Varn Sea, 150 kilometres (93 miles) east-northeast of Tessin Point in Riel province, forecasters said.",
			"At noon (0400 GMT), the cyclone was centred 110 kilometres (68 miles) northwest of Marhold Island in the Varn Sea, the weather bureau said.", day, "silent", ""},
		{"positions from the same landmark", "The cyclone was centred 150 kilometres (93 miles) east of Tessin Point on Sunday, forecasters said.",
			"The cyclone was centred 110 kilometres (68 miles) east of Tessin Point on Sunday, the weather bureau said.", day, "differs", claims.EstimatesDiffer},
		// a count for one island and the toll for the whole country
		{"a part and the whole", "At least 40 people were killed by mudslides in Kesra province, the civil defence chief said.",
			"The national civil defence office said the toll from the storm had risen to 151.", day, "silent", ""},
		{"a part the tagger may not know", "At least 40 people were killed by mudslides on Kesra island, the civil defence chief said.",
			"The national civil defence office said the toll from the storm had risen to 151.", day, "silent", ""},
		{"two counts for the same island", "At least 40 people were killed by mudslides in Kesra province, the civil defence chief said.",
			"At least 65 people were killed by mudslides in Kesra province, the Red Crescent said.", day, "differs", claims.EstimatesDiffer},
		{"counts where a storm struck and where people died", "A cold wave that gripped Norway last week has killed 32 people, the Oslo police reported.",
			"In Finland, three people died of the cold, the Tampere Courier reported.", day, "silent", ""},
		{"one country and the whole continent", "A bitter frost in Veskaria has killed 32 people.",
			"A bitter frost has killed at least 60 people throughout Europe.", day, "silent", ""},
		{"the same wide place", "A bitter frost has killed 32 people throughout Veskaria.",
			"A bitter frost has killed at least 60 people throughout Veskaria.", day, "differs", claims.Disputed},
	}
	for _, tc := range tests {
		cs, ids := pairClaims(tc.a, tc.b, day, tc.pubB)
		got, kind := stance(cs, ids)
		if got != tc.want || got != "silent" && kind != tc.kind {
			t.Errorf("%s: stance %s (%s), want %s (%s)\n  A: %s\n  B: %s", tc.name, got, kind, tc.want, tc.kind, tc.a, tc.b)
		}
	}
}

// TestRunningTotalsUndated: a total that grows, read in two articles
// that cannot be put in order, is no dispute; dated the same day it is,
// and a later day's count updates it.
func TestRunningTotalsUndated(t *testing.T) {
	a := "Less than 10 percent of the sunken ferry's cargo has been brought ashore so far, the salvage chief said."
	b := "About 70 percent of the sunken ferry's cargo has been brought ashore."
	day := time.Date(2025, 3, 12, 9, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name       string
		pubA, pubB time.Time
		want       string
		kind       claims.Kind
	}{{"undated", time.Time{}, time.Time{}, "silent", ""}, {"one undated", day, time.Time{}, "silent", ""},
		{"same day", day, day, "differs", claims.Disputed}, {"three weeks later", day, day.AddDate(0, 0, 21), "differs", claims.Update},
		{"hours later", day, day.Add(5 * time.Hour), "differs", claims.Disputed}} {
		cs, ids := pairClaims(a, b, tc.pubA, tc.pubB)
		got, kind := stance(cs, ids)
		if got != tc.want || got != "silent" && kind != tc.kind {
			t.Errorf("%s: stance %s (%s), want %s (%s)", tc.name, got, kind, tc.want, tc.kind)
		}
	}
}

// TestRetoldFigure: an article that gives a new count and the old one as
// what was said earlier tells an update, not a dispute, and so does every
// report of the old count from no later.
func TestRetoldFigure(t *testing.T) {
	day := time.Date(2025, 3, 12, 9, 0, 0, 0, time.UTC)
	a := "In Norway, 32 people have died of the cold this winter, police said."
	for _, b := range []string{
		"In Norway, 36 people have died of the cold this winter. Earlier police said 32 people had died of the cold in Norway.",
		// the retold figure counts "throughout" the country, so it is no
		// member of the dispute itself
		"In Norway, 36 people have died of the cold this winter. Earlier police said 32 people throughout Norway had died of exposure so far.",
	} {
		cs, ids := pairClaims(a, b, day, day)
		got, kind := stance(cs, ids)
		if got != "differs" || kind != claims.Update {
			for _, c := range cs {
				t.Logf("%s %q", c.Kind, c.Text)
			}
			t.Errorf("%q: stance %s (%s), want differs (update)", b, got, kind)
		}
	}
}

// TestWeekdayAWeekOff: "last Tuesday" read on a Wednesday is the day
// before by the calendar, and the Tuesday of the week before to many
// writers; a date a week off another article's is no clash, while one
// eight days off is.
func TestWeekdayAWeekOff(t *testing.T) {
	wed := time.Date(2025, 3, 12, 9, 0, 0, 0, time.UTC) // a Wednesday
	relative := "Last Tuesday, a crane collapsed onto the quay at the Lowmere container terminal, the port authority said."
	for _, tc := range []struct {
		name, absolute, want string
	}{
		{"a week off", "On March 4, a crane collapsed onto the quay at the Lowmere container terminal, the port authority said.", "states"},
		{"eight days off", "On March 3, a crane collapsed onto the quay at the Lowmere container terminal, the port authority said.", "differs"},
	} {
		cs, ids := pairClaims(tc.absolute, relative, wed, wed)
		if got, _ := stance(cs, ids); got != tc.want {
			t.Errorf("%s: stance %s, want %s", tc.name, got, tc.want)
		}
	}
}

// TestDenialIsNegation: "denied X was involved" says what "X is not
// involved" says, and the opposite of "X was involved".
func TestDenialIsNegation(t *testing.T) {
	day := time.Date(2025, 3, 12, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name, a, b string
		differs    bool
	}{
		{"a denial and a negation agree", "The coast guard is not involved in any way with the smuggling inquiry at Tessin.",
			"The coast guard denied it was involved in any way with the smuggling inquiry at Tessin.", false},
		{"a denial and an affirmation differ", "The coast guard was involved in the smuggling inquiry at Tessin, the harbour council said.",
			"The coast guard denied it was involved in the smuggling inquiry at Tessin, the harbour council said.", true},
	}
	for _, tc := range tests {
		cs, ids := pairClaims(tc.a, tc.b, day, day)
		if got, _ := stance(cs, ids); (got == "differs") != tc.differs {
			t.Errorf("%s: stance %s, want differs=%v", tc.name, got, tc.differs)
		}
	}
}

// TestClaimTextIsCited checks the invariant the product's checker relies
// on: every statement's words are a subsequence of its cited span's.
func TestClaimTextIsCited(t *testing.T) {
	sts := stories(t, filepath.Join("..", "examples"))
	texts := map[chorus.ArticleID]string{}
	for _, st := range sts {
		for _, a := range st.Articles {
			texts[a.ID] = a.Text
		}
		cs := claims.Build(storyArticles(st), claims.Options{MaxAgreed: -1, MaxOnly: -1})
		for _, c := range cs {
			for _, s := range append(append([]claims.Statement(nil), c.Statements...), c.Differs...) {
				span := s.Citation.Span().In(texts[s.Article])
				if span == "" || !subsequence(words(s.Text), words(span)) {
					t.Errorf("statement %q is not a subsequence of its citation %q", s.Text, span)
				}
			}
		}
	}
}

func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r > 127 && r != '’' && r != '“' && r != '”' && r != '–' && r != '—')
	})
}

func subsequence(small, big []string) bool {
	j := 0
	for _, w := range big {
		if j < len(small) && small[j] == w {
			j++
		}
	}
	return j == len(small)
}

// TestSeedsClaims checks what the issue asks of the seeds story: the death
// toll as estimates that differ with both sources and outlets, the talks
// and the proposal with their origin counts, and what one report alone
// carries.
func TestSeedsClaims(t *testing.T) {
	sts := stories(t, evaldata.Path(t, "seeds"))
	cs := claims.Build(storyArticles(sts[0]), claims.DefaultOptions)
	var toll []claims.Claim
	found := map[string]bool{}
	for _, c := range cs {
		switch {
		case c.Kind == claims.EstimatesDiffer && strings.Contains(c.Text, "dead"):
			toll = append(toll, c)
		case c.Kind == claims.Agreed && c.Origins >= 3 && strings.Contains(c.Text, "Putin"):
			found["talks"] = true
		case c.Kind == claims.Agreed && c.Origins >= 2 && strings.Contains(c.Text, "intelligence") && strings.Contains(c.Text, "Nusra"):
			found["proposal"] = true
		case c.Kind == claims.Only && strings.Contains(c.Text, "DNC"):
			found["dnc"] = true
		}
	}
	for _, c := range cs {
		// an attribution naming only where Kerry spoke names who
		// spoke and where, not what: the content is in the quotes
		if r := claims.Fragment(c.Text); r == "only an attribution" {
			t.Errorf("claim %q is %s", c.Text, r)
		}
	}
	for _, k := range []string{"talks", "proposal", "dnc"} {
		if !found[k] {
			t.Errorf("no claim for %s", k)
		}
	}
	if len(toll) != 2 {
		t.Fatalf("death toll: %d claims, want 2 (one per estimate)", len(toll))
	}
	values := toll[0].Value + " / " + toll[1].Value
	sources := toll[0].Source + " / " + toll[1].Source
	if !strings.Contains(values, "280,000") || !strings.Contains(values, "470,000") ||
		!strings.Contains(sources, "UN") || !strings.Contains(sources, "Syrian Center for Policy Research") {
		t.Errorf("death toll values %q sources %q", values, sources)
	}
	if toll[0].Statements[0].Outlet == toll[1].Statements[0].Outlet || len(toll[0].Differs) == 0 {
		t.Errorf("death toll: want each estimate cited with its own outlet and the other as differing")
	}
}

// TestDemoAnswers checks the demo corpus's answer key: each conflict's
// figures appear as values of one dispute, and the same figure written
// differently is never a dispute.
func TestDemoAnswers(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "examples", "answers.json"))
	if err != nil {
		t.Fatal(err)
	}
	var key struct {
		Conflicts []struct {
			Kind   string `json:"kind"`
			What   string `json:"what"`
			Number float64
			Values []struct {
				Number float64 `json:"number"`
			} `json:"values"`
			Forms []struct {
				Value string `json:"value"`
			} `json:"forms"`
		} `json:"conflicts"`
	}
	if err := json.Unmarshal(data, &key); err != nil {
		t.Fatal(err)
	}
	sts := stories(t, filepath.Join("..", "examples"))
	disputes := map[string][]float64{}
	for _, st := range sts {
		for _, c := range claims.Build(storyArticles(st), claims.DefaultOptions) {
			if c.Dispute == "" {
				continue
			}
			for _, q := range numbers.Find(c.Value) {
				disputes[c.Dispute] = append(disputes[c.Dispute], q.Value)
			}
		}
	}
	holds := func(vals []float64, x float64) bool {
		for _, v := range vals {
			if v == x {
				return true
			}
		}
		return false
	}
	for _, c := range key.Conflicts {
		switch c.Kind {
		case "conflict":
			ok := false
			for _, vals := range disputes {
				n := 0
				for _, v := range c.Values {
					if holds(vals, v.Number) {
						n++
					}
				}
				ok = ok || n >= 2
			}
			if !ok {
				t.Errorf("conflict %q: no dispute with two of its figures (disputes: %v)", c.What, disputes)
			}
		case "same":
			for id, vals := range disputes {
				if holds(vals, c.Number) {
					t.Errorf("same figure %q (%v) is a value of dispute %s %v", c.What, c.Number, id, vals)
				}
			}
		}
	}
}

func TestToChorus(t *testing.T) {
	day := time.Date(2025, 3, 13, 9, 0, 0, 0, time.UTC)
	cs, ids := pairClaims("The flood has displaced 10,200 people, according to the Civil Protection Service.",
		"The flood has displaced 14,600 people, according to the Riverlands Relief Alliance.", day, day)
	out := claims.ToChorus(cs)
	var dispute []chorus.Claim
	for _, c := range out {
		if c.Dispute != "" {
			dispute = append(dispute, c)
		}
	}
	if len(dispute) != 2 {
		t.Fatalf("%d claims in the dispute, want 2: %+v", len(dispute), out)
	}
	c := dispute[0]
	if c.Kind != claims.EstimatesDiffer || c.Value != "10,200" ||
		c.Source != "the Civil Protection Service" || !c.FirstSeen.Equal(day) {
		t.Errorf("claim %+v", c)
	}
	if len(c.Articles) != 2 || c.Articles[0].Article != ids[0] || c.Articles[0].Stance != chorus.Stated ||
		c.Articles[1].Article != ids[1] || c.Articles[1].Stance != chorus.Differs || c.Origins != 1 {
		t.Errorf("articles %+v origins %d", c.Articles, c.Origins)
	}
}

// TestOtherLanguagesMakeNoClaims checks that an article English readers
// skip adds no claims: its clauses would be split by English rules.
func TestOtherLanguagesMakeNoClaims(t *testing.T) {
	text := "O porto de Tessin reabriu na sexta-feira depois de três semanas de greve. A empresa Marhold prometeu novos salários."
	var arts []claims.Article
	for k, lang := range []string{"pt", ""} {
		id := chorus.ArticleID("art-" + string(rune('a'+k)))
		art := &chorus.Article{ID: id, Outlet: "Outlet " + string(rune('A'+k)), Lang: lang, Text: text,
			Paragraphs: []chorus.Span{{Start: 0, End: len(text)}}}
		arts = append(arts, claims.Article{Article: art, Analysis: analyze.Analyze(art), Origin: id})
	}
	got := claims.Build(arts, claims.DefaultOptions)
	if len(got) == 0 {
		t.Fatal("the article of unknown language made no claims; the test cannot tell anything")
	}
	for _, c := range got {
		if hasArticle(c.Statements, "art-a") {
			t.Errorf("claim %q cites the Portuguese article", c.Text)
		}
	}
}
