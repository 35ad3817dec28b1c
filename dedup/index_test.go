package dedup

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

func newTestIndex(t testing.TB) *Index {
	t.Helper()
	x, err := NewIndex(DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func TestIndexIncremental(t *testing.T) {
	x := newTestIndex(t)
	docs := fixtures(t)
	var got []string
	for _, d := range docs {
		for _, m := range x.Add(d) {
			got = append(got, fmt.Sprintf("%s→%s same=%v", d.ID, m.ID, m.SameOrigin))
		}
	}
	want := []string{"verbatim→wire same=true", "retitled→wire same=true", "retitled→verbatim same=true"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("matches (-want +got):\n%s", diff)
	}
	if x.Add(docs[0]) != nil || x.Len() != len(docs) {
		t.Error("adding an indexed article again changed the index")
	}
	origins := x.Origins([]chorus.ArticleID{"wire", "verbatim", "retitled", "rewrite", "unrelated", "missing"})
	var groups []string
	for _, o := range origins {
		g := []string{string(o.Article)}
		for _, c := range o.Copies {
			g = append(g, string(c.Article))
		}
		groups = append(groups, strings.Join(g, ","))
	}
	if diff := cmp.Diff([]string{"wire,retitled,verbatim", "rewrite", "unrelated"}, groups); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
	if !x.SameGroup("verbatim", "retitled") || x.SameGroup("wire", "rewrite") {
		t.Error("SameGroup disagrees with the groups")
	}
}

// Thousands of articles written from one template crowd the same band
// buckets. A query reads at most bucketScan of each, yet a repost of the
// very first of them is still found, through the bands only it and its
// original share.
func TestCrowdedBucketsKeepCopies(t *testing.T) {
	x := newTestIndex(t)
	r := rand.New(rand.NewPCG(7, 7))
	town := func() string {
		var b strings.Builder
		for range 3 {
			b.WriteString([]string{"vel", "ka", "mor", "tin", "sa", "dru", "pel", "ost"}[r.IntN(8)])
		}
		return b.String()
	}
	text := func() string {
		a, b, c := town(), town(), town()
		return fmt.Sprintf("Crews in %s worked through the night after the storm reached %s. "+
			"The council of %s said the roads would reopen on Friday. Officials said more details would follow later in the week. "+
			"Residents gathered near the town hall as the news spread. The figures have not been independently confirmed.", a, b, c)
	}
	first := Doc{ID: "first", Text: text()}
	x.Add(first)
	for i := range 3000 {
		x.Add(Doc{ID: chorus.ArticleID(fmt.Sprint("t", i)), Text: text()})
	}
	repost := Doc{ID: "repost", Text: "(Meridian Press) " + first.Text}
	found := false
	ms := x.Add(repost)
	for _, m := range ms {
		found = found || (m.ID == "first" && m.SameOrigin)
	}
	if !found {
		t.Errorf("repost of the first article not matched to it among %d matches", len(ms))
	}
	// Uncapped, every one of the 3,001 earlier articles comes back (they all
	// share some crowded bucket); capped, about 550 do.
	if len(ms) > 1000 {
		t.Errorf("%d matches: the query read the crowded buckets whole", len(ms))
	}
}

func TestOptionsValidate(t *testing.T) {
	for _, o := range []Options{{Hashes: 64, Rows: 3}, {Hashes: 0, Rows: 1}, {Hashes: 4096, Rows: 2}} {
		if _, err := NewIndex(o); err == nil {
			t.Errorf("NewIndex(%+v) accepted bad options", o)
		}
	}
}

func TestEncodeRoundTrip(t *testing.T) {
	x := newTestIndex(t)
	docs := fixtures(t)
	docs[2].Credit, docs[2].Outlet = "Northwind", "Valley Post"
	for _, d := range docs[:3] {
		x.Add(d)
	}
	first, err := x.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs[3:] {
		x.Add(d)
	}
	all, _ := x.MarshalBinary()
	// Appending the new records to the earlier encoding gives the full one.
	if appended := x.AppendRecords(append([]byte(nil), first...), 3); !bytes.Equal(appended, all) {
		t.Fatal("earlier encoding + appended records differs from the full encoding")
	}
	y, err := UnmarshalIndex(all)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := y.MarshalBinary()
	if !bytes.Equal(again, all) {
		t.Error("decode then encode changes the bytes")
	}
	probe := fixture(t, "verbatim", 9)
	probe.ID = "probe"
	if diff := cmp.Diff(x.Query(probe), y.Query(probe)); diff != "" {
		t.Errorf("decoded index answers differently (-orig +decoded):\n%s", diff)
	}
	ids := []chorus.ArticleID{"wire", "verbatim", "retitled", "rewrite", "unrelated"}
	if diff := cmp.Diff(x.Origins(ids), y.Origins(ids)); diff != "" {
		t.Errorf("decoded groups differ (-orig +decoded):\n%s", diff)
	}
	if got := len(all) / x.Len(); got > 400 {
		t.Errorf("%d bytes per article; the encoding should stay compact", got)
	}
}

func TestDecodeErrors(t *testing.T) {
	x := newTestIndex(t)
	for _, d := range fixtures(t)[:2] {
		x.Add(d)
	}
	good, _ := x.MarshalBinary()
	flip := func(at int) []byte {
		b := append([]byte(nil), good...)
		b[at] ^= 0x40
		return b
	}
	tests := map[string][]byte{
		"empty":        nil,
		"bad magic":    append([]byte("xxxx"), good[4:]...),
		"new version":  append([]byte("chdx\x02"), good[5:]...),
		"cut short":    good[:len(good)-3],
		"flipped byte": flip(len(good) - 20),
		"bad rows":     append(append([]byte("chdx\x01"), 64, 3), good[7:]...),
	}
	for name, data := range tests {
		t.Run(name, func(t *testing.T) {
			if _, err := UnmarshalIndex(data); !errors.Is(err, ErrFormat) {
				t.Errorf("error %v, want ErrFormat", err)
			}
		})
	}
}

// BenchmarkIndexAdd adds distinct articles (the fixture's words shuffled
// differently each time), so that buckets hold what real text puts there.
func BenchmarkIndexAdd(b *testing.B) {
	ws := strings.Fields(fixture(b, "wire", 8).Text)
	docs := make([]Doc, 1000)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range docs {
		rng.Shuffle(len(ws), func(p, q int) { ws[p], ws[q] = ws[q], ws[p] })
		docs[i] = Doc{Text: strings.Join(ws, " ")}
	}
	x := newTestIndex(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d := docs[i%len(docs)]
		d.ID = chorus.ArticleID(fmt.Sprint(i))
		x.Add(d)
	}
}

func BenchmarkAlign(b *testing.B) {
	a, c := fixture(b, "wire", 8), fixture(b, "retitled", 9)
	for i := 0; i < b.N; i++ {
		Align(a, c)
	}
}

// BenchmarkSyndicate100 groups a story-sized set: fifty distinct texts and
// a trimmed copy of each.
func BenchmarkSyndicate100(b *testing.B) {
	ws := strings.Fields(fixture(b, "wire", 8).Text)
	rng := rand.New(rand.NewPCG(3, 4))
	var docs []Doc
	for i := 0; i < 50; i++ {
		rng.Shuffle(len(ws), func(p, q int) { ws[p], ws[q] = ws[q], ws[p] })
		text := strings.Join(ws, " ")
		docs = append(docs, Doc{ID: chorus.ArticleID(fmt.Sprint("o", i)), Text: text},
			Doc{ID: chorus.ArticleID(fmt.Sprint("c", i)), Text: text[:len(text)*2/3]})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if got := len(Syndicate(docs).Origins); got != 50 {
			b.Fatalf("%d origins, want 50", got)
		}
	}
}
