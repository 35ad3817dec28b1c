package cluster

import (
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

// Two happenings of one kind (a ferry that ran aground) with different
// names, a second happening with the first one's names (the same ferry
// line, a year on), and an unrelated story.
const (
	ferryBrisk = `The ferry Morwen Star ran aground off Caldy Point on Tuesday night with 212 passengers aboard. The Westerly Isles Line said the hull was breached below the waterline and coastguard boats took everyone ashore at Penhallow. Inspectors from the Harbour Safety Office boarded the ferry at dawn.`
	ferryOther = `The ferry Skerra ran aground near Hollin Sound early on Sunday with 97 passengers aboard. Northmark Ferries said a pump kept the breached hull afloat while lifeboats took everyone ashore at Dunmarra. Inspectors from the Maritime Board will examine the ferry this week.`
	ferrySame  = `A year after its ferry struck rocks off Caldy Point, the Westerly Isles Line saw a second vessel, the Morwen Dawn, run aground at Penhallow harbour mouth. The Harbour Safety Office said nobody was hurt and the passengers were taken ashore by coastguard boats.`
	orchardRun = `Growers in the Lusk valley began the apple harvest a fortnight early after a warm spring. The Lusk Growers Guild expects a record crop and has hired pickers from three counties.`
)

func TestLikeness(t *testing.T) {
	// Likeness is measured here, not placement: every article founds its
	// own story (with the defaults the three ferry reports make one).
	opts := DefaultOptions
	opts.StoryThreshold, opts.MergeThreshold = 2, 0
	x := New(opts)
	add := func(id, text string, day int) chorus.StoryID {
		return x.Add(Doc{ID: chorus.ArticleID(id), Text: text, Published: t0.Add(time.Duration(day) * 24 * time.Hour)}).Story
	}
	brisk := add("brisk", ferryBrisk, 0)
	other := add("other", ferryOther, 1)
	same := add("same", ferrySame, 2)
	orchard := add("orchard", orchardRun, 3)
	if brisk == other || brisk == same || brisk == orchard {
		t.Fatalf("stories joined although nothing may join: %s %s %s %s", brisk, other, same, orchard)
	}
	type likeness struct {
		words, names float64
		ok           bool
	}
	like := func(a, b chorus.StoryID) likeness {
		w, n, ok := x.Likeness(a, b)
		return likeness{w, n, ok}
	}
	kind, shared, unrelated := like(brisk, other), like(brisk, same), like(brisk, orchard)
	tests := []struct {
		name string
		ok   bool
	}{
		{"same kind, other names: alike in words more than in names", kind.ok && kind.words > kind.names && kind.words > unrelated.words},
		{"same kind, same names: alike in names more than the other ferry", shared.ok && shared.names > kind.names},
		{"unrelated: nothing shared", unrelated.ok && unrelated.words < 0.05 && unrelated.names == 0},
		{"symmetric", like(other, brisk) == kind},
		{"a story with itself is no pair", !like(brisk, brisk).ok},
		{"unknown story", !like(brisk, "nowhere").ok},
	}
	for _, tt := range tests {
		if !tt.ok {
			t.Errorf("%s: kind %+v shared %+v unrelated %+v", tt.name, kind, shared, unrelated)
		}
	}
}
