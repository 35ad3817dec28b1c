package storetest

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

// EntryReader is implemented by stores that give back the feed entries
// recorded for an article. Run checks it with the sources when present.
type EntryReader interface {
	Entries(ctx context.Context, id chorus.ArticleID) ([]chorus.FeedEntry, error)
}

func testSources(t *testing.T, store chorus.Store) {
	s, ok := store.(chorus.SourceStore)
	if !ok {
		t.Skip("store does not implement chorus.SourceStore")
	}
	ctx := context.Background()
	added := time.Date(2026, 3, 1, 9, 0, 0, 0, time.FixedZone("CET", 3600))
	a := chorus.Source{URL: "https://a.example/feed.xml", Kind: chorus.SourceFeed, Title: "A", Category: "World",
		Interval: time.Hour, Added: added}
	created, err := s.AddSource(ctx, &a)
	if err != nil || !created || a.ID == 0 || a.Status != chorus.SourceNew {
		t.Fatalf("AddSource = %v, %v, %+v", created, err, a)
	}
	again := chorus.Source{URL: a.URL, Kind: chorus.SourceFeed, Title: "other", Interval: time.Minute}
	if created, err := s.AddSource(ctx, &again); err != nil || created || again.ID != a.ID || again.Title != "A" {
		t.Fatalf("second AddSource = %v, %v, %+v", created, err, again)
	}
	b := chorus.Source{URL: "https://b.example/sitemap.xml", Kind: chorus.SourceSitemap, Interval: 2 * time.Hour, Added: added}
	if _, err := s.AddSource(ctx, &b); err != nil || b.ID <= a.ID {
		t.Fatalf("AddSource(b) = %v, id %d after %d", err, b.ID, a.ID)
	}
	st := chorus.SourceState{ETag: `"x"`, LastModified: "Sun, 01 Mar 2026 10:00:00 GMT", LastFetch: added.Add(time.Hour),
		Status: chorus.SourceFailed, Error: "boom", Failures: 2, Runs: 3, NewLast: 4, NewTotal: 9, NextRun: added.Add(3 * time.Hour)}
	if err := s.SaveState(ctx, a.ID, st); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveState(ctx, 999999, st); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("SaveState of a missing source: %v", err)
	}
	list, err := s.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := a
	want.SourceState = st
	if diff := cmp.Diff([]chorus.Source{want, b}, list, exactTime); diff != "" {
		t.Errorf("Sources (-want +got):\n%s", diff)
	}

	if _, ok, err := s.LookupURL(ctx, "https://a.example/1"); ok || err != nil {
		t.Errorf("lookup of an unknown URL = %v, %v", ok, err)
	}
	err = s.PutAliases(ctx, []chorus.URLAlias{
		{URL: "https://a.example/1", Canonical: "https://a.example/1"},
		{URL: "https://a.example/1", Canonical: "https://a.example/one", Article: "art1"},
		{URL: "https://a.example/1", Canonical: "https://a.example/uno", Article: "art2"},
	})
	if err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.LookupURL(ctx, "https://a.example/1")
	if err != nil || !ok || got.Article != "art1" || got.Canonical != "https://a.example/one" {
		t.Errorf("LookupURL = %+v, %v, %v; want the first alias with an article", got, ok, err)
	}

	rec := chorus.FeedEntry{Source: a.ID, URL: "https://a.example/one", Article: "art1", GUID: "g1", Title: "One",
		Authors: []string{"Ana Ruiz"}, Categories: []string{"Politics", "Europe"}, Published: added,
		TextFrom: chorus.TextFromSummary, Seen: added}
	newer := rec
	newer.Title, newer.Seen = "One (updated)", added.Add(time.Hour)
	if err := s.PutEntries(ctx, []chorus.FeedEntry{rec}); err != nil {
		t.Fatal(err)
	}
	if err := s.PutEntries(ctx, []chorus.FeedEntry{newer}); err != nil {
		t.Fatal(err)
	}
	er, hasEntries := store.(EntryReader)
	if hasEntries {
		entries, err := er.Entries(ctx, "art1")
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]chorus.FeedEntry{newer}, entries, exactTime); diff != "" {
			t.Errorf("Entries (-want +got):\n%s", diff)
		}
	}
	if err := s.RemoveSource(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveSource(ctx, a.ID); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("second RemoveSource: %v", err)
	}
	if hasEntries {
		if entries, _ := er.Entries(ctx, "art1"); len(entries) != 0 {
			t.Errorf("entries outlived their source: %v", entries)
		}
	}
	if _, ok, _ := s.LookupURL(ctx, "https://a.example/1"); !ok {
		t.Error("aliases must outlive the source: the article is still stored")
	}
}
