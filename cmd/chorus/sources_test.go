package main

import (
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// followWeb serves two small news sites, each with a front page announcing
// its feed, plus a broken feed.
func followWeb(t *testing.T) *httptest.Server {
	t.Helper()
	texts := map[string][]string{
		"/a/1": {"Ferry fares frozen for a year", "The island ferry company will keep its fares at this year's level until next spring, its chief executive told shareholders on Wednesday.", "Fuel costs fell over the winter and the company carried more passengers than it had planned, which left room to hold prices.", "Season ticket holders will be refunded the increase they paid in January."},
		"/a/2": {"New lifeboat named at harbour ceremony", "A new all-weather lifeboat was named at the harbour on Saturday in front of several hundred people and the crews of three neighbouring stations.", "The boat replaces one that served for twenty-six years and launched more than seven hundred times.", "Its cost was met by a bequest from a former crew member and by a decade of local fundraising."},
		"/b/1": {"Ferry company holds fares until spring", "Fares on the island ferry will not rise this year, the company said on Wednesday, after a winter of lower fuel costs and higher passenger numbers.", "The chief executive told shareholders the freeze would last until next spring.", "Holders of season tickets will get back the January increase."},
	}
	mux := http.NewServeMux()
	page := func(title string, paras []string, head string) string {
		var b strings.Builder
		b.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title + "</title>" + head + "</head><body><article><h1>" + title + "</h1>")
		for _, p := range paras {
			b.WriteString("<p>" + p + "</p>")
		}
		b.WriteString("</article></body></html>")
		return b.String()
	}
	for path, tx := range texts {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, page(tx[0], tx[1:], ""))
		})
	}
	for _, site := range []string{"a", "b"} {
		mux.HandleFunc("/"+site+"/", func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path != "/"+site+"/" {
				http.NotFound(w, r)
				return
			}
			fmt.Fprint(w, page("Site "+site, []string{"Front page."}, `<link rel="alternate" type="application/rss+xml" href="/`+site+`/feed.xml">`))
		})
		mux.HandleFunc("/"+site+"/feed.xml", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, `<rss version="2.0"><channel><title>Site %s News</title><link>/%s/</link>`, strings.ToUpper(site), site)
			for path, tx := range texts {
				if strings.HasPrefix(path, "/"+site+"/") {
					fmt.Fprintf(w, `<item><title>%s</title><link>%s?utm_source=rss</link></item>`, tx[0], path)
				}
			}
			fmt.Fprint(w, `</channel></rss>`)
		})
	}
	mux.HandleFunc("/broken.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, `<rss version="2.0"><channel><item><title>no end`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

func TestFollowSitesFromTheCommandLine(t *testing.T) {
	t.Setenv("CHORUS_ALLOW_PRIVATE_NETWORKS", "1")
	srv := followWeb(t)
	dir := t.TempDir()
	db := filepath.Join(dir, "chorus.db")
	fast := []string{"--db", db, "--host-interval", "0", "--timeout", "5s"}

	out, _, err := runChorus(t, append([]string{"sources", "add", srv.URL + "/a/"}, fast...)...)
	if err != nil || !strings.Contains(out, "added 1 Site A News (rss, 2 entries) "+srv.URL+"/a/feed.xml") {
		t.Fatalf("add: %v\n%s", err, out)
	}
	opml := filepath.Join(dir, "subs.opml")
	os.WriteFile(opml, []byte(`<opml version="2.0"><body><outline text="Coast"><outline text="B" xmlUrl="`+srv.URL+`/b/feed.xml"/>`+
		`<outline text="Broken" xmlUrl="`+srv.URL+`/broken.xml"/></outline></body></opml>`), 0o644)
	out, _, err = runChorus(t, "sources", "import", "--db", db, opml)
	if err != nil || !strings.Contains(out, "imported 2 sources") {
		t.Fatalf("import: %v\n%s", err, out)
	}
	out, _, _ = runChorus(t, "sources", "list", "--db", db)
	if strings.Count(out, "never") != 3 || strings.Count(out, "due") != 3 {
		t.Errorf("list before fetching:\n%s", out)
	}

	out, stderr, err := runChorus(t, append([]string{"fetch", "--all=false"}, fast...)...)
	if !errors.Is(err, errSomeSkipped) {
		t.Fatalf("fetch: err = %v, want errSomeSkipped (a broken feed)\n%s\n%s", err, out, stderr)
	}
	if !strings.Contains(out, "fetched 3 sources") || !strings.Contains(out, "2 ok, 0 not modified, 1 failed") ||
		!strings.Contains(out, "stored 3 new articles") || !strings.Contains(stderr, "broken.xml") {
		t.Errorf("fetch output:\n%s\n%s", out, stderr)
	}
	t.Logf("chorus fetch:\n%s%s", out, stderr)
	out, _, _ = runChorus(t, "sources", "list", "--db", db)
	t.Logf("chorus sources list:\n%s", out)
	for _, want := range []string{"ok", "failed", "just now", "in ", "Site A News", "parse feed"} {
		if !strings.Contains(out, want) {
			t.Errorf("list after fetching lacks %q:\n%s", want, out)
		}
	}
	out, _, _ = runChorus(t, append([]string{"fetch", "--all=false"}, fast...)...)
	if !strings.Contains(out, "no source is due") {
		t.Errorf("second fetch:\n%s", out)
	}
	out, _, _ = runChorus(t, "stories", "--db", db, "--format", "text")
	if !strings.Contains(strings.ToLower(out), "fare") {
		t.Errorf("stories:\n%s", out)
	}

	out, _, err = runChorus(t, "sources", "export", "--db", db)
	if err != nil || strings.Count(out, "xmlUrl=") != 3 || !strings.Contains(out, `text="Coast"`) {
		t.Errorf("export: %v\n%s", err, out)
	}
	if out, _, err = runChorus(t, "sources", "remove", "--db", db, "3"); err != nil || !strings.Contains(out, "removed source 3") {
		t.Errorf("remove: %v %s", err, out)
	}
	if _, _, err = runChorus(t, "sources", "remove", "--db", db, "3"); !errors.Is(err, errSomeSkipped) {
		t.Errorf("removing twice: %v", err)
	}
}

func TestPrivateAddressesRefusedByDefault(t *testing.T) {
	t.Setenv("CHORUS_ALLOW_PRIVATE_NETWORKS", "")
	srv := followWeb(t)
	db := filepath.Join(t.TempDir(), "chorus.db")
	_, stderr, err := runChorus(t, "sources", "add", "--db", db, "--host-interval", "0", srv.URL+"/a/")
	if !errors.Is(err, errSomeSkipped) || !strings.Contains(stderr, "not a public address") {
		t.Errorf("add of a loopback URL: %v\n%s", err, stderr)
	}
}
