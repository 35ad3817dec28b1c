package extraction

import (
	"testing"
	"time"

	"github.com/chorusnews/chorus"
)

func TestMetadataChecks(t *testing.T) {
	urls := []struct {
		a, b string
		want bool
	}{
		{"https://www.example.org/a/b/", "http://example.org/a/b?utm=1#top", true},
		{"https://example.org/a/b", "https://example.org/a/c", false},
		{"", "https://example.org/", false},
	}
	for _, tt := range urls {
		if got := sameURL(tt.a, tt.b); got != tt.want {
			t.Errorf("sameURL(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
	sites := []struct {
		outlet, url string
		want        bool
	}{
		{"TRT World", "https://www.trtworld.example/x", true},
		{"Los Angeles Times", "https://www.latimes.example/x", true},
		{"NBC 5 Dallas-Fort Worth", "https://www.nbcdfw.example/x", true},
		{"The Guardian", "https://www.theguardian.example/x", true},
		{"Associated Press", "https://www.ctpost.example/x", false},
		{"", "https://www.ctpost.example/x", false},
	}
	for _, tt := range sites {
		if got := namesSite(tt.outlet, tt.url); got != tt.want {
			t.Errorf("namesSite(%q, %q) = %v, want %v", tt.outlet, tt.url, got, tt.want)
		}
	}
	dates := []struct {
		url  string
		want string
	}{
		{"https://x.example/2019/11/19/story", "2019-11-19"},
		{"https://x.example/news/2019-11-19-story", "2019-11-19"},
		{"https://x.example/20191119/story", "2019-11-19"},
		{"https://x.example/2019/02/30/story", ""},
		{"https://x.example/story-14848164.php", ""},
	}
	for _, tt := range dates {
		d, ok := urlDate(tt.url)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != tt.want {
			t.Errorf("urlDate(%q) = %q, want %q", tt.url, got, tt.want)
		}
	}
	zone := time.FixedZone("-05", -5*3600)
	if !nearDay(time.Date(2019, 11, 18, 22, 0, 0, 0, zone), time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC)) {
		t.Error("a day either side should count")
	}
	if nearDay(time.Date(2019, 11, 16, 22, 0, 0, 0, zone), time.Date(2019, 11, 19, 0, 0, 0, 0, time.UTC)) {
		t.Error("three days off should not count")
	}
}

func TestMetadataReport(t *testing.T) {
	pages := []Page{{ID: "a", URL: "https://trtworld.example/2019/11/19/x"}, {ID: "b", URL: "https://b.example/y"}}
	arts := []*chorus.Article{
		{URL: "https://trtworld.example/2019/11/19/x", Outlet: "TRT World", Published: time.Date(2019, 11, 19, 8, 0, 0, 0, time.UTC),
			Provenance: map[string]string{"url": "link:canonical", "outlet": "meta:og:site_name", "published": "json-ld"}},
		nil, // extraction failed
	}
	got := map[string]MetaTally{}
	for _, m := range MetadataReport(pages, arts, nil) {
		got[m.Field] = m
	}
	if u := got["url"]; u.Found != 1 || u.Checked != 2 || u.Right != 1 || u.From["link:canonical"] != 1 {
		t.Errorf("url tally = %+v", u)
	}
	if p := got["published"]; p.Checked != 1 || p.Right != 1 || p.From["json-ld"] != 1 {
		t.Errorf("published tally = %+v", p)
	}
	if o := got["outlet"]; o.Right != 1 || o.From["meta"] != 1 {
		t.Errorf("outlet tally = %+v", o)
	}
}
