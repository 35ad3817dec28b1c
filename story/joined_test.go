package story

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

func TestJoined(t *testing.T) {
	arts := []*chorus.Article{
		{ID: "a1", Title: "Tessin ferry strike halts crossings to Riel"},
		{ID: "a2", Title: "Ferry strike: no crossings to Riel until Friday"},
		{ID: "a3", Title: "Marhold council approves new harbour budget"},
		{ID: "a4", Title: "Weather: storms expected along the coast"},
		{ID: "a5", Title: "Crossings to Riel resume as ferry strike ends"},
		{ID: "a6", Title: "Ferry strike talks stall"},
	}
	events := map[chorus.ArticleID]chorus.EventID{"a1": "e1", "a2": "e1", "a3": "e2", "a4": "e1", "a5": "e3", "a6": "e1"}
	names := map[chorus.ArticleID][]string{
		"a1": {"Tessin Ferries", "Riel", "Anna Varga", "Tessin Ferries", "riel"},
		"a2": {"riel", "Tessin Ferries", "Marhold"},
		"a3": {"Marhold", "Riel"},
		"a4": {"Varga"},
		// a5 is its event's only article: nothing to share with
		"a5": {"Riel", "Tessin Ferries"},
	}
	marks := map[chorus.ArticleID]*Marks{}
	for _, a := range arts {
		if n, ok := names[a.ID]; ok {
			marks[a.ID] = NewMarks(a.Title, n)
		}
	}
	// the clusterer's event scores: a2 and a4 joined e1 after a1 founded it
	marks["a2"].Score = 0.41237
	marks["a4"].Score = 0.205
	got := map[chorus.ArticleID]*chorus.Joined{}
	for i, j := range joined(arts, marks, events) {
		if j != nil {
			got[arts[i].ID] = j
		}
	}
	want := map[chorus.ArticleID]*chorus.Joined{
		// most mentioned first within a tie of two articles each; a
		// name's case does not make it another name
		"a1": {Names: []string{"Tessin Ferries", "Riel"}, Words: []string{"ferry", "strike", "crossings", "riel"}},
		"a2": {Names: []string{"riel", "Tessin Ferries"}, Words: []string{"ferry", "strike", "crossings", "riel"}, Score: 0.412},
		// a6 has no marks: its headline alone speaks for it
		"a6": {Words: []string{"ferry", "strike"}},
		// a4 shares no name ("Varga" is not "Anna Varga") and no headline
		// word with its event: only its score says why it is there; a3
		// and a5 say nothing
		"a4": {Score: 0.205},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("joined (-want +got):\n%s", diff)
	}
}

func TestHeadlineWords(t *testing.T) {
	for title, want := range map[string][]string{
		"Kaskel dam gate fails; 7 dead in the Temna valley": {"kaskel", "dam", "gate", "fails", "dead", "temna", "valley"},
		"Ferry, ferry and more ferry":                       {"ferry"},
		"Post-storm clean-up begins":                        {"post-storm", "clean-up", "begins"},
		"":                                                  nil,
	} {
		if got := headlineWords(title); !cmp.Equal(got, want) {
			t.Errorf("headlineWords(%q) = %q, want %q", title, got, want)
		}
	}
}

func TestTopNamesIsStable(t *testing.T) {
	mentions := []string{"Riel", "Varga", " riel", "Tessin", "Marhold", "Varga", "Riel", "Kaskel", "Temna", "Sadovo", "Brodny",
		"Ostrelka", "Veskaria", "Kalessia"}
	once := TopNames(mentions, NamesKept)
	if want := []string{"Riel", "Varga", "Tessin", "Marhold", "Kaskel", "Temna", "Sadovo", "Brodny"}; !cmp.Equal(once, want) {
		t.Errorf("TopNames = %q, want %q", once, want)
	}
	// a desk keeps the first answer; the story built from it must see the
	// same names as one built from the mentions
	if twice := TopNames(once, NamesKept); !cmp.Equal(twice, once) {
		t.Errorf("TopNames of its own answer = %q, want %q", twice, once)
	}
}
