package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	nethttp "net/http"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/chorusnews/chorus"
	"github.com/chorusnews/chorus/http"
	"github.com/chorusnews/chorus/ingest"
	"github.com/chorusnews/chorus/pipeline"
	"github.com/chorusnews/chorus/sqlite"
)

// benchServeOptions are the knobs of chorus bench serve.
type benchServeOptions struct {
	db, examples      string
	stories, readers  int
	duration, warmup  time.Duration
	writer            bool
	perStory, maxReqs int
	writeEvery        time.Duration
	cpuProfile        string
}

func init() {
	var o benchServeOptions
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Load-test chorus serve on loopback: concurrent story-page readers while one writer ingests",
		Long: `serve fills a store with --stories synthetic stories made from the demo corpus
(each article's words varied so the stories stay apart), starts the server on
127.0.0.1, and for --duration runs --readers concurrent readers of random story
pages while one writer posts articles that join random stories. It prints the
readers' p50/p90/p99 latency and requests a second, and the writer's.

The store is kept at --db and reused when it already holds enough stories, so
repeated runs skip the filling. Everything stays on loopback and stops by itself.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.stories < 1 || o.readers < 1 || o.readers > 1000 {
				return usageError{"--stories must be positive and --readers from 1 to 1000"}
			}
			if o.duration <= 0 || o.duration > 10*time.Minute {
				return usageError{"--duration must be over 0 and at most 10m"}
			}
			return benchServe(cmd.Context(), cmd.OutOrStdout(), cmd.ErrOrStderr(), o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.db, "db", filepath.Join(os.TempDir(), "chorus-bench-serve.db"), "store to fill (reused when it holds enough stories)")
	f.StringVar(&o.examples, "examples", "examples", "the demo corpus the synthetic stories are made from")
	f.IntVar(&o.stories, "stories", 10000, "stories in the store")
	f.IntVar(&o.perStory, "articles", 2, "articles per synthetic story")
	f.IntVar(&o.readers, "readers", 50, "concurrent readers of story pages")
	f.DurationVar(&o.duration, "duration", 20*time.Second, "how long to measure")
	f.DurationVar(&o.warmup, "warmup", 2*time.Second, "load before measuring (not counted)")
	f.BoolVar(&o.writer, "writer", true, "run one writer posting articles meanwhile")
	f.DurationVar(&o.writeEvery, "write-every", 0, "pause between the writer's posts (0: post back to back)")
	f.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the measured run to this file")
	f.IntVar(&o.maxReqs, "max-requests", 5_000_000, "stop the readers after this many requests, whatever the time")
	benchCmd.AddCommand(cmd)
}

func benchServe(ctx context.Context, out, errw io.Writer, o benchServeOptions) error {
	store, err := sqlite.Open(ctx, o.db)
	if err != nil {
		return err
	}
	defer store.Close()
	desk, err := pipeline.Open(ctx, store, pipeline.DefaultOptions)
	if err != nil {
		return err
	}
	gen, err := newSynth(o.examples, o.perStory)
	if err != nil {
		return err
	}
	ids, err := storyIDs(ctx, store)
	if err != nil {
		return err
	}
	if len(ids) < o.stories {
		fmt.Fprintf(errw, "filling %s: %d stories there, making %d more\n", o.db, len(ids), o.stories-len(ids))
		if err := gen.fill(ctx, desk, len(ids), o.stories, errw); err != nil {
			return err
		}
		if ids, err = storyIDs(ctx, store); err != nil {
			return err
		}
	}
	cfg := http.DefaultConfig()
	cfg.Addr = "127.0.0.1:0"
	cfg.AnonPerMinute = 0
	cfg.Logger = slog.New(slog.NewTextHandler(errw, &slog.HandlerOptions{Level: slog.LevelError}))
	srv, err := http.New(cfg, store, desk)
	if err != nil {
		return err
	}
	defer srv.Close()
	t0 := time.Now()
	warmed, err := srv.Warm(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(errw, "rendered %d pages into the cache in %s (serve does this in the background at start)\n", warmed, time.Since(t0).Round(time.Millisecond))
	token, key, err := http.NewKey("bench", 1_000_000, time.Now())
	if err != nil {
		return err
	}
	if err := store.PutKey(ctx, key); err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	sctx, stop := context.WithCancel(ctx)
	defer stop()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(sctx, ln) }()
	base := "http://" + ln.Addr().String()

	client := &nethttp.Client{Timeout: 10 * time.Second, Transport: &nethttp.Transport{
		MaxIdleConns: o.readers + 4, MaxIdleConnsPerHost: o.readers + 4, IdleConnTimeout: time.Minute}}
	fmt.Fprintf(errw, "measuring: %d stories, %d readers, writer %v, %s after %s of warm-up\n", len(ids), o.readers, o.writer, o.duration, o.warmup)
	if o.cpuProfile != "" {
		pf, err := os.Create(o.cpuProfile)
		if err != nil {
			return err
		}
		defer pf.Close()
		if err := pprof.StartCPUProfile(pf); err != nil {
			return err
		}
	}
	res := runLoad(ctx, client, base, token, ids, gen, o)
	if o.cpuProfile != "" {
		pprof.StopCPUProfile()
	}
	stop()
	if err := <-served; err != nil {
		return err
	}
	hits, misses := srv.CacheStats()
	res.report(out, len(ids), o, hits, misses)
	return errors.Join(res.errs...)
}

// storyIDs lists every stored story.
func storyIDs(ctx context.Context, store *sqlite.Store) ([]chorus.StoryID, error) {
	var ids []chorus.StoryID
	f := chorus.StoryFilter{Limit: 200}
	for {
		page, next, err := store.StoryPage(ctx, f)
		if err != nil {
			return nil, err
		}
		for _, l := range page {
			ids = append(ids, l.ID)
		}
		if next == "" {
			return ids, nil
		}
		f.Cursor = next
	}
}

// loadResult is what the readers and the writer measured.
type loadResult struct {
	reads, writes []time.Duration
	readFails     int
	writeFails    int
	elapsed       time.Duration
	errs          []error
}

func runLoad(ctx context.Context, client *nethttp.Client, base, token string, ids []chorus.StoryID, gen *demoSynth, o benchServeOptions) loadResult {
	start := time.Now()
	measureFrom := start.Add(o.warmup)
	end := measureFrom.Add(o.duration)
	var mu sync.Mutex
	var res loadResult
	var wg sync.WaitGroup
	var count int64
	for r := range o.readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(uint64(r), 7))
			var mine []time.Duration
			fails := 0
			for ctx.Err() == nil && time.Now().Before(end) {
				mu.Lock()
				count++
				over := count > int64(o.maxReqs)
				mu.Unlock()
				if over {
					break
				}
				id := ids[rng.IntN(len(ids))]
				t0 := time.Now()
				ok := get(client, base+"/stories/"+string(id))
				took := time.Since(t0)
				if t0.Before(measureFrom) {
					continue
				}
				if !ok {
					fails++
				}
				mine = append(mine, took)
			}
			mu.Lock()
			res.reads = append(res.reads, mine...)
			res.readFails += fails
			mu.Unlock()
		}()
	}
	if o.writer {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(99, 7))
			for n := 0; ctx.Err() == nil && time.Now().Before(end); n++ {
				body := gen.update(rng.IntN(len(ids)), n)
				t0 := time.Now()
				err := post(client, base+"/api/articles", token, body)
				took := time.Since(t0)
				mu.Lock()
				if err != nil {
					res.writeFails++
					if len(res.errs) < 3 {
						res.errs = append(res.errs, err)
					}
				} else if !t0.Before(measureFrom) {
					res.writes = append(res.writes, took)
				}
				mu.Unlock()
				if o.writeEvery > 0 {
					time.Sleep(o.writeEvery)
				}
			}
		}()
	}
	wg.Wait()
	res.elapsed = time.Since(measureFrom)
	return res
}

func get(c *nethttp.Client, url string) bool {
	resp, err := c.Get(url)
	if err != nil {
		return false
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode == nethttp.StatusOK
}

func post(c *nethttp.Client, url, token string, body []byte) error {
	req, err := nethttp.NewRequest(nethttp.MethodPost, url, strings.NewReader(string(body)))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 4096))
	resp.Body.Close()
	if resp.StatusCode != nethttp.StatusCreated && resp.StatusCode != nethttp.StatusOK {
		return fmt.Errorf("post article: %s: %s", resp.Status, b)
	}
	return nil
}

func (r loadResult) report(w io.Writer, stories int, o benchServeOptions, hits, misses int64) {
	secs := r.elapsed.Seconds()
	fmt.Fprintf(w, "bench serve: %d stories, %d readers of story pages, writer %v, %.1fs measured\n", stories, o.readers, o.writer, secs)
	fmt.Fprintf(w, "  reads : %7d requests  %8.1f req/s  p50 %s  p90 %s  p99 %s  max %s  failed %d\n",
		len(r.reads), float64(len(r.reads))/secs, benchPct(r.reads, 50), benchPct(r.reads, 90), benchPct(r.reads, 99), benchPct(r.reads, 100), r.readFails)
	if o.writer {
		fmt.Fprintf(w, "  writes: %7d articles  %8.1f art/s  p50 %s  p99 %s  failed %d\n",
			len(r.writes), float64(len(r.writes))/secs, benchPct(r.writes, 50), benchPct(r.writes, 99), r.writeFails)
	}
	if total := hits + misses; total > 0 {
		fmt.Fprintf(w, "  page cache: %.1f%% hits (%d of %d)\n", 100*float64(hits)/float64(total), hits, total)
	}
	goal := "met"
	if p := pctDur(r.reads, 99); p >= 50*time.Millisecond || len(r.reads) == 0 {
		goal = "NOT met"
	}
	fmt.Fprintf(w, "  goal p99 < 50ms for story pages: %s\n", goal)
}

func pctDur(d []time.Duration, p int) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	i := min(len(s)-1, (len(s)*p+99)/100-1)
	return s[max(0, i)]
}

func benchPct(d []time.Duration, p int) string {
	return pctDur(d, p).Round(10 * time.Microsecond).String()
}

// demoSynth makes synthetic articles from the demo corpus: each story takes a
// demo article and replaces most of its longer words with made-up ones,
// consistently within the story, so stories differ from each other as much
// as real ones do while reading like prose of the same length.
type demoSynth struct {
	bases    []*chorus.Article
	perStory int
}

func newSynth(examples string, perStory int) (*demoSynth, error) {
	var docs []chorus.Document
	for d, err := range ingest.DefaultLimits.Files([]string{examples}) {
		if err != nil {
			continue
		}
		docs = append(docs, d)
	}
	arts, _ := pipeline.Extract(docs)
	if len(arts) == 0 {
		return nil, fmt.Errorf("no articles in %s to make synthetic stories from", examples)
	}
	return &demoSynth{bases: arts, perStory: max(1, perStory)}, nil
}

var syllables = strings.Fields("ka ri to mel an dor vi sel pa nu ter os li ga mon be ru fa zan ko le di ma tor")

// variant rewrites text for story n: seven in eight words of four letters
// or more become invented words, the same ones throughout the story, so
// stories made from the same demo article do not cluster together.
func (g *demoSynth) variant(n int, text string) string {
	rng := rand.New(rand.NewPCG(uint64(n), 42))
	swap := map[string]string{}
	var b strings.Builder
	word := func(w string) string {
		if len([]rune(w)) < 4 {
			return w
		}
		key := strings.ToLower(w)
		r, ok := swap[key]
		if !ok {
			if rng.IntN(8) == 0 {
				r = key
			} else {
				var sb strings.Builder
				for range 2 + rng.IntN(2) {
					sb.WriteString(syllables[rng.IntN(len(syllables))])
				}
				r = sb.String()
			}
			swap[key] = r
		}
		if unicode.IsUpper([]rune(w)[0]) {
			return strings.ToUpper(r[:1]) + r[1:]
		}
		return r
	}
	start := -1
	for i, c := range text {
		letter := unicode.IsLetter(c)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			b.WriteString(word(text[start:i]))
			start = -1
			b.WriteRune(c)
		case !letter:
			b.WriteRune(c)
		}
	}
	if start >= 0 {
		b.WriteString(word(text[start:]))
	}
	return b.String()
}

// record is story n's article j as a JSON record; extra is appended to the
// text to make an update's bytes new.
func (g *demoSynth) record(n, j int, extra string) []byte {
	base := g.bases[n%len(g.bases)]
	paras := strings.Split(g.variant(n, base.Text), "\n\n")
	title, body := paras[0], paras[1:]
	// Later articles of a story leave out one paragraph, as outlets cut copy.
	if j > 0 && len(body) > 2 {
		drop := 1 + (j % (len(body) - 1))
		body = append(body[:drop:drop], body[drop+1:]...)
	}
	if extra != "" {
		body = append(body, extra)
	}
	published := time.Date(2025, 1, 1, 6, 0, 0, 0, time.UTC).Add(time.Duration(n)*17*time.Minute + time.Duration(j)*time.Hour)
	rec := ingest.Record{
		URL:       fmt.Sprintf("https://bench.example/%d/%d", n, j),
		Title:     title,
		Text:      title + "\n\n" + strings.Join(body, "\n\n"),
		Published: published.Format(time.RFC3339),
		Outlet:    fmt.Sprintf("Bench Outlet %d", (n+j)%40),
	}
	b, _ := json.Marshal(rec)
	return b
}

// fill ingests stories from, ..., to-1.
func (g *demoSynth) fill(ctx context.Context, desk *pipeline.Desk, from, to int, progress io.Writer) error {
	const batch = 200
	start := time.Now()
	var docs []chorus.Document
	flush := func(done int) error {
		if len(docs) == 0 {
			return nil
		}
		if _, err := desk.Ingest(ctx, docs); err != nil {
			return err
		}
		docs = docs[:0]
		fmt.Fprintf(progress, "\r  %d/%d stories (%s)", done, to, time.Since(start).Round(time.Second))
		return nil
	}
	for n := from; n < to; n++ {
		for j := range g.perStory {
			d, err := ingest.RecordDocument(fmt.Sprintf("bench:%d:%d", n, j), g.record(n, j, ""))
			if err != nil {
				return err
			}
			docs = append(docs, d)
		}
		if len(docs) >= batch {
			if err := flush(n + 1); err != nil {
				return err
			}
		}
	}
	if err := flush(to); err != nil {
		return err
	}
	fmt.Fprintln(progress)
	return nil
}

// update is a new article for story n, the writer's n-th.
func (g *demoSynth) update(n, seq int) []byte {
	return g.record(n, g.perStory+seq%3, fmt.Sprintf("Update %d: the desk added this line at %d.", seq, seq*7))
}
