package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// base is the update time the story tests count from.
var base = time.Date(2016, 7, 14, 10, 0, 0, 0, time.UTC)

// story returns a story with id, updated at updated, listing members, with
// every section filled in. Slices and maps are either nil or non-empty
// because a story's stored form is its JSON, where an empty list marked
// omitempty is indistinguishable from none.
func story(id chorus.StoryID, updated time.Time, members ...*chorus.Article) *chorus.Story {
	st := &chorus.Story{ID: id, Updated: updated}
	if len(members) == 0 {
		return st
	}
	first := members[0]
	event := chorus.NewEventID(first.ID)
	cite := chorus.Cite(first.ID, first.Paragraphs[0])
	st.Headline = chorus.CitedText{Text: first.Title, Citations: []chorus.Citation{cite}}
	ev := chorus.Event{ID: event, Label: first.Title, First: first.Published, Last: updated}
	outlets := map[string]bool{}
	for _, a := range members {
		st.Articles = append(st.Articles, chorus.StoryArticle{Article: *a, Origin: first.ID, Event: event})
		ev.Articles = append(ev.Articles, a.ID)
		outlets[a.Outlet] = true
	}
	st.Events = []chorus.Event{ev}
	st.Outlets = len(outlets)
	st.IndependentOrigins = 1
	origin := chorus.Origin{Article: first.ID, Credit: first.Credit}
	for _, a := range members[1:] {
		origin.Copies = append(origin.Copies, chorus.Copy{Article: a.ID, Shared: 1.0 / 3})
	}
	st.Origins = []chorus.Origin{origin}
	st.Digest = []chorus.DigestSentence{{
		Text:      first.Paragraphs[0].In(first.Text),
		Citations: []chorus.Citation{cite},
		Articles:  ev.Articles,
		Outlets:   st.Outlets,
		Variants:  []chorus.Variant{{Text: "The night ferry will keep running.", Citations: []chorus.Citation{cite}}},
	}}
	st.People = []chorus.Person{{
		Name: "Ana Ferreira-Lund", Type: chorus.EntityPerson, Variants: []string{"Ana Ferreira"},
		Role: "council chair", Mentions: map[string]int{string(first.ID): 2},
	}}
	st.Quotes = []chorus.StoryQuote{{Text: "close but clear", Speaker: "Ana Ferreira-Lund", Cue: "said", Direct: true, Citations: []chorus.Citation{cite}}}
	st.Timeline = []chorus.TimelineEntry{{Date: "2016-07-12", Granularity: "day", Text: "The council voted.", Actors: []string{"Valmere council"}, Citations: []chorus.Citation{cite}}}
	st.Claims = []chorus.Claim{{
		ID: "c1", Text: "Fares rise by 4.5%", Facets: map[string]string{"number": "4.5%"},
		Articles: []chorus.ClaimArticle{{Article: first.ID, Outlet: first.Outlet, Origin: first.ID, Stance: chorus.Stated, Citation: cite}},
		Origins:  1,
	}}
	return st
}

// summaries lists all stories (up to the default limit).
func summaries(t *testing.T, s chorus.Store, q chorus.StoryQuery) []chorus.StorySummary {
	t.Helper()
	got, err := s.Stories(context.Background(), q)
	if err != nil {
		t.Fatalf("Stories(%+v): %v", q, err)
	}
	return got
}

func putStories(t *testing.T, s chorus.Store, sts ...*chorus.Story) {
	t.Helper()
	for _, st := range sts {
		// a story's articles are stored before it (see chorus.StoryStore)
		for _, a := range st.Articles {
			if _, err := s.PutArticle(context.Background(), &a.Article); err != nil {
				t.Fatalf("PutArticle(%s): %v", a.ID, err)
			}
		}
		if err := s.PutStory(context.Background(), st); err != nil {
			t.Fatalf("PutStory(%s): %v", st.ID, err)
		}
	}
}

func testStoryRoundTrip(t *testing.T, s chorus.Store) {
	tests := []struct {
		name string
		st   *chorus.Story
	}{
		{"full, updated +05:30", story("s-full", base.In(ist), article(0), article(1), article(2))},
		{"one article, updated UTC", story("s-one", base, article(3))},
		{"bare", &chorus.Story{ID: "s-bare"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			putStories(t, s, tc.st)
			got, err := s.Story(context.Background(), tc.st.ID)
			if err != nil {
				t.Fatalf("Story: %v", err)
			}
			if diff := cmp.Diff(tc.st, got, exactTime); diff != "" {
				t.Errorf("story changed in the store (-put +got):\n%s", diff)
			}
		})
	}
}

func testStoryWindow(t *testing.T, s chorus.Store) {
	full := story("s-win", base, article(0), article(1), article(2), article(3), article(4))
	putStories(t, s, full)
	ids := func(st *chorus.Story) []chorus.ArticleID {
		var out []chorus.ArticleID
		for _, a := range st.Articles {
			out = append(out, a.ID)
		}
		return out
	}
	all := ids(full)
	tests := []struct {
		name string
		w    chorus.ArticleWindow
		want []chorus.ArticleID
		next chorus.ArticleID
	}{
		{"first page", chorus.ArticleWindow{Limit: 2}, all[:2], all[1]},
		{"middle page", chorus.ArticleWindow{After: all[1], Limit: 2}, all[2:4], all[3]},
		{"last page, short", chorus.ArticleWindow{After: all[3], Limit: 2}, all[4:], ""},
		{"page ending on the last article", chorus.ArticleWindow{After: all[2], Limit: 2}, all[3:], ""},
		{"no limit", chorus.ArticleWindow{After: all[0]}, all[1:], ""},
		{"after the last", chorus.ArticleWindow{After: all[4], Limit: 2}, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.StoryWindow(context.Background(), full.ID, tc.w)
			if err != nil {
				t.Fatalf("StoryWindow(%+v): %v", tc.w, err)
			}
			if diff := cmp.Diff(tc.want, ids(got)); diff != "" {
				t.Errorf("articles (-want +got):\n%s", diff)
			}
			if got.ArticlesTotal != len(all) || got.ArticlesNext != tc.next {
				t.Errorf("total, next = %d, %q; want %d, %q", got.ArticlesTotal, got.ArticlesNext, len(all), tc.next)
			}
			for _, a := range got.Articles {
				if a.Text == "" || a.Title == "" {
					t.Errorf("article %s of the page came back without its text or title", a.ID)
				}
			}
			// every section but the articles is the whole story's
			rest := *got
			rest.Articles, rest.ArticlesTotal, rest.ArticlesNext = full.Articles, 0, ""
			if diff := cmp.Diff(full, &rest, exactTime); diff != "" {
				t.Errorf("sections besides the articles changed (-full +window):\n%s", diff)
			}
		})
	}
	if _, err := s.StoryWindow(context.Background(), full.ID, chorus.ArticleWindow{After: "not-in-story", Limit: 2}); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("After naming no article of the story: err = %v, want ErrNotFound", err)
	}
	if _, err := s.StoryWindow(context.Background(), "s-missing", chorus.ArticleWindow{Limit: 2}); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("missing story: err = %v, want ErrNotFound", err)
	}
}

func testStoryOutline(t *testing.T, s chorus.Store) {
	full := story("s-outline", base, article(0), article(1), article(2))
	putStories(t, s, full)
	got, err := s.StoryOutline(context.Background(), full.ID)
	if err != nil {
		t.Fatalf("StoryOutline: %v", err)
	}
	if diff := cmp.Diff(full.Stored(), got, exactTime); diff != "" {
		t.Errorf("story outline (-stored +got):\n%s", diff)
	}
	if _, err := s.StoryOutline(context.Background(), "s-missing"); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("missing story: err = %v, want ErrNotFound", err)
	}
}

func testArticleHeads(t *testing.T, s chorus.Store) {
	arts := []*chorus.Article{article(0), article(1), article(2)}
	putArticles(t, s, arts...)
	got, err := s.ArticleHeads(context.Background(), []chorus.ArticleID{arts[0].ID, arts[2].ID, "a-missing"})
	if err != nil {
		t.Fatalf("ArticleHeads: %v", err)
	}
	want := map[chorus.ArticleID]*chorus.Article{}
	for _, a := range []*chorus.Article{arts[0], arts[2]} {
		h := *a
		h.Text, h.Paragraphs = "", nil
		want[a.ID] = &h
	}
	if diff := cmp.Diff(want, got, exactTime); diff != "" {
		t.Errorf("article heads (-want +got):\n%s", diff)
	}
}

func testStoryReplace(t *testing.T, s chorus.Store) {
	v1 := story("s-1", base, article(0), article(1))
	v2 := story("s-1", base.Add(time.Hour).In(ist), article(1), article(2), article(3))
	v2.Headline.Text = "Ferry vote: council keeps night crossing"
	putStories(t, s, v1, v2)
	got, err := s.Story(context.Background(), "s-1")
	if err != nil {
		t.Fatalf("Story: %v", err)
	}
	if diff := cmp.Diff(v2, got, exactTime); diff != "" {
		t.Errorf("Story after replace (-want +got):\n%s", diff)
	}
	want := []chorus.StorySummary{v2.Summary()}
	if diff := cmp.Diff(want, summaries(t, s, chorus.StoryQuery{}), exactTime); diff != "" {
		t.Errorf("Stories after replace (-want +got):\n%s", diff)
	}
}

func testStoryNotFound(t *testing.T, s chorus.Store) {
	putStories(t, s, story("s-there", base, article(0)))
	if _, err := s.Story(context.Background(), "s-missing"); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("Story of a missing id: err = %v, want ErrNotFound", err)
	}
}

func testStoriesOrder(t *testing.T, s chorus.Store) {
	// Offsets are chosen so that ordering by the text of the times, rather
	// than by the instants, gets them wrong.
	later := story("s-later", base.Add(time.Hour).In(time.FixedZone("", -7*3600)), article(0))
	tieB := story("s-tie-b", base, article(1))
	tieA := story("s-tie-a", base.In(ist), article(2))
	earlier := story("s-earlier", base.Add(-30*time.Minute).In(ist), article(3))
	undated := story("s-undated", time.Time{}, article(4))
	putStories(t, s, earlier, undated, tieB, later, tieA)
	var want []chorus.StorySummary
	for _, st := range []*chorus.Story{later, tieA, tieB, earlier, undated} {
		want = append(want, st.Summary())
	}
	if diff := cmp.Diff(want, summaries(t, s, chorus.StoryQuery{}), exactTime); diff != "" {
		t.Errorf("Stories order: newest first, ties by id, undated last (-want +got):\n%s", diff)
	}
}

func testStoriesLimit(t *testing.T, s chorus.Store) {
	const n = 55 // more than the default limit of 50
	for i := range n {
		putStories(t, s, story(chorus.StoryID(fmt.Sprintf("s-%02d", i)), base.Add(time.Duration(i)*time.Minute), article(i)))
	}
	ids := func(q chorus.StoryQuery) []chorus.StoryID {
		var out []chorus.StoryID
		for _, sum := range summaries(t, s, q) {
			out = append(out, sum.ID)
		}
		return out
	}
	tests := []struct {
		limit       int
		wantN       int
		wantFirstID chorus.StoryID
	}{
		{0, 50, "s-54"},
		{3, 3, "s-54"},
		{100, n, "s-54"},
	}
	for _, tc := range tests {
		got := ids(chorus.StoryQuery{Limit: tc.limit})
		if len(got) != tc.wantN || got[0] != tc.wantFirstID {
			t.Errorf("Limit %d: got %d stories starting %v, want %d starting %s", tc.limit, len(got), got[:min(1, len(got))], tc.wantN, tc.wantFirstID)
		}
	}
	if diff := cmp.Diff([]chorus.StoryID{"s-54", "s-53", "s-52"}, ids(chorus.StoryQuery{Limit: 3})); diff != "" {
		t.Errorf("Limit 3 (-want +got):\n%s", diff)
	}
}

func testStoriesSince(t *testing.T, s chorus.Store) {
	putStories(t, s,
		story("s-before", base.Add(-time.Hour), article(0)),
		story("s-at", base.In(ist), article(1)),
		story("s-after", base.Add(time.Hour), article(2)),
		story("s-undated", time.Time{}, article(3)),
	)
	tests := []struct {
		name  string
		since time.Time
		want  []chorus.StoryID
	}{
		{"zero keeps all", time.Time{}, []chorus.StoryID{"s-after", "s-at", "s-before", "s-undated"}},
		{"inclusive, other offset", base.In(time.FixedZone("", -7*3600)), []chorus.StoryID{"s-after", "s-at"}},
		{"one nanosecond later", base.Add(time.Nanosecond), []chorus.StoryID{"s-after"}},
		{"future", base.Add(24 * time.Hour), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []chorus.StoryID
			for _, sum := range summaries(t, s, chorus.StoryQuery{Since: tc.since}) {
				got = append(got, sum.ID)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Since %v (-want +got):\n%s", tc.since, diff)
			}
		})
	}
}

func testDeleteStory(t *testing.T, s chorus.Store) {
	ctx := context.Background()
	a0, a1, a2 := article(0), article(1), article(2)
	putArticles(t, s, a0, a1, a2)
	gone, kept := story("s-gone", base, a0, a1), story("s-kept", base, a2)
	putStories(t, s, gone, kept)
	if err := s.DeleteStory(ctx, gone.ID); err != nil {
		t.Fatalf("DeleteStory: %v", err)
	}
	if _, err := s.Story(ctx, gone.ID); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("Story after delete: err = %v, want ErrNotFound", err)
	}
	want := []chorus.StorySummary{kept.Summary()}
	if diff := cmp.Diff(want, summaries(t, s, chorus.StoryQuery{}), exactTime); diff != "" {
		t.Errorf("Stories after delete (-want +got):\n%s", diff)
	}
	// Deleting is idempotent: a merge may retire a story never stored.
	for _, id := range []chorus.StoryID{gone.ID, "s-never"} {
		if err := s.DeleteStory(ctx, id); err != nil {
			t.Errorf("DeleteStory(%s) of a missing story: %v", id, err)
		}
	}
	// The articles stay; only the story goes.
	if _, err := s.Article(ctx, a0.ID); err != nil {
		t.Errorf("Article of a deleted story's article: %v", err)
	}
	if f, ok := s.(StoryFinder); ok {
		wantStoryOf(t, f, a0.ID, "")
		wantStoryOf(t, f, a2.ID, kept.ID)
	}
}

// testStoryMembership checks that an article belongs to at most one story,
// the one that listed it last.
func testStoryMembership(t *testing.T, s chorus.Store) {
	f, ok := s.(StoryFinder)
	if !ok {
		t.Skip("store does not implement StoryFinder")
	}
	a0, a1, a2, a3 := article(0), article(1), article(2), article(3)
	steps := []struct {
		name string
		put  *chorus.Story
		want map[chorus.ArticleID]chorus.StoryID // "" means no story
	}{
		{"A takes a0 a1", story("s-A", base, a0, a1),
			map[chorus.ArticleID]chorus.StoryID{a0.ID: "s-A", a1.ID: "s-A", a2.ID: "", a3.ID: ""}},
		{"B takes a1 from A", story("s-B", base, a1, a2),
			map[chorus.ArticleID]chorus.StoryID{a0.ID: "s-A", a1.ID: "s-B", a2.ID: "s-B", a3.ID: ""}},
		{"A replaced without a1", story("s-A", base, a0),
			map[chorus.ArticleID]chorus.StoryID{a0.ID: "s-A", a1.ID: "s-B", a2.ID: "s-B"}},
		{"B drops a1", story("s-B", base, a2, a3),
			map[chorus.ArticleID]chorus.StoryID{a0.ID: "s-A", a1.ID: "", a2.ID: "s-B", a3.ID: "s-B"}},
	}
	for _, step := range steps {
		putStories(t, s, step.put)
		t.Run(step.name, func(t *testing.T) {
			for id, want := range step.want {
				wantStoryOf(t, f, id, want)
			}
		})
	}
}

// wantStoryOf checks article id belongs to story want ("" for none).
func wantStoryOf(t *testing.T, f StoryFinder, id chorus.ArticleID, want chorus.StoryID) {
	t.Helper()
	got, err := f.StoryOf(context.Background(), id)
	switch {
	case want == "" && !errors.Is(err, chorus.ErrNotFound):
		t.Errorf("StoryOf(%s) = %q, %v; want ErrNotFound", id.Short(), got, err)
	case want != "" && (err != nil || got != want):
		t.Errorf("StoryOf(%s) = %q, %v; want %q", id.Short(), got, err, want)
	}
}
