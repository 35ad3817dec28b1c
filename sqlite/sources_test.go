package sqlite

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/chorusnews/chorus"
)

func TestSourcesStore(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	defer s.Close()
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
	st := chorus.SourceState{ETag: `"x"`, LastModified: "Sun, 01 Mar 2026 10:00:00 GMT", LastFetch: added.Add(time.Hour),
		Status: chorus.SourceFailed, Error: "boom", Failures: 2, Runs: 3, NewLast: 4, NewTotal: 9, NextRun: added.Add(3 * time.Hour)}
	if err := s.SaveState(ctx, a.ID, st); err != nil {
		t.Fatal(err)
	}
	if err := s.SaveState(ctx, 999, st); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("SaveState of a missing source: %v", err)
	}
	list, err := s.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := a
	want.SourceState = st
	if diff := cmp.Diff([]chorus.Source{want}, list); diff != "" {
		t.Errorf("Sources (-want +got):\n%s", diff)
	}

	if _, ok, _ := s.LookupURL(ctx, "https://a.example/1"); ok {
		t.Error("lookup of an unknown URL found something")
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
	if err := s.PutEntries(ctx, []chorus.FeedEntry{rec}); err != nil {
		t.Fatal(err)
	}
	entries, err := s.Entries(ctx, "art1")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]chorus.FeedEntry{rec}, entries); diff != "" {
		t.Errorf("Entries (-want +got):\n%s", diff)
	}
	if err := s.RemoveSource(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.RemoveSource(ctx, a.ID); !errors.Is(err, chorus.ErrNotFound) {
		t.Errorf("second RemoveSource: %v", err)
	}
	if entries, _ := s.Entries(ctx, "art1"); len(entries) != 0 {
		t.Errorf("entries outlived their source: %v", entries)
	}
	if _, ok, _ := s.LookupURL(ctx, "https://a.example/1"); !ok {
		t.Error("aliases must outlive the source: the article is still stored")
	}
}
