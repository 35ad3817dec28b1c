package pipeline

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/story"
)

// bigStory makes a story of n short invented reports over three events
// (sizes in the ratio 3:2:1); about every third report is a wire copy of
// its event's last report.
func bigStory(n int) (arts []*chorus.Article, events map[chorus.ArticleID]chorus.EventID, copies int) {
	start := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	events = map[chorus.ArticleID]chorus.EventID{}
	last := map[string]string{}
	for i := range n {
		ev := []string{"dam", "dam", "dam", "vote", "vote", "ferry"}[i%6]
		// each report in words of its own, so that only copies share text
		r := rand.New(rand.NewPCG(uint64(i), 7))
		word := func() string {
			var b strings.Builder
			for range 2 + r.IntN(2) {
				b.WriteString([]string{"ka", "lo", "ven", "mar", "tis", "dor", "ba", "rel", "su", "nim"}[r.IntN(10)])
			}
			return b.String()
		}
		var sb strings.Builder
		for range 4 {
			fmt.Fprintf(&sb, "The %s %s near the %s %s was %s by %s %s on Tuesday, officials said. ", word(), word(), ev, word(), word(), word(), word())
		}
		body := strings.TrimSpace(sb.String())
		if prev, ok := last[ev]; ok && i%3 == 2 {
			body = prev // a wire copy of the event's last report, reposted by another outlet
			copies++
		}
		last[ev] = body
		a := &chorus.Article{
			ID:        chorus.ArticleID(fmt.Sprintf("a%03d", i)),
			Outlet:    fmt.Sprintf("Outlet %d", i%7),
			Title:     "Orrvale " + ev,
			Text:      "Orrvale " + ev + "\n\n" + body,
			Published: start.Add(time.Duration(i) * time.Hour),
		}
		a.TitleSpan = chorus.Span{Start: 0, End: len(a.Title)}
		arts = append(arts, a)
		events[a.ID] = chorus.EventID("ev-" + ev)
	}
	return arts, events, copies
}

func TestReadingSet(t *testing.T) {
	arts, events, copies := bigStory(90)
	origins := storyOrigins(arts, events, nil)
	if len(origins) != 90-copies {
		t.Fatalf("%d origins, want %d", len(origins), 90-copies)
	}
	for _, tc := range []struct {
		name  string
		arts  []*chorus.Article
		limit int
		want  int
	}{
		{"small story reads everything", arts[:12], 40, 12},
		{"large story reads up to the limit", arts, 40, 40},
		{"limit above the origins reads the origins", arts, 80, 90 - copies},
	} {
		t.Run(tc.name, func(t *testing.T) {
			read := readingSet(tc.arts, storyOrigins(tc.arts, events, nil), events, tc.limit)
			if len(read) != tc.want {
				t.Fatalf("read %d articles, want %d", len(read), tc.want)
			}
			if len(tc.arts) <= tc.limit {
				return
			}
			isOrigin := map[chorus.ArticleID]bool{}
			for _, o := range origins {
				isOrigin[o.Article] = true
			}
			perEvent := map[chorus.EventID]int{}
			for i, a := range read {
				if !isOrigin[a.ID] {
					t.Errorf("read the copy %s", a.ID)
				}
				if i > 0 && slices.Index(tc.arts, a) < slices.Index(tc.arts, read[i-1]) {
					t.Errorf("reading set out of the story's order at %s", a.ID)
				}
				perEvent[events[a.ID]]++
			}
			// every event is read; none is read twice before all are read once
			if len(perEvent) != 3 {
				t.Errorf("events read: %v", perEvent)
			}
		})
	}
	// the same members in another order read the same articles
	rev := slices.Clone(arts)
	slices.Reverse(rev)
	a := readingSet(arts, storyOrigins(arts, events, nil), events, 40)
	b := readingSet(rev, storyOrigins(rev, events, nil), events, 40)
	ids := func(as []*chorus.Article) []string {
		var out []string
		for _, x := range as {
			out = append(out, string(x.ID))
		}
		slices.Sort(out)
		return out
	}
	if !slices.Equal(ids(a), ids(b)) {
		t.Errorf("reading set depends on member order")
	}
}

// TestLargeStoryCitesCopies builds a story larger than ReadLimit: its
// counts cover every article, and a digest sentence taken from an origin
// cites the unread copies that carry it, at spans that hold its text.
func TestLargeStoryCitesCopies(t *testing.T) {
	arts, events, copies := bigStory(ReadLimit + 30)
	st := buildStory("s1", arts, nil, events, nil, story.DefaultOptions)
	if len(st.Articles) != len(arts) {
		t.Fatalf("story lists %d articles, want %d", len(st.Articles), len(arts))
	}
	if st.IndependentOrigins != len(arts)-copies {
		t.Errorf("%d origins, want %d", st.IndependentOrigins, len(arts)-copies)
	}
	text := map[chorus.ArticleID]string{}
	for _, a := range arts {
		text[a.ID] = a.Text
	}
	cited := 0
	for _, ds := range st.Digest {
		if len(ds.Citations) == 0 {
			t.Fatalf("uncited sentence %q", ds.Text)
		}
		first := ds.Citations[0]
		want := text[first.Article][first.Start:first.End]
		for _, c := range ds.Citations[1:] {
			if got := text[c.Article][c.Start:c.End]; strings.TrimSpace(got) == "" {
				t.Errorf("empty citation %v", c)
			}
		}
		for _, c := range ds.Citations {
			if text[c.Article][c.Start:c.End] == want && c.Article != first.Article {
				cited++
			}
		}
	}
	if cited == 0 {
		t.Errorf("no digest sentence cites a copy; digest: %+v", st.Digest)
	}
}

// A story built from articles nobody clustered (no events, as in the
// summarisation evaluation) still finds its copies: the articles are
// grouped as one event, not each as an event of its own.
func TestBuildStoryWithoutEventsFindsCopies(t *testing.T) {
	arts, _, copies := bigStory(12)
	st := BuildStory("s-unclustered", arts, nil, story.DefaultOptions)
	if want := len(arts) - copies; st.IndependentOrigins != want {
		t.Errorf("independent origins = %d, want %d (%d articles, %d copies)", st.IndependentOrigins, want, len(arts), copies)
	}
}
