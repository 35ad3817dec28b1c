package dedup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// fixture reads testdata/fixtures/NAME.txt as a Doc whose first line is its
// title, published at the given hour of 4 October.
func fixture(t testing.TB, name string, hour int) Doc {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "fixtures", name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	d := Doc{ID: chorus.ArticleID(name), Text: text, Title: chorus.Span{End: strings.IndexByte(text, '\n')}}
	if hour >= 0 {
		d.Published = time.Date(2025, 10, 4, hour, 0, 0, 0, time.UTC)
	}
	return d
}

// fixtures are the known-answer set: a wire story, a verbatim repost, a
// repost with a new headline and its last three paragraphs cut, a rewrite
// that shares only two quotes, and an unrelated piece on the same topic.
func fixtures(t testing.TB) []Doc {
	return []Doc{
		fixture(t, "wire", 8), fixture(t, "verbatim", 9), fixture(t, "retitled", 10),
		fixture(t, "rewrite", 11), fixture(t, "unrelated", 12),
	}
}

func TestAlignFixtures(t *testing.T) {
	docs := fixtures(t)
	byName := map[string]Doc{}
	for _, d := range docs {
		byName[string(d.ID)] = d
	}
	tests := []struct {
		b                  string
		minShareA, maxA    float64
		minShareB          float64
		minPassages, maxPs int
	}{
		{b: "verbatim", minShareA: 1, maxA: 1, minShareB: 1, minPassages: 1, maxPs: 1},
		// The cut copy repeats five of the eight paragraphs, all of itself.
		{b: "retitled", minShareA: 0.55, maxA: 0.7, minShareB: 0.95, minPassages: 1, maxPs: 1},
		// The rewrite shares the two quotes and nothing else.
		{b: "rewrite", minShareA: 0.05, maxA: 0.2, minShareB: 0.05, minPassages: 2, maxPs: 2},
		{b: "unrelated", minShareA: 0, maxA: 0.03, minShareB: 0, minPassages: 0, maxPs: 0},
	}
	for _, tt := range tests {
		t.Run(tt.b, func(t *testing.T) {
			al := Align(byName["wire"], byName[tt.b])
			if al.ShareA < tt.minShareA || al.ShareA > tt.maxA || al.ShareB < tt.minShareB {
				t.Errorf("shares %.2f/%.2f, want A in [%.2f,%.2f], B ≥ %.2f", al.ShareA, al.ShareB, tt.minShareA, tt.maxA, tt.minShareB)
			}
			long := 0
			for _, p := range al.Passages {
				if p.Words >= minPassageWords {
					long++
				}
				if got, want := norm(p.A.In(byName["wire"].Text)), norm(p.B.In(byName[tt.b].Text)); got != want && tt.b != "rewrite" {
					t.Errorf("passage differs:\n%s\n%s", got, want)
				}
			}
			if long < tt.minPassages || long > tt.maxPs {
				t.Errorf("%d passages of %d+ words, want %d–%d: %+v", long, minPassageWords, tt.minPassages, tt.maxPs, al.Passages)
			}
			if al.Earlier != "wire" {
				t.Errorf("earlier = %q, want wire", al.Earlier)
			}
		})
	}
}

// norm folds case and punctuation so that passage texts compare by words.
func norm(s string) string {
	var ws []string
	for _, w := range words(s, 0) {
		ws = append(ws, strings.ToLower(w.span.In(s)))
	}
	return strings.Join(ws, " ")
}

func TestAlignRewriteQuotes(t *testing.T) {
	docs := fixtures(t)
	al := Align(docs[0], docs[3])
	var got []string
	for _, p := range al.Passages {
		if p.Words >= minPassageWords {
			got = append(got, p.B.In(docs[3].Text))
		}
	}
	want := []string{
		"We watched the river climb all night and there was nothing more we could do with sandbags",
		`Breska has been through floods before and it will be rebuilt," he`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("shared passages (-want +got):\n%s", diff)
	}
	if len(al.ParagraphsA) != 2 || len(al.ParagraphsB) != 2 {
		t.Errorf("paragraphs sharing words: A %+v, B %+v", al.ParagraphsA, al.ParagraphsB)
	}
}

func TestSyndicateFixtures(t *testing.T) {
	docs := fixtures(t)
	docs[2].Credit = "Northwind" // the cut copy credits the agency
	syn := Syndicate(docs)
	want := []chorus.Origin{
		{Article: "wire", Credit: "Northwind", Copies: []chorus.Copy{{Article: "retitled", Shared: 0.63}, {Article: "verbatim", Shared: 1}}},
		{Article: "rewrite"},
		{Article: "unrelated"},
	}
	if diff := cmp.Diff(want, syn.Origins); diff != "" {
		t.Errorf("origins (-want +got):\n%s", diff)
	}
	var pairs []string
	for _, p := range syn.Pairs {
		pairs = append(pairs, string(p.A)+"~"+string(p.B)+map[bool]string{true: " same", false: " shares"}[p.Same])
	}
	wantPairs := []string{"wire~verbatim same", "wire~retitled same", "wire~rewrite shares",
		"verbatim~retitled same", "verbatim~rewrite shares", "retitled~rewrite shares"}
	if diff := cmp.Diff(wantPairs, pairs); diff != "" {
		t.Errorf("pairs (-want +got):\n%s", diff)
	}
}

func TestOriginChoice(t *testing.T) {
	t0 := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		a, b   Doc
		credit string
		want   chorus.ArticleID
	}{
		{"agency outlet wins over earlier copy", Doc{ID: "a", Outlet: "Northwind", Published: t0.Add(time.Hour)}, Doc{ID: "b", Published: t0}, "Northwind", "a"},
		{"earliest", Doc{ID: "a", Published: t0.Add(time.Hour)}, Doc{ID: "b", Published: t0}, "", "b"},
		{"dated over undated", Doc{ID: "a"}, Doc{ID: "b", Published: t0}, "", "b"},
		{"credited when undated", Doc{ID: "a"}, Doc{ID: "b", Credit: "Reuters"}, "Reuters", "b"},
		{"id breaks ties", Doc{ID: "b"}, Doc{ID: "a"}, "", "a"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.b.ID
			if betterOrigin(tt.a, 10, tt.b, 10, tt.credit) {
				got = tt.a.ID
			}
			if got != tt.want {
				t.Errorf("origin %s, want %s", got, tt.want)
			}
		})
	}
}

func TestAlignmentString(t *testing.T) {
	al := Alignment{A: "aaaa", B: "bbbb", ShareA: 0.78, ShareB: 0.9, Passages: make([]Passage, 3), Earlier: "aaaa"}
	want := "bbbb repeats 78% of aaaa (aaaa repeats 90% of bbbb, 3 passages); aaaa is earlier"
	if got := al.String(); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestWords(t *testing.T) {
	text := "We’re in Zürich—at 4 p.m."
	var got []string
	for _, w := range words(text, 0) {
		got = append(got, w.span.In(text))
	}
	want := []string{"We", "re", "in", "Zürich", "at", "4", "p", "m"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("words (-want +got):\n%s", diff)
	}
	a, b := words("WE'RE", 0), words("we’re", 0)
	if a[0].hash != b[0].hash || a[1].hash != b[1].hash {
		t.Error("case and apostrophe style change word hashes")
	}
}
