package main

import (
	"context"
	"fmt"
	"html"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/chorusnews/chorus/internal/cputime"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/analyze"
	"github.com/chorusnews/chorus/cluster"
	"github.com/chorusnews/chorus/fetch"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/sources"
	"github.com/chorusnews/chorus/sqlite"
)

func init() {
	var feeds, entries, workers int
	var desk bool
	cmd := &cobra.Command{
		Use:   "fetch",
		Short: "Entries per second from fetch to clusters, against a local server of generated feeds",
		Long: `bench fetch serves --feeds feeds of --entries entries each (generated, invented text)
from a server in this process, each feed on its own host name pinned to that server,
and times the stages one after another: fetch (feeds and pages, --workers at once),
extract, analyze, cluster. With --desk it then runs chorus fetch's own path on a
fresh store (fetch, extract, store, cluster, story building) and times it end to end.
The host interval is off (the server is local); the server shares the machine's cores.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if feeds < 1 || entries < 1 || feeds*entries > 200_000 {
				return usageError{"--feeds and --entries must be positive, at most 200000 entries in all"}
			}
			return runBenchFetch(cmd.Context(), cmd.OutOrStdout(), feeds, entries, workers, desk)
		},
	}
	cmd.Flags().IntVar(&feeds, "feeds", 200, "feeds served")
	cmd.Flags().IntVar(&entries, "entries", 50, "entries per feed")
	cmd.Flags().IntVar(&workers, "workers", 8, "feeds fetched at once")
	cmd.Flags().BoolVar(&desk, "desk", true, "also time the full chorus fetch path into a fresh store")
	benchCmd.AddCommand(cmd)
}

// benchSite is the generated web: feeds and pages, rendered up front so the
// server spends as little of the shared CPU as it can.
type benchSite struct {
	feeds map[string][]byte // host → feed
	pages map[string][]byte // host + path → page
}

// benchWords builds an invented vocabulary from syllables, so the text is
// our own and its size and spread are under control.
func benchWords(r *rand.Rand, n int) []string {
	syl := []string{"ka", "lo", "mir", "sen", "ta", "vo", "rin", "dal", "pe", "su", "gor", "ni", "bel", "ast", "un", "fe", "tor", "ilm", "qua", "zem"}
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(syl[r.IntN(len(syl))])
		}
		if w := b.String(); !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}

// newBenchSite generates feeds×entries articles about feeds×entries/10
// events, so that clustering has stories of about ten articles to find.
func newBenchSite(feeds, entries int) *benchSite {
	r := rand.New(rand.NewPCG(7, 11))
	vocab := benchWords(r, 3000)
	nEvents := max(1, feeds*entries/10)
	events := make([][]string, nEvents)
	for i := range events {
		for range 14 {
			events[i] = append(events[i], vocab[r.IntN(len(vocab))])
		}
	}
	sentence := func(ev []string) string {
		n := 10 + r.IntN(10)
		words := make([]string, n)
		for i := range words {
			if r.IntN(10) < 3 {
				words[i] = ev[r.IntN(len(ev))]
			} else {
				words[i] = vocab[r.IntN(len(vocab))]
			}
		}
		s := strings.Join(words, " ")
		return strings.ToUpper(s[:1]) + s[1:] + "."
	}
	site := &benchSite{feeds: map[string][]byte{}, pages: map[string][]byte{}}
	day := time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC)
	for f := range feeds {
		host := fmt.Sprintf("f%03d.bench.test", f)
		var feed strings.Builder
		fmt.Fprintf(&feed, `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench feed %d</title><link>http://%s/</link>`, f, host)
		for e := range entries {
			ev := events[r.IntN(nEvents)]
			title := sentence(ev)
			title = title[:len(title)-1]
			path := fmt.Sprintf("/a/%d.html", e)
			var page strings.Builder
			page.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + html.EscapeString(title) + "</title></head><body>")
			page.WriteString(`<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav><article><h1>` + html.EscapeString(title) + "</h1>")
			for range 5 + r.IntN(3) {
				page.WriteString("<p>")
				for range 3 {
					page.WriteString(sentence(ev) + " ")
				}
				page.WriteString("</p>")
			}
			page.WriteString(`</article><footer>Share this story. Sign up for our newsletter.</footer></body></html>`)
			site.pages[host+path] = []byte(page.String())
			pub := day.Add(time.Duration(f*entries+e) * time.Minute)
			fmt.Fprintf(&feed, `<item><title>%s</title><link>http://%s%s?utm_source=rss</link><pubDate>%s</pubDate><description>%s</description></item>`,
				html.EscapeString(title), host, path, pub.Format(time.RFC1123Z), html.EscapeString(sentence(ev)))
		}
		feed.WriteString("</channel></rss>")
		site.feeds[host] = []byte(feed.String())
	}
	return site
}

func (s *benchSite) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	host, _, err := net.SplitHostPort(r.Host)
	if err != nil {
		host = r.Host
	}
	switch {
	case r.URL.Path == "/feed.xml" && s.feeds[host] != nil:
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(s.feeds[host])
	case s.pages[host+r.URL.Path] != nil:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(s.pages[host+r.URL.Path])
	default:
		http.NotFound(w, r)
	}
}

func runBenchFetch(ctx context.Context, out io.Writer, feeds, entries, workers int, withDesk bool) error {
	genStart := time.Now()
	site := newBenchSite(feeds, entries)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: site, ReadHeaderTimeout: 10 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	pins := map[string]string{}
	var urls []string
	for f := range feeds {
		host := fmt.Sprintf("f%03d.bench.test", f)
		pins[host+":80"] = ln.Addr().String()
		urls = append(urls, "http://"+host+"/feed.xml")
	}
	newClient := func() *fetch.Client {
		return fetch.New(fetch.Options{AllowPrivate: true, MinInterval: -1, Pins: pins, UserAgent: "chorus-bench/1"})
	}
	fmt.Fprintf(out, "bench fetch: %d feeds × %d entries = %d entries, %d CPUs, GOMAXPROCS %d (corpus generated in %s)\n",
		feeds, entries, feeds*entries, runtime.NumCPU(), runtime.GOMAXPROCS(0), time.Since(genStart).Round(time.Millisecond))

	// Stage by stage.
	client := newClient()
	t0 := time.Now()
	c0, _ := cputime.Process()
	docs := make([][]chorus.Document, len(urls))
	var fetchErrs int
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Go(func() {
			for i := range next {
				for doc, err := range sources.Documents(ctx, client, urls[i:i+1], entries) {
					if err != nil {
						mu.Lock()
						fetchErrs++
						mu.Unlock()
						continue
					}
					docs[i] = append(docs[i], doc)
				}
			}
		})
	}
	for i := range urls {
		next <- i
	}
	close(next)
	wg.Wait()
	tFetch, cFetch := time.Since(t0), cputime.Since(c0)
	var all []chorus.Document
	for _, d := range docs {
		all = append(all, d...)
	}

	t0 = time.Now()
	c0, _ = cputime.Process()
	var arts []*chorus.Article
	extractErrs := 0
	for i := 0; i < len(all); i += ingestBatch {
		a, errs := pipeline.Extract(all[i:min(i+ingestBatch, len(all))])
		arts = append(arts, a...)
		extractErrs += len(errs)
	}
	tExtract, cExtract := time.Since(t0), cputime.Since(c0)

	t0 = time.Now()
	c0, _ = cputime.Process()
	for _, a := range arts {
		analyze.Analyze(a)
	}
	tAnalyze, cAnalyze := time.Since(t0), cputime.Since(c0)

	t0 = time.Now()
	c0, _ = cputime.Process()
	idx := cluster.New(cluster.DefaultOptions)
	stories := map[chorus.StoryID]bool{}
	for _, a := range arts {
		text := a.Text
		if a.TitleSpan.Len() > 0 && a.TitleSpan.End <= len(text) {
			text = text[a.TitleSpan.End:]
		}
		stories[idx.Add(cluster.Doc{ID: a.ID, Published: a.Published, Title: a.Title, Text: text}).Story] = true
	}
	tCluster, cCluster := time.Since(t0), cputime.Since(c0)

	total := tFetch + tExtract + tAnalyze + tCluster
	cTotal := cFetch + cExtract + cAnalyze + cCluster
	n := len(arts)
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "stage\twall s\tshare\tentries/s\tCPU s\tCPU share\t")
	for _, st := range []struct {
		name string
		d, c time.Duration
	}{{"fetch", tFetch, cFetch}, {"extract", tExtract, cExtract}, {"analyze", tAnalyze, cAnalyze},
		{"cluster", tCluster, cCluster}, {"total", total, cTotal}} {
		fmt.Fprintf(tw, "%s\t%.2f\t%.1f%%\t%.0f\t%.2f\t%.1f%%\t\n", st.name, st.d.Seconds(), 100*st.d.Seconds()/total.Seconds(),
			float64(n)/st.d.Seconds(), st.c.Seconds(), 100*st.c.Seconds()/cTotal.Seconds())
	}
	tw.Flush()
	fmt.Fprintf(out, "stages: %d documents fetched (%d failed), %d articles extracted (%d refused), %d stories; end to end %.0f entries/s (%.0f per CPU second)\n",
		len(all), fetchErrs, n, extractErrs, len(stories), float64(n)/total.Seconds(), float64(n)/cTotal.Seconds())

	if !withDesk {
		return nil
	}
	dir, err := os.MkdirTemp("", "chorus-bench-fetch-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	store, err := sqlite.Open(ctx, filepath.Join(dir, "bench.db"))
	if err != nil {
		return err
	}
	defer store.Close()
	for i, u := range urls {
		s := sources.Source{URL: u, Kind: sources.KindFeed, Title: "bench " + strconv.Itoa(i), Interval: time.Hour}
		if _, err := store.AddSource(ctx, &s); err != nil {
			return err
		}
	}
	t0 = time.Now()
	c0, _ = cputime.Process()
	d, err := pipeline.Open(ctx, store, pipeline.DefaultOptions)
	if err != nil {
		return err
	}
	f := &sources.Fetcher{Client: newClient(), Store: store, Desk: d, Workers: workers, MaxEntries: entries}
	rep, err := f.Run(ctx, sources.RunOptions{All: true})
	if err != nil {
		return err
	}
	took, cpu := time.Since(t0), cputime.Since(c0)
	fmt.Fprintf(out, "chorus fetch path (fetch, extract, store, cluster, stories): %d articles, %d stories in %.2fs (%.2f CPU s): %.0f entries/s\n",
		len(rep.Added), len(rep.Stories), took.Seconds(), cpu.Seconds(), float64(len(rep.Added))/took.Seconds())
	return nil
}
